/* its-local.c: local markup: which category an attribute belongs to
 * (its:locNote, xml:space, its-loc-note and translate in HTML, the bare
 * attributes of its:span), and the helpers category modules read it with. */
#include <config.h>

#include <string.h>
#include <strings.h>

#include "arena.h"
#include "its-category.h"
#include "its-engine.h"
#include "its.h"
#include "strbuf.h"

int its_is_html(const xmlNode *node)
{
	return node->doc && node->doc->type == XML_HTML_DOCUMENT_NODE;
}

int its_is_xhtml(const xmlNode *element)
{
	return element->ns && element->ns->href
		&& strcmp((const char *)element->ns->href, FOLIO_XHTML_NS) == 0;
}

const char *its_canonical(const char *value, const char *const *allowed)
{
	for (const char *const *p = allowed; value && *p; p++)
		if (strcasecmp(*p, value) == 0)
			return *p;
	return NULL;
}

/* "locNote" as HTML writes it: "its-loc-note". */
static void html_name(const char *name, struct strbuf *out)
{
	strbuf_addstr(out, "its-");
	for (const char *p = name; *p; p++) {
		if (*p >= 'A' && *p <= 'Z') {
			strbuf_addch(out, '-');
			strbuf_addch(out, (char)(*p - 'A' + 'a'));
		} else {
			strbuf_addch(out, *p);
		}
	}
}

/* its:span, the one ITS element that carries local attributes, which it
 * takes without a prefix. */
static int is_its_span(const xmlNode *element)
{
	return element->ns && element->ns->href
		&& strcmp((const char *)element->ns->href, FOLIO_ITS_NS) == 0
		&& strcmp((const char *)element->name, "span") == 0;
}

const char *its_local_attribute(const xmlNode *element, const char *name)
{
	if (is_its_span(element)) {
		const char *plain = its_attribute(element, NULL, name);
		return plain ? plain : its_attribute(element, FOLIO_ITS_NS, name);
	}
	if (!its_is_html(element)) {
		/* XHTML read as XML may use either form (the recommendation's
		 * section 7). */
		const char *value = its_attribute(element, FOLIO_ITS_NS, name);
		if (value || !its_is_xhtml(element))
			return value;
	}
	struct strbuf html = STRBUF_INIT;
	html_name(name, &html);
	const char *value = its_attribute(element, NULL, html.buf);
	strbuf_release(&html);
	return value;
}

struct its_node *its_node_of(xmlNode *node, struct arena *arena)
{
	if (!node->_private)
		node->_private = arena_alloc(arena, sizeof(struct its_node));
	return node->_private;
}

const char **its_node_replace(struct its_node *node, enum its_group group,
			      const struct its_rule *rule, const xmlNode *owner,
			      struct arena *arena)
{
	size_t n = (size_t)its_group_info[group].n_slots;
	struct its_block *block = arena_alloc(arena, sizeof(*block) + n * sizeof(char *));

	block->rule = rule;
	block->owner = owner;
	node->groups[group] = block;
	return block->values;
}

const char **its_local_take(xmlNode *element, struct its_node *node, struct arena *arena,
			    enum its_group group, const char *const *names)
{
	const char **values = NULL;
	int n = its_group_info[group].n_slots;

	for (int i = 0; i < n; i++) {
		const char *value = names[i] ? its_local_attribute(element, names[i]) : NULL;
		if (!value)
			continue;
		if (!values)
			values = its_node_replace(node, group, NULL, element, arena);
		values[i] = value;
	}
	return values;
}

/* The category whose local markup attr is, if any. */
static const struct its_category *local_category(const xmlNode *element, const xmlAttr *attr)
{
	const char *name = (const char *)attr->name;
	char camel[64];

	if (attr->ns) {
		const char *href = (const char *)attr->ns->href;
		if (strcmp(href, (const char *)XML_XML_NAMESPACE) == 0)
			return strcmp(name, "space") == 0 ? &its_category_preserve_space
				: strcmp(name, "lang") == 0 ? &its_category_language : NULL;
		if (strcmp(href, FOLIO_ITS_NS) != 0)
			return NULL;
	} else if (its_is_xhtml(element)) {
		if (strcmp(name, "translate") == 0)
			return &its_category_translate;
		if (strcmp(name, "dir") == 0)
			return &its_category_directionality;
		if (strcmp(name, "lang") == 0 || strcmp(name, "xml:lang") == 0)
			return &its_category_language;
		if (strncmp(name, "its-", 4) != 0)
			return NULL;
		/* its-loc-note back to locNote */
		size_t n = 0;
		for (const char *p = name + 4; *p && n + 1 < sizeof(camel); p++) {
			if (*p == '-' && p[1]) {
				p++;
				camel[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
			} else {
				camel[n++] = *p;
			}
		}
		camel[n] = '\0';
		name = camel;
	} else if (!is_its_span(element)) {
		return NULL;
	}
	for (int i = 0; i < its_n_categories; i++)
		for (const char *const *p = its_categories[i]->local_names; p && *p; p++)
			if (strcmp(*p, name) == 0)
				return its_categories[i];
	return NULL;
}

/* Local markup on element, each category's once, in the table's order. */
void its_apply_local(xmlNode *element, struct its_node *node, struct arena *arena,
		     unsigned long *used)
{
	unsigned long found = 0;

	for (xmlAttr *attr = element->properties; attr; attr = attr->next) {
		const struct its_category *category = local_category(element, attr);
		for (int i = 0; category && i < its_n_categories; i++)
			if (its_categories[i] == category)
				found |= 1UL << i;
	}
	for (int i = 0; found && i < its_n_categories; i++) {
		if (!(found & (1UL << i)) || !its_categories[i]->apply_local)
			continue;
		its_categories[i]->apply_local(element, node, arena);
		*used |= 1UL << its_categories[i]->group;
	}
}
