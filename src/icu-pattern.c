/* icu-pattern.c: ICU MessageFormat checks.
 * ICU parses the pattern (umsg_open); a small scanner of folio's own then
 * walks it for argument names and plural selectors, which ICU's C API does
 * not expose.  The scanner follows ICU's apostrophe rule (DOUBLE_OPTIONAL):
 * an apostrophe quotes only before { } # | or another apostrophe. */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/umsg.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

#include "i18n.h"
#include "icu-pattern.h"
#include "xalloc.h"

const char *icu_pattern_skip_quoted(const char *p)
{
	if (p[1] == '\'')
		return p + 2;
	if (!p[1] || !strchr("{}#|", p[1]))
		return p + 1;
	for (p++; *p; p++) {
		if (*p != '\'')
			continue;
		if (p[1] != '\'')
			return p + 1;
		p++;
	}
	return p;
}

int icu_pattern_check_depth(const char *pattern, long *column)
{
	long depth = 0;

	for (const char *p = pattern; *p;) {
		if (*p == '\'') {
			p = icu_pattern_skip_quoted(p);
			continue;
		}
		/* A level is two braces: the argument's and its message's. */
		if (*p == '{' && ++depth > 2 * FOLIO_ICU_MAX_DEPTH) {
			*column = (long)(p - pattern) + 1;
			return -1;
		}
		if (*p == '}' && depth > 0)
			depth--;
		p++;
	}
	return 0;
}

int icu_pattern_parse(const char *pattern, const char *locale, long *column, struct strbuf *err)
{
	UErrorCode status = U_ZERO_ERROR;
	UParseError parse_error;
	int32_t len = 0;

	if (icu_pattern_check_depth(pattern, column) < 0) {
		strbuf_addf(err, _("arguments nested more than %d levels deep"), FOLIO_ICU_MAX_DEPTH);
		return -1;
	}

	u_strFromUTF8(NULL, 0, &len, pattern, -1, &status);
	status = U_ZERO_ERROR;
	UChar *text = xmalloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(text, len + 1, NULL, pattern, -1, &status);
	memset(&parse_error, 0, sizeof(parse_error));
	UMessageFormat *format = umsg_open(text, len, locale, &parse_error, &status);
	umsg_close(format);
	free(text);
	if (U_SUCCESS(status))
		return 0;
	/* The offset counts UTF-16 units; report characters. */
	*column = parse_error.offset + 1;
	strbuf_addf(err, "%s", u_errorName(status));
	return -1;
}

struct scanner {
	const char *p;
	struct strbuf *names;      /* argument names, one per line */
	struct strbuf *selectors;  /* plural selectors, one per line */
	struct strbuf *ordinals;   /* selectordinal selectors, one per line */
	int depth;                 /* bounded: the scanner recurses per level */
};

static void skip_space(struct scanner *s)
{
	while (*s->p && isspace((unsigned char)*s->p))
		s->p++;
}

static size_t word(struct scanner *s, const char **start)
{
	skip_space(s);
	*start = s->p;
	while (*s->p && !isspace((unsigned char)*s->p) && !strchr(",{}", *s->p))
		s->p++;
	return (size_t)(s->p - *start);
}

static void scan_message(struct scanner *s);

static void scan_argument(struct scanner *s)
{
	const char *name;
	size_t len = word(s, &name);

	if (len) {
		strbuf_add(s->names, name, len);
		strbuf_addch(s->names, '\n');
	}
	skip_space(s);
	if (*s->p != ',')
		goto close;
	s->p++;
	const char *type;
	size_t type_len = word(s, &type);
	int is_ordinal = type_len == 13 && strncmp(type, "selectordinal", 13) == 0;
	int is_plural = is_ordinal || (type_len == 6 && strncmp(type, "plural", 6) == 0);
	int is_select = type_len == 6 && strncmp(type, "select", 6) == 0;
	skip_space(s);
	if (*s->p != ',' || !(is_plural || is_select))
		goto close;
	s->p++;
	for (;;) {
		const char *selector;
		size_t selector_len = word(s, &selector);
		skip_space(s);
		if (selector_len > 7 && strncmp(selector, "offset:", 7) == 0)
			continue;
		if (*s->p != '{')
			break;
		if (is_plural && selector_len && selector[0] != '=') {
			struct strbuf *list = is_ordinal ? s->ordinals : s->selectors;
			strbuf_add(list, selector, selector_len);
			strbuf_addch(list, '\n');
		}
		s->p++;
		scan_message(s);
		if (*s->p == '}')
			s->p++;
	}
close:
	/* Skip a style such as "integer" up to the closing brace. */
	for (int depth = 0; *s->p; s->p++) {
		if (*s->p == '{')
			depth++;
		else if (*s->p == '}' && depth-- == 0)
			break;
	}
	if (*s->p == '}')
		s->p++;
}

/* Message text up to (not past) an unmatched '}'. */
static void scan_message(struct scanner *s)
{
	while (*s->p && *s->p != '}') {
		if (*s->p == '\'' && s->p[1] && strchr("{}#|'", s->p[1])) {
			const char *end = s->p[1] == '\'' ? s->p + 1 : strchr(s->p + 1, '\'');
			s->p = end ? end + 1 : s->p + strlen(s->p);
			continue;
		}
		if (*s->p == '{') {
			if (s->depth >= FOLIO_ICU_MAX_DEPTH) {
				s->p += strlen(s->p);   /* refused by icu_pattern_parse */
				return;
			}
			s->p++;
			s->depth++;
			scan_argument(s);
			s->depth--;
			continue;
		}
		s->p++;
	}
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the lines of sb, drops duplicates, joins them with spaces. */
void icu_pattern_sort_lines(const struct strbuf *sb, struct strbuf *out)
{
	char *copy = xstrdup(sb->buf);
	char **lines = NULL;
	size_t n = 0, alloc = 0;

	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		FOLIO_GROW(lines, n + 1, alloc);
		lines[n++] = line;
	}
	if (n)
		qsort(lines, n, sizeof(char *), compare_lines);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(lines[i], lines[i - 1]) == 0)
			continue;
		if (out->len)
			strbuf_addch(out, ' ');
		strbuf_addstr(out, lines[i]);
	}
	free(lines);
	free(copy);
}

static void scan(const char *pattern, struct strbuf *names, struct strbuf *selectors,
		 struct strbuf *ordinals)
{
	struct scanner s = { pattern, names, selectors, ordinals, 0 };

	while (*s.p) {
		scan_message(&s);
		if (*s.p == '}')
			s.p++;   /* a stray brace; ICU reports what matters */
	}
}

void icu_pattern_arguments(const char *pattern, struct strbuf *names)
{
	struct strbuf raw = STRBUF_INIT, selectors = STRBUF_INIT, ordinals = STRBUF_INIT;

	scan(pattern, &raw, &selectors, &ordinals);
	icu_pattern_sort_lines(&raw, names);
	strbuf_release(&raw);
	strbuf_release(&selectors);
	strbuf_release(&ordinals);
}

static int has_word(const char *list, const char *w)
{
	size_t len = strlen(w);

	for (const char *p = strstr(list, w); p; p = strstr(p + 1, w))
		if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
			return 1;
	return 0;
}

/* The categories of locale of one type, space-separated. */
static void categories(const char *locale, UPluralType type, struct strbuf *out)
{
	UErrorCode status = U_ZERO_ERROR;
	UPluralRules *rules = uplrules_openForType(locale, type, &status);
	UEnumeration *keywords = uplrules_getKeywords(rules, &status);
	const char *keyword;

	while (U_SUCCESS(status) && (keyword = uenum_next(keywords, NULL, &status))) {
		if (out->len)
			strbuf_addch(out, ' ');
		strbuf_addstr(out, keyword);
	}
	uenum_close(keywords);
	uplrules_close(rules);
}

/* The selectors of one kind (newline-separated, raw) against the locale's
 * categories of that type; appends what is missing or foreign to err. */
static int compare_categories(const struct strbuf *raw, const char *locale, UPluralType type,
			      struct strbuf *err)
{
	struct strbuf used = STRBUF_INIT, wanted = STRBUF_INIT;
	int ordinal = type == UPLURAL_TYPE_ORDINAL;
	int rc = 0;

	icu_pattern_sort_lines(raw, &used);
	if (!used.len) {
		strbuf_release(&used);
		return 0;
	}
	categories(locale, type, &wanted);
	char *copy = xstrdup(wanted.buf);
	for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
		if (!has_word(used.buf, w)) {
			strbuf_addstr(err, err->len ? ", " : "");
			strbuf_addf(err, ordinal ? _("missing ordinal '%s'") : _("missing '%s'"), w);
			rc = -1;
		}
	free(copy);
	copy = xstrdup(used.buf);
	for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
		if (!has_word(wanted.buf, w)) {
			strbuf_addstr(err, err->len ? ", " : "");
			strbuf_addf(err, ordinal ? _("'%s' is not an ordinal category of this language")
					 : _("'%s' is not a category of this language"), w);
			rc = -1;
		}
	free(copy);
	strbuf_release(&used);
	strbuf_release(&wanted);
	return rc;
}

int icu_pattern_check_plurals(const char *pattern, const char *locale, struct strbuf *err)
{
	struct strbuf names = STRBUF_INIT, cardinals = STRBUF_INIT, ordinals = STRBUF_INIT;

	scan(pattern, &names, &cardinals, &ordinals);
	int rc = compare_categories(&cardinals, locale, UPLURAL_TYPE_CARDINAL, err);
	if (compare_categories(&ordinals, locale, UPLURAL_TYPE_ORDINAL, err) < 0)
		rc = -1;
	strbuf_release(&names);
	strbuf_release(&cardinals);
	strbuf_release(&ordinals);
	return rc;
}
