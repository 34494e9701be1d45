/* its-select.h: ITS selectors of the common forms matched without XPath.
 *
 * Rule files select mostly with absolute location paths of name tests:
 * "/a:article/a:meta", "//a:section/a:h", "//a:a/@title", unions of them,
 * and a predicate that asks for an attribute, a child element or an
 * attribute's value ("//e:*[@note]", "//a:item[a:strong]",
 * "//e:message[@format = 'icu']").  Evaluated by libxml2's XPath, each
 * "//" walks the whole document and each union sorts its node-sets again;
 * matched here, one walk finds what every such selector selects, in
 * document order, with XPath 1.0's meaning (names compared by namespace
 * URI and local name, "*" any element or attribute).  Anything else (other
 * axes, functions, variables, positions, relative paths) is left to XPath:
 * its_selector_compile says no, and the rule keeps its compiled XPath. */
#ifndef FOLIO_ITS_SELECT_H
#define FOLIO_ITS_SELECT_H

#include <stddef.h>

#include <libxml/tree.h>

struct its_selector;

/* Compiles text, resolving prefixes with namespaces (prefix, href pairs;
 * an empty prefix, the default namespace, does not apply to XPath names).
 * Returns NULL when text is not of the forms above or names a prefix not
 * declared; free with its_selector_free. */
struct its_selector *its_selector_compile(const char *text, char *const *namespaces,
					  size_t n_namespaces);
void its_selector_free(struct its_selector *selector);

/* Several selectors evaluated in one walk of a document: add each (in the
 * order rules apply, say), run, then read each one's nodes. */
struct its_selection;

struct its_selection *its_selection_new(void);
/* Adds selector (borrowed: it must outlive the selection); returns the
 * number its nodes are read by. */
size_t its_selection_add(struct its_selection *selection, const struct its_selector *selector);
/* Finds the nodes of doc that each selector selects, forgetting the last
 * document's. */
void its_selection_run(struct its_selection *selection, xmlDoc *doc);
/* The nodes selector number list selected, in document order; valid until
 * the next run. */
xmlNode *const *its_selection_nodes(const struct its_selection *selection, size_t list,
				    size_t *n_nodes);
void its_selection_free(struct its_selection *selection);

#endif
