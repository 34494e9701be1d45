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
#include "xml-doc.h"

void edition_article_id(const char *article, struct strbuf *out)
{
	strbuf_add_stem(out, article, ".xml");
}

static int listed(const struct locale *list, size_t n, const struct locale *loc)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i].dir, loc->dir) == 0)
			return 1;
	return 0;
}

/* One language of a LINGUAS line into list, or reported and skipped. */
static void add_language(const char *tag, const char *file, long line_no, int allow_unknown,
			 struct locale **list, size_t *n, size_t *alloc)
{
	struct strbuf reason = STRBUF_INIT;
	struct locale loc;

	if (locale_parse(tag, &loc, &reason) < 0) {
		diag_error(file, line_no, 0, _("'%s' is not a language tag (%s); skipped"), tag,
			   reason.buf);
	} else if (!loc.known && !allow_unknown) {
		diag_error(file, line_no, 0, _("'%s' is not a locale ICU knows; skipped (use "
					       "--allow-unknown-locale to format it as the root "
					       "locale)"), tag);
		locale_release(&loc);
	} else if (listed(*list, *n, &loc)) {
		diag_warning(file, line_no, 0, _("'%s' is listed twice"), tag);
		locale_release(&loc);
	} else {
		if (!loc.known) {
			diag_warning(file, line_no, 0, _("'%s' is not a locale ICU knows; formatted as "
							 "the root locale"), tag);
			locale_use_root(&loc);
		}
		FOLIO_GROW(*list, *n + 1, *alloc);
		(*list)[(*n)++] = loc;
	}
	strbuf_release(&reason);
}

/* One LINGUAS line: tags separated by spaces, '#' to the end a comment. */
static void add_languages(char *line, const char *file, long line_no, int allow_unknown,
			  struct locale **list, size_t *n, size_t *alloc)
{
	char *comment = strchr(line, '#');
	if (comment)
		*comment = '\0';
	for (char *tag = strtok(line, " \t\r"); tag; tag = strtok(NULL, " \t\r"))
		add_language(tag, file, line_no, allow_unknown, list, n, alloc);
}

struct locale *edition_languages(const char *source, const char *po_dir, int allow_unknown,
				 size_t *n)
{
	struct strbuf path = STRBUF_INIT;
	size_t alloc = 0;
	struct locale *list = NULL;

	*n = 0;
	add_language(source, NULL, 0, 0, &list, n, &alloc);
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
		add_languages(line, path.buf, ++line_no, allow_unknown, &list, n, &alloc);
	}
	free(text);
	strbuf_release(&path);
	return list;
}

struct locale *edition_languages_listed(const char *source, const char *list, const char *file,
					long line, int allow_unknown, size_t *n)
{
	struct strbuf copy = STRBUF_INIT;
	size_t alloc = 0;
	struct locale *languages = NULL;

	*n = 0;
	add_language(source, NULL, 0, 0, &languages, n, &alloc);
	strbuf_addstr(&copy, list);
	add_languages(copy.buf, file, line, allow_unknown, &languages, n, &alloc);
	strbuf_release(&copy);
	return languages;
}

void edition_languages_free(struct locale *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		locale_release(&list[i]);
	free(list);
}

void edition_set_init(struct edition_set *set, const char *po_dir, const char *template_path,
		      int width, const struct locale *languages, size_t n_languages)
{
	memset(set, 0, sizeof(*set));
	set->po_dir = po_dir;
	set->template_path = template_path;
	set->template_po_dir = po_dir;
	set->source_language = FOLIO_DEFAULT_SOURCE_LANGUAGE;
	set->width = width;
	set->languages = languages;
	set->n_languages = n_languages;
}

void edition_set_release(struct edition_set *set)
{
	for (size_t i = 0; i < set->n_labels; i++) {
		free(set->labels[i].dir);
		free(set->labels[i].po_name);
		strmap_release(&set->labels[i].entries);
		strmap_release(&set->labels[i].sources);
		strmap_release(&set->labels[i].warned);
	}
	free(set->labels);
	if (set->template_source_read)
		locale_release(&set->template_source);
	memset(set, 0, sizeof(*set));
}

/* lang (an xml:lang, or NULL for the project's source language) parsed
 * into source; reports a bad one and takes the project's instead. */
static void parse_source(const struct edition_set *set, const char *file, const char *lang,
			 struct locale *source)
{
	struct strbuf reason = STRBUF_INIT;

	if (lang && locale_parse(lang, source, &reason) < 0) {
		diag_warning(file, 0, 0, _("xml:lang '%s' is not a language tag (%s); taken as '%s'"),
			     lang, reason.buf, set->source_language);
		lang = NULL;
	}
	if (!lang)
		locale_parse(set->source_language, source, NULL);
	strbuf_release(&reason);
}

/* The template's own language, read once: its labels need no catalog in
 * it. */
static const struct locale *template_source(struct edition_set *set)
{
	if (!set->template_source_read) {
		/* A template that cannot be read is reported once, by its reader. */
		xmlDoc *doc = check_regular_file(set->template_path) == 0
			? xml_doc_load(set->template_path) : NULL;
		xmlChar *lang = doc ? xmlNodeGetLang(xmlDocGetRootElement(doc)) : NULL;
		parse_source(set, set->template_path, (const char *)lang, &set->template_source);
		xmlFree(lang);
		xmlFreeDoc(doc);
		set->template_source_read = 1;
	}
	return &set->template_source;
}

/* The edition in locale is the source's: its language or, for a source
 * with a region (xml:lang="en-US"), the language alone. */
static int is_source_edition(const struct locale *locale, const struct locale *source)
{
	return strcmp(locale->name, source->name) == 0
	       || (source->n_chain > 1 && strcmp(locale->name, source->chain[1]) == 0);
}

struct edition_labels *edition_labels(struct edition_set *set, const struct locale *locale)
{
	for (size_t i = 0; i < set->n_labels; i++)
		if (strcmp(set->labels[i].dir, locale->dir) == 0)
			return &set->labels[i];
	struct translations t;
	struct edition_labels labels;
	struct strbuf po_name = STRBUF_INIT;
	strbuf_addf(&po_name, "%s/edition/%s.po", set->template_po_dir, locale->name);
	strmap_init(&labels.entries);
	strmap_init(&labels.sources);
	strmap_init(&labels.warned);
	int source = is_source_edition(locale, template_source(set));
	int rc = translations_load(&t, set->template_po_dir, "edition", source ? NULL : locale);
	if (rc == 0)
		rc = localise_edition(set->template_path, source ? NULL : &t,
				      po_name.buf, &labels.entries, &labels.sources, &labels.counts);
	translations_release(&t);
	if (rc < 0) {
		strmap_release(&labels.entries);
		strmap_release(&labels.sources);
		strmap_release(&labels.warned);
		strbuf_release(&po_name);
		return NULL;
	}
	labels.dir = xstrdup(locale->dir);
	labels.po_name = strbuf_detach(&po_name, NULL);
	FOLIO_GROW(set->labels, set->n_labels + 1, set->alloc_labels);
	set->labels[set->n_labels] = labels;
	return &set->labels[set->n_labels++];
}

int edition_render(struct edition_set *set, struct localise_doc *article,
		   const struct locale *locale, struct strbuf *text, struct strbuf *html,
		   struct localise_counts *counts)
{
	struct strbuf id = STRBUF_INIT, po_name = STRBUF_INIT;
	struct translations t;

	edition_article_id(article->path, &id);
	strbuf_addf(&po_name, "%s/%s/%s.po", set->po_dir, id.buf, locale->name);
	struct edition_labels *labels = edition_labels(set, locale);
	const struct strmap *entries = labels ? &labels->entries : NULL;
	/* The article's own xml:lang says what it is written in; that edition
	 * is the source, complete by definition. */
	struct locale source;
	xmlChar *lang = xmlNodeGetLang(xmlDocGetRootElement(article->doc));
	parse_source(set, article->path, (const char *)lang, &source);
	xmlFree(lang);
	int is_source = is_source_edition(locale, &source);
	int rc = translations_load(&t, set->po_dir, id.buf, is_source ? NULL : locale);
	if (entries && rc == 0) {
		localise_doc_filter(article, locale->tag);
		localise_doc_apply(article, is_source ? NULL : &t, po_name.buf, counts);
		/* The template's labels are part of what the edition shows. */
		localise_counts_add(counts, &labels->counts);
		/* Counted and cut once for both files and the meta. */
		double minutes = -1;
		struct strbuf description = STRBUF_INIT;
		struct render_context ctx = { locale->icu, fmt_locale_get(locale->icu), locale,
					      article->doc, entries, set->width,
					      set->languages, set->n_languages, id.buf,
					      &labels->sources, labels->po_name, &labels->warned,
					      &source, fmt_locale_get(source.icu), set->base_url,
					      set->in_site, &minutes, &description };
		if (text)
			render_text(&ctx, text);
		if (html)
			render_html(&ctx, html);
		if (set->meta)
			render_meta_collect(&ctx, set->meta);
		strbuf_release(&description);
		localise_doc_restore(article);
	}
	locale_release(&source);
	translations_release(&t);
	strbuf_release(&id);
	strbuf_release(&po_name);
	return entries && rc == 0 ? 0 : -1;
}

int edition_share(struct edition_set *set, struct localise_doc *article,
		  const struct locale *locale, double *percent)
{
	struct strbuf id = STRBUF_INIT;
	struct translations t;
	struct localise_counts counts;
	struct locale source;
	struct edition_labels *labels = edition_labels(set, locale);
	xmlChar *lang = xmlNodeGetLang(xmlDocGetRootElement(article->doc));

	/* As edition_render counts, without its warnings: it gives them. */
	if (!lang || locale_parse((const char *)lang, &source, NULL) < 0)
		locale_parse(set->source_language, &source, NULL);
	xmlFree(lang);
	int is_source = is_source_edition(locale, &source);
	edition_article_id(article->path, &id);
	int rc = labels ? translations_load(&t, set->po_dir, id.buf, is_source ? NULL : locale) : -1;
	if (rc == 0) {
		localise_doc_apply(article, is_source ? NULL : &t, NULL, &counts);
		localise_counts_add(&counts, &labels->counts);
		localise_doc_restore(article);
		*percent = localise_percent(&counts);
	}
	if (labels)
		translations_release(&t);
	locale_release(&source);
	strbuf_release(&id);
	return rc;
}
