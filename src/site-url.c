/* site-url.c: the site's base URL, checked once where it enters the build,
 * and the addresses of pages below it. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "site.h"

int site_base_url_check(const char *url, struct strbuf *err)
{
	const char *host = strncmp(url, "https://", 8) == 0 ? url + 8
		: strncmp(url, "http://", 7) == 0 ? url + 7 : NULL;

	if (!host) {
		strbuf_addstr(err, _("it must start with https:// or http://"));
		return -1;
	}
	if (!*host || *host == '/') {
		strbuf_addstr(err, _("it names no host"));
		return -1;
	}
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		/* Each would end the attribute, break the XML or change the address. */
		if (*p <= ' ' || *p == 0x7f || strchr("\"'<>\\`{}|^?#", *p)) {
			strbuf_addf(err, _("it holds the character '%c', which an address of a page "
					   "cannot"), *p > ' ' && *p != 0x7f ? *p : '?');
			return -1;
		}
	}
	return 0;
}

static void add_segment(struct strbuf *out, const char *segment)
{
	static const char keep[] = "-._~@";

	for (const unsigned char *p = (const unsigned char *)segment; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
		    || strchr(keep, *p))
			strbuf_addch(out, *p);
		else
			strbuf_addf(out, "%%%02X", *p);
	}
}

void site_url(const char *base_url, const char *dir, const char *file, struct strbuf *out)
{
	if (base_url) {
		size_t len = strlen(base_url);
		while (len > 0 && base_url[len - 1] == '/')
			len--;
		strbuf_add(out, base_url, len);
		strbuf_addch(out, '/');
	}
	if (dir) {
		add_segment(out, dir);
		strbuf_addch(out, '/');
	}
	if (file)
		add_segment(out, file);
}
