/* its-category.h: the interface between the ITS engine (its.c) and the data
 * category modules (its-cat-*.c).  A module says which rule element it
 * reads and which local markup it honours; the engine does the selecting,
 * the precedence and the inheritance. */
#ifndef FOLIO_ITS_CATEGORY_H
#define FOLIO_ITS_CATEGORY_H

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "arena.h"
#include "its.h"

/* One global rule: a selector and, per slot, either a fixed value or a
 * pointer (an XPath relative to the selected node). */
struct its_rule {
	const struct its_category *category;
	char *file;
	long line;
	xmlChar *selector_text;
	xmlXPathCompExpr *selector;
	char *values[ITS_N_SLOTS];
	xmlXPathCompExpr *pointers[ITS_N_SLOTS];
	char **namespaces;          /* prefix, href, prefix, href, ... */
	size_t n_namespaces;        /* number of pairs */
	const struct its_param_group *params;
};

/* What a node carries; lives in node->_private during annotation. */
struct its_node {
	const char *values[ITS_N_SLOTS];
};

struct its_category {
	const char *name;           /* data category name, for messages */
	const char *ns;             /* namespace of its rule element */
	const char *rule_element;   /* local name of its rule element */
	/* Reads the rule element's attributes into rule; reports and returns
	 * -1 when they are invalid. */
	int (*parse_rule)(struct its_rule *rule, xmlNode *element);
	/* Applies local markup found on element, or NULL if the category has
	 * none. */
	void (*apply_local)(xmlNode *element, struct its_node *node, struct arena *arena);
};

extern const struct its_category its_category_translate;
extern const struct its_category its_category_within_text;
extern const struct its_category its_category_loc_note;
extern const struct its_category its_category_preserve_space;
extern const struct its_category its_category_gettext_preserve_space;
extern const struct its_category its_category_gettext_context;
extern const struct its_category its_category_gettext_escape;
extern const struct its_category its_category_folio_format;

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
/* The value of an attribute in the ITS namespace (or no namespace when ns
 * is NULL), as a borrowed pointer into the document, or NULL. */
const char *its_attribute(const xmlNode *element, const char *ns, const char *name);

/* A node's own struct, created on first use. */
struct its_node *its_node_of(xmlNode *node, struct arena *arena);

#endif
