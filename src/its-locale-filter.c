/* its-locale-filter.c: RFC 4647 extended filtering (section 3.3.2). */
#include <config.h>

#include <string.h>
#include <strings.h>

#include "its-locale-filter.h"

/* The subtag at *p (up to '-' or the end), advancing past it. */
static size_t next_subtag(const char **p, const char *end, const char **subtag)
{
	*subtag = *p;
	size_t len = 0;
	while (*p + len < end && (*p)[len] != '-')
		len++;
	*p += len + (*p + len < end);
	return len;
}

static int same(const char *a, size_t a_len, const char *b, size_t b_len)
{
	return a_len == b_len && strncasecmp(a, b, a_len) == 0;
}

static int range_matches(const char *range, const char *range_end, const char *tag)
{
	const char *tag_end = tag + strlen(tag);
	const char *r, *t;
	size_t r_len = next_subtag(&range, range_end, &r);
	size_t t_len = next_subtag(&tag, tag_end, &t);

	if (!(r_len == 1 && *r == '*') && !same(r, r_len, t, t_len))
		return 0;
	while (range < range_end) {
		r_len = next_subtag(&range, range_end, &r);
		if (r_len == 1 && *r == '*')
			continue;
		for (;;) {
			if (tag >= tag_end)
				return 0;
			t_len = next_subtag(&tag, tag_end, &t);
			if (same(r, r_len, t, t_len))
				break;
			if (t_len == 1)
				return 0;   /* a singleton ends what a range may skip */
		}
	}
	return 1;
}

static int list_matches(const char *list, const char *tag)
{
	for (const char *p = list; *p;) {
		p += strspn(p, " \t\r\n,");
		size_t len = strcspn(p, ",");
		while (len && strchr(" \t\r\n", p[len - 1]))
			len--;
		if (len && range_matches(p, p + len, tag))
			return 1;
		p += strcspn(p, ",");
	}
	return 0;
}

int its_locale_filter_allows(const char *list, const char *type, const char *tag)
{
	int matches = list_matches(list ? list : "*", tag);

	return type && strcmp(type, "exclude") == 0 ? !matches : matches;
}
