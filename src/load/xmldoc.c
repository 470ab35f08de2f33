/*
 * xmldoc.c - a parsed register document: the true line of each element,
 * freeing a document with its line table, and the activity around a node
 * (xmldoc.h).
 */
#include "load/xmldoc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

static int streq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static int in_register_ns(const xmlNode *n)
{
	return n && n->ns && streq((const char *)n->ns->href, PV_REGISTER_NS);
}

const char *pv_xml_attr(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->ns || !streq((const char *)a->name, name))
			continue;
		if (!a->children)
			return "";
		if (a->children->type == XML_TEXT_NODE && !a->children->next && a->children->content)
			return (const char *)a->children->content;
		return NULL;
	}
	return NULL;
}

const char *pv_enclosing_activity(const xmlNode *node)
{
	for (const xmlNode *n = node; n; n = n->parent) {
		if (n->type == XML_ELEMENT_NODE && in_register_ns(n) &&
		    streq((const char *)n->name, "activity") && n->parent &&
		    n->parent->type == XML_ELEMENT_NODE &&
		    streq((const char *)n->parent->name, "register"))
			return pv_xml_attr(n, "id");
	}
	return NULL;
}

/*
 * The lines of elements past line 65535 (so the table stays empty for
 * ordinary registers), in document order, as the parser notes them. A
 * register of 10,000 activities has some 300,000 such elements; a hash
 * keyed by node made every note and every lookup a cache miss (10% of
 * `privicon check`). Now notes append, and lookups, which the model
 * builder makes in document order too, look a few entries past the last
 * hit first; only a lookup out of order (a diagnostic) builds a hash index
 * of the positions, once.
 */
typedef struct {
	const void *key;
	long line;
} line_entry;

typedef struct {
	line_entry *v; /* document order */
	size_t n, cap;
	size_t cursor;  /* just past the last entry a lookup found */
	size_t *index;  /* positions + 1 by hash of the node, 0 = empty */
	size_t index_cap; /* a power of two, or 0 when not built */
	unsigned shift;   /* 64 - log2(index_cap) */
} line_table;

#define LINE_LOOKAHEAD 64

/* Fibonacci hashing: the top bits of the product depend on every bit of
 * the pointer. */
static size_t line_hash(const line_table *t, const void *key)
{
	return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull) >> t->shift);
}

/* Builds the index over all entries; 0 or PRIVICON_ENOMEM. */
static int line_index_build(line_table *t)
{
	size_t cap = 1024;
	unsigned shift = 54;
	while (cap < t->n * 2) {
		cap *= 2;
		shift--;
	}
	size_t *index = calloc(cap, sizeof(*index));
	if (!index)
		return PRIVICON_ENOMEM;
	free(t->index);
	t->index = index;
	t->index_cap = cap;
	t->shift = shift;
	for (size_t k = 0; k < t->n; k++) {
		size_t i = line_hash(t, t->v[k].key);
		while (index[i])
			i = (i + 1) & (cap - 1);
		index[i] = k + 1;
	}
	return PRIVICON_OK;
}

/* The entry of `key`, or NULL. */
static const line_entry *line_find(line_table *t, const void *key)
{
	size_t end = t->cursor + LINE_LOOKAHEAD < t->n ? t->cursor + LINE_LOOKAHEAD : t->n;
	for (size_t k = t->cursor; k < end; k++) {
		if (t->v[k].key == key) {
			t->cursor = k + 1;
			return &t->v[k];
		}
	}
	if (!t->index_cap && line_index_build(t) != PRIVICON_OK) {
		/* Out of memory: a slow search still gives the right line. */
		for (size_t k = 0; k < t->n; k++)
			if (t->v[k].key == key)
				return &t->v[k];
		return NULL;
	}
	for (size_t i = line_hash(t, key); t->index[i]; i = (i + 1) & (t->index_cap - 1)) {
		const line_entry *e = &t->v[t->index[i] - 1];
		if (e->key == key) {
			t->cursor = t->index[i];
			return e;
		}
	}
	return NULL;
}

int pv_note_line(xmlDocPtr doc, const xmlNode *element, long line)
{
	if (!doc || !element)
		return PRIVICON_OK;
	line_table *t = doc->_private;
	if (!t) {
		t = calloc(1, sizeof(*t));
		if (!t)
			return PRIVICON_ENOMEM;
		doc->_private = t;
	}
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 1024;
		line_entry *v = realloc(t->v, cap * sizeof(*v));
		if (!v)
			return PRIVICON_ENOMEM;
		t->v = v;
		t->cap = cap;
	}
	t->v[t->n++] = (line_entry){element, line};
	if (t->index_cap) {
		/* Noted after a lookup (not the loader's order): index anew. */
		free(t->index);
		t->index = NULL;
		t->index_cap = 0;
	}
	return PRIVICON_OK;
}

/*
 * Frees the document one child of the root (one activity) at a time, with
 * a 2 KB allocation after each. Why: the tree is millions of small blocks,
 * which glibc's free() parks unmerged in its "fastbins"; the next large
 * allocation anywhere (the rules' first array) then merges all of them in
 * one go, walking 300 MB with a cache miss per block (15% of `privicon
 * check` on a register of 10,000 activities). A large request right after
 * each activity makes glibc merge that activity's blocks while they are
 * still in the cache: the same work, a fifth of the time. Other allocators
 * just see one short-lived allocation per activity.
 */
void pv_doc_free(xmlDocPtr doc)
{
	if (!doc)
		return;
	line_table *t = doc->_private;
	if (t) {
		free(t->v);
		free(t->index);
		free(t);
		doc->_private = NULL;
	}
	xmlNodePtr root = xmlDocGetRootElement(doc);
	for (xmlNodePtr c = root ? root->children : NULL, next; c; c = next) {
		next = c->next;
		xmlUnlinkNode(c);
		xmlFreeNode(c);
		/* volatile: the compiler must not drop the pair. */
		void *volatile merge = malloc(2048);
		free(merge);
	}
	xmlFreeDoc(doc);
}

int pv_node_line(const xmlNode *node)
{
	if (!node)
		return 0;
	if (node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	if (!node || node->type == XML_DOCUMENT_NODE)
		return 0;
	long line = -1;
	/* The table is the document's cache, not its content: a lookup moves
	 * its cursor. */
	line_table *t = node->doc ? node->doc->_private : NULL;
	if (node->type == XML_ELEMENT_NODE && node->line == 65535 && t && t->n) {
		const line_entry *e = line_find(t, node);
		if (e)
			line = e->line;
	}
	if (line < 0)
		line = xmlGetLineNo(node);
	return line > 0 && line <= 0x7fffffff ? (int)line : 0;
}
