/* edition.h: the editions of articles: catalogs loaded, articles and
 * template localised, text and HTML rendered.
 *
 * An edition set holds what every edition shares: the catalog folder, the
 * template and, per language, the localised template entries, read once
 * per language however many articles follow.  An article is parsed once
 * (localise_doc) and rendered in one language after another. */
#ifndef FOLIO_EDITION_H
#define FOLIO_EDITION_H

#include <stddef.h>

#include "locale-tag.h"
#include "localise.h"
#include "strbuf.h"
#include "strmap.h"

struct render_meta;

struct edition_labels {
	char *dir;                /* the locale's editions folder names it */
	char *po_name;            /* its catalog, po/edition/LANG.po, for warnings */
	struct strmap entries;    /* template entries by id */
	struct strmap sources;    /* the same in the source language */
	struct strmap warned;     /* ids of patterns already warned about */
	struct localise_counts counts;   /* what the catalog translated of the template */
};

struct edition_set {
	const char *po_dir;           /* po/ */
	const char *template_path;    /* content/edition.xml */
	const char *template_po_dir;  /* holds edition/LANG.po: po_dir unless set after
	                                 edition_set_init (an installed template's) */
	const char *source_language;  /* articles without xml:lang are in it ("en") */
	struct locale template_source;  /* the template's xml:lang, parsed on first use */
	int template_source_read;
	int width;                    /* text columns, 0 for no wrapping */
	const struct locale *languages; /* every edition's language, for links */
	size_t n_languages;
	struct edition_labels *labels; /* per locale, loaded on first use */
	size_t n_labels, alloc_labels;
	const char *base_url;         /* the site's address for absolute links, or NULL */
	int in_site;                  /* editions have their language's index and feed */
	struct render_meta *meta;     /* when not NULL, each edition_render fills it
	                                 (release it before the next) */
};

/* Fills in set from the arguments (borrowed: they must outlive set).  The
 * source language is FOLIO_DEFAULT_SOURCE_LANGUAGE until
 * set->source_language is set. */
void edition_set_init(struct edition_set *set, const char *po_dir, const char *template_path,
		      int width, const struct locale *languages, size_t n_languages);
void edition_set_release(struct edition_set *set);

/* The template entries of locale, localised (borrowed from set), or NULL
 * when its catalog does not parse (reported). */
struct edition_labels *edition_labels(struct edition_set *set, const struct locale *locale);

/* Renders article in locale: the text (when text is not NULL) and HTML
 * (when html is not NULL) editions; counts get what the catalogs did.
 * The article is the source again on return.  Reports and returns -1 on
 * error. */
int edition_render(struct edition_set *set, struct localise_doc *article,
		   const struct locale *locale, struct strbuf *text, struct strbuf *html,
		   struct localise_counts *counts);

/* The translated share (percent) of article in locale, as edition_render
 * would count it, without rendering or warnings.  Returns -1 when the
 * catalogs do not parse (reported). */
int edition_share(struct edition_set *set, struct localise_doc *article,
		  const struct locale *locale, double *percent);

/* The article's id: its file name without folder and ".xml". */
void edition_article_id(const char *article, struct strbuf *out);

/* Reads po_dir/LINGUAS into the source language followed by its
 * languages, each parsed once.  A line that is not a language tag, or
 * names one ICU has no data for (unless allow_unknown: then it formats as
 * ICU's root locale, with a warning), is reported with its line and
 * skipped.  Free with edition_languages_free. */
struct locale *edition_languages(const char *source, const char *po_dir, int allow_unknown,
				 size_t *n);
/* The same from list, tags separated by blanks, written at file:line
 * (folio.conf's "languages ="). */
struct locale *edition_languages_listed(const char *source, const char *list, const char *file,
					long line, int allow_unknown, size_t *n);
void edition_languages_free(struct locale *list, size_t n);

#endif
