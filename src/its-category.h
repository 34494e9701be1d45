/* its-category.h: the interface between the ITS engine (its.c) and the data
 * category modules (its-cat-*.c).  A module says which rule element it
 * reads and which local markup it honours; the engine does the selecting,
 * the precedence and the inheritance.
 *
 * Values are kept per group: the slots one data category owns (a note, its
 * type and its reference are one group).  A rule or local markup replaces a
 * node's whole group, so a later locNoteRule with a locNoteRef does not keep
 * the note text of an earlier one; inheritance shares the parent's group by
 * pointer, so a child costs nothing for the categories nobody set. */
#ifndef FOLIO_ITS_CATEGORY_H
#define FOLIO_ITS_CATEGORY_H

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "arena.h"
#include "its.h"

enum its_group {
	ITS_G_TRANSLATE, ITS_G_LOC_NOTE, ITS_G_TERMINOLOGY, ITS_G_DIRECTIONALITY,
	ITS_G_LANGUAGE, ITS_G_WITHIN_TEXT, ITS_G_DOMAIN, ITS_G_TEXT_ANALYSIS,
	ITS_G_LOCALE_FILTER, ITS_G_PROVENANCE, ITS_G_EXTERNAL_RESOURCE,
	ITS_G_TARGET_POINTER, ITS_G_ID_VALUE, ITS_G_PRESERVE_SPACE, ITS_G_LQ_ISSUE,
	ITS_G_LQ_RATING, ITS_G_MT_CONFIDENCE, ITS_G_ALLOWED_CHARACTERS, ITS_G_STORAGE_SIZE,
	ITS_G_ANNOTATORS, ITS_G_CONTEXT, ITS_G_ESCAPE, ITS_G_FORMAT,
	ITS_N_GROUPS
};

/* How a group's value reaches nodes nobody set it on. */
enum its_inherit {
	ITS_INHERIT_NONE,
	ITS_INHERIT_ELEMENTS,               /* child elements, not attributes */
	ITS_INHERIT_ELEMENTS_AND_ATTRIBUTES,
};

struct its_slot_info {
	const char *name;           /* as the W3C test suite prints it */
	enum its_group group;
	const char *element_default;    /* when nothing set the group */
	const char *attribute_default;
	const char *group_default;      /* when the group is set, but not this slot */
};

struct its_group_info {
	const char *name;           /* the data category identifier, "localization-note" */
	enum its_slot first;
	int n_slots;
	enum its_inherit inherit;
};

extern const struct its_slot_info its_slot_info[ITS_N_SLOTS];
extern const struct its_group_info its_group_info[ITS_N_GROUPS];

/* One global rule: a selector and, per slot, either a fixed value or a
 * pointer (an XPath relative to the selected node). */
struct its_selector;

struct its_rule {
	const struct its_category *category;
	char *file;
	long line;
	xmlChar *selector_text;
	xmlXPathCompExpr *selector;
	struct its_selector *match;   /* the selector matched without XPath, or NULL */
	char *values[ITS_N_SLOTS];
	xmlXPathCompExpr *pointers[ITS_N_SLOTS];
	char **namespaces;          /* prefix, href, prefix, href, ... */
	size_t n_namespaces;        /* number of pairs */
	const struct its_param_group *params;
};

/* One group's values at one node, and where they came from. */
struct its_block {
	const struct its_rule *rule;    /* NULL for local markup */
	const xmlNode *owner;           /* the node they were set on */
	const char *values[];           /* the group's slots, from its first */
};

/* What a node carries; lives in node->_private during annotation. */
struct its_node {
	struct its_block *groups[ITS_N_GROUPS];
};

struct its_category {
	const char *name;           /* data category name, for messages */
	const char *ns;             /* namespace of its rule element */
	const char *rule_element;   /* local name of its rule element, NULL if none */
	enum its_group group;
	/* Reads the rule element's attributes into rule; reports and returns
	 * -1 when they are invalid. */
	int (*parse_rule)(struct its_rule *rule, xmlNode *element);
	/* The local attributes it reads (ITS names; HTML's its-* forms are
	 * derived), NULL-terminated, or NULL for none. */
	const char *const *local_names;
	/* Applies local markup found on element (some attribute of
	 * local_names, or the counterpart the engine maps to this category:
	 * xml:space, xml:lang, HTML translate, dir, lang), or NULL. */
	void (*apply_local)(xmlNode *element, struct its_node *node, struct arena *arena);
	/* Turns a pointer's result at target into the slot's value, or
	 * NULL for the default: the string value of the first node, none
	 * when empty. */
	const char *(*resolve)(const struct its_rule *rule, const xmlNode *target,
			       enum its_slot slot, xmlXPathObject *result, struct arena *arena);
};

extern const struct its_category its_category_translate;
extern const struct its_category its_category_within_text;
extern const struct its_category its_category_loc_note;
extern const struct its_category its_category_preserve_space;
extern const struct its_category its_category_gettext_preserve_space;
extern const struct its_category its_category_gettext_context;
extern const struct its_category its_category_gettext_escape;
extern const struct its_category its_category_folio_format;
extern const struct its_category its_category_terminology;
extern const struct its_category its_category_directionality;
extern const struct its_category its_category_language;
extern const struct its_category its_category_domain;
extern const struct its_category its_category_text_analysis;
extern const struct its_category its_category_locale_filter;
extern const struct its_category its_category_provenance;
extern const struct its_category its_category_external_resource;
extern const struct its_category its_category_target_pointer;
extern const struct its_category its_category_id_value;
extern const struct its_category its_category_lq_issue;
extern const struct its_category its_category_lq_rating;
extern const struct its_category its_category_mt_confidence;
extern const struct its_category its_category_allowed_characters;
extern const struct its_category its_category_storage_size;
extern const struct its_category its_category_annotators;

/* Helpers for parse_rule. */
/* Sets rule->values[slot] from attribute attr, which must hold one of the
 * NULL-terminated allowed values; required attributes report when absent.
 * Returns 0 when set, 1 when absent and optional, -1 on error. */
int its_rule_take_value(struct its_rule *rule, xmlNode *element, const char *attr,
			enum its_slot slot, const char *const *allowed, int required);
/* Compiles attribute attr as a relative XPath into rule->pointers[slot].
 * Returns 0 when set, 1 when absent, -1 on error. */
int its_rule_take_pointer(struct its_rule *rule, xmlNode *element, const char *attr,
			  enum its_slot slot);
/* The same for a pointer the rule must have; reports its absence.
 * Returns 0 or -1. */
int its_rule_take_required_pointer(struct its_rule *rule, xmlNode *element, const char *attr,
				   enum its_slot slot);
/* Exactly one of a value attribute and its pointer form; reports a rule
 * with both, or with neither when required.  Returns 0, 1 (neither) or -1. */
int its_rule_take_either(struct its_rule *rule, xmlNode *element, const char *attr,
			 const char *pointer_attr, enum its_slot slot, int required);
/* The value of an attribute in the ITS namespace (or no namespace when ns
 * is NULL), as a borrowed pointer into the document, or NULL. */
const char *its_attribute(const xmlNode *element, const char *ns, const char *name);
/* A local ITS attribute by its XML name ("locNote"): its:locNote in XML,
 * its-loc-note in an HTML document.  Borrowed, or NULL. */
const char *its_local_attribute(const xmlNode *element, const char *name);
/* True for a document read with the HTML parser. */
int its_is_html(const xmlNode *node);
/* True for an element in the XHTML namespace: every element of an HTML
 * document, and XHTML read as XML, which may use HTML's local markup. */
int its_is_xhtml(const xmlNode *element);
/* value if it is one of allowed, matched ASCII-case-insensitively (HTML
 * asks for it), as the allowed string itself; NULL otherwise. */
const char *its_canonical(const char *value, const char *const *allowed);

/* HTML's own defaults (its-html.c): withinText of phrasing content, and
 * the attributes HTML5 calls translatable. */
const char *its_html_within_text(const xmlNode *element);
int its_html_translatable_attribute(const xmlNode *attribute);

/* The string value of a pointer's result (of its first node), in arena;
 * NULL for an empty node-set. */
const char *its_pointer_string(xmlXPathObject *result, struct arena *arena);

/* A node's own struct, created on first use. */
struct its_node *its_node_of(xmlNode *node, struct arena *arena);
/* A fresh, empty group for node, replacing what rules or inheritance gave
 * it; returns the values array (indexed from the group's first slot). */
const char **its_node_replace(struct its_node *node, enum its_group group,
			      const struct its_rule *rule, const xmlNode *owner,
			      struct arena *arena);
/* Fills a fresh local group from the local attributes names[i] (see
 * its_local_attribute) into slots first + i; a name NULL skips.  Returns
 * the values array, or NULL when none of the attributes is present. */
const char **its_local_take(xmlNode *element, struct its_node *node, struct arena *arena,
			    enum its_group group, const char *const *names);

/* The block that gives node its value for group, after inheritance; NULL
 * for the default.  Borrowed. */
const struct its_block *its_block_of(const xmlNode *node, enum its_group group);

#endif
