/* uuid.c - name-based UUIDs, version 5 (uuid.h). */
#include "util/uuid.h"

#include <stdio.h>
#include <string.h>

#include <glib.h>

const unsigned char pv_uuid_ns_url[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

void pv_uuid5(unsigned char out[16], const unsigned char ns[16], const char *name, size_t len)
{
	GChecksum *sha1 = g_checksum_new(G_CHECKSUM_SHA1);
	guint8 digest[20];
	gsize n = sizeof(digest);

	g_checksum_update(sha1, ns, 16);
	g_checksum_update(sha1, (const guchar *)name, (gssize)len);
	g_checksum_get_digest(sha1, digest, &n);
	g_checksum_free(sha1);
	memcpy(out, digest, 16);
	out[6] = (unsigned char)((out[6] & 0x0f) | 0x50); /* version 5 */
	out[8] = (unsigned char)((out[8] & 0x3f) | 0x80); /* RFC 9562 variant */
}

void pv_uuid_format(char buf[37], const unsigned char u[16])
{
	snprintf(buf, 37,
	         "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0],
	         u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13],
	         u[14], u[15]);
}
