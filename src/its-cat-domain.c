/* its-cat-domain.c: the Domain data category.
 * Global only: its:domainRule domainPointer="XPath" and an optional
 * domainMapping ("source target, 'two words' target, ...").  The value is
 * every selected node's text split at commas, trimmed of spaces and quotes,
 * mapped, without duplicates, joined with ", " (the recommendation's
 * algorithm).  Inherited by child elements and attributes. */
#include <config.h>

#include <string.h>

#include <libxml/xpath.h>

#include "its-category.h"
#include "strbuf.h"

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	/* The mapping waits in the value slot; the pointer's result always
	 * replaces it on the nodes. */
	if (its_rule_take_required_pointer(rule, element, "domainPointer", ITS_DOMAIN) < 0)
		return -1;
	return its_rule_take_value(rule, element, "domainMapping", ITS_DOMAIN, NULL, 0) < 0 ? -1 : 0;
}

/* s[0..len) without surrounding spaces and one quote at each end. */
static void trim(const char **s, size_t *len)
{
	while (*len && strchr(" \t\r\n", **s))
		(*s)++, (*len)--;
	while (*len && strchr(" \t\r\n", (*s)[*len - 1]))
		(*len)--;
	if (*len && (**s == '\'' || **s == '"'))
		(*s)++, (*len)--;
	if (*len && ((*s)[*len - 1] == '\'' || (*s)[*len - 1] == '"'))
		(*len)--;
}

/* The next mapping token: quoted or up to a space or comma. */
static size_t next_token(const char **p, const char **token)
{
	while (**p == ' ' || **p == '\t' || **p == '\n')
		(*p)++;
	if (**p == '\'' || **p == '"') {
		char quote = *(*p)++;
		*token = *p;
		const char *end = strchr(*p, quote);
		size_t len = end ? (size_t)(end - *p) : strlen(*p);
		*p += len + (end != NULL);
		return len;
	}
	*token = *p;
	size_t len = strcspn(*p, " \t\n,");
	*p += len;
	return len;
}

/* The mapping's target for value, or value itself. */
static void map_value(const char *mapping, const char *value, size_t len, struct strbuf *out)
{
	for (const char *p = mapping; p && *p;) {
		const char *left, *right;
		size_t left_len = next_token(&p, &left);
		size_t right_len = next_token(&p, &right);
		if (left_len == len && strncmp(left, value, len) == 0) {
			strbuf_add(out, right, right_len);
			return;
		}
		while (*p && *p != ',')
			p++;
		if (*p == ',')
			p++;
	}
	strbuf_add(out, value, len);
}

static int listed(const struct strbuf *result, const char *value)
{
	size_t len = strlen(value);
	for (const char *p = result->buf; (p = strstr(p, value)); p += len)
		if ((p == result->buf || p[-1] == ' ') && (p[len] == ',' || p[len] == '\0'))
			return 1;
	return 0;
}

static void add_values(const char *mapping, const char *text, struct strbuf *result)
{
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, ",");
		const char *value = p;
		size_t value_len = len;
		p += len + (p[len] == ',');
		trim(&value, &value_len);
		if (!value_len)
			continue;
		struct strbuf mapped = STRBUF_INIT;
		map_value(mapping, value, value_len, &mapped);
		if (!listed(result, mapped.buf)) {
			if (result->len)
				strbuf_addstr(result, ", ");
			strbuf_addstr(result, mapped.buf);
		}
		strbuf_release(&mapped);
	}
}

static const char *resolve(const struct its_rule *rule, const xmlNode *target,
			   enum its_slot slot, xmlXPathObject *result, struct arena *arena)
{
	struct strbuf out = STRBUF_INIT;

	(void)target;
	(void)slot;
	if (result->type == XPATH_NODESET) {
		for (int i = 0; result->nodesetval && i < result->nodesetval->nodeNr; i++) {
			xmlChar *text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
			add_values(rule->values[ITS_DOMAIN], text ? (const char *)text : "", &out);
			xmlFree(text);
		}
	} else {
		xmlChar *text = xmlXPathCastToString(result);
		add_values(rule->values[ITS_DOMAIN], text ? (const char *)text : "", &out);
		xmlFree(text);
	}
	const char *value = out.len ? arena_strdup(arena, out.buf) : NULL;
	strbuf_release(&out);
	return value;
}

const struct its_category its_category_domain = {
	"domain", FOLIO_ITS_NS, "domainRule", ITS_G_DOMAIN, parse_rule, NULL, NULL, resolve,
};
