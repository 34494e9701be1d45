/* check.c: the checks of one catalog.
 * Passes: read (po-syntax), header, per message (ICU, markup, whitespace,
 * punctuation, copies), gettext's own format checks, staleness against
 * the domain's template and the template against its source, then the
 * completeness gate.  Findings go into the report in that order. */
#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <unicode/upluralrules.h>
#include <unistr.h>

#include "catalog.h"
#include "check.h"
#include "check-config.h"
#include "diag.h"
#include "extract.h"
#include "i18n.h"
#include "icu-flag.h"
#include "icu-pattern.h"
#include "its-locate.h"
#include "locale-tag.h"
#include "markup.h"
#include "atomic-file.h"
#include "po-files.h"
#include "po-xerror.h"
#include "pot.h"
#include "strbuf.h"
#include "xalloc.h"

void check_report_add(struct check_report *report, const char *file, long line, const char *id,
		      enum check_severity severity, const char *fmt, ...)
{
	struct strbuf message = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&message, fmt, ap);
	va_end(ap);
	/* One finding, one line: gettext's messages may span several. */
	for (char *p = message.buf; (p = strchr(p, '\n')); )
		*p = ' ';
	FOLIO_GROW(report->findings, report->n_findings + 1, report->alloc_findings);
	struct check_finding *f = &report->findings[report->n_findings++];
	f->file = xstrdup(file);
	f->line = line;
	f->id = id;
	f->severity = severity;
	f->message = strbuf_detach(&message, NULL);
	f->source = NULL;
	if (severity == CHECK_ERROR)
		report->n_errors++;
	else
		report->n_warnings++;
}

/* A finding about one message: at its msgstr's line in the catalog, with
 * its source reference beside. */
__attribute__((format(printf, 6, 7)))
static void add_message(struct check_report *report, const struct check_catalog *c,
			po_message_t message, const char *id, enum check_severity severity,
			const char *fmt, ...)
{
	const struct po_line_entry *entry = c->lines ? po_lines_find(c->lines, message) : NULL;
	struct strbuf text = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&text, fmt, ap);
	va_end(ap);
	check_report_add(report, c->file, entry ? (entry->msgstr ? entry->msgstr : entry->first) : 0, id,
	    severity, "%s", text.buf);
	strbuf_release(&text);
	po_filepos_t pos = po_message_filepos(message, 0);
	if (pos) {
		struct strbuf source = STRBUF_INIT;
		strbuf_addstr(&source, po_filepos_file(pos));
		if (po_filepos_start_line(pos) != (size_t)-1)
			strbuf_addf(&source, ":%zu", po_filepos_start_line(pos));
		report->findings[report->n_findings - 1].source = strbuf_detach(&source, NULL);
	}
}

/* A msgid as a finding shows it: its first line, at most EXCERPT_CHARS
 * characters, so that one problem takes one line. */
enum { EXCERPT_CHARS = 48 };
struct excerpt {
	char text[EXCERPT_CHARS * 4 + 8];
};

static const char *excerpt(const char *msgid, struct excerpt *e)
{
	size_t len = strcspn(msgid, "\n"), at = 0;
	int n_chars = 0;

	while (at < len && n_chars < EXCERPT_CHARS) {
		ucs4_t uc;
		int n = u8_mbtoucr(&uc, (const uint8_t *)msgid + at, len - at);
		at += n > 0 ? (size_t)n : 1;
		n_chars++;
	}
	memcpy(e->text, msgid, at);
	strcpy(e->text + at, at < strlen(msgid) ? "…" : "");
	return e->text;
}

/* ---- header ----------------------------------------------------------- */

static int icu_category_count(const char *language)
{
	UErrorCode status = U_ZERO_ERROR;
	UPluralRules *rules = uplrules_open(language, &status);
	UEnumeration *keywords = uplrules_getKeywords(rules, &status);
	int n = U_SUCCESS(status) ? uenum_count(keywords, &status) : 0;

	uenum_close(keywords);
	uplrules_close(rules);
	return n;
}

/* The line of a header field ("Language: fr\n"), else the header's
 * msgstr line, else 1. */
static long header_line(const struct check_catalog *c, const char *field)
{
	const struct po_line_entry *header = c->lines && c->lines->n_entries
		? &c->lines->entries[0] : NULL;
	long end = c->lines && c->lines->n_entries > 1 ? c->lines->entries[1].first : 0;
	size_t field_len = strlen(field);
	long line_no = 1;

	if (!header || !c->text)
		return 1;
	for (const char *line = c->text; *line && (!end || line_no < end); line_no++) {
		if (line_no >= header->msgstr && line[0] == '"'
		    && strncmp(line + 1, field, field_len) == 0 && line[1 + field_len] == ':')
			return line_no;
		const char *next = strchr(line, '\n');
		if (!next)
			break;
		line = next + 1;
	}
	return header->msgstr ? header->msgstr : 1;
}

static void check_header(po_file_t file, const struct check_catalog *c,
			 struct check_report *report)
{
	char *language = catalog_header_field(file, "Language");
	char *plural = catalog_header_field(file, "Plural-Forms");
	char *type = catalog_header_field(file, "Content-Type");

	long language_line = header_line(c, "Language"), plural_line = header_line(c, "Plural-Forms");
	long type_line = header_line(c, "Content-Type");

	if (!language || !*language)
		check_report_add(report, c->file, language_line, "header-language", CHECK_ERROR,
		    _("the header has no 'Language'"));
	else if (c->language[0] && strcmp(language, c->language) != 0)
		check_report_add(report, c->file, language_line, "header-language", CHECK_ERROR,
		    _("'Language: %s' does not match the file name '%s.po'"), language, c->language);
	if (!plural) {
		check_report_add(report, c->file, plural_line, "header-plural-forms", CHECK_ERROR,
		    _("the header has no 'Plural-Forms'"));
	} else if (c->language[0]) {
		const char *n = strstr(plural, "nplurals=");
		int nplurals = n ? atoi(n + 9) : 0;
		int categories = icu_category_count(c->icu);
		if (nplurals < 1 || (categories > 0 && nplurals > categories)
		    || (categories == 1 && nplurals != 1))
			check_report_add(report, c->file, plural_line, "header-plural-forms", CHECK_ERROR,
			    _("'nplurals=%d' does not fit the %d plural categories of '%s'"),
			    nplurals, categories, c->language);
	}
	if (!type || !strstr(type, "charset=UTF-8"))
		check_report_add(report, c->file, type_line, "header-charset", CHECK_ERROR,
		    _("the charset is not UTF-8 ('%s')"), type ? type : "");
	free(language);
	free(plural);
	free(type);
}

/* ---- messages --------------------------------------------------------- */

static int is_icu(po_message_t message)
{
	const char *comments = po_message_extracted_comments(message);
	int icu = icu_flag_wanted(comments);
	/* A message without comments gets a static "", others a fresh string. */
	if (comments && *comments)
		free((char *)comments);
	return icu;
}

static void check_icu(po_message_t message, const char *msgstr, const struct check_catalog *c,
		      struct check_report *report)
{
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT, got = STRBUF_INIT;
	long column = 0;
	const char *msgid = po_message_msgid(message);
	struct excerpt shown;

	if (icu_pattern_parse(msgstr, c->icu, &column, &err) < 0) {
		add_message(report, c, message, "icu-syntax", CHECK_ERROR,
		    _("msgstr of '%s' is not ICU MessageFormat: %s at character %ld"), excerpt(msgid, &shown),
		    err.buf, column);
		goto out;
	}
	icu_pattern_arguments(msgid, &want);
	icu_pattern_arguments(msgstr, &got);
	if (strcmp(want.buf, got.buf) != 0)
		add_message(report, c, message, "icu-arguments", CHECK_ERROR,
		    _("msgstr of '%s' uses the arguments {%s}, the msgid {%s}"), excerpt(msgid, &shown), got.buf,
		    want.buf);
	strbuf_reset(&err);
	if (icu_pattern_check_plurals(msgstr, c->icu, &err) < 0)
		add_message(report, c, message, "icu-plural-categories", CHECK_ERROR,
		    _("plural categories of '%s': %s"), excerpt(msgid, &shown), err.buf);
out:
	strbuf_release(&err);
	strbuf_release(&want);
	strbuf_release(&got);
}

static void ignore_xml_error(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* The sorted element names of an inline fragment, or -1 when it is not
 * well-formed. */
static int element_names(const char *fragment, struct strbuf *names)
{
	struct strbuf doc = STRBUF_INIT;

	strbuf_addf(&doc, "<folio-fragment>%s</folio-fragment>", fragment);
	xmlSetStructuredErrorFunc(NULL, ignore_xml_error);
	xmlDoc *parsed = xmlReadMemory(doc.buf, (int)doc.len, "fragment", "UTF-8", XML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	strbuf_release(&doc);
	if (!parsed)
		return -1;
	markup_element_names(xmlDocGetRootElement(parsed)->children, names);
	xmlFreeDoc(parsed);
	return 0;
}

static void check_markup(po_message_t message, const char *msgstr,
			 const struct check_catalog *c, struct check_report *report)
{
	const char *msgid = po_message_msgid(message);
	struct excerpt shown;
	struct strbuf want = STRBUF_INIT, got = STRBUF_INIT;

	if (!strchr(msgid, '<') && !strchr(msgstr, '<') && !strchr(msgid, '&')
	    && !strchr(msgstr, '&'))
		return;
	if (element_names(msgid, &want) < 0)
		goto out;   /* not markup: a literal '<' in plain text */
	if (element_names(msgstr, &got) < 0)
		add_message(report, c, message, "markup-invalid", CHECK_ERROR,
		    _("msgstr of '%s' is not well-formed markup"), excerpt(msgid, &shown));
	else if (strcmp(want.buf, got.buf) != 0)
		add_message(report, c, message, "markup-mismatch", CHECK_ERROR,
		    _("msgstr of '%s' has the elements [%s], the msgid [%s]"), excerpt(msgid, &shown), got.buf,
		    want.buf);
out:
	strbuf_release(&want);
	strbuf_release(&got);
}

static int is_space(char ch)
{
	return ch == ' ' || ch == '\n' || ch == '\t';
}

/* Final punctuation, with each script's own marks counted as the same. */
static const char *final_mark(const char *s)
{
	static const struct { const char *mark, *class; } marks[] = {
		{ ".", "." }, { "。", "." }, { "।", "." }, { "۔", "." }, { "．", "." },
		{ "?", "?" }, { "？", "?" }, { "؟", "?" }, { "!", "!" }, { "！", "!" },
		{ ":", ":" }, { "：", ":" },
	};
	size_t len = strlen(s);

	while (len && is_space(s[len - 1]))
		len--;
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		size_t mark_len = strlen(marks[i].mark);
		if (len >= mark_len && memcmp(s + len - mark_len, marks[i].mark, mark_len) == 0)
			return marks[i].class;
	}
	return "";
}

/* The words of a message outside its {arguments}: a pattern made of
 * arguments and punctuation only ("{number}. {question}") has none, and
 * its translation may rightly be a copy. */
static unsigned long words_outside_arguments(const char *msgid)
{
	struct strbuf text = STRBUF_INIT;
	int depth = 0;

	for (const char *p = msgid; *p; p++) {
		if (*p == '{')
			depth++;
		else if (*p == '}' && depth > 0)
			depth--;
		else if (depth == 0)
			strbuf_addch(&text, *p);
	}
	unsigned long words = stats_words(text.buf);
	strbuf_release(&text);
	return words;
}

/* Bidi controls open and close in pairs: embeddings and overrides (LRE,
 * RLE, LRO, RLO) with PDF, isolates (LRI, RLI, FSI) with PDI.  Returns 0
 * when they are balanced, each closer after its opener. */
static int bidi_balanced(const char *s)
{
	int embeddings = 0, isolates = 0;
	size_t len = strlen(s);

	for (size_t i = 0; i < len;) {
		ucs4_t c;
		int n = u8_mbtoucr(&c, (const uint8_t *)s + i, len - i);
		if (n < 0)
			return 0;   /* said by invalid-utf8 */
		i += (size_t)n;
		if (c >= 0x202A && c <= 0x202E && c != 0x202C)
			embeddings++;
		else if (c == 0x202C && --embeddings < 0)
			return -1;
		else if (c >= 0x2066 && c <= 0x2068)
			isolates++;
		else if (c == 0x2069 && --isolates < 0)
			return -1;
	}
	return embeddings || isolates ? -1 : 0;
}

static void check_style(po_message_t message, const char *msgstr,
			const struct check_catalog *c, struct check_report *report)
{
	const char *msgid = po_message_msgid(message);
	struct excerpt shown;
	size_t id_len = strlen(msgid), str_len = strlen(msgstr);

	if (is_space(msgid[0]) != is_space(msgstr[0])
	    || (id_len && str_len && is_space(msgid[id_len - 1]) != is_space(msgstr[str_len - 1])))
		add_message(report, c, message, "whitespace", CHECK_WARNING,
		    _("leading or trailing whitespace of '%s' differs in the msgstr"), excerpt(msgid, &shown));
	if (bidi_balanced(msgstr) < 0)
		add_message(report, c, message, "bidi-controls", CHECK_WARNING,
		    _("the bidi controls of the msgstr of '%s' do not pair up (an embedding, "
		      "override or isolate left open or closed twice)"), excerpt(msgid, &shown));
	if (strcmp(final_mark(msgid), final_mark(msgstr)) != 0)
		add_message(report, c, message, "punctuation", CHECK_WARNING,
		    _("final punctuation of '%s' differs in the msgstr"), excerpt(msgid, &shown));
	if (strcmp(msgid, msgstr) == 0 && !c->in_source_language
	    && words_outside_arguments(msgid) > 1)
		add_message(report, c, message, "untranslated-copy", CHECK_WARNING,
		    _("msgstr is a copy of the msgid '%s'"), excerpt(msgid, &shown));
}

static int valid_utf8(const char *s)
{
	return s && u8_check((const uint8_t *)s, strlen(s)) == NULL;
}

/* Every msgstr (all plural forms) is UTF-8, as the header says: a byte
 * that is not would reach editions declared UTF-8. */
static int check_utf8(po_message_t message, const struct check_catalog *c,
		      struct check_report *report)
{
	const char *msgid = po_message_msgid(message);
	struct excerpt shown;
	int ok = valid_utf8(po_message_msgstr(message));

	for (int i = 0; ok && po_message_msgid_plural(message)
			&& po_message_msgstr_plural(message, i); i++)
		ok = valid_utf8(po_message_msgstr_plural(message, i));
	if (ok)
		return 0;
	add_message(report, c, message, "invalid-utf8", CHECK_ERROR,
	    _("msgstr of '%s' is not valid UTF-8"), valid_utf8(msgid) ? excerpt(msgid, &shown) : "?");
	return -1;
}

static void check_messages(po_file_t file, const struct check_catalog *c,
			   struct check_report *report)
{
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;

	while ((message = po_next_message(iterator))) {
		enum catalog_state state = catalog_state(message);
		if (state != CATALOG_TRANSLATED && state != CATALOG_FUZZY)
			continue;
		const char *msgstr = po_message_msgid_plural(message)
			? po_message_msgstr_plural(message, 0) : po_message_msgstr(message);
		if (check_utf8(message, c, report) < 0)
			continue;
		if (is_icu(message))
			check_icu(message, msgstr, c, report);
		check_markup(message, msgstr, c, report);
		check_style(message, msgstr, c, report);
	}
	po_message_iterator_free(iterator);
}

static void check_formats(po_file_t file, const struct check_catalog *c,
			  struct check_report *report)
{
	po_xerror_reset();
	po_xerror_set_silent(1);
	po_file_check_all(file, po_xerror_handler());
	po_xerror_set_silent(0);
	long line;
	const char *text = po_xerror_first(&line);
	if (po_xerror_count() && text)
		check_report_add(report, c->file, line, "format", CHECK_ERROR, "%s%s", text,
		    po_xerror_count() > 1 ? _(" (and more)") : "");
	po_xerror_reset();
}

/* ---- staleness -------------------------------------------------------- */

/* Messages of a PO or POT as "msgctxt\004msgid" lines, sorted. */
static int message_keys(const char *path, struct pot *extracted, struct strbuf *keys)
{
	struct strbuf lines = STRBUF_INIT;

	if (extracted) {
		pot_keys(extracted, &lines);
	} else {
		unsigned n_errors;
		po_file_t file = catalog_read(path, 1, &n_errors);
		if (!file)
			return -1;
		po_message_iterator_t iterator = po_message_iterator(file, NULL);
		po_message_t message;
		while ((message = po_next_message(iterator))) {
			enum catalog_state state = catalog_state(message);
			if (state == CATALOG_OBSOLETE || state == CATALOG_HEADER)
				continue;
			const char *ctxt = po_message_msgctxt(message);
			strbuf_addf(&lines, "%s\004%s\n", ctxt ? ctxt : "", po_message_msgid(message));
		}
		po_message_iterator_free(iterator);
		po_file_free(file);
	}
	icu_pattern_sort_lines(&lines, keys);
	strbuf_release(&lines);
	return 0;
}

static void check_stale(const struct check_catalog *c, const struct check_options *opts,
			struct check_report *report)
{
	struct strbuf pot_path = STRBUF_INIT, po_keys = STRBUF_INIT, pot_keys = STRBUF_INIT;
	const char *slash = strrchr(c->file, '/');
	size_t dir_len = slash ? (size_t)(slash - c->file) : 0;

	strbuf_addf(&pot_path, "%.*s%s%s.pot", (int)dir_len, c->file, dir_len ? "/" : "",
		    c->domain);
	if (access(pot_path.buf, R_OK) == 0 && message_keys(c->file, NULL, &po_keys) == 0
	    && message_keys(pot_path.buf, NULL, &pot_keys) == 0
	    && strcmp(po_keys.buf, pot_keys.buf) != 0)
		check_report_add(report, c->file, 0, "stale-po", CHECK_ERROR,
		    _("the messages differ from '%s'; run 'folio update'"), pot_path.buf);

	/* The template against its source: content/DOMAIN.xml beside po/, or
	 * in the project's content folder. */
	struct strbuf source = STRBUF_INIT, ref = STRBUF_INIT, source_keys = STRBUF_INIT;
	if (opts->content_dir)
		strbuf_addf(&source, "%s/%s.xml", opts->content_dir, c->domain);
	else
		strbuf_addf(&source, "%.*s%s../../content/%s.xml", (int)dir_len, c->file,
			    dir_len ? "/" : "", c->domain);
	strbuf_addf(&ref, "%s/%s.xml", opts->content_ref ? opts->content_ref : "content",
		    c->domain);
	if (pot_keys.len && access(source.buf, R_OK) == 0) {
		struct pot *pot = pot_new();
		if (extract_file_as(NULL, source.buf, ref.buf, pot) == 0
		    && message_keys(NULL, pot, &source_keys) == 0
		    && strcmp(source_keys.buf, pot_keys.buf) != 0)
			check_report_add(report, pot_path.buf, 0, "stale-pot", CHECK_ERROR,
			    _("the template no longer matches '%s'; run 'folio update'"), ref.buf);
		pot_free(pot);
	}
	strbuf_release(&source);
	strbuf_release(&ref);
	strbuf_release(&source_keys);
	strbuf_release(&pot_path);
	strbuf_release(&po_keys);
	strbuf_release(&pot_keys);
}

/* ---- the catalog ------------------------------------------------------ */

void check_catalog(const char *path, const struct check_options *opts,
		   struct check_report *report)
{
	struct timespec start, end;
	clock_gettime(CLOCK_MONOTONIC, &start);
	struct check_catalog *c = check_report_add_catalog(report, path);
	struct strbuf reason = STRBUF_INIT;
	struct locale loc;
	if (c->language[0] && locale_parse(c->language, &loc, &reason) < 0) {
		/* Never handed to ICU: some malformed ids crash it. */
		check_report_add(report, path, 0, "language-tag", CHECK_ERROR,
		    _("the file name's '%s' is not a language tag (%s)"), c->language, reason.buf);
		c->language[0] = '\0';
	} else if (c->language[0]) {
		snprintf(c->icu, sizeof(c->icu), "%s", loc.icu);
		locale_release(&loc);
	}
	strbuf_release(&reason);
	const char *source = opts->source_language ? opts->source_language
						   : FOLIO_DEFAULT_SOURCE_LANGUAGE;
	size_t source_len = strlen(source);
	c->in_source_language = strncmp(c->language, source, source_len) == 0
				&& (!c->language[source_len] || c->language[source_len] == '_');
	c->min_complete = check_config_threshold(opts->config, opts->min_complete, c->domain,
						 c->language);

	unsigned n_errors;
	po_file_t file = catalog_read(path, 1, &n_errors);
	if (!file) {
		long line;
		const char *text = po_xerror_first(&line);
		check_report_add(report, path, line, "po-syntax", CHECK_ERROR, "%s",
		    text ? text : _("cannot read the catalog"));
	} else {
		c->readable = 1;
		size_t len;
		char *text = read_file(path, &len);
		struct po_lines lines;
		po_lines_scan(&lines, text ? text : "");
		po_lines_match(&lines, file);
		c->lines = &lines;
		c->text = text;
		stats_count(file, &c->stats);
		check_header(file, c, report);
		check_messages(file, c, report);
		check_formats(file, c, report);
		c->lines = NULL;
		c->text = NULL;
		po_lines_release(&lines);
		free(text);
		po_file_free(file);
		check_stale(c, opts, report);
		double percent = stats_percent(&c->stats.messages);
		if (percent < c->min_complete)
			check_report_add(report, path, 0, "incomplete", CHECK_ERROR,
			    _("%.1f%% translated, below the %.0f%% required"), percent,
			    c->min_complete);
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	c->seconds = (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
	check_report_close_catalog(report, c, opts->strict);
}

void check_report_close_catalog(struct check_report *report, struct check_catalog *c, int strict)
{
	c->n_findings = report->n_findings - c->first_finding;
	c->passed = 1;
	for (size_t i = c->first_finding; i < report->n_findings; i++)
		if (report->findings[i].severity == CHECK_ERROR || strict)
			c->passed = 0;
}

struct check_catalog *check_report_add_catalog(struct check_report *report, const char *path)
{
	FOLIO_GROW(report->catalogs, report->n_catalogs + 1, report->alloc_catalogs);
	struct check_catalog *c = &report->catalogs[report->n_catalogs++];
	memset(c, 0, sizeof(*c));
	c->file = xstrdup(path);
	po_files_language(path, c->language, sizeof(c->language));
	po_files_domain(path, c->domain, sizeof(c->domain));
	c->first_finding = report->n_findings;
	return c;
}

double check_catalog_percent(const struct check_catalog *c)
{
	return c->readable ? stats_percent(&c->stats.messages) : 0.0;
}

void check_report_release(struct check_report *report)
{
	for (size_t i = 0; i < report->n_findings; i++) {
		free(report->findings[i].file);
		free(report->findings[i].message);
		free(report->findings[i].source);
	}
	for (size_t i = 0; i < report->n_catalogs; i++)
		free(report->catalogs[i].file);
	free(report->findings);
	free(report->catalogs);
	memset(report, 0, sizeof(*report));
}
