/* po-scan.c: the fast path of catalog reading (see po-scan.h).
 *
 * One pass over the lines.  An entry is comments, then msgctxt, msgid,
 * msgid_plural and msgstr lines, each string possibly continued on the
 * lines below; it ends where the next entry's first comment or keyword
 * starts.  The phase says which keywords may come next; any other line is
 * a reason to hand the file to libgettextpo. */
#include <config.h>

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "po-scan.h"
#include "strbuf.h"
#include "utf8.h"

enum phase { BEFORE_KEYWORDS, AFTER_MSGCTXT, AFTER_MSGID, AFTER_MSGSTR };

struct entry {
	struct strbuf msgctxt, msgid, msgstr;
	int has_msgctxt, plural, fuzzy;
	int next_form;              /* the index the next msgstr[N] must have */
	int discard;                /* an obsolete entry: checked, not kept */
	enum phase phase;
	struct strbuf *current;     /* the string continuation lines extend */
};

struct scan {
	const char *line, *end;     /* the current line, the end of the text */
	struct strmap *map;
	struct strbuf key;
	int charset_ok;
	int header_seen;
	struct entry obsolete;      /* the "#~" entry being read */
	struct strmap seen;         /* the keys of the entries not kept in map:
	                               gettext refuses a second definition of any */
	struct strbuf scratch;      /* previous msgids, read to be checked */
	int previous_open;          /* the line before was a "#|" keyword or its
	                               continuation: a "#|" string may follow */
};

/* Well-formed UTF-8 (libunistring: no overlongs, surrogates or code
 * points past U+10FFFF) and no NUL, which a PO file cannot hold, nor
 * U+0004, gettext's context separator, which it refuses in a string. */
static int valid_utf8(const unsigned char *s, size_t len)
{
	return memchr(s, 0, len) == NULL && memchr(s, 4, len) == NULL
		&& utf8_valid((const char *)s, len);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The escapes gettext's lexer knows; returns the next position or NULL. */
static const char *unescape(const char *p, const char *end, struct strbuf *out)
{
	static const char simple[] = "n\nt\tb\br\rf\fv\va\a\\\\\"\"";
	const char *hit = p < end ? strchr(simple, *p) : NULL;

	if (hit && *p && (hit - simple) % 2 == 0) {
		strbuf_addch(out, hit[1]);
		return p + 1;
	}
	if (p < end && *p >= '0' && *p <= '7') {
		int value = 0, n = 0;
		for (; n < 3 && p < end && *p >= '0' && *p <= '7'; n++, p++)
			value = value * 8 + (*p - '0');
		/* A byte past ASCII could break the UTF-8 the scanner vouches
		 * for: gettext's to read. */
		if (value == 0 || value == 4 || value > 0x7F)
			return NULL;
		strbuf_addch(out, value);
		return p;
	}
	return NULL;    /* \x and the rest: rare, leave them to gettext */
}

/* Appends the quoted string at p (blanks before it allowed) to out; the
 * rest of the line must be blank.  Returns 0, or -1 when unsure. */
static int read_string(const char *p, const char *eol, struct strbuf *out)
{
	while (p < eol && is_blank(*p))
		p++;
	if (p >= eol || *p++ != '"')
		return -1;
	while (p < eol && *p != '"') {
		if (*p == '\\') {
			p = unescape(p + 1, eol, out);
			if (!p)
				return -1;
			continue;
		}
		/* The text is NUL-terminated and holds no NUL (valid_utf8), so
		 * strcspn stops at the string's end or the line's at the latest. */
		const char *run = p;
		p += strcspn(p, "\"\\\n");
		if (p > eol)
			p = eol;
		strbuf_add(out, run, (size_t)(p - run));
	}
	if (p >= eol)
		return -1;
	for (p++; p < eol; p++)
		if (!is_blank(*p))
			return -1;
	return 0;
}

static void entry_reset(struct entry *e)
{
	strbuf_reset(&e->msgctxt);
	strbuf_reset(&e->msgid);
	strbuf_reset(&e->msgstr);
	e->has_msgctxt = e->plural = e->fuzzy = e->next_form = 0;
	e->phase = BEFORE_KEYWORDS;
	e->current = NULL;
}

static int charset_is_utf8(const char *header)
{
	const char *at = strstr(header, "charset=");

	if (!at)
		return 0;
	at += strlen("charset=");
	size_t len = strcspn(at, " \t\n;");
	return (len == 5 && strncasecmp(at, "UTF-8", 5) == 0)
		|| (len == 4 && strncasecmp(at, "UTF8", 4) == 0);
}

/* The entry is complete: keep it when it is a usable translation. */
static int entry_finish(struct scan *s, struct entry *e)
{
	int rc = 0;

	if (e->phase == AFTER_MSGCTXT || e->phase == AFTER_MSGID)
		return -1;
	int header = !e->has_msgctxt && e->msgid.len == 0;
	if (e->phase == AFTER_MSGSTR && !header) {
		/* Without a context the msgid is the key as it is. */
		const char *key = e->msgid.buf;
		if (e->has_msgctxt) {
			strbuf_reset(&s->key);
			strbuf_add(&s->key, e->msgctxt.buf, e->msgctxt.len);
			strbuf_addch(&s->key, '\004');
			strbuf_add(&s->key, e->msgid.buf, e->msgid.len);
			key = s->key.buf;
		}
		/* A translation is kept in the map, any other entry's key in
		 * seen; a second definition of a key in either is gettext's to
		 * report. */
		int keep = !e->discard && !e->plural && !e->fuzzy && e->msgstr.len;
		struct strmap *own = keep ? s->map : &s->seen, *other = keep ? &s->seen : s->map;
		if (strmap_get(other, key) || !strmap_put(own, key, keep ? e->msgstr.buf : ""))
			rc = -1;
	} else if (e->phase == AFTER_MSGSTR && !e->discard) {
		if (s->header_seen++)
			rc = -1;    /* a second header: gettext reports it */
		s->charset_ok = charset_is_utf8(e->msgstr.buf);
	}
	entry_reset(e);
	return rc;
}

static int has_fuzzy_flag(const char *p, const char *eol)
{
	while (p < eol) {
		while (p < eol && (is_blank(*p) || *p == ','))
			p++;
		const char *start = p;
		while (p < eol && !is_blank(*p) && *p != ',')
			p++;
		if (p - start == 5 && memcmp(start, "fuzzy", 5) == 0)
			return 1;
	}
	return 0;
}

static int keyword_line(struct scan *s, struct entry *e, const char *p, const char *eol);

static int starts_keyword(const char *p, const char *eol, const char *keyword, const char **rest)
{
	size_t len = strlen(keyword);

	if ((size_t)(eol - p) < len || memcmp(p, keyword, len) != 0)
		return 0;
	*rest = p + len;
	return *rest == eol || is_blank(**rest) || **rest == '"' || **rest == '[';
}

/* A "#|" line (after "#~" too): gettext reads the previous msgid there,
 * "msgctxt", "msgid", "msgid_plural" or a continued string, and refuses
 * anything else.  Checked, not kept; anything unusual is gettext's to
 * judge. */
static int previous_line(struct scan *s, const char *p, const char *eol)
{
	const char *rest = p;

	while (rest < eol && is_blank(*rest))
		rest++;
	int continued = s->previous_open;
	s->previous_open = 0;
	if (rest < eol && *rest == '"') {
		if (!continued)
			return -1;   /* a string with no previous keyword before it */
	} else if (!starts_keyword(rest, eol, "msgctxt", &rest)
		   && !starts_keyword(rest, eol, "msgid_plural", &rest)
		   && !starts_keyword(rest, eol, "msgid", &rest)) {
		return -1;
	}
	if (rest >= eol)
		return -1;
	strbuf_reset(&s->scratch);
	if (read_string(rest, eol, &s->scratch) < 0)
		return -1;
	s->previous_open = 1;
	return 0;
}

/* A "#~" line: the obsolete entry's syntax is checked as gettext checks
 * it, though the entry is not kept. */
static int obsolete_line(struct scan *s, const char *p, const char *eol)
{
	struct entry *o = &s->obsolete;

	if (p < eol && *p == '|')
		return previous_line(s, p + 1, eol);
	while (p < eol && is_blank(*p))
		p++;
	if (p == eol)
		return 0;
	if (*p == '"')
		return o->current ? read_string(p, eol, o->current) : -1;
	return keyword_line(s, o, p, eol);
}

static int comment_line(struct scan *s, struct entry *e, const char *p, const char *eol)
{
	if (e->phase == AFTER_MSGSTR && entry_finish(s, e) < 0)
		return -1;
	if (e->phase != BEFORE_KEYWORDS)
		return -1;
	if (p + 1 < eol && p[1] == '~') {
		e->fuzzy = 0;   /* the comments so far were an obsolete entry's */
		return obsolete_line(s, p + 2, eol);
	}
	if (p + 1 < eol && p[1] == '|')
		return previous_line(s, p + 2, eol);
	/* gettext 0.21 takes the fuzzy flag from the last "#," line only. */
	if (p + 1 < eol && p[1] == ',')
		e->fuzzy = has_fuzzy_flag(p + 2, eol);
	return 0;
}


static int keyword_line(struct scan *s, struct entry *e, const char *p, const char *eol)
{
	const char *rest;

	/* A live entry starts: the obsolete one before it must be whole. */
	if (!e->discard && s->obsolete.phase != BEFORE_KEYWORDS && entry_finish(s, &s->obsolete) < 0)
		return -1;
	if (starts_keyword(p, eol, "msgctxt", &rest)) {
		if ((e->phase == AFTER_MSGSTR && entry_finish(s, e) < 0) || e->phase != BEFORE_KEYWORDS)
			return -1;
		e->has_msgctxt = 1;
		e->phase = AFTER_MSGCTXT;
		e->current = &e->msgctxt;
	} else if (starts_keyword(p, eol, "msgid_plural", &rest)) {
		if (e->phase != AFTER_MSGID || e->plural)
			return -1;
		e->plural = 1;
		e->current = &e->msgstr;     /* read, then dropped with the entry */
	} else if (starts_keyword(p, eol, "msgid", &rest)) {
		if (e->phase == AFTER_MSGSTR && entry_finish(s, e) < 0)
			return -1;
		if (e->phase != BEFORE_KEYWORDS && e->phase != AFTER_MSGCTXT)
			return -1;
		e->phase = AFTER_MSGID;
		e->current = &e->msgid;
	} else if (starts_keyword(p, eol, "msgstr", &rest)) {
		if (*rest == '[') {
			if (!e->plural || (e->phase != AFTER_MSGID && e->phase != AFTER_MSGSTR))
				return -1;
			int index = 0;
			const char *digits = ++rest;
			for (; rest < eol && *rest >= '0' && *rest <= '9' && index < 1000; rest++)
				index = index * 10 + (*rest - '0');
			/* msgstr[0], msgstr[1], ... in order, as gettext wants them. */
			if (rest == digits || rest >= eol || *rest++ != ']' || index != e->next_form++)
				return -1;
		} else if (e->plural || e->phase != AFTER_MSGID) {
			return -1;
		}
		e->phase = AFTER_MSGSTR;
		strbuf_reset(&e->msgstr);
		e->current = &e->msgstr;
	} else {
		return -1;
	}
	return read_string(rest, eol, e->current);
}

enum po_scan_result po_scan(const char *text, size_t len, struct strmap *map)
{
	struct scan s = { text, text + len, map, STRBUF_INIT, 0, 0,
			  { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, 0, 0, 0, 0, 1, BEFORE_KEYWORDS,
			    NULL }, { NULL, NULL, 0, 0 }, STRBUF_INIT, 0 };
	struct entry e = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, 0, 0, 0, 0, 0, BEFORE_KEYWORDS,
			   NULL };
	/* The map holds this catalog's keys alone: a duplicate is one. */
	int rc = !map->count && valid_utf8((const unsigned char *)text, len) ? 0 : -1;

	strmap_init(&s.seen);

	while (rc == 0 && s.line < s.end) {
		const char *eol = memchr(s.line, '\n', (size_t)(s.end - s.line));
		if (!eol)
			eol = s.end;
		const char *p = s.line;
		while (p < eol && is_blank(*p))
			p++;
		/* Only a "#|" line continues a "#|" line. */
		if (!(p + 1 < eol && p[0] == '#' && (p[1] == '|' || (p[1] == '~' && p + 2 < eol
								       && p[2] == '|'))))
			s.previous_open = 0;
		if (p < eol && *p == '\r')
			rc = -1;
		else if (p == eol)
			;
		else if (*p == '#')
			rc = comment_line(&s, &e, p, eol);
		else if (*p == '"')
			rc = e.current ? read_string(p, eol, e.current) : -1;
		else
			rc = keyword_line(&s, &e, p, eol);
		s.line = eol + 1;
	}
	if (rc == 0)
		rc = entry_finish(&s, &e);
	if (rc == 0)
		rc = entry_finish(&s, &s.obsolete);
	strmap_release(&s.seen);
	strbuf_release(&s.scratch);
	strbuf_release(&s.obsolete.msgctxt);
	strbuf_release(&s.obsolete.msgid);
	strbuf_release(&s.obsolete.msgstr);
	strbuf_release(&e.msgctxt);
	strbuf_release(&e.msgid);
	strbuf_release(&e.msgstr);
	strbuf_release(&s.key);
	return rc == 0 && s.charset_ok ? PO_SCAN_OK : PO_SCAN_UNSURE;
}
