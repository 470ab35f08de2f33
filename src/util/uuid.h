/*
 * uuid.h - name-based UUIDs, version 5 (RFC 9562 section 5.5: SHA-1 of a
 * namespace UUID and a name), for ids that stay the same from one build
 * to the next. SHA-1 comes from GLib's GChecksum (GLib is linked through
 * pango and librsvg anyway).
 */
#ifndef PRIVICON_UUID_H
#define PRIVICON_UUID_H

#include <stddef.h>

/* RFC 9562 appendix A: the namespace for URLs. */
extern const unsigned char pv_uuid_ns_url[16];

/* The UUID of `name` (`len` bytes) in namespace `ns`, as 16 bytes. */
void pv_uuid5(unsigned char out[16], const unsigned char ns[16], const char *name, size_t len);

/* 16 bytes as "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (buf: 37 bytes). */
void pv_uuid_format(char buf[37], const unsigned char uuid[16]);

#endif
