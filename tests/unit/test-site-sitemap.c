/* test-site-sitemap.c: sitemap.xml for a small site, and the sitemap index
 * of one part per language once the addresses pass the limit of one file. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "site.h"
#include "tap.h"

static char *page(const char *dir, const char *file)
{
	struct strbuf path = STRBUF_INIT;

	strbuf_addf(&path, "%s/%s", dir, file);
	char *text = read_file(path.buf, NULL);
	strbuf_release(&path);
	return text;
}

static int count(const char *text, const char *what)
{
	int n = 0;

	for (const char *p = text; p && (p = strstr(p, what)); p += strlen(what))
		n++;
	return n;
}

int main(void)
{
	char small[] = "/tmp/test-site-sitemap-XXXXXX", split[] = "/tmp/test-site-sitemap-XXXXXX";
	struct locale languages[2];
	struct render_meta meta = { "Title", "2025-06-23", 6, "Description" };

	if (!mkdtemp(small) || !mkdtemp(split) || locale_parse("en", &languages[0], NULL) < 0
	    || locale_parse("pt-BR", &languages[1], NULL) < 0)
		return 2;
	struct index_row rows[] = {
		{ "a", &languages[0], 100, 1, &meta }, { "a", &languages[1], 100, 1, &meta },
		{ "b", &languages[0], 100, 1, &meta }, { "b", &languages[1], 10, 0, &meta },
	};
	struct site site = { small, "https://example.org/x/", languages, 2, rows, 4, NULL };

	ok(site_write_sitemaps(&site, SITE_SITEMAP_MAX_URLS, SITE_SITEMAP_MAX_BYTES) == 0,
	   "a small site is written");
	char *map = page(small, "sitemap.xml");
	ok(count(map, "<urlset ") == 1 && count(map, "<url>") == 6,
	   "one urlset: the index, two language indexes, three built editions");
	ok(count(map, "<loc>https://example.org/x/pt_BR/a.html</loc>") == 1
	   && !strstr(map, "pt_BR/b.html"), "a skipped edition is not listed");
	ok(count(map, "hreflang=\"pt-BR\" href=\"https://example.org/x/pt_BR/a.html\"") == 2,
	   "both editions of a list the Brazilian one as an alternate");
	ok(count(map, "<lastmod>2025-06-23</lastmod>") == 3, "editions carry their date");
	free(map);

	site.out = split;
	ok(site_write_sitemaps(&site, 4, SITE_SITEMAP_MAX_BYTES) == 0,
	   "past the limit, a site is written in parts");
	char *index = page(split, "sitemap.xml"), *en = page(split, "sitemap-en.xml");
	char *pt = page(split, "sitemap-pt_BR.xml");
	ok(count(index, "<sitemapindex ") == 1 && count(index, "<sitemap>") == 2
	   && strstr(index, "<loc>https://example.org/x/sitemap-pt_BR.xml</loc>"),
	   "sitemap.xml is the index of one part per language");
	ok(count(en, "<url>") == 4 && count(pt, "<url>") == 2,
	   "the source part has the index of every language, each part its own pages");
	ok(strstr(pt, "hreflang=\"en\" href=\"https://example.org/x/en/a.html\"") != NULL,
	   "alternates in a part still name the other languages");
	free(index);
	free(en);
	free(pt);
	locale_release(&languages[0]);
	locale_release(&languages[1]);
	const char *names[] = { "sitemap.xml", "sitemap-en.xml", "sitemap-pt_BR.xml" };
	for (size_t i = 0; i < 3; i++) {
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", small, names[i]);
		unlink(path.buf);
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s", split, names[i]);
		unlink(path.buf);
		strbuf_release(&path);
	}
	rmdir(small);
	rmdir(split);
	return done_testing();
}
