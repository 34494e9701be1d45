/* po-write.c: gettext's PO layout, written directly.
 * Each string goes out in portions that end after a "\n"; a portion is
 * escaped into writer->line with a break override per byte, handed to
 * po_wrap_breaks (ulc_width_linebreaks' answer, found faster), and printed
 * with a closing quote and a new line at every break it allows.  A portion that fits on its line needs no
 * breaking: every UTF-8 character is at most as wide as its bytes, so the
 * escaped length bounds the width, and the call is skipped. */
#include <config.h>

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>

#include "i18n.h"
#include "ascii-word.h"
#include "po-format.h"
#include "po-wrap.h"
#include "po-write.h"
#include "utf8.h"

enum { PAGE_WIDTH = 79 };

void po_writer_init(struct po_writer *writer, struct strbuf *out)
{
	writer->out = out;
	writer->n_entries = 0;
	strbuf_init(&writer->line);
	strbuf_init(&writer->overrides);
	strbuf_init(&writer->breaks);
	strbuf_init(&writer->marks);
	strbuf_init(&writer->window);
}

void po_writer_release(struct po_writer *writer)
{
	strbuf_release(&writer->line);
	strbuf_release(&writer->overrides);
	strbuf_release(&writer->breaks);
	strbuf_release(&writer->marks);
	strbuf_release(&writer->window);
}

/* The letter after the backslash for the C escapes gettext writes, or 0. */
static char escape_letter(char c)
{
	switch (c) {
	case '\a': return 'a';
	case '\b': return 'b';
	case '\f': return 'f';
	case '\n': return 'n';
	case '\r': return 'r';
	case '\t': return 't';
	case '\v': return 'v';
	case '\\': return '\\';
	case '"': return '"';
	default: return 0;
	}
}

/* Escapes [s, end) into writer->line, with the overrides gettext gives:
 * nothing may break after the first byte of an escape, of a multibyte
 * character or of a format directive.  marks: PO_FORMAT_* per byte of s,
 * or NULL. */
static void escape_portion(struct po_writer *writer, const char *s, const char *end,
			   const char *marks)
{
	/* At most two bytes out per byte in: written in place, not appended. */
	size_t most = 2 * (size_t)(end - s);
	strbuf_reset(&writer->line);
	strbuf_reset(&writer->overrides);
	strbuf_grow(&writer->line, most);
	strbuf_grow(&writer->overrides, most);
	char *line = writer->line.buf, *overrides = writer->overrides.buf;
	for (const char *p = s; p < end; p++) {
		/* A run that needs no escape and holds no directive goes as it
		 * is, breaks left to the line breaking rules. */
		if (!marks) {
			size_t run = ascii_printable_prefix(p, (size_t)(end - p), 1);
			if (run) {
				memcpy(line, p, run);
				memset(overrides, UC_BREAK_UNDEFINED, run);
				line += run;
				overrides += run;
				p += run;
				if (p == end)
					break;
			}
		}
		char before = marks && marks[p - s] == PO_FORMAT_INSIDE
			? UC_BREAK_PROHIBITED : UC_BREAK_UNDEFINED;
		char letter = escape_letter(*p);
		if (letter) {
			*line++ = '\\';
			*line++ = letter;
			*overrides++ = before;
			*overrides++ = UC_BREAK_PROHIBITED;
			continue;
		}
		*line++ = *p;
		/* A UTF-8 continuation byte stays with its lead byte. */
		*overrides++ = ((unsigned char)*p & 0xC0) == 0x80 ? UC_BREAK_PROHIBITED : before;
	}
	strbuf_setlen(&writer->line, (size_t)(line - writer->line.buf));
	strbuf_setlen(&writer->overrides, (size_t)(overrides - writer->overrides.buf));
	if (end > s && end[-1] == '\n')
		writer->overrides.buf[writer->overrides.len - 2] = UC_BREAK_PROHIBITED;
}

static void add_keyword(struct strbuf *out, const char *prefix, const char *keyword)
{
	strbuf_addstr(out, prefix);
	strbuf_addstr(out, keyword);
	strbuf_addch(out, ' ');
}

/* Where the escaped portion breaks when its line starts at column start
 * (relative to the column after a break), or NULL when it stays whole:
 * it fits, or it has no break opportunity. */
static const char *portion_breaks(struct po_writer *writer, int start, int width)
{
	size_t len = writer->line.len;

	if ((size_t)start + len <= (size_t)width)
		return NULL;
	strbuf_reset(&writer->breaks);
	strbuf_grow(&writer->breaks, len);
	po_wrap_breaks(writer->line.buf, len, width, start, writer->overrides.buf, &writer->window,
		       writer->breaks.buf);
	return memchr(writer->breaks.buf, UC_BREAK_POSSIBLE, len) ? writer->breaks.buf : NULL;
}

/* line[0, len) in quotes, closing and reopening them (on a new line
 * after prefix) at each break; breaks may be NULL. */
static void add_quoted(struct strbuf *out, const char *prefix, const char *line, size_t len,
		       const char *breaks)
{
	size_t prefix_len = strlen(prefix), n_breaks = 0;

	for (const char *next = breaks;
	     next && (next = memchr(next, UC_BREAK_POSSIBLE, len - (size_t)(next - breaks)));
	     next++)
		n_breaks++;
	/* Room for every line at once, then written in place. */
	strbuf_grow(out, len + 3 + n_breaks * (prefix_len + 3));
	char *o = out->buf + out->len;
	size_t from = 0;
	*o++ = '"';
	for (const char *next = breaks; n_breaks--; next++) {
		next = memchr(next, UC_BREAK_POSSIBLE, len - (size_t)(next - breaks));
		size_t i = (size_t)(next - breaks);
		memcpy(o, line + from, i - from);
		o += i - from;
		*o++ = '"';
		*o++ = '\n';
		memcpy(o, prefix, prefix_len);
		o += prefix_len;
		*o++ = '"';
		from = i;
	}
	memcpy(o, line + from, len - from);
	o += len - from;
	*o++ = '"';
	*o++ = '\n';
	strbuf_setlen(out, (size_t)(o - out->buf));
}

/* Writes keyword and value as gettext's wrap() does without its indented
 * style: lines of prefix, quote, text, quote.  gettext breaks a portion
 * for its first line and, when that line would wrap, starts the string on
 * the next line and breaks the portion again there.  A portion that wraps
 * on a following line also wraps after the keyword (it starts further
 * right), so the following line's breaks are asked first and, most of
 * the time, are the only ones needed. */
static void write_string(struct po_writer *writer, const char *prefix, const char *keyword,
			 const char *value, const char *marks, int wrap)
{
	struct strbuf *out = writer->out;
	int after_break = (int)strlen(prefix) + 1;   /* the column after the opening quote */
	int width = (wrap ? PAGE_WIDTH : INT_MAX) - 1 - after_break;
	int first_start = (int)strlen(keyword) + 1;   /* relative to after_break, as width is */
	int first_line = 1;
	const char *s = value;

	do {
		const char *end = strchr(s, '\n');
		end = end ? end + 1 : s + strlen(s);
		escape_portion(writer, s, end, marks ? marks + (s - value) : NULL);
		const char *line = writer->line.buf;
		size_t len = writer->line.len;
		const char *breaks = portion_breaks(writer, 0, width);
		/* When breaks is NULL, the first line's own breaks are NULL too
		 * unless it wraps, and then the portion goes on the next line
		 * whole: the second call's result is needed only as a yes/no. */
		if (first_line && len > 0
		    && (*end || first_start > width || breaks
			|| portion_breaks(writer, first_start, width))) {
			add_keyword(out, prefix, keyword);
			strbuf_addstr(out, "\"\"\n");
			first_line = 0;
		}
		if (first_line)
			add_keyword(out, prefix, keyword);
		else
			strbuf_addstr(out, prefix);
		first_line = 0;
		add_quoted(out, prefix, line, len, breaks);
		s = end;
	} while (*s);
}

/* Writes each "\n"-separated line of text as lead, a space unless the line
 * is empty, the line. */
static void write_comment_lines(struct strbuf *out, const char *lead, const char *text)
{
	if (!text)
		return;
	for (const char *p = text; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		strbuf_addstr(out, lead);
		if (len)
			strbuf_addch(out, ' ');
		strbuf_add(out, p, len);
		strbuf_addch(out, '\n');
		p += len + (end != NULL);
	}
}

/* ":LINE" into buf (at least 24 bytes), or "" for a reference without a
 * line; returns its length.  By hand: printf's cost, per reference of
 * every message, showed in profiles. */
static size_t format_line(char *buf, long line)
{
	char digits[24];
	size_t n = 0;

	if (line < 0) {
		buf[0] = '\0';
		return 0;
	}
	do {
		digits[n++] = (char)('0' + line % 10);
		line /= 10;
	} while (line);
	buf[0] = ':';
	for (size_t i = 0; i < n; i++)
		buf[1 + i] = digits[n - 1 - i];
	buf[n + 1] = '\0';
	return n + 1;
}

static void write_refs(struct strbuf *out, const struct po_write_entry *entry)
{
	if (!entry->n_refs)
		return;
	strbuf_addstr(out, "#:");
	size_t column = 2;
	for (size_t i = 0; i < entry->n_refs; i++) {
		const char *file = entry->refs[i].file;
		char line[24];
		while (file[0] == '.' && file[1] == '/')
			file += 2;
		size_t file_len = strlen(file), line_len = format_line(line, entry->refs[i].line);
		size_t width = file_len + line_len + 1;
		if (column > 2 && column + width > PAGE_WIDTH) {
			strbuf_addstr(out, "\n#:");
			column = 2;
		}
		strbuf_addch(out, ' ');
		strbuf_add(out, file, file_len);
		strbuf_add(out, line, line_len);
		column += width;
	}
	strbuf_addch(out, '\n');
}

static int is_range_flag(const char *flag)
{
	return strncmp(flag, "range: ", 7) == 0;
}

static void write_flags(struct strbuf *out, const struct po_write_entry *entry,
			int fuzzy)
{
	size_t n = 0;

	for (size_t i = 0; i < entry->n_flags; i++)
		if (!(entry->obsolete && is_range_flag(entry->flags[i])))
			n++;
	if (!fuzzy && !n)
		return;
	strbuf_addstr(out, "#,");
	const char *separator = " ";
	if (fuzzy) {
		strbuf_addstr(out, " fuzzy");
		separator = ", ";
	}
	for (size_t i = 0; i < entry->n_flags; i++) {
		if (entry->obsolete && is_range_flag(entry->flags[i]))
			continue;
		strbuf_addf(out, "%s%s", separator, entry->flags[i]);
		separator = ", ";
	}
	strbuf_addch(out, '\n');
}

/* The format whose directives matter for wrapping: gettext parses only the
 * first format flag that is not a "no-" one.  0 when none, 'c' for C, -1
 * for a format this writer cannot parse (reported in err). */
static int wrap_format(const struct po_write_entry *entry, int *no_wrap, struct strbuf *err)
{
	int format = 0;

	*no_wrap = 0;
	for (size_t i = 0; i < entry->n_flags; i++) {
		const char *flag = entry->flags[i];
		size_t len = strlen(flag);
		if (strcmp(flag, "no-wrap") == 0)
			*no_wrap = 1;
		if (format || is_range_flag(flag) || strncmp(flag, "no-", 3) == 0
		    || len < 7 || strcmp(flag + len - 7, "-format") != 0)
			continue;
		if (strcmp(flag, "c-format") != 0) {
			strbuf_addf(err, _("cannot wrap '%s' strings as gettext does"), flag);
			return -1;
		}
		format = 'c';
	}
	return format;
}

static int check_utf8(const char *s, size_t len, struct strbuf *err)
{
	if (!s || utf8_valid(s, len))
		return 0;
	strbuf_addf(err, _("not valid UTF-8: '%s'"), s);
	return -1;
}

static int check_strings(const struct po_write_entry *entry, struct strbuf *err)
{
	const char *const strings[] = {
		entry->comments, entry->extracted_comments, entry->prev_msgctxt, entry->prev_msgid,
		entry->prev_msgid_plural, entry->msgctxt, entry->msgid, entry->msgid_plural,
	};
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
		if (strings[i] && check_utf8(strings[i], strlen(strings[i]), err) < 0)
			return -1;
	size_t len = entry->msgid_plural ? entry->msgstr_len : strlen(entry->msgstr);
	return check_utf8(entry->msgstr, len, err);
}

/* One string, with its C directives marked when the entry is c-format. */
static void write_field(struct po_writer *writer, const char *prefix, const char *keyword,
			const char *value, int format, int is_msgstr, int wrap)
{
	const char *marks = NULL;

	if (format == 'c' && *value) {
		strbuf_reset(&writer->marks);
		strbuf_grow(&writer->marks, strlen(value));
		po_format_c_marks(value, is_msgstr, writer->marks.buf);
		marks = writer->marks.buf;
	}
	write_string(writer, prefix, keyword, value, marks, wrap);
}

static void write_msgstrs(struct po_writer *writer, const struct po_write_entry *entry,
			  const char *prefix, int format, int wrap)
{
	if (!entry->msgid_plural) {
		write_field(writer, prefix, "msgstr", entry->msgstr, format, 1, wrap);
		return;
	}
	unsigned index = 0;
	for (const char *p = entry->msgstr; p < entry->msgstr + entry->msgstr_len;
	     p += strlen(p) + 1, index++) {
		char keyword[32];
		snprintf(keyword, sizeof(keyword), "msgstr[%u]", index);
		write_field(writer, prefix, keyword, p, format, 1, wrap);
	}
}

int po_writer_add(struct po_writer *writer, const struct po_write_entry *entry,
		  struct strbuf *err)
{
	int no_wrap;
	int format = wrap_format(entry, &no_wrap, err);

	if (format < 0 || check_strings(entry, err) < 0)
		return -1;
	/* gettext writes no obsolete entry without a translation. */
	if (entry->obsolete && !*entry->msgstr)
		return 0;
	struct strbuf *out = writer->out;
	if (writer->n_entries++)
		strbuf_addch(out, '\n');
	write_comment_lines(out, "#", entry->comments);
	write_comment_lines(out, "#.", entry->extracted_comments);
	write_refs(out, entry);
	write_flags(out, entry, entry->fuzzy && (entry->obsolete || *entry->msgstr));
	const char *prev_prefix = entry->obsolete ? "#~| " : "#| ";
	const char *prefix = entry->obsolete ? "#~ " : "";
	int wrap = !no_wrap;
	if (entry->prev_msgctxt)
		write_field(writer, prev_prefix, "msgctxt", entry->prev_msgctxt, format, 0, wrap);
	if (entry->prev_msgid)
		write_field(writer, prev_prefix, "msgid", entry->prev_msgid, format, 0, wrap);
	if (entry->prev_msgid_plural)
		write_field(writer, prev_prefix, "msgid_plural", entry->prev_msgid_plural, format,
			    0, wrap);
	if (entry->msgctxt)
		write_field(writer, prefix, "msgctxt", entry->msgctxt, format, 0, wrap);
	write_field(writer, prefix, "msgid", entry->msgid, format, 0, wrap);
	if (entry->msgid_plural)
		write_field(writer, prefix, "msgid_plural", entry->msgid_plural, format, 0, wrap);
	write_msgstrs(writer, entry, prefix, format, wrap);
	return 0;
}
