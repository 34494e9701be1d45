/* its.h: a W3C ITS 2.0 processor over libxml2.
 *
 * Rules (global selection) are loaded once into a struct its_rules, from
 * rule files or from its:rules elements; its_annotate() then applies them to
 * a document, together with the document's own its:rules and its local
 * markup, and leaves every element and attribute with its effective value
 * for each data category (see its_value()).
 *
 * Precedence, lowest first, as ITS 2.0 defines it: defaults, inheritance
 * from the parent element, external rules in the order they were loaded,
 * the document's internal rules in document order, local markup.  A later
 * rule selecting the same node overrides an earlier one. */
#ifndef FOLIO_ITS_H
#define FOLIO_ITS_H

#include <libxml/tree.h>

#define FOLIO_ITS_NS "http://www.w3.org/2005/11/its"
#define FOLIO_GETTEXT_ITS_NS "https://www.gnu.org/s/gettext/ns/its/extensions/1.0"
#define FOLIO_FOLIO_ITS_NS "urn:x-folio:its"
#define FOLIO_XHTML_NS "http://www.w3.org/1999/xhtml"

/* The values a node carries, one slot each.  A data category owns one or
 * more slots (a group, see its-category.h); adding a category is adding
 * slots and a module.  The comments name each slot as the W3C test suite
 * prints it. */
enum its_slot {
	ITS_TRANSLATE,          /* translate: "yes" | "no" */
	ITS_WITHIN_TEXT,        /* withinText: "yes" | "no" | "nested" */
	ITS_LOC_NOTE,           /* locNote: note text */
	ITS_LOC_NOTE_TYPE,      /* locNoteType: "description" | "alert" */
	ITS_LOC_NOTE_REF,       /* locNoteRef: URI of a note kept elsewhere */
	ITS_PRESERVE_SPACE,     /* space: "default" | "preserve" | "trim" | "paragraph" */
	ITS_CONTEXT,            /* gettext extension: the msgctxt */
	ITS_ESCAPE,             /* gettext extension: "yes" | "no" */
	ITS_FORMAT,             /* folio extension: "icu-message-format" | "text" */
	ITS_TERM,               /* term: "yes" | "no" */
	ITS_TERM_INFO,          /* termInfo */
	ITS_TERM_INFO_REF,      /* termInfoRef */
	ITS_TERM_CONFIDENCE,    /* termConfidence */
	ITS_DIR,                /* dir: "ltr" | "rtl" | "lro" | "rlo" */
	ITS_LANG,               /* lang: a BCP 47 tag */
	ITS_DOMAIN,             /* domains: comma-separated, mapped */
	ITS_TA_CLASS_REF,       /* taClassRef */
	ITS_TA_CONFIDENCE,      /* taConfidence */
	ITS_TA_IDENT,           /* taIdent */
	ITS_TA_IDENT_REF,       /* taIdentRef */
	ITS_TA_SOURCE,          /* taSource */
	ITS_LOCALE_FILTER_LIST, /* localeFilterList: "*", "" or a list of ranges */
	ITS_LOCALE_FILTER_TYPE, /* localeFilterType: "include" (NULL) | "exclude" */
	ITS_PROV_RECORDS_REF,   /* provenanceRecordsRef: "#id" of its:provenanceRecords */
	ITS_PERSON, ITS_PERSON_REF, ITS_ORG, ITS_ORG_REF, ITS_TOOL, ITS_TOOL_REF,
	ITS_REV_PERSON, ITS_REV_PERSON_REF, ITS_REV_ORG, ITS_REV_ORG_REF,
	ITS_REV_TOOL, ITS_REV_TOOL_REF, ITS_PROV_REF,
	ITS_EXTERNAL_RESOURCE_REF, /* externalResourceRef */
	ITS_TARGET_POINTER,     /* targetPointer: the XPath itself */
	ITS_ID_VALUE,           /* idValue */
	ITS_LQI_ISSUES_REF,     /* locQualityIssuesRef: "#id" of its:locQualityIssues */
	ITS_LQI_TYPE, ITS_LQI_COMMENT, ITS_LQI_SEVERITY, ITS_LQI_PROFILE_REF, ITS_LQI_ENABLED,
	ITS_LQR_SCORE, ITS_LQR_VOTE, ITS_LQR_SCORE_THRESHOLD, ITS_LQR_VOTE_THRESHOLD,
	ITS_LQR_PROFILE_REF,
	ITS_MT_CONFIDENCE,      /* mtConfidence */
	ITS_ALLOWED_CHARACTERS, /* allowedCharacters: a regular expression class */
	ITS_STORAGE_SIZE,       /* storageSize: bytes */
	ITS_STORAGE_ENCODING,   /* storageEncoding: IANA charset name (NULL: UTF-8) */
	ITS_LINE_BREAK_TYPE,    /* lineBreakType: "cr" | "lf" (NULL) | "crlf" | "nel" */
	ITS_ANNOTATORS_REF,     /* annotatorsRef: "category|IRI ..." */
	ITS_N_SLOTS
};

struct its_rules;
struct its_annotation;

/* Rule sets: free with its_rules_free (accepts NULL). */
struct its_rules *its_rules_new(void);
void its_rules_free(struct its_rules *rules);
/* Appends the rules of a rule file (its:rules elements, with their
 * xlink:href links and its:param).  Reports and returns -1 on error. */
int its_rules_load_file(struct its_rules *rules, const char *path);
/* The same from text in memory; name is used in messages. */
int its_rules_load_memory(struct its_rules *rules, const char *data, size_t len,
			  const char *name);
size_t its_rules_count(const struct its_rules *rules);

/* Linked rule files (xlink:href) are read only from the linking file's
 * folder tree, the working folder and the installed rule folders; this
 * adds dir to them (a user's option).  its_allow_cleanup forgets them. */
void its_allow_rules_dir(const char *dir);
void its_allow_cleanup(void);

/* True when doc holds rules of its own (an its:rules element). */
int its_doc_has_rules(xmlDoc *doc);
/* Every file whose rules the document at path links (its:rules
 * xlink:href, local files only), and the files those link, as the rules'
 * loader resolves them, whether or not they exist: the inputs of a
 * document besides its own bytes.  Free each and the array. */
void its_linked_files(const char *path, char ***files, size_t *n);

/* Applies global rules (the n_sets rule sets in order, later ones taking
 * precedence), then the document's internal rules and local markup, to doc.
 * Returns the annotation (free with its_annotation_free before freeing doc)
 * or NULL after reporting an error (file names the document in messages). */
struct its_annotation *its_annotate(const struct its_rules *const *sets, size_t n_sets,
				    xmlDoc *doc, const char *file);
/* The same with flags: ITS_ANNOTATE_PURE applies the recommendation alone,
 * without folio's additions (its:rules is not content), as conformance
 * output wants it. */
enum { ITS_ANNOTATE_PURE = 1 };
struct its_annotation *its_annotate_with(const struct its_rules *const *sets, size_t n_sets,
					 xmlDoc *doc, const char *file, int flags);
void its_annotation_free(struct its_annotation *annotation);
/* Frees doc, then its annotation (which may be NULL): for a document
 * that is not used again. */
void its_annotation_free_with_doc(struct its_annotation *annotation, xmlDoc *doc);
/* Frees what annotating keeps from one document to the next (its XPath
 * context); its_locate_cleanup calls it. */
void its_annotate_cleanup(void);

/* The effective value of slot for an element or attribute of an annotated
 * document, or NULL where the category has no value (no note, no
 * context).  Borrowed: valid until its_annotation_free. */
const char *its_value(const xmlNode *node, enum its_slot slot);
/* True when some rule or local markup of the annotated document holding
 * node sets slot's data category at all: callers skip the categories a
 * document does not use. */
int its_slot_used(const xmlNode *node, enum its_slot slot);
/* True when its_value(node, slot) is "yes". */
int its_is_yes(const xmlNode *node, enum its_slot slot);

#endif
