/* edition.c: putting catalogs, localisation and rendering together. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "edition.h"
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

void edition_set_init(struct edition_set *set, const char *po_dir, const char *template_path,
		      int width, const char *const *languages, size_t n_languages)
{
	memset(set, 0, sizeof(*set));
	set->po_dir = po_dir;
	set->template_path = template_path;
	set->width = width;
	set->languages = languages;
	set->n_languages = n_languages;
}

void edition_set_release(struct edition_set *set)
{
	for (size_t i = 0; i < set->n_labels; i++) {
		free(set->labels[i].locale);
		strmap_release(&set->labels[i].entries);
	}
	free(set->labels);
	memset(set, 0, sizeof(*set));
}

const struct strmap *edition_labels(struct edition_set *set, const char *locale)
{
	for (size_t i = 0; i < set->n_labels; i++)
		if (strcmp(set->labels[i].locale, locale) == 0)
			return &set->labels[i].entries;
	struct translations t;
	struct strmap entries;
	strmap_init(&entries);
	int rc = translations_load(&t, set->po_dir, "edition", locale);
	if (rc == 0)
		rc = localise_edition(set->template_path, &t, &entries);
	translations_release(&t);
	if (rc < 0) {
		strmap_release(&entries);
		return NULL;
	}
	FOLIO_GROW(set->labels, set->n_labels + 1, set->alloc_labels);
	set->labels[set->n_labels] = (struct edition_labels){ xstrdup(locale), entries };
	return &set->labels[set->n_labels++].entries;
}

int edition_render(struct edition_set *set, struct localise_doc *article, const char *locale,
		   struct strbuf *text, struct strbuf *html, struct localise_counts *counts)
{
	struct strbuf id = STRBUF_INIT, po_name = STRBUF_INIT;
	struct translations t;

	edition_article_id(article->path, &id);
	strbuf_addf(&po_name, "%s/%s/%s.po", set->po_dir, id.buf, locale);
	const struct strmap *entries = edition_labels(set, locale);
	int rc = translations_load(&t, set->po_dir, id.buf, locale);
	if (entries && rc == 0) {
		/* The source language is complete by definition. */
		int source = strcmp(locale, "en") == 0;
		localise_doc_apply(article, source ? NULL : &t, po_name.buf, counts);
		struct render_context ctx = { locale, article->doc, entries, set->width,
					      set->languages, set->n_languages, id.buf };
		if (text)
			render_text(&ctx, text);
		if (html)
			render_html(&ctx, html);
		localise_doc_restore(article);
	}
	translations_release(&t);
	strbuf_release(&id);
	strbuf_release(&po_name);
	return entries && rc == 0 ? 0 : -1;
}
