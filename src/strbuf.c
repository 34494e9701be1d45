/* strbuf.c: growable strings.  An initialised but empty strbuf points at a
 * shared empty string, so that init never allocates. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

char strbuf_empty[1];

void strbuf_init(struct strbuf *sb)
{
	sb->buf = strbuf_empty;
	sb->len = 0;
	sb->alloc = 0;
}

void strbuf_release(struct strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	strbuf_init(sb);
}

void strbuf_reset(struct strbuf *sb)
{
	strbuf_setlen(sb, 0);
}

char *strbuf_detach(struct strbuf *sb, size_t *len)
{
	if (!sb->alloc)
		strbuf_grow(sb, 0);
	char *result = sb->buf;
	if (len)
		*len = sb->len;
	strbuf_init(sb);
	return result;
}

void strbuf_grow(struct strbuf *sb, size_t extra)
{
	size_t needed = sb->len + extra + 1;

	if (needed <= sb->alloc)
		return;
	size_t alloc = sb->alloc ? sb->alloc : 64;
	while (alloc < needed)
		alloc *= 2;
	if (sb->alloc) {
		sb->buf = xrealloc(sb->buf, alloc);
	} else {
		sb->buf = xmalloc(alloc);
		sb->buf[0] = '\0';
	}
	sb->alloc = alloc;
}

void strbuf_setlen(struct strbuf *sb, size_t len)
{
	if (!sb->alloc)
		return;
	sb->len = len;
	sb->buf[len] = '\0';
}

void strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
	strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void strbuf_addstr(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void strbuf_add_u64(struct strbuf *sb, uint64_t n)
{
	char digits[20];
	size_t i = sizeof(digits);

	do
		digits[--i] = (char)('0' + n % 10);
	while (n /= 10);
	strbuf_add(sb, digits + i, sizeof(digits) - i);
}

void strbuf_add_i64(struct strbuf *sb, int64_t n)
{
	if (n < 0) {
		strbuf_addch(sb, '-');
		strbuf_add_u64(sb, (uint64_t)0 - (uint64_t)n);
	} else {
		strbuf_add_u64(sb, (uint64_t)n);
	}
}

void strbuf_addch(struct strbuf *sb, int c)
{
	strbuf_grow(sb, 1);
	sb->buf[sb->len++] = (char)c;
	sb->buf[sb->len] = '\0';
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;

	/* Formatted once into the room there is; again only when it did not
	 * fit, into room made for what the first pass measured. */
	strbuf_grow(sb, 64);
	va_copy(copy, ap);
	int len = vsnprintf(sb->buf + sb->len, sb->alloc - sb->len, fmt, copy);
	va_end(copy);
	if (len < 0) {
		sb->buf[sb->len] = '\0';
		return;
	}
	if ((size_t)len >= sb->alloc - sb->len) {
		strbuf_grow(sb, (size_t)len);
		vsnprintf(sb->buf + sb->len, (size_t)len + 1, fmt, ap);
	}
	sb->len += (size_t)len;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_add_stem(struct strbuf *sb, const char *path, const char *suffix)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base), suffix_len = strlen(suffix);

	if (len > suffix_len && strcmp(base + len - suffix_len, suffix) == 0)
		len -= suffix_len;
	strbuf_add(sb, base, len);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void strings_sort(char **strings, size_t n)
{
	if (n > 1)
		qsort(strings, n, sizeof(*strings), compare_strings);
}
