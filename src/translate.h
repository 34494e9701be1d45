/* translate.h: an ITS-described XML document written back in another
 * language.
 *
 * A document is parsed once (CDATA sections, comments, processing
 * instructions and unexpanded entity references kept), ITS-annotated with
 * the rules `folio extract` uses, and its units found by extraction's own
 * walk (extract_visit_units, extract_unit_text), so each msgid and msgctxt
 * is exactly the template's.  Translations then go in place of the units'
 * content and come out again, one language after another, without
 * parsing the source again; what is not a unit is never touched, so
 * libxml2's writer gives it back as it was read.
 *
 * A translation is parsed as markup in the context of its element (its
 * namespaces and entities); one that is not well-formed, not UTF-8, or
 * has other elements than its msgid, is not used: the unit keeps the
 * source, with a warning naming the catalog's line. */
#ifndef FOLIO_TRANSLATE_H
#define FOLIO_TRANSLATE_H

#include <libxml/tree.h>

#include "strbuf.h"
#include "strmap.h"

struct its_rules;

struct translate_unit {
	xmlNode *node;          /* an element, or an attribute (an xmlAttr) */
	char *msgctxt;          /* NULL for none */
	char *msgid;
	int markup;             /* the msgid holds escaped text and inline markup */
	int preserve;           /* whitespace is the message's own (xml:space) */
	xmlNode *source;        /* the source content while a translation is in */
	xmlNs *lent_ns;         /* namespaces declared inside the source, lent to
	                           the unit element for its translation */
};

/* An attribute folio set (xml:lang, or HTML's lang and dir), and what it
 * held before: its own content, or nothing at all (created). */
struct translate_mark {
	xmlAttr *attr;
	xmlNode *old_content;
	int created;
};

struct translate_doc {
	char *path;
	xmlDoc *doc;
	int has_declaration;    /* the source starts with <?xml ...?> */
	int xhtml;              /* the root is XHTML's html: lang and dir too */
	int html;               /* an HTML page: lang and dir only, written as HTML */
	char *source_lang;      /* the root's xml:lang, or "en" */
	struct translate_unit *units;
	size_t n_units;
	struct translate_mark *marks;   /* xml:lang set by apply */
	size_t n_marks, alloc_marks;
	xmlNode **copies;       /* elements added by add_language */
	size_t n_copies, alloc_copies;
};

/* One language's catalog, read once. */
struct translate_catalog {
	char *path;             /* names the catalog in warnings */
	struct strmap map;      /* "msgctxt\004msgid" or "msgid" to msgstr */
};

/* What one catalog did for a document. */
struct translate_counts {
	unsigned n_units;
	unsigned n_translated;
	unsigned n_rejected;    /* translations not used: broken or foreign markup */
};

/* Reads a .po (fuzzy and untranslated entries left out) or, when
 * compiled, a .mo.  Reports and returns -1.  Release with
 * translate_catalog_release. */
int translate_catalog_load(struct translate_catalog *cat, const char *path, int compiled);
void translate_catalog_release(struct translate_catalog *cat);

/* Loads and annotates path with the rules located for it, then rules (may
 * be NULL), as extract_file does, and finds its units.  Reports and
 * returns -1 on error (td is then empty). */
int translate_doc_load(struct translate_doc *td, const char *path,
		       const struct its_rules *rules);
/* The same from memory; path names the document (and decides, as its
 * file name, the locating rules and whether it is HTML). */
int translate_doc_parse(struct translate_doc *td, const char *data, size_t len,
			const char *path, const struct its_rules *rules);
/* Puts cat's translations in and marks the languages: the root's xml:lang
 * becomes lang, and each element unit left in the source language gets
 * the source's xml:lang.  In XHTML, lang goes with xml:lang, the root gets
 * dir="rtl" when rtl, and an untranslated unit then dir="ltr". */
void translate_doc_apply(struct translate_doc *td, const struct translate_catalog *cat,
			 const char *lang, int rtl, struct translate_counts *counts);
/* The multilingual form msgfmt --xml writes: after each translated element
 * unit, an element of its name with xml:lang="lang" holding the
 * translation.  Copies of later languages come first, as msgfmt puts them.
 * The first call drops the blank text between elements for good, as
 * msgfmt's parser does; write the result with pretty.  Attributes have no
 * copies, and are not counted. */
void translate_doc_add_language(struct translate_doc *td, const struct translate_catalog *cat,
				const char *lang, struct translate_counts *counts);
/* Removes the copies added since there were from of them (td->n_copies):
 * a language taken out again. */
void translate_doc_remove_copies(struct translate_doc *td, size_t from);
/* Takes translations, marks and copies out again: the document is the
 * source. */
void translate_doc_restore(struct translate_doc *td);
/* The document as it stands, in its own encoding.  With pretty, blank text
 * between elements goes and the rest is indented, as msgfmt --xml writes
 * it.  Reports and returns -1. */
int translate_doc_write(struct translate_doc *td, int pretty, struct strbuf *out);
/* Accepts a released or never loaded td. */
void translate_doc_release(struct translate_doc *td);

/* HTML pages (translate-html.c): is path one (named *.html, *.htm)?  Parse
 * it with the elements in the XHTML namespace (NULL after reporting), and
 * write it as HTML (-1 on failure). */
int translate_html_wanted(const char *path);
xmlDoc *translate_html_parse(const char *data, size_t len, const char *name);
/* A translation's markup for an HTML page, as localise_parse_markup. */
xmlNode *translate_html_parse_markup(xmlDoc *doc, const char *msgstr);
int translate_html_write(xmlDoc *doc, struct strbuf *out);

/* Translated percentage of the units (100 for none). */
double translate_percent(const struct translate_counts *counts);

#endif
