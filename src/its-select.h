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

/* Does selector select node (an element or an attribute of one)? */
int its_selector_matches(const struct its_selector *selector, const xmlNode *node);

/* Appends to *nodes (grown with FOLIO_GROW, *n_nodes and *alloc updated)
 * the nodes of doc that selector selects, in document order. */
void its_selector_select(const struct its_selector *selector, xmlDoc *doc, xmlNode ***nodes,
			 size_t *n_nodes, size_t *alloc);

#endif
