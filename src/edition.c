/* edition.c: putting catalogs, localisation and rendering together. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "edition.h"
#include "localise.h"
#include "render.h"
#include "translations.h"
#include "xalloc.h"

void edition_article_id(const char *article, struct strbuf *out)
{
	strbuf_add_stem(out, article, ".xml");
}

char **edition_languages(const char *po_dir, size_t *n)
{
	struct strbuf path = STRBUF_INIT;
	size_t alloc = 0;
	char **list = NULL;

	*n = 0;
	FOLIO_GROW(list, 1, alloc);
	list[(*n)++] = xstrdup("en");
	strbuf_addf(&path, "%s/LINGUAS", po_dir);
	char *text = read_file(path.buf, NULL);
	strbuf_release(&path);
	for (char *line = text ? strtok(text, " \t\n") : NULL; line; line = strtok(NULL, " \t\n")) {
		if (line[0] == '#') {
			strtok(NULL, "\n");   /* the rest of a comment line */
			continue;
		}
		FOLIO_GROW(list, *n + 1, alloc);
		list[(*n)++] = xstrdup(line);
	}
	free(text);
	return list;
}

int edition_render(const struct edition_request *req, struct strbuf *text, struct strbuf *html,
		   double *percent)
{
	struct strbuf id = STRBUF_INIT, po_name = STRBUF_INIT;
	struct translations article_t, template_t;
	struct strmap entries;
	struct localised doc = { 0 };
	int rc = -1;

	edition_article_id(req->article, &id);
	strbuf_addf(&po_name, "%s/%s/%s.po", req->po_dir, id.buf, req->locale);
	strmap_init(&entries);
	int loaded_article = translations_load(&article_t, req->po_dir, id.buf, req->locale);
	int loaded_template = translations_load(&template_t, req->po_dir, "edition", req->locale);
	if (loaded_article < 0 || loaded_template < 0
	    || localise_edition(req->template_path, &template_t, &entries) < 0
	    || localise_document(req->article, &article_t, po_name.buf, &doc) < 0)
		goto out;
	struct render_context ctx = { req->locale, doc.doc, &entries, req->width,
				      req->languages, req->n_languages, id.buf };
	if (text)
		render_text(&ctx, text);
	if (html)
		render_html(&ctx, html);
	if (percent)
		*percent = strcmp(req->locale, "en") == 0 ? 100.0 : localised_percent(&doc);
	rc = 0;
out:
	localised_release(&doc);
	translations_release(&article_t);
	translations_release(&template_t);
	strmap_release(&entries);
	strbuf_release(&id);
	strbuf_release(&po_name);
	return rc;
}
