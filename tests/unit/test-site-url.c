/* test-site-url.c: the site's base URL as it enters the build, and the
 * addresses of pages below it. */
#include <config.h>

#include "site.h"
#include "tap.h"

static void url(const char *base, const char *dir, const char *file, const char *want,
		const char *title)
{
	struct strbuf out = STRBUF_INIT;

	site_url(base, dir, file, &out);
	is_str(out.buf, want, title);
	strbuf_release(&out);
}

static void refused(const char *base, const char *title)
{
	struct strbuf err = STRBUF_INIT;

	ok(site_base_url_check(base, &err) < 0 && err.len > 0, "%s", title);
	strbuf_release(&err);
}

int main(void)
{
	struct strbuf err = STRBUF_INIT;

	ok(site_base_url_check("https://example.org", &err) == 0
	   && site_base_url_check("http://example.org:8080/health/", &err) == 0 && !err.len,
	   "https and http addresses with a port and a folder are bases");
	strbuf_release(&err);
	refused("ftp://example.org", "another scheme is refused");
	refused("example.org", "an address without a scheme is refused");
	refused("https://", "an address without a host is refused");
	refused("https:///x", "an empty host is refused");
	refused("https://example.org/a b", "a space is refused");
	refused("https://example.org/\"><script>", "a quote and markup are refused");
	refused("https://example.org/?page=1", "a query is refused");
	refused("https://example.org/#top", "a fragment is refused");
	refused("https://example.org/\n", "a control character is refused");
	url("https://example.org/health/", "fr", "a.html", "https://example.org/health/fr/a.html",
	    "a final slash of the base is not doubled");
	url("https://example.org", "sr@latin", "a.html", "https://example.org/sr@latin/a.html",
	    "'@' of a gettext folder name stays as it is");
	url(NULL, "pt_BR", "my article.html", "pt_BR/my%20article.html",
	    "without a base, relative; a space is percent-encoded");
	url(NULL, NULL, "caf\xc3\xa9.html", "caf%C3%A9.html", "UTF-8 bytes are percent-encoded");
	url("https://example.org", NULL, "index.html", "https://example.org/index.html",
	    "no folder");
	return done_testing();
}
