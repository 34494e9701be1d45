/* ini.c: reading folio.conf's INI dialect line by line (see ini.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "ini.h"
#include "strbuf.h"

static int is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
	       || c == '-' || c == '_' || c == '.';
}

static const char *skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The rest of a line after a value: blanks, then a comment or nothing. */
static int only_comment(const char *p)
{
	p = skip_blanks(p);
	return *p == '\0' || *p == '#' || *p == ';';
}

/* A quoted value from p (at the opening quote) into out; returns the end,
 * or NULL when it is not closed or has an unknown escape. */
static const char *read_quoted(const char *p, struct strbuf *out)
{
	for (p++; *p && *p != '"'; p++) {
		if (*p == '\\') {
			if (p[1] != '"' && p[1] != '\\')
				return NULL;
			p++;
		}
		strbuf_addch(out, *p);
	}
	return *p == '"' ? p + 1 : NULL;
}

/* A plain value: to the end of the line or a comment after a blank. */
static void read_plain(const char *p, struct strbuf *out)
{
	const char *end = p;

	for (const char *q = p; *q; q++) {
		if ((*q == '#' || *q == ';') && q > p && (q[-1] == ' ' || q[-1] == '\t'))
			break;
		end = q + 1;
	}
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	strbuf_add(out, p, (size_t)(end - p));
}

static int parse_section(const char *path, long line_no, const char *line, const char *p,
			 struct strbuf *section)
{
	const char *name = skip_blanks(p + 1), *end = name;

	while (is_name_char(*end))
		end++;
	const char *close = skip_blanks(end);
	if (end == name || *close != ']' || !only_comment(close + 1))
		return diag_error(path, line_no, (long)(p - line) + 1,
				  _("expected '[SECTION]' (letters, digits, '-', '_', '.')"));
	strbuf_reset(section);
	strbuf_add(section, name, (size_t)(end - name));
	return 0;
}

static int parse_entry(const char *path, long line_no, const char *line, const char *p,
		       const char *section,
		       int (*visit)(const struct ini_entry *, void *), void *data)
{
	const char *end = p;
	while (is_name_char(*end))
		end++;
	const char *equals = skip_blanks(end);
	if (end == p || *equals != '=')
		return diag_error(path, line_no, (long)(p - line) + 1,
				  _("expected 'KEY = VALUE' or '[SECTION]'"));
	const char *value = skip_blanks(equals + 1);
	struct strbuf key = STRBUF_INIT, text = STRBUF_INIT;
	strbuf_add(&key, p, (size_t)(end - p));
	int rc = 0;
	if (*value == '"') {
		const char *after = read_quoted(value, &text);
		if (!after || !only_comment(after))
			rc = diag_error(path, line_no, (long)(value - line) + 1,
					_("unterminated or badly escaped quoted value"));
	} else {
		read_plain(value, &text);
	}
	if (rc == 0) {
		struct ini_entry entry = { section, key.buf, text.buf, line_no,
					   (long)(p - line) + 1, (long)(value - line) + 1 };
		rc = visit(&entry, data);
	}
	strbuf_release(&key);
	strbuf_release(&text);
	return rc;
}

int ini_parse(const char *path, const char *text,
	      int (*visit)(const struct ini_entry *entry, void *data), void *data)
{
	struct strbuf section = STRBUF_INIT, line = STRBUF_INIT;
	long line_no = 0;
	int rc = 0, in_bad_section = 0;

	if (strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;   /* a byte-order mark some editors write */
	while (*text) {
		size_t len = strcspn(text, "\n");
		strbuf_reset(&line);
		strbuf_add(&line, text, len);
		text += len + (text[len] == '\n');
		line_no++;
		const char *p = skip_blanks(line.buf);
		if (*p == '\0' || *p == '#' || *p == ';' || *p == '\r')
			continue;
		/* The keys under a broken header belong to no section: said once. */
		if (*p == '[') {
			in_bad_section = parse_section(path, line_no, line.buf, p, &section) < 0;
			if (in_bad_section)
				rc = -1;
		} else if (!in_bad_section
			   && parse_entry(path, line_no, line.buf, p, section.buf, visit, data) < 0) {
			rc = -1;
		}
	}
	strbuf_release(&section);
	strbuf_release(&line);
	return rc;
}
