/* edition.h: one edition of one article in one language: catalogs loaded,
 * article and template localised, text and HTML rendered. */
#ifndef FOLIO_EDITION_H
#define FOLIO_EDITION_H

#include <stddef.h>

#include "strbuf.h"

struct edition_request {
	const char *article;          /* content/ID.xml */
	const char *locale;           /* "en" for the source */
	const char *po_dir;           /* po/ */
	const char *template_path;    /* content/edition.xml */
	int width;                    /* text columns, 0 for no wrapping */
	const char *const *languages; /* every edition's language, for links */
	size_t n_languages;
};

/* Renders the text (when text is not NULL) and HTML (when html is not
 * NULL) editions; *percent gets the article's translated share.  Reports
 * and returns -1 on error. */
int edition_render(const struct edition_request *req, struct strbuf *text, struct strbuf *html,
		   double *percent);

/* The article's id: its file name without folder and ".xml". */
void edition_article_id(const char *article, struct strbuf *out);

/* Reads po_dir/LINGUAS into "en" followed by its languages; free the list
 * and its strings with free().  */
char **edition_languages(const char *po_dir, size_t *n);

#endif
