/* strbuf.h: a growable, always NUL-terminated byte string (git's strbuf). */
#ifndef FOLIO_STRBUF_H
#define FOLIO_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct strbuf {
	char *buf;      /* always NUL-terminated, never NULL after init */
	size_t len;
	size_t alloc;
};

#define STRBUF_INIT { strbuf_empty, 0, 0 }
extern char strbuf_empty[];

void strbuf_init(struct strbuf *sb);
/* Frees the storage and leaves sb initialised and empty. */
void strbuf_release(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
/* Gives the buffer to the caller (free with free()); sb is left empty. */
char *strbuf_detach(struct strbuf *sb, size_t *len);

void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
/* n in decimal, without printf's cost: manifests hold many numbers. */
void strbuf_add_u64(struct strbuf *sb, uint64_t n);
void strbuf_add_i64(struct strbuf *sb, int64_t n);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void strbuf_setlen(struct strbuf *sb, size_t len);
/* Appends the file name of path without its folder and, when it ends so,
 * without suffix: ("po/demo/demo.pot", ".pot") appends "demo". */
void strbuf_add_stem(struct strbuf *sb, const char *path, const char *suffix);

/* Sorts n C strings in strcmp order (file names, for a listing that is the
 * same on every file system). */
void strings_sort(char **strings, size_t n);

#endif
