/* its-html.c: what HTML itself says in ITS terms.  Phrasing content is
 * within text (iframe, noscript, script and textarea nested), and the
 * attributes HTML5 defines as translatable follow their element's
 * translate value; every other attribute is not translatable. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "its-category.h"

static int compare(const void *key, const void *entry)
{
	return strcmp(key, *(const char *const *)entry);
}

static int listed(const char *name, const char *const *list, size_t n)
{
	return bsearch(name, list, n, sizeof(*list), compare) != NULL;
}

/* Sorted, for bsearch. */
static const char *const phrasing[] = {
	"a", "abbr", "area", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite",
	"code", "data", "datalist", "del", "dfn", "em", "embed", "i", "img", "input", "ins",
	"kbd", "label", "map", "mark", "math", "meter", "object", "output", "picture",
	"progress", "q", "ruby", "s", "samp", "select", "slot", "small", "span", "strong",
	"sub", "sup", "svg", "template", "time", "u", "var", "video", "wbr",
};
static const char *const nested[] = { "iframe", "noscript", "script", "textarea" };

static int in_head(const xmlNode *element)
{
	for (const xmlNode *p = element->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
		if (strcmp((const char *)p->name, "head") == 0)
			return 1;
	return 0;
}

const char *its_html_within_text(const xmlNode *element)
{
	const char *name = (const char *)element->name;

	/* The head holds metadata, not text: nothing in it is inline. */
	if (in_head(element))
		return "no";
	if (listed(name, phrasing, sizeof(phrasing) / sizeof(phrasing[0])))
		return "yes";
	if (listed(name, nested, sizeof(nested) / sizeof(nested[0])))
		return "nested";
	return "no";
}

int its_html_translatable_attribute(const xmlNode *attribute)
{
	const char *name = (const char *)attribute->name;
	const char *element = (const char *)attribute->parent->name;

	if (strcmp(name, "title") == 0 || strcmp(name, "lang") == 0 || strcmp(name, "style") == 0)
		return 1;
	if (strcmp(name, "alt") == 0)
		return strcmp(element, "img") == 0 || strcmp(element, "area") == 0
			|| strcmp(element, "input") == 0;
	if (strcmp(name, "placeholder") == 0)
		return strcmp(element, "input") == 0 || strcmp(element, "textarea") == 0;
	if (strcmp(name, "label") == 0)
		return strcmp(element, "optgroup") == 0 || strcmp(element, "option") == 0
			|| strcmp(element, "track") == 0;
	if (strcmp(name, "abbr") == 0)
		return strcmp(element, "th") == 0;
	if (strcmp(name, "download") == 0)
		return strcmp(element, "a") == 0 || strcmp(element, "area") == 0;
	if (strcmp(name, "srcdoc") == 0)
		return strcmp(element, "iframe") == 0;
	if (strcmp(name, "content") == 0 && strcmp(element, "meta") == 0) {
		const char *meta = its_attribute(attribute->parent, NULL, "name");
		return meta && (strcasecmp(meta, "description") == 0
				|| strcasecmp(meta, "keywords") == 0);
	}
	if (strcmp(name, "value") == 0 && strcmp(element, "input") == 0) {
		const char *type = its_attribute(attribute->parent, NULL, "type");
		return type && (strcasecmp(type, "button") == 0 || strcasecmp(type, "reset") == 0);
	}
	return 0;
}
