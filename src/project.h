/* project.h: a publisher's repository, as folio.conf describes it.
 *
 * Every command finds folio.conf by walking up from the working folder to
 * the file system's root, as git finds .git, so that folio works from any
 * subfolder.  Paths in the file are relative to its folder; the struct
 * holds them relative to the working folder ("../content").  Without a
 * folio.conf the project is the working folder with today's defaults
 * (content/, po/, editions/, source language en).  Options given on the
 * command line win over every value here: commands take these as their
 * defaults.
 *
 * The schema (folio.conf(5) documents it for users):
 *
 *     [project]  source-language, content, po, output, languages
 *     [build]    formats, width, min-complete, fallback
 *     [check]    min-complete[.DOMAIN][.LANG]   (check-config.h reads these)
 *     [site]     base-url
 *
 * An unknown section or key is a warning, so a file written for a newer
 * folio still works; a bad value is an error. */
#ifndef FOLIO_PROJECT_H
#define FOLIO_PROJECT_H

#include "strbuf.h"

enum project_format {
	PROJECT_FORMAT_TEXT = 1,
	PROJECT_FORMAT_HTML = 2,
};

/* Every string is owned by the struct (free with project_release). */
struct project {
	char *root;             /* folio.conf's folder from the working folder: ".", "..";
	                           "." without a folio.conf */
	char *conf;             /* root/folio.conf, or NULL when there is none */
	char *source_language;  /* the articles' language unless their xml:lang says
	                           otherwise ("en") */
	char *content;          /* articles and the edition template */
	char *content_ref;      /* the same from root, as templates reference sources */
	char *po;               /* catalogs: po/LINGUAS and one folder per domain */
	char *output;           /* where build writes editions */
	char *languages;        /* "languages =" (tags separated by blanks), or NULL for
	                           po/LINGUAS */
	long languages_line;    /* its line in conf, for messages */
	int formats;            /* enum project_format bits */
	int width;              /* text columns, 0 for no wrapping */
	double min_complete;    /* build's threshold, percent */
	int language_fallback;  /* 1: pt_BR falls back to pt, then the source;
	                           0: straight to the source */
	char *base_url;         /* [site] base-url, or NULL */
};

/* Finds and reads folio.conf into p (defaults for what it does not say).
 * Reports every problem of the file; returns 0, or -1 when it cannot be
 * read or has an error (p is then still filled, and must be released). */
int project_load(struct project *p);
void project_release(struct project *p);
/* The same from text, the content of a folio.conf named conf in messages,
 * in the working folder. */
int project_parse(struct project *p, const char *conf, const char *text);

/* A --content option: dir (from the working folder) is the content
 * folder, and templates reference sources by it. */
void project_set_content(struct project *p, const char *dir);

/* path (as folio.conf or the user wrote it, relative to base) from the
 * working folder, appended to out: base/path, or path itself when it is
 * absolute or base is ".". */
void project_path(const char *base, const char *path, struct strbuf *out);

/* Where folio's installed data lives: $FOLIO_DATADIR, else the folder it
 * was installed to ($(pkgdatadir)).  Borrowed. */
const char *project_data_dir(void);

/* The edition template and the catalog folder holding its domain
 * (TEMPLATE_PO/edition/LANG.po) for articles of content_dir and catalogs
 * of po_dir: the project's own content_dir/edition.xml and its po_dir
 * when the template exists, else the installed template with po_dir when
 * po_dir/edition/ exists and the installed catalogs otherwise.  Returns 1
 * when anything installed is used, else 0. */
int project_edition_template(const char *content_dir, const char *po_dir,
			     struct strbuf *template_path, struct strbuf *template_po);

/* The languages of the project's editions: the source language first,
 * then "languages =" or else po_dir/LINGUAS (as edition_languages reads
 * it), with the fallback policy applied.  Free with
 * edition_languages_free. */
struct locale;
struct locale *project_languages(const struct project *p, const char *po_dir, int allow_unknown,
				 size_t *n);

/* Adds loc to p's po/LINGUAS (made when missing) unless it is the source
 * language or listed there already; the file is rewritten atomically, its lines kept.
 * With folio.conf's "languages =", only says where to add it.  Returns 1
 * when added, 0 when not, -1 after reporting a failure. */
int project_add_language(const struct project *p, const struct locale *loc);

/* The project's translation domains: one per article or edition template
 * of p->content (NAME.xml gives the domain NAME, whose folder is
 * p->po/NAME), sorted.  Free with project_domains_free. */
char **project_domains(const struct project *p, size_t *n);
void project_domains_free(char **names, size_t n);

#endif
