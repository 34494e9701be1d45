/* explain.h: the ITS values of every node of an annotated document, and
 * why.  Two forms: for people (each value with the rule that set it, or
 * local markup, or inheritance from which ancestor, or the default), and
 * the W3C ITS 2.0 test suite's: one line per element and attribute in
 * document order, its path (/root/child[1]/@attr), then a tab and
 * name="value" for each value, sorted by name. */
#ifndef FOLIO_EXPLAIN_H
#define FOLIO_EXPLAIN_H

#include <libxml/tree.h>

#include "strbuf.h"

enum explain_format { EXPLAIN_TEXT, EXPLAIN_W3C };

/* A set of data categories, one bit per its_group; 0 is all of them. */
typedef unsigned long explain_categories;

/* The bit of the category named name (its identifier in the
 * recommendation: "localization-note"), or 0 for no such category. */
explain_categories explain_category_named(const char *name);

/* Appends the explanation of doc, which its_annotate() has annotated, to
 * out. */
void explain_write(struct strbuf *out, xmlDoc *doc, explain_categories categories,
		   enum explain_format format);

#endif
