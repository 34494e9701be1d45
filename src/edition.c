/* edition.c: putting catalogs, localisation and rendering together. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <errno.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "locale-tag.h"
#include "edition.h"
#include "render.h"
#include "translations.h"
#include "xalloc.h"

void edition_article_id(const char *article, struct strbuf *out)
{
	strbuf_add_stem(out, article, ".xml");
}

static int listed(char *const *list, size_t n, const char *tag)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], tag) == 0)
			return 1;
	return 0;
}

/* One LINGUAS line: tags separated by spaces, '#' to the end a comment.
 * A tag that is not one is reported and skipped, never made a path. */
static void add_languages(char *line, const char *file, long line_no, char ***list, size_t *n,
			  size_t *alloc)
{
	char *comment = strchr(line, '#');
	if (comment)
		*comment = '\0';
	for (char *tag = strtok(line, " \t\r"); tag; tag = strtok(NULL, " \t\r")) {
		struct strbuf reason = STRBUF_INIT;
		if (locale_tag_check(tag, &reason) < 0)
			diag_error(file, line_no, 0, _("'%s' is not a language tag (%s); skipped"), tag,
				   reason.buf);
		else if (listed(*list, *n, tag))
			diag_warning(file, line_no, 0, _("'%s' is listed twice"), tag);
		else {
			FOLIO_GROW(*list, *n + 1, *alloc);
			(*list)[(*n)++] = xstrdup(tag);
		}
		strbuf_release(&reason);
	}
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
	if (!text && errno != ENOENT)
		diag_io_error(path.buf, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	long line_no = 0;
	char *start = text;
	if (start && strncmp(start, "\xef\xbb\xbf", 3) == 0)
		start += 3;   /* a byte-order mark some editors write */
	for (char *line = start, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		add_languages(line, path.buf, ++line_no, &list, n, &alloc);
	}
	free(text);
	strbuf_release(&path);
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
		free(set->labels[i].po_name);
		strmap_release(&set->labels[i].entries);
		strmap_release(&set->labels[i].sources);
		strmap_release(&set->labels[i].warned);
	}
	free(set->labels);
	memset(set, 0, sizeof(*set));
}

struct edition_labels *edition_labels(struct edition_set *set, const char *locale)
{
	for (size_t i = 0; i < set->n_labels; i++)
		if (strcmp(set->labels[i].locale, locale) == 0)
			return &set->labels[i];
	struct translations t;
	struct edition_labels labels;
	struct strbuf po_name = STRBUF_INIT;
	strbuf_addf(&po_name, "%s/edition/%s.po", set->po_dir, locale);
	strmap_init(&labels.entries);
	strmap_init(&labels.sources);
	strmap_init(&labels.warned);
	int rc = translations_load(&t, set->po_dir, "edition", locale);
	if (rc == 0)
		rc = localise_edition(set->template_path, &t, po_name.buf, &labels.entries,
				      &labels.sources);
	translations_release(&t);
	if (rc < 0) {
		strmap_release(&labels.entries);
		strmap_release(&labels.sources);
		strmap_release(&labels.warned);
		strbuf_release(&po_name);
		return NULL;
	}
	labels.locale = xstrdup(locale);
	labels.po_name = strbuf_detach(&po_name, NULL);
	FOLIO_GROW(set->labels, set->n_labels + 1, set->alloc_labels);
	set->labels[set->n_labels] = labels;
	return &set->labels[set->n_labels++];
}

int edition_render(struct edition_set *set, struct localise_doc *article, const char *locale,
		   struct strbuf *text, struct strbuf *html, struct localise_counts *counts)
{
	struct strbuf id = STRBUF_INIT, po_name = STRBUF_INIT;
	struct translations t;

	edition_article_id(article->path, &id);
	strbuf_addf(&po_name, "%s/%s/%s.po", set->po_dir, id.buf, locale);
	struct edition_labels *labels = edition_labels(set, locale);
	const struct strmap *entries = labels ? &labels->entries : NULL;
	int rc = translations_load(&t, set->po_dir, id.buf, locale);
	if (entries && rc == 0) {
		/* The source language is complete by definition. */
		int source = strcmp(locale, "en") == 0;
		localise_doc_apply(article, source ? NULL : &t, po_name.buf, counts);
		struct render_context ctx = { locale, article->doc, entries, set->width,
					      set->languages, set->n_languages, id.buf,
					      &labels->sources, labels->po_name, &labels->warned };
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
