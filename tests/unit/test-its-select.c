/* test-its-select.c: selectors matched without XPath select what
 * libxml2's XPath selects, node for node and in the same order: every
 * selector of folio's rule files, gettext's and the test data's, and some
 * harder ones, on every XML and HTML file of the test data. */
#include <config.h>

#include <ftw.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "its-select.h"
#include "strbuf.h"
#include "tap.h"
#include "xalloc.h"

struct selector_case {
	char *text;
	char **namespaces;       /* prefix, href pairs */
	size_t n_namespaces;
};

static struct selector_case *cases;
static size_t n_cases, alloc_cases;
static xmlDoc **docs;
static char **doc_names;
static size_t n_docs, alloc_docs, alloc_names;

static void add_case(const char *text, xmlNs **list)
{
	FOLIO_GROW(cases, n_cases + 1, alloc_cases);
	struct selector_case *c = &cases[n_cases++];
	size_t n = 0;
	while (list && list[n])
		n++;
	c->text = xstrdup(text);
	c->namespaces = xmalloc((2 * n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		c->namespaces[2 * i] = xstrdup(list[i]->prefix ? (const char *)list[i]->prefix : "");
		c->namespaces[2 * i + 1] = xstrdup((const char *)list[i]->href);
	}
	c->n_namespaces = n;
}

/* Every selector attribute of a document, with the namespaces in scope. */
static void collect_selectors(xmlDoc *doc, xmlNode *node)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *selector = xmlGetNoNsProp(node, (const xmlChar *)"selector");
		if (selector) {
			xmlNs **list = xmlGetNsList(doc, node);
			add_case((const char *)selector, list);
			xmlFree(list);
			xmlFree(selector);
		}
		collect_selectors(doc, node->children);
	}
}

static int has_suffix(const char *path, const char *suffix)
{
	size_t len = strlen(path), n = strlen(suffix);

	return len >= n && strcmp(path + len - n, suffix) == 0;
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type != FTW_F)
		return 0;
	int html = has_suffix(path, ".html") || has_suffix(path, ".htm");
	if (!html && !has_suffix(path, ".xml") && !has_suffix(path, ".its")
	    && !has_suffix(path, ".loc"))
		return 0;
	xmlDoc *doc = html
		? htmlReadFile(path, NULL, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING)
		: xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc || !xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		return 0;
	}
	collect_selectors(doc, doc->children);
	FOLIO_GROW(docs, n_docs + 1, alloc_docs);
	FOLIO_GROW(doc_names, n_docs + 1, alloc_names);
	docs[n_docs] = doc;
	doc_names[n_docs++] = xstrdup(path);
	return 0;
}

/* What XPath selects, elements and attributes only (as rules apply). */
static size_t xpath_select(const struct selector_case *c, xmlDoc *doc, xmlNode ***nodes)
{
	xmlXPathContext *ctx = xmlXPathNewContext(doc);
	size_t n = 0;

	for (size_t i = 0; i < c->n_namespaces; i++)
		if (c->namespaces[2 * i][0])
			xmlXPathRegisterNs(ctx, (const xmlChar *)c->namespaces[2 * i],
					   (const xmlChar *)c->namespaces[2 * i + 1]);
	ctx->node = (xmlNode *)doc;
	xmlXPathObject *result = xmlXPathEval((const xmlChar *)c->text, ctx);
	*nodes = NULL;
	if (result && result->type == XPATH_NODESET && result->nodesetval) {
		xmlNodeSet *set = result->nodesetval;
		*nodes = xmalloc(((size_t)set->nodeNr + 1) * sizeof(xmlNode *));
		for (int i = 0; i < set->nodeNr; i++)
			if (set->nodeTab[i]->type == XML_ELEMENT_NODE
			    || set->nodeTab[i]->type == XML_ATTRIBUTE_NODE)
				(*nodes)[n++] = set->nodeTab[i];
	}
	xmlXPathFreeObject(result);
	xmlXPathFreeContext(ctx);
	return n;
}

static const char *const article_ns[] = {
	"a", "urn:x-folio:article", "h", "http://www.w3.org/1999/xhtml",
	"its", "http://www.w3.org/2005/11/its", "", "urn:x-folio:edition",
};

/* Harder forms than the rule files use. */
static const char *const extra[] = {
	"//*", "//@*", "//a:*/@*", "/a:article//a:em", "//a:section//a:strong", "//*[@context]",
	"//a:p[a:em]", "//a:*[@kind = 'tip']", "//a:*[ @kind=\"warning\" ]", "/a:article", "/*",
	"//h:p//@title", "//@title", " //a:em | //a:strong ", "//a:em/@x", "//a:a//@title",
	"//h:*[@translate]", "//h:*[h:code]", "//h:*/@title | //h:img/@alt", "//its:*",
	"//a:*[@xml:lang]", "/a:article/a:meta/*", "//h:html//h:span[@class='x']", "//p",
	"//a:*[@its:translate = 'no']", "//*[@title='']", "//*[*]",
};

static const char *const refused[] = {
	"a:article", "//a:p[1]", "//a:p/text()", "//a:p[@x][@y]", "//ancestor::a:p",
	"//a:p[not(@x)]", "//u:p", "$var", "//a:p[@x != 'y']", "/", "//a:p/@x/a:q",
	"//a:p[@x = 'y", "//a:p | ", "//a:p/..", "//a:p[position() = 1]", "//node()",
	"//a:p[@x = concat('a', 'b')]", "//a:é",
};

int main(void)
{
	const char *top = getenv("top_srcdir");
	const char *const dirs[] = { "its", "tests/data", "tests/its", "tests/bad", "content" };
	struct strbuf path = STRBUF_INIT;

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", top ? top : ".", dirs[i]);
		nftw(path.buf, visit, 16, FTW_PHYS);
	}
	nftw("/usr/share/gettext/its", visit, 16, FTW_PHYS);
	xmlNs list_ns[sizeof(article_ns) / sizeof(article_ns[0]) / 2];
	xmlNs *list[sizeof(list_ns) / sizeof(list_ns[0]) + 1];
	for (size_t i = 0; i < sizeof(list_ns) / sizeof(list_ns[0]); i++) {
		memset(&list_ns[i], 0, sizeof(list_ns[i]));
		list_ns[i].prefix = *article_ns[2 * i] ? (const xmlChar *)article_ns[2 * i] : NULL;
		list_ns[i].href = (const xmlChar *)article_ns[2 * i + 1];
		list[i] = &list_ns[i];
	}
	list[sizeof(list_ns) / sizeof(list_ns[0])] = NULL;
	size_t from_files = n_cases;
	for (size_t i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
		add_case(extra[i], list);
	ok(n_docs > 50 && from_files > 50, "%zu documents and %zu selectors of the test data",
	   n_docs, from_files);

	/* All of them in one selection, as a document's rules are. */
	struct its_selection *selection = its_selection_new();
	struct its_selector **compiled_selectors = xcalloc(n_cases, sizeof(*compiled_selectors));
	size_t *lists = xcalloc(n_cases, sizeof(*lists));
	size_t compiled = 0, compared = 0, differ = 0, selected = 0;
	for (size_t i = 0; i < n_cases; i++) {
		compiled_selectors[i] = its_selector_compile(cases[i].text, cases[i].namespaces,
							     cases[i].n_namespaces);
		if (compiled_selectors[i]) {
			lists[i] = its_selection_add(selection, compiled_selectors[i]);
			compiled++;
		}
	}
	for (size_t d = 0; d < n_docs; d++) {
		its_selection_run(selection, docs[d]);
		for (size_t i = 0; i < n_cases; i++) {
			if (!compiled_selectors[i])
				continue;
			xmlNode **want;
			size_t n_want = xpath_select(&cases[i], docs[d], &want), n_got;
			xmlNode *const *got = its_selection_nodes(selection, lists[i], &n_got);
			compared++;
			selected += n_got;
			if (n_got != n_want || (n_got && memcmp(got, want, n_got * sizeof(*got)) != 0)) {
				if (differ++ < 10)
					printf("# '%s' on %s: %zu nodes, XPath %zu\n", cases[i].text,
					       doc_names[d], n_got, n_want);
			}
			free(want);
		}
	}
	its_selection_free(selection);
	for (size_t i = 0; i < n_cases; i++)
		its_selector_free(compiled_selectors[i]);
	free(compiled_selectors);
	free(lists);
	ok(compiled >= from_files / 2 && differ == 0,
	   "%zu of %zu selectors matched without XPath, on %zu documents: %zu nodes, "
	   "%zu of %zu results differ from XPath's", compiled, n_cases, n_docs, selected, differ,
	   compared);

	int refuses = 1;
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		struct its_selector *selector = its_selector_compile(refused[i], cases[n_cases - 1].namespaces,
								     cases[n_cases - 1].n_namespaces);
		if (selector) {
			printf("# compiled, should be left to XPath: '%s'\n", refused[i]);
			refuses = 0;
		}
		its_selector_free(selector);
	}
	ok(refuses, "other forms are left to XPath");

	for (size_t i = 0; i < n_cases; i++) {
		for (size_t j = 0; j < 2 * cases[i].n_namespaces; j++)
			free(cases[i].namespaces[j]);
		free(cases[i].namespaces);
		free(cases[i].text);
	}
	free(cases);
	for (size_t d = 0; d < n_docs; d++) {
		xmlFreeDoc(docs[d]);
		free(doc_names[d]);
	}
	free(docs);
	free(doc_names);
	strbuf_release(&path);
	return done_testing();
}
