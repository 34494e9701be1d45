/* test-pseudo.c: the pseudo-locales of src/pseudo.c.  A few units are
 * spelt out in full; then every msgid of the project's templates
 * (po/DOMAIN/DOMAIN.pot, read with libgettextpo) goes through en-XA and ar-XB, and
 * each result must keep the msgid's markup byte for byte and its element
 * names, keep an ICU pattern's arguments and plural selectors and parse
 * with ICU, and read as the locale promises.  What a reader sees is asked
 * of the libraries, not of pseudo.c's scanner: ICU formats the pattern
 * (each argument 1, then 3) and libxml2 gives the text content. */
#include <config.h>

#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "catalog.h"
#include "fmt-message.h"
#include "icu-pattern.h"
#include "markup.h"
#include "pseudo.h"
#include "strbuf.h"
#include "tap.h"
#include "xml-doc.h"

#define RLM "\xE2\x80\x8F"
#define RLO "\xE2\x80\xAE"
#define PDF "\xE2\x80\xAC"

static const char *const pseudo_tags[] = { "en-XA", "ar-XB" };

static void check_exact(const char *tag, const char *msgid, int is_icu, const char *want,
			const char *title)
{
	struct strbuf out = STRBUF_INIT;

	ok(pseudo_translate(tag, msgid, is_icu, &out) == 0, "%s: returns 0", title);
	is_str(out.buf, want, title);
	strbuf_release(&out);
}

static void test_tags(void)
{
	ok(pseudo_is_pseudo("en-XA") && pseudo_is_pseudo("en_XA") && pseudo_is_pseudo("ar-XB")
	   && pseudo_is_pseudo("ar_XB") && pseudo_is_pseudo("EN-xa"),
	   "en-XA and ar-XB are pseudo-locales, with '-' or '_'");
	ok(!pseudo_is_pseudo("en") && !pseudo_is_pseudo("ar") && !pseudo_is_pseudo("en-XAB")
	   && !pseudo_is_pseudo("en-X") && !pseudo_is_pseudo("fr-XA") && !pseudo_is_pseudo(""),
	   "other tags are not");
	is_str(pseudo_formatting_locale("en_XA"), "en", "en-XA formats as en");
	is_str(pseudo_formatting_locale("ar-XB"), "ar", "ar-XB formats as ar");
	ok(pseudo_formatting_locale("de") == NULL, "a real locale has no formatting locale");
}

static void test_units(void)
{
	check_exact("en-XA", "Sexual health", 0, "[Ŝééẋûûááļ ĥéééááļţĥ]",
		    "en-XA: accents, vowels repeated, brackets");
	check_exact("en-XA", "by PMS", 0, "[ƀýý ÞṀŜšš]",
		    "en-XA: a word without a vowel repeats its last letter");
	check_exact("en-XA", "<strong class=\"lead\">Rest</strong> &amp; <br/>go", 0,
		    "[<strong class=\"lead\">Ŕéééšţ</strong> &amp; <br/>ĝöö]",
		    "en-XA: tags, attributes and entities are kept");
	check_exact("en-XA", "{minutes, plural, one {# min read} other {# min read}}", 1,
		    "[{minutes, plural, one {# ɱîîîñ ŕééááð} other {# ɱîîîñ ŕééááð}}]",
		    "en-XA: ICU names, types, selectors and '#' are kept");
	check_exact("en-XA", "It''s '{a}' {n, select, f {she} other {they}}", 1,
		    "[Îîţ''šš '{a}' {n, select, f {šĥééé} other {ţĥééýý}}]",
		    "en-XA: quoted ICU syntax and select selectors are kept");
	check_exact("en-XA", "{n, plural, offset:1 =0 {none} other {# more}}", 1,
		    "[{n, plural, offset:1 =0 {ñööñéé} other {# ɱööŕéé}}]",
		    "en-XA: offsets and explicit values are kept");
	check_exact("en-XA", "a {b} c", 0, "[áá {ƀƀ} çç]",
		    "en-XA: outside a pattern braces are text");
	check_exact("ar-XB", "Quick <em>tip</em>", 0, RLM RLO "Quick <em>tip</em>" PDF RLM,
		    "ar-XB: the unit in RLM RLO ... PDF RLM");
	check_exact("ar-XB", "{n, plural, one {# min} other {# mins}} of {total}", 1,
		    RLM RLO "{n, plural, one {" PDF "#" RLO " min} other {" PDF "#" RLO " mins}} of "
		    PDF "{total}" RLO PDF RLM,
		    "ar-XB: argument values are taken out of the override");
	check_exact("fr", "<em>Texte</em>", 0, "<em>Texte</em>", "another tag is copied");
}

/* The tags and entity references of text, in order. */
static void markup_of(const char *text, struct strbuf *out)
{
	for (const char *p = text; *p; p++) {
		const char *end = *p == '<' ? strchr(p, '>') : *p == '&' ? strchr(p, ';') : NULL;
		if (!end)
			continue;
		strbuf_add(out, p, (size_t)(end - p + 1));
		p = end;
	}
}

/* The root of "<r>text</r>", or NULL when it does not parse. */
static xmlDoc *parse_unit(const char *text)
{
	struct strbuf xml = STRBUF_INIT;

	strbuf_addf(&xml, "<r>%s</r>", text);
	xmlDoc *doc = xml_doc_parse(xml.buf, xml.len, "unit");
	strbuf_release(&xml);
	return doc;
}

/* The element names of a unit, or "(broken)". */
static void elements_of(const char *text, struct strbuf *out)
{
	xmlDoc *doc = parse_unit(text);

	if (doc)
		markup_element_names(xmlDocGetRootElement(doc)->children, out);
	else
		strbuf_addstr(out, "(broken)");
	xmlFreeDoc(doc);
}

/* What a reader sees: the pattern formatted with every argument set to
 * value, then the text content of the markup. */
static void plain_text(const char *text, int is_icu, const char *locale, double value,
		       struct strbuf *out)
{
	char *formatted = NULL;

	if (is_icu) {
		struct strbuf names = STRBUF_INIT;
		struct fmt_arg args[16];
		size_t n_args = 0;
		icu_pattern_arguments(text, &names);
		for (char *name = strtok(names.buf, " "); name && n_args < 16;
		     name = strtok(NULL, " "))
			args[n_args++] = (struct fmt_arg){ name, NULL, value };
		formatted = fmt_message(locale, text, args, n_args);
		strbuf_release(&names);
		if (!formatted)
			return;
	}
	xmlDoc *doc = parse_unit(formatted ? formatted : text);
	xmlChar *content = doc ? xmlNodeGetContent(xmlDocGetRootElement(doc)) : NULL;
	strbuf_addstr(out, content ? (const char *)content : "");
	xmlFree(content);
	xmlFreeDoc(doc);
	free(formatted);
}

static size_t characters(const char *utf8)
{
	size_t n = 0;

	for (; *utf8; utf8++)
		n += ((unsigned char)*utf8 & 0xC0) != 0x80;
	return n;
}

static int has_ascii_letter(const char *text)
{
	for (; *text; text++)
		if ((*text >= 'a' && *text <= 'z') || (*text >= 'A' && *text <= 'Z'))
			return 1;
	return 0;
}

static int starts_ends(const char *text, const char *start, const char *end)
{
	size_t len = strlen(text), end_len = strlen(end);

	return strncmp(text, start, strlen(start)) == 0 && len >= end_len
		&& strcmp(text + len - end_len, end) == 0;
}

/* The plural findings of text for locale, as a string to compare. */
static void plural_findings(const char *text, const char *locale, struct strbuf *out)
{
	struct strbuf err = STRBUF_INIT;
	int rc = icu_pattern_check_plurals(text, locale, &err);

	strbuf_addf(out, "%s: %d %s; ", locale, rc, err.buf);
	strbuf_release(&err);
}

static void check_icu(const char *tag, const char *msgid, const char *out)
{
	struct strbuf want = STRBUF_INIT, got = STRBUF_INIT, err = STRBUF_INIT;
	long column = 0;

	icu_pattern_arguments(msgid, &want);
	icu_pattern_arguments(out, &got);
	is_str(got.buf, want.buf, "  the same ICU arguments");
	strbuf_reset(&want);
	strbuf_reset(&got);
	plural_findings(msgid, "en", &want);
	plural_findings(msgid, "ar", &want);
	plural_findings(out, "en", &got);
	plural_findings(out, "ar", &got);
	is_str(got.buf, want.buf, "  the same plural selectors");
	ok(icu_pattern_parse(out, pseudo_formatting_locale(tag), &column, &err) == 0,
	   "  parses with ICU%s%s", err.len ? ": " : "", err.buf);
	strbuf_release(&want);
	strbuf_release(&got);
	strbuf_release(&err);
}

/* What en-XA promises a reader, with every argument set to value. */
static void check_accents(const char *msgid, int is_icu, const char *out, double value)
{
	struct strbuf source = STRBUF_INIT, seen = STRBUF_INIT;

	plain_text(msgid, is_icu, "en", value, &source);
	plain_text(out, is_icu, "en", value, &seen);
	size_t n_source = characters(source.buf), n_seen = characters(seen.buf);
	if (n_source >= 20)
		ok(10 * n_seen >= 13 * n_source, "  %zu characters for %zu: at least 30%% longer",
		   n_seen, n_source);
	ok(starts_ends(seen.buf, "[", "]"), "  bracketed: %s", seen.buf);
	ok(!has_ascii_letter(seen.buf), "  no unaccented ASCII letter");
	strbuf_release(&source);
	strbuf_release(&seen);
}

static void check_bidi(const char *msgid, int is_icu, const char *out)
{
	struct strbuf seen = STRBUF_INIT;

	plain_text(out, is_icu, "ar", 3, &seen);
	ok(starts_ends(seen.buf, RLM RLO, PDF RLM), "  inside RLM RLO ... PDF RLM");
	strbuf_release(&seen);
	(void)msgid;
}

/* About 40 bytes of msgid for a test's title, not cutting a character. */
static int title_length(const char *msgid)
{
	size_t len = strcspn(msgid, "\n");

	if (len <= 40)
		return (int)len;
	for (len = 40; len > 0 && ((unsigned char)msgid[len] & 0xC0) == 0x80; len--)
		;
	return (int)len;
}

static void check_unit(const char *tag, const char *msgid, int is_icu)
{
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT, want = STRBUF_INIT,
		      got = STRBUF_INIT;

	ok(pseudo_translate(tag, msgid, is_icu, &out) == 0, "%s: \"%.*s\"%s", tag,
	   title_length(msgid), msgid, is_icu ? " (ICU)" : "");
	pseudo_translate(tag, msgid, is_icu, &again);
	is_str(again.buf, out.buf, "  the same twice");
	markup_of(msgid, &want);
	markup_of(out.buf, &got);
	is_str(got.buf, want.buf, "  tags and entities byte for byte");
	strbuf_reset(&want);
	strbuf_reset(&got);
	elements_of(msgid, &want);
	elements_of(out.buf, &got);
	is_str(got.buf, want.buf, "  the same elements");
	if (is_icu)
		check_icu(tag, msgid, out.buf);
	if (strcmp(tag, "en-XA") == 0) {
		check_accents(msgid, is_icu, out.buf, 3);
		if (is_icu)
			check_accents(msgid, is_icu, out.buf, 1);
	} else {
		check_bidi(msgid, is_icu, out.buf);
	}
	strbuf_release(&out);
	strbuf_release(&again);
	strbuf_release(&want);
	strbuf_release(&got);
}

static int is_icu_message(po_message_t message)
{
	const char *comments = po_message_extracted_comments(message);
	int icu = comments && (strncmp(comments, "icu-message-format\n", 19) == 0
			       || strstr(comments, "\nicu-message-format\n"));

	/* libgettextpo 0.21 gives a fresh string, or a static "" for none. */
	if (comments && *comments)
		free((char *)comments);
	return icu;
}

/* Every msgid of a template through both pseudo-locales; returns how many. */
static unsigned check_template(const char *path)
{
	unsigned n_errors = 0, n_units = 0;
	po_file_t file = catalog_read(path, 0, &n_errors);

	ok(file != NULL, "%s reads", path);
	if (!file)
		return 0;
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	for (po_message_t message; (message = po_next_message(iterator));) {
		const char *msgid = po_message_msgid(message);
		if (!*msgid || po_message_is_obsolete(message))
			continue;   /* the header */
		for (size_t i = 0; i < sizeof(pseudo_tags) / sizeof(pseudo_tags[0]); i++)
			check_unit(pseudo_tags[i], msgid, is_icu_message(message));
		n_units++;
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	return n_units;
}

static void test_templates(void)
{
	const char *top = getenv("top_srcdir");
	struct strbuf pattern = STRBUF_INIT;
	unsigned n_units = 0;
	glob_t found;

	strbuf_addf(&pattern, "%s/po/*/*.pot", top ? top : ".");
	if (glob(pattern.buf, 0, NULL, &found) == 0) {
		for (size_t i = 0; i < found.gl_pathc; i++)
			/* po/folio holds folio's own messages, not units. */
			if (!strstr(found.gl_pathv[i], "/po/folio/"))
				n_units += check_template(found.gl_pathv[i]);
		globfree(&found);
	}
	ok(n_units > 20, "%u units of the project's templates checked", n_units);
	strbuf_release(&pattern);
}

int main(void)
{
	struct strbuf first = STRBUF_INIT, again = STRBUF_INIT;

	xml_doc_init();
	test_tags();
	test_units();
	pseudo_translate("en-XA", "Same after cleanup", 0, &first);
	pseudo_cleanup();
	pseudo_translate("en-XA", "Same after cleanup", 0, &again);
	is_str(again.buf, first.buf, "the transliterator opens again after pseudo_cleanup");
	strbuf_release(&first);
	strbuf_release(&again);
	test_templates();
	pseudo_cleanup();
	fmt_message_cleanup();
	u_cleanup();   /* ICU's caches, for the leak checkers */
	xmlCleanupParser();
	return done_testing();
}
