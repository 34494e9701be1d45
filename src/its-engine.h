/* its-engine.h: what the parts of the ITS engine share and nobody else
 * needs: its.c loads rules, its-local.c reads local markup, its-annotate.c
 * applies both to a document, its-values.c answers lookups. */
#ifndef FOLIO_ITS_ENGINE_H
#define FOLIO_ITS_ENGINE_H

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "arena.h"
#include "its-category.h"

struct its_param {
	char *name;
	char *value;
};

struct its_param_group {
	struct its_param *params;
	size_t n_params, alloc;
};

struct its_rules {
	struct its_rule *rules;
	size_t n_rules, alloc_rules;
	struct its_param_group **groups;
	size_t n_groups, alloc_groups;
};

struct its_annotation {
	xmlDoc *doc;
	struct arena arena;
	unsigned long used;         /* the groups something set (doc->_private points here) */
	/* The document's own rules: nodes point into their values, so they
	 * live as long as the annotation. */
	struct its_rules *internal;
};

/* Every category module, in the order local markup is applied. */
extern const struct its_category *const its_categories[];
extern const int its_n_categories;

/* Appends the rules a document holds (its:rules, HTML's script and link)
 * to rules; file names the document in messages.  Reports, returns -1. */
int its_load_doc(struct its_rules *rules, xmlDoc *doc, const char *file, int depth);

/* libxml2's messages for XPath, caught into a struct strbuf (data). */
void its_on_xpath_error(void *data, xmlErrorPtr err);
__attribute__((format(printf, 2, 3)))
void its_on_generic_error(void *data, const char *fmt, ...);

/* Is node the element ns:name (no namespace for ns NULL)? */
int its_is_element(const xmlNode *node, const char *ns, const char *name);

/* Applies the local markup on element (every category's once) and adds
 * the groups it set to *used. */
void its_apply_local(xmlNode *element, struct its_node *node, struct arena *arena,
		     unsigned long *used);

#endif
