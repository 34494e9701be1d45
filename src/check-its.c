/* check-its.c: Storage Size and Allowed Characters, checked with ICU. */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "check-its.h"
#include "extract-its.h"
#include "i18n.h"
#include "strbuf.h"

/* Where a finding goes: the message, its catalog, the report. */
struct its_finding {
	po_message_t message;
	const struct check_catalog *catalog;
	struct check_report *report;
};

__attribute__((format(printf, 3, 4)))
static void add(const struct its_finding *at, const char *id, const char *fmt, ...)
{
	struct strbuf message = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&message, fmt, ap);
	va_end(ap);
	check_add_message(at->report, at->catalog, at->message, id, CHECK_ERROR, message.buf);
	strbuf_release(&message);
}

/* The value after mark on one of the comment lines, up to the line's end
 * (into out); 0 when there is no such line. */
static int comment_value(const char *comments, const char *mark, struct strbuf *out)
{
	size_t len = strlen(mark);

	for (const char *line = comments; line && *line;) {
		const char *end = strchr(line, '\n');
		size_t line_len = end ? (size_t)(end - line) : strlen(line);
		if (line_len >= len && strncmp(line, mark, len) == 0) {
			strbuf_add(out, line + len, line_len - len);
			return 1;
		}
		line = end ? end + 1 : NULL;
	}
	return 0;
}

/* "name=value" out of "25 storageEncoding=UTF-8 lineBreakType=lf". */
static void field(const char *text, const char *name, struct strbuf *out)
{
	const char *p = strstr(text, name);

	if (p && p[strlen(name)] == '=') {
		p += strlen(name) + 1;
		strbuf_add(out, p, strcspn(p, " "));
	}
}

/* msgstr with its line breaks as the target stores them. */
static void with_line_breaks(const char *msgstr, const char *type, struct strbuf *out)
{
	const char *brk = strcmp(type, "cr") == 0 ? "\r" : strcmp(type, "crlf") == 0 ? "\r\n"
		: strcmp(type, "nel") == 0 ? "\xc2\x85" : "\n";

	for (const char *p = msgstr; *p; p++) {
		if (*p == '\n')
			strbuf_addstr(out, brk);
		else
			strbuf_addch(out, *p);
	}
}

/* Bytes of the UTF-8 text in encoding; -1 when a character cannot be
 * stored in it, -2 when ICU does not know the encoding. */
static long encoded_length(const char *text, const char *encoding)
{
	UErrorCode status = U_ZERO_ERROR;
	UConverter *conv = ucnv_open(encoding, &status);

	if (U_FAILURE(status))
		return -2;
	ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
	int32_t n_units = 0;
	u_strFromUTF8(NULL, 0, &n_units, text, -1, &status);
	status = U_ZERO_ERROR;
	UChar *units = malloc(((size_t)n_units + 1) * sizeof(UChar));
	u_strFromUTF8(units, n_units + 1, NULL, text, -1, &status);
	int32_t bytes = U_SUCCESS(status) ? ucnv_fromUChars(conv, NULL, 0, units, n_units, &status)
		: 0;
	long rc = status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status) ? bytes : -1;
	free(units);
	ucnv_close(conv);
	return rc;
}

static void check_storage_size(const struct its_finding *at, const char *msgid,
			       const char *msgstr, const char *spec)
{
	struct strbuf encoding = STRBUF_INIT, breaks = STRBUF_INIT, stored = STRBUF_INIT;
	long limit = strtol(spec, NULL, 10);

	field(spec, "storageEncoding", &encoding);
	field(spec, "lineBreakType", &breaks);
	with_line_breaks(msgstr, breaks.len ? breaks.buf : "lf", &stored);
	const char *name = encoding.len ? encoding.buf : "UTF-8";
	long bytes = encoded_length(stored.buf, name);
	if (bytes == -2)
		add(at, "storage-size",
		    _("the storage encoding '%s' of '%s' is unknown"), name, msgid);
	else if (bytes == -1)
		add(at, "storage-size",
		    _("msgstr of '%s' cannot be stored in %s"), msgid, name);
	else if (bytes > limit)
		add(at, "storage-size",
		    _("msgstr of '%s' takes %ld bytes in %s, more than the %ld it may"),
		    msgid, bytes, name, limit);
	strbuf_release(&encoding);
	strbuf_release(&breaks);
	strbuf_release(&stored);
}

/* The first character of msgstr's text (tags skipped) outside the class,
 * into bad; 0 when all are inside, -1 when ICU refuses the class. */
static int first_outside(const char *msgstr, const char *class_text, struct strbuf *bad)
{
	UErrorCode status = U_ZERO_ERROR;
	UParseError parse;
	URegularExpression *regex = uregex_openC(class_text, 0, &parse, &status);

	if (U_FAILURE(status))
		return -1;
	int found = 0;
	int32_t len = (int32_t)strlen(msgstr);
	for (int32_t i = 0; !found && i < len;) {
		if (msgstr[i] == '<') {
			const char *close = strchr(msgstr + i, '>');
			if (close) {
				i = (int32_t)(close - msgstr) + 1;
				continue;
			}
		}
		int32_t start = i;
		UChar32 c;
		U8_NEXT(msgstr, i, len, c);
		UChar units[2];
		int32_t n = 0;
		U16_APPEND_UNSAFE(units, n, c < 0 ? 0xFFFD : c);
		uregex_setText(regex, units, n, &status);
		if (!uregex_matches(regex, 0, &status) && U_SUCCESS(status)) {
			strbuf_add(bad, msgstr + start, (size_t)(i - start));
			found = 1;
		}
	}
	uregex_close(regex);
	return found;
}

static void check_allowed_characters(const struct its_finding *at, const char *msgid,
				     const char *msgstr, const char *class_text)
{
	struct strbuf bad = STRBUF_INIT;
	int rc = first_outside(msgstr, class_text, &bad);

	if (rc < 0)
		add(at, "allowed-characters",
		    _("the allowed characters '%s' of '%s' are not a regular expression "
		      "class ICU reads"), class_text, msgid);
	else if (rc > 0)
		add(at, "allowed-characters",
		    _("msgstr of '%s' has '%s', which is not among the allowed characters %s"),
		    msgid, bad.buf, class_text);
	strbuf_release(&bad);
}

void check_its(po_message_t message, const char *msgstr, const struct check_catalog *c,
	       struct check_report *report)
{
	const struct its_finding at = { message, c, report };
	const char *comments = po_message_extracted_comments(message);
	struct strbuf value = STRBUF_INIT;

	if (!comments || !*comments || !msgstr || !*msgstr)
		goto out;
	const char *msgid = po_message_msgid(message);
	if (comment_value(comments, FOLIO_ITS_STORAGE_SIZE_MARK, &value))
		check_storage_size(&at, msgid, msgstr, value.buf);
	strbuf_reset(&value);
	if (comment_value(comments, FOLIO_ITS_ALLOWED_CHARACTERS_MARK, &value))
		check_allowed_characters(&at, msgid, msgstr, value.buf);
out:
	/* libgettextpo: a static "" for none, else a fresh string. */
	if (comments && *comments)
		free((char *)comments);
	strbuf_release(&value);
}
