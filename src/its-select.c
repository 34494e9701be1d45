/* its-select.c: a selector is a union of paths, a path a list of steps,
 * each a name test after "/" or "//" with at most one predicate.  A node
 * is matched from its last step back to the first, as an XSLT pattern is:
 * after "/" the parent must match the step before, after "//" some
 * ancestor must. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "its-select.h"
#include "xalloc.h"

struct name_test {
	char *name;        /* NULL for "*" and "prefix:*" */
	char *ns;          /* namespace URI; NULL for no namespace */
	int any_ns;        /* "*" alone: any namespace */
};

enum predicate {
	PREDICATE_NONE,
	PREDICATE_ATTRIBUTE,    /* [@name] */
	PREDICATE_CHILD,        /* [name] */
	PREDICATE_VALUE,        /* [@name = 'literal'] */
};

struct step {
	int descendant;         /* after "//" rather than "/" */
	int attribute;          /* an attribute step, "@name" (the last one) */
	struct name_test test;
	enum predicate predicate;
	struct name_test operand;
	char *literal;
};

struct path {
	struct step *steps;
	size_t n_steps, alloc;
};

struct its_selector {
	struct path *paths;
	size_t n_paths, alloc;
	int attributes;         /* some path ends at an attribute */
};

/* ---- compiling ----------------------------------------------------------- */

struct parser {
	const char *p;
	char *const *namespaces;
	size_t n_namespaces;
};

static void skip_space(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r' || *ps->p == '\n')
		ps->p++;
}

static int is_name_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_name_char(char c)
{
	return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* An NCName of ASCII characters (others are left to XPath), or NULL. */
static char *parse_ncname(struct parser *ps)
{
	const char *start = ps->p;

	if (!is_name_start(*start))
		return NULL;
	while (is_name_char(*ps->p))
		ps->p++;
	return xstrndup(start, (size_t)(ps->p - start));
}

static const char *namespace_of(const struct parser *ps, const char *prefix)
{
	for (size_t i = 0; i < ps->n_namespaces; i++)
		if (ps->namespaces[2 * i][0] && strcmp(ps->namespaces[2 * i], prefix) == 0)
			return ps->namespaces[2 * i + 1];
	return NULL;
}

/* "*", "name", "prefix:name" or "prefix:*"; -1 when it is none of them. */
static int parse_name_test(struct parser *ps, struct name_test *test)
{
	if (*ps->p == '*') {
		ps->p++;
		test->any_ns = 1;
		return 0;
	}
	char *first = parse_ncname(ps);
	if (!first)
		return -1;
	if (ps->p[0] != ':' || ps->p[1] == ':') {
		test->name = first;
		return 0;
	}
	ps->p++;
	const char *ns = namespace_of(ps, first);
	free(first);
	if (!ns)
		return -1;
	test->ns = xstrdup(ns);
	if (*ps->p == '*') {
		ps->p++;
		return 0;
	}
	test->name = parse_ncname(ps);
	return test->name ? 0 : -1;
}

static int parse_literal(struct parser *ps, char **literal)
{
	char quote = *ps->p;

	if (quote != '\'' && quote != '"')
		return -1;
	const char *end = strchr(ps->p + 1, quote);
	if (!end)
		return -1;
	*literal = xstrndup(ps->p + 1, (size_t)(end - ps->p - 1));
	ps->p = end + 1;
	return 0;
}

/* "[@name]", "[name]" or "[@name = 'literal']", the "[" already read. */
static int parse_predicate(struct parser *ps, struct step *step)
{
	skip_space(ps);
	int attribute = *ps->p == '@';
	if (attribute) {
		ps->p++;
		skip_space(ps);
	}
	if (parse_name_test(ps, &step->operand) < 0)
		return -1;
	skip_space(ps);
	step->predicate = attribute ? PREDICATE_ATTRIBUTE : PREDICATE_CHILD;
	if (attribute && *ps->p == '=') {
		ps->p++;
		skip_space(ps);
		if (parse_literal(ps, &step->literal) < 0)
			return -1;
		step->predicate = PREDICATE_VALUE;
		skip_space(ps);
	}
	if (*ps->p != ']')
		return -1;
	ps->p++;
	return 0;
}

static int parse_step(struct parser *ps, struct step *step)
{
	skip_space(ps);
	if (*ps->p == '@') {
		ps->p++;
		step->attribute = 1;
		skip_space(ps);
	}
	if (parse_name_test(ps, &step->test) < 0)
		return -1;
	skip_space(ps);
	if (*ps->p == '[' && !step->attribute) {
		ps->p++;
		if (parse_predicate(ps, step) < 0)
			return -1;
		skip_space(ps);
	}
	/* "name(" is a function or a node type test, "name::" an axis. */
	return *ps->p == '(' || *ps->p == ':' || *ps->p == '[' ? -1 : 0;
}

static int parse_path(struct parser *ps, struct path *path)
{
	skip_space(ps);
	if (*ps->p != '/')
		return -1;
	while (*ps->p == '/') {
		int descendant = ps->p[1] == '/';
		ps->p += descendant ? 2 : 1;
		if (path->n_steps && path->steps[path->n_steps - 1].attribute)
			return -1;
		FOLIO_GROW(path->steps, path->n_steps + 1, path->alloc);
		struct step *step = &path->steps[path->n_steps++];
		memset(step, 0, sizeof(*step));
		step->descendant = descendant;
		if (parse_step(ps, step) < 0)
			return -1;
	}
	return 0;
}

struct its_selector *its_selector_compile(const char *text, char *const *namespaces,
					  size_t n_namespaces)
{
	struct parser ps = { text, namespaces, n_namespaces };
	struct its_selector *selector = xcalloc(1, sizeof(*selector));

	for (;;) {
		FOLIO_GROW(selector->paths, selector->n_paths + 1, selector->alloc);
		struct path *path = &selector->paths[selector->n_paths++];
		memset(path, 0, sizeof(*path));
		if (parse_path(&ps, path) < 0)
			break;
		selector->attributes |= path->steps[path->n_steps - 1].attribute;
		skip_space(&ps);
		if (*ps.p == '\0')
			return selector;
		if (*ps.p != '|')
			break;
		ps.p++;
	}
	its_selector_free(selector);
	return NULL;
}

static void name_test_release(struct name_test *test)
{
	free(test->name);
	free(test->ns);
}

void its_selector_free(struct its_selector *selector)
{
	if (!selector)
		return;
	for (size_t i = 0; i < selector->n_paths; i++) {
		struct path *path = &selector->paths[i];
		for (size_t j = 0; j < path->n_steps; j++) {
			name_test_release(&path->steps[j].test);
			name_test_release(&path->steps[j].operand);
			free(path->steps[j].literal);
		}
		free(path->steps);
	}
	free(selector->paths);
	free(selector);
}

/* ---- matching ------------------------------------------------------------ */

/* XPath 1.0 name tests as libxml2 applies them: an unprefixed name is in
 * no namespace (for an attribute, also one whose namespace has no
 * prefix). */
static int name_matches(const struct name_test *test, const xmlNode *node)
{
	/* The first letter first: most names differ there. */
	if (test->name && (node->name[0] != (xmlChar)test->name[0]
			   || strcmp((const char *)node->name, test->name) != 0))
		return 0;
	if (test->any_ns)
		return 1;
	if (!test->ns)
		return !node->ns || (node->type == XML_ATTRIBUTE_NODE && !node->ns->prefix);
	return node->ns && node->ns->href && strcmp((const char *)node->ns->href, test->ns) == 0;
}

/* An attribute's string value, as XPath compares it. */
static int attribute_equals(const xmlAttr *attr, const char *literal)
{
	const xmlNode *text = attr->children;

	if (!text)
		return !*literal;
	if (text->type == XML_TEXT_NODE && !text->next)
		return strcmp((const char *)text->content, literal) == 0;
	xmlChar *value = xmlNodeGetContent((const xmlNode *)attr);
	int same = strcmp(value ? (const char *)value : "", literal) == 0;
	xmlFree(value);
	return same;
}

static int predicate_holds(const struct step *step, const xmlNode *element)
{
	switch (step->predicate) {
	case PREDICATE_NONE:
		return 1;
	case PREDICATE_CHILD:
		for (const xmlNode *child = element->children; child; child = child->next)
			if (child->type == XML_ELEMENT_NODE && name_matches(&step->operand, child))
				return 1;
		return 0;
	case PREDICATE_ATTRIBUTE:
	case PREDICATE_VALUE:
		for (const xmlAttr *attr = element->properties; attr; attr = attr->next)
			if (name_matches(&step->operand, (const xmlNode *)attr)
			    && (step->predicate == PREDICATE_ATTRIBUTE
				|| attribute_equals(attr, step->literal)))
				return 1;
		return 0;
	}
	return 0;
}

static int step_matches(const struct step *step, const xmlNode *node)
{
	if (node->type != (step->attribute ? XML_ATTRIBUTE_NODE : XML_ELEMENT_NODE))
		return 0;
	return name_matches(&step->test, node) && predicate_holds(step, node);
}

static int is_document(const xmlNode *node)
{
	return node && (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE);
}

/* Does node match steps [0, k] of path?  "up" is an element's parent or
 * an attribute's element: A/B asks it to match A, A//B asks it or one of
 * its ancestors to (descendant-or-self::node() of A, then B). */
static int matches_up_to(const struct path *path, size_t k, const xmlNode *node)
{
	const struct step *step = &path->steps[k];

	if (!step_matches(step, node))
		return 0;
	const xmlNode *up = node->parent;
	if (k == 0)
		return step->descendant || is_document(up);
	if (!step->descendant)
		return up && up->type == XML_ELEMENT_NODE && matches_up_to(path, k - 1, up);
	for (; up && up->type == XML_ELEMENT_NODE; up = up->parent)
		if (matches_up_to(path, k - 1, up))
			return 1;
	return 0;
}

/* ---- selecting: many selectors in one walk ------------------------------- */

/* A path whose last step may match a node, and whose list it adds to. */
struct candidate {
	const struct path *path;
	size_t list;
};

enum { N_BUCKETS = 128 };

/* Candidates by the first letter of their last step's name (names are
 * ASCII), and those whose last step is "*", for elements and attributes. */
struct candidates {
	struct candidate *items;
	size_t n_items, alloc;
	size_t start[N_BUCKETS + 1];   /* bucket b is items[start[b], start[b + 1]) */
	struct candidate *any;
	size_t n_any, alloc_any;
};

struct node_list {
	xmlNode **nodes;
	size_t n_nodes, alloc;
};

struct its_selection {
	struct node_list *lists;
	size_t n_lists, alloc_lists;
	struct candidates elements, attributes;
	int indexed;
};

struct its_selection *its_selection_new(void)
{
	return xcalloc(1, sizeof(struct its_selection));
}

size_t its_selection_add(struct its_selection *selection, const struct its_selector *selector)
{
	size_t list = selection->n_lists;

	FOLIO_GROW(selection->lists, list + 1, selection->alloc_lists);
	memset(&selection->lists[list], 0, sizeof(selection->lists[list]));
	selection->n_lists++;
	for (size_t i = 0; i < selector->n_paths; i++) {
		const struct path *path = &selector->paths[i];
		const struct step *last = &path->steps[path->n_steps - 1];
		struct candidates *c = last->attribute ? &selection->attributes : &selection->elements;
		struct candidate candidate = { path, list };
		if (last->test.name) {
			FOLIO_GROW(c->items, c->n_items + 1, c->alloc);
			c->items[c->n_items++] = candidate;
		} else {
			FOLIO_GROW(c->any, c->n_any + 1, c->alloc_any);
			c->any[c->n_any++] = candidate;
		}
	}
	selection->indexed = 0;
	return list;
}

static unsigned bucket_of(const xmlChar *name)
{
	return name[0] & (N_BUCKETS - 1);
}

/* Sorts the named candidates by bucket, keeping their order within one
 * (a counting sort). */
static void index_candidates(struct candidates *c)
{
	struct candidate *sorted = xmalloc((c->n_items + 1) * sizeof(*sorted));
	size_t fill[N_BUCKETS + 1] = { 0 };

	for (size_t i = 0; i < c->n_items; i++) {
		const struct path *path = c->items[i].path;
		fill[bucket_of((const xmlChar *)path->steps[path->n_steps - 1].test.name) + 1]++;
	}
	for (unsigned b = 0; b < N_BUCKETS; b++)
		fill[b + 1] += fill[b];
	memcpy(c->start, fill, sizeof(c->start));
	for (size_t i = 0; i < c->n_items; i++) {
		const struct path *path = c->items[i].path;
		sorted[fill[bucket_of((const xmlChar *)path->steps[path->n_steps - 1].test.name)]++]
			= c->items[i];
	}
	free(c->items);
	c->items = sorted;
	c->alloc = c->n_items + 1;
}

static void add(struct node_list *list, xmlNode *node)
{
	/* A node that two paths of a union match comes once. */
	if (list->n_nodes && list->nodes[list->n_nodes - 1] == node)
		return;
	FOLIO_GROW(list->nodes, list->n_nodes + 1, list->alloc);
	list->nodes[list->n_nodes++] = node;
}

static void try_candidates(struct its_selection *selection, const struct candidate *from,
			   const struct candidate *to, xmlNode *node)
{
	for (const struct candidate *c = from; c < to; c++)
		if (matches_up_to(c->path, c->path->n_steps - 1, node))
			add(&selection->lists[c->list], node);
}

static void try_node(struct its_selection *selection, struct candidates *c, xmlNode *node)
{
	unsigned b = bucket_of(node->name);

	try_candidates(selection, c->items + c->start[b], c->items + c->start[b + 1], node);
	try_candidates(selection, c->any, c->any + c->n_any, node);
}

/* Document order: an element, its attributes, then its content. */
static void select_in(struct its_selection *selection, xmlNode *node)
{
	int attributes = selection->attributes.n_items || selection->attributes.n_any;

	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		try_node(selection, &selection->elements, node);
		if (attributes)
			for (xmlAttr *attr = node->properties; attr; attr = attr->next)
				try_node(selection, &selection->attributes, (xmlNode *)attr);
		select_in(selection, node->children);
	}
}

void its_selection_run(struct its_selection *selection, xmlDoc *doc)
{
	if (!selection->indexed) {
		index_candidates(&selection->elements);
		index_candidates(&selection->attributes);
		selection->indexed = 1;
	}
	for (size_t i = 0; i < selection->n_lists; i++)
		selection->lists[i].n_nodes = 0;
	select_in(selection, doc->children);
}

xmlNode *const *its_selection_nodes(const struct its_selection *selection, size_t list,
				    size_t *n_nodes)
{
	*n_nodes = selection->lists[list].n_nodes;
	return selection->lists[list].nodes;
}

void its_selection_free(struct its_selection *selection)
{
	if (!selection)
		return;
	for (size_t i = 0; i < selection->n_lists; i++)
		free(selection->lists[i].nodes);
	free(selection->lists);
	free(selection->elements.items);
	free(selection->elements.any);
	free(selection->attributes.items);
	free(selection->attributes.any);
	free(selection);
}
