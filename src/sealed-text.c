/* sealed-text.c: the "end HEX" line, written and checked. */
#include <config.h>

#include <string.h>

#include "digest.h"
#include "sealed-text.h"

void sealed_text_seal(struct strbuf *text)
{
	char hex[FOLIO_DIGEST_HEX_LEN];

	digest_hex(digest_bytes(text->buf, text->len, 0), hex);
	strbuf_addstr(text, "end ");
	strbuf_add(text, hex, 16);
	strbuf_addch(text, '\n');
}

char *sealed_text_open(char *text, size_t len, const char *header, char **end)
{
	size_t header_len = strlen(header);
	uint64_t recorded;

	if (len < header_len || memcmp(text, header, header_len) != 0 || text[len - 1] != '\n'
	    || memchr(text, '\0', len))
		return NULL;
	text[len - 1] = '\0';
	char *last = strrchr(text, '\n');
	if (!last || last + 1 < text + header_len || strncmp(last + 1, "end ", 4) != 0
	    || digest_parse_hex(last + 5, &recorded) < 0
	    || digest_bytes(text, (size_t)(last + 1 - text), 0) != recorded)
		return NULL;
	/* Every record line ends with '\n': each becomes a string. */
	*last = '\0';
	*end = last;
	char *first = text + header_len;
	if (first >= last)
		return last;   /* no record */
	for (char *nl = memchr(first, '\n', (size_t)(last - first)); nl;
	     nl = memchr(nl + 1, '\n', (size_t)(last - nl - 1)))
		*nl = '\0';
	return first;
}

char *sealed_text_next(char *line, char *end)
{
	char *next = line + strlen(line) + 1;

	return next < end ? next : end;
}
