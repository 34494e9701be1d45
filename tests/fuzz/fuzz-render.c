/* fuzz-render.c: one translated unit rendered as text and as HTML.  The
 * first byte of the input picks the edition's language; the rest is a
 * fragment of inline markup, parsed in the context of a paragraph of a
 * fixed article (fuzz.h) as a translation is, and put in as the content of
 * the category, the title, a paragraph, a list item and an FAQ question.
 * The paragraph is rendered alone with render_inline_text, then the whole
 * article with render_text (wrapped at 24 columns, so line breaking runs)
 * and render_html (the HTML inline renderer, escaping, safe links).
 *
 * A bug is any crash, sanitizer report or leak, and HTML output with
 * markup the fragment smuggled in: a script element, or a link to a
 * javascript: URL. */
#include <config.h>

#include <ctype.h>
#include <stdio.h>

#include <libxml/parser.h>

#include "diag.h"
#include "fuzz.h"
#include "locale-tag.h"
#include "render.h"
#include "strbuf.h"
#include "strmap.h"
#include "xml-doc.h"

static xmlDoc *doc;
static struct strmap edition;

/* The units that get the fragment, by path of element names. */
static const char *const targets[][4] = {
	{ "meta", "category", NULL }, { "title", NULL }, { "intro", "p", NULL },
	{ "section", "list", "item", NULL }, { "faq", "qa", "question", NULL },
};
#define N_TARGETS (sizeof(targets) / sizeof(targets[0]))
static xmlNode *target_nodes[N_TARGETS];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static const char article[] = FUZZ_ARTICLE;

	xml_doc_init();
	diag_set_quiet(1);
	doc = xml_doc_parse(article, sizeof(article) - 1, "fuzz.xml");
	if (!doc)
		abort();
	for (size_t i = 0; i < N_TARGETS; i++) {
		xmlNode *node = xmlDocGetRootElement(doc);
		for (size_t j = 0; node && targets[i][j]; j++)
			node = render_child(node, targets[i][j]);
		if (!node)
			abort();
		target_nodes[i] = node;
	}
	strmap_init(&edition);
	strmap_put(&edition, "reading-time",
		   "{minutes, plural, one {# minute read} other {# minutes read}}");
	strmap_put(&edition, "faq-question", "{number}. {question}");
	strmap_put(&edition, "faq", "Questions");
	strmap_put(&edition, "skip-to-content", "Skip to content");
	strmap_put(&edition, "callout-did-you-know", "Did you know?");
	return 0;
}

static void ignore_errors(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* Text in the page has its '<' escaped, so every '<' opens a tag the
 * renderer wrote: none may be a script or link to a javascript: URL. */
static void check_html(const char *html)
{
	for (const char *tag = strchr(html, '<'); tag; tag = strchr(tag + 1, '<')) {
		const char *end = strchr(tag, '>');
		size_t len = end ? (size_t)(end - tag) : strlen(tag);
		char *copy = strndup(tag, len);
		if (!copy)
			abort();
		for (char *c = copy; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		if (strncmp(copy, "<script", 7) == 0 || strstr(copy, "href=\"javascript:")) {
			fprintf(stderr, "HTML output has a tag it must not: '%s'\n", copy);
			abort();
		}
		free(copy);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *locale = fuzz_locales[data[0] % FUZZ_N_LOCALES];
	xmlNode *saved[N_TARGETS] = { NULL };
	xmlNode *list = NULL;

	xmlSetStructuredErrorFunc(NULL, ignore_errors);
	xmlParserErrors rc = xmlParseInNodeContext(target_nodes[2], (const char *)data + 1,
						   (int)(size - 1), XML_PARSE_NONET, &list);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rc != XML_ERR_OK) {
		xmlFreeNodeList(list);
		return 0;
	}
	for (size_t i = 0; i < N_TARGETS; i++) {
		xmlNode *node = target_nodes[i];
		saved[i] = node->children;
		node->children = node->last = NULL;
		xmlAddChildList(node, i == 0 ? list : xmlDocCopyNodeList(doc, list));
	}

	/* The editions' languages and this edition's, parsed as folio does. */
	static struct locale languages[4];
	static int parsed;
	if (!parsed) {
		static const char *const tags[] = { "en", "fr", "ar", "ja" };
		for (int i = 0; i < 4; i++)
			locale_parse(tags[i], &languages[i], NULL);
		parsed = 1;
	}
	struct locale edition_locale;
	locale_parse(locale, &edition_locale, NULL);
	struct render_context ctx = { edition_locale.icu, fmt_locale_get(edition_locale.icu),
				      &edition_locale, doc, &edition, 24,
				      languages, 4, "fuzz", NULL, NULL, NULL, &languages[0] };
	struct strbuf out = STRBUF_INIT;
	render_inline_text(&ctx, target_nodes[2], &out);
	strbuf_reset(&out);
	render_text(&ctx, &out);
	strbuf_reset(&out);
	render_html(&ctx, &out);
	check_html(out.buf);
	strbuf_release(&out);
	locale_release(&edition_locale);

	for (size_t i = 0; i < N_TARGETS; i++) {
		xmlNode *node = target_nodes[i];
		xmlNode *fragment = node->children;
		node->children = node->last = NULL;
		xmlFreeNodeList(fragment);
		xmlAddChildList(node, saved[i]);
	}
	return 0;
}
