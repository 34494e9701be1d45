/* its.c: the ITS 2.0 engine: loading rules, applying them to a document.
 *
 * Rules are compiled once, when their file is loaded (selectors and
 * pointers as xmlXPathCompExpr).  Passes, for one document (its_annotate):
 *   1. every global rule, external ones first, then the document's own
 *      rules in document order (its:rules, and in HTML <script
 *      type="application/its+xml"> and <link rel="its-rules">): the
 *      selector is evaluated once and each selected node gets the rule's
 *      values for its category (fixed, or from its pointers);
 *   2. local markup on each element (its:translate, xml:space, its-* in
 *      HTML, ...), which replaces what a rule gave the same element;
 *   3. inheritance, top-down, in the same walk as 2: an element without
 *      a category's values shares its parent's, for the categories that
 *      inherit and that some rule or markup of the document uses.
 * State lives on the nodes themselves: node->_private points at a struct
 * its_node in the annotation's arena, one pointer per category to a block
 * of that category's values (shared by every node that inherits it), and
 * doc->_private at the annotation, which knows the categories in use.  A
 * lookup is two pointer reads; attributes that inherit look at their
 * element; defaults come from its-slots.c.
 *
 * This file loads rules; its-local.c reads local markup, its-annotate.c
 * runs the passes, its-values.c answers lookups. */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "arena.h"
#include "diag.h"
#include "i18n.h"
#include "its-category.h"
#include "its-engine.h"
#include "its-select.h"
#include "its.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xml-doc.h"

#define FOLIO_XLINK_NS "http://www.w3.org/1999/xlink"
const struct its_category *const its_categories[] = {
	&its_category_translate,
	&its_category_within_text,
	&its_category_loc_note,
	&its_category_preserve_space,
	&its_category_gettext_preserve_space,
	&its_category_gettext_context,
	&its_category_gettext_escape,
	&its_category_folio_format,
	&its_category_terminology,
	&its_category_directionality,
	&its_category_language,
	&its_category_domain,
	&its_category_text_analysis,
	&its_category_locale_filter,
	&its_category_provenance,
	&its_category_external_resource,
	&its_category_target_pointer,
	&its_category_id_value,
	&its_category_lq_issue,
	&its_category_lq_rating,
	&its_category_mt_confidence,
	&its_category_allowed_characters,
	&its_category_storage_size,
	&its_category_annotators,
};
const int its_n_categories = sizeof(its_categories) / sizeof(its_categories[0]);

enum { MAX_LINK_DEPTH = 8 };


/* ---- rule sets -------------------------------------------------------- */

struct its_rules *its_rules_new(void)
{
	return xcalloc(1, sizeof(struct its_rules));
}

static void rule_release(struct its_rule *rule)
{
	free(rule->file);
	xmlFree(rule->selector_text);
	xmlXPathFreeCompExpr(rule->selector);
	its_selector_free(rule->match);
	for (int slot = 0; slot < ITS_N_SLOTS; slot++) {
		free(rule->values[slot]);
		xmlXPathFreeCompExpr(rule->pointers[slot]);
	}
	for (size_t i = 0; i < 2 * rule->n_namespaces; i++)
		free(rule->namespaces[i]);
	free(rule->namespaces);
}

void its_rules_free(struct its_rules *rules)
{
	if (!rules)
		return;
	for (size_t i = 0; i < rules->n_rules; i++)
		rule_release(&rules->rules[i]);
	free(rules->rules);
	for (size_t i = 0; i < rules->n_groups; i++) {
		struct its_param_group *group = rules->groups[i];
		for (size_t j = 0; j < group->n_params; j++) {
			free(group->params[j].name);
			free(group->params[j].value);
		}
		free(group->params);
		free(group);
	}
	free(rules->groups);
	free(rules);
}

size_t its_rules_count(const struct its_rules *rules)
{
	return rules->n_rules;
}

static int has_ns(const xmlNode *node, const char *ns)
{
	if (!ns)
		return !node->ns;
	return node->ns && node->ns->href && strcmp((const char *)node->ns->href, ns) == 0;
}

int its_is_element(const xmlNode *node, const char *ns, const char *name)
{
	/* The name first: it tells most elements apart at its first letter. */
	return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0
		&& has_ns(node, ns);
}

const char *its_attribute(const xmlNode *element, const char *ns, const char *name)
{
	for (xmlAttr *attr = element->properties; attr; attr = attr->next) {
		if (strcmp((const char *)attr->name, name) != 0 || !has_ns((xmlNode *)attr, ns))
			continue;
		if (attr->children && attr->children->type == XML_TEXT_NODE && !attr->children->next)
			return (const char *)attr->children->content;
		return "";
	}
	return NULL;
}

/* Reports an XPath that does not compile, with libxml2's own reason. */
void its_on_xpath_error(void *data, xmlErrorPtr err)
{
	struct strbuf *reason = data;

	if (reason->len == 0 && err->message) {
		strbuf_addstr(reason, err->message);
		while (reason->len && reason->buf[reason->len - 1] == '\n')
			strbuf_setlen(reason, reason->len - 1);
	}
}

/* libxml2's unstructured messages ("xmlXPathCompOpEval: function foo not
 * found"), kept without the name of libxml2's function. */
void its_on_generic_error(void *data, const char *fmt, ...)
{
	struct strbuf *reason = data;
	struct strbuf text = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&text, fmt, ap);
	va_end(ap);
	const char *start = text.buf;
	const char *colon = strstr(start, ": ");
	if (reason->len == 0 && strncmp(start, "xml", 3) == 0 && colon && !memchr(start, ' ',
										   (size_t)(colon - start)))
		start = colon + 2;
	if (reason->len == 0) {
		strbuf_addstr(reason, start);
		while (reason->len && reason->buf[reason->len - 1] == '\n')
			strbuf_setlen(reason, reason->len - 1);
	}
	strbuf_release(&text);
}

static xmlXPathCompExpr *compile_xpath(const struct its_rule *rule, const char *attr,
				       const char *expression)
{
	struct strbuf reason = STRBUF_INIT;

	xmlSetStructuredErrorFunc(&reason, its_on_xpath_error);
	xmlSetGenericErrorFunc(&reason, its_on_generic_error);
	xmlXPathCompExpr *comp = xmlXPathCompile((const xmlChar *)expression);
	xmlSetGenericErrorFunc(NULL, NULL);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (!comp)
		diag_error(rule->file, rule->line, 0, _("invalid XPath in '%s': '%s'%s%s"),
			   attr, expression, reason.len ? ": " : "", reason.buf);
	strbuf_release(&reason);
	return comp;
}

int its_rule_take_value(struct its_rule *rule, xmlNode *element, const char *attr,
			enum its_slot slot, const char *const *allowed, int required)
{
	const char *value = its_attribute(element, NULL, attr);

	if (!value) {
		if (!required)
			return 1;
		return diag_error(rule->file, rule->line, 0, _("'%s' needs a '%s' attribute"),
				  (const char *)element->name, attr);
	}
	if (allowed) {
		const char *const *p = allowed;
		while (*p && strcmp(*p, value) != 0)
			p++;
		if (!*p)
			return diag_error(rule->file, rule->line, 0,
					  _("invalid value '%s' for '%s'"), value, attr);
	}
	free(rule->values[slot]);
	rule->values[slot] = xstrdup(value);
	return 0;
}

int its_rule_take_pointer(struct its_rule *rule, xmlNode *element, const char *attr,
			  enum its_slot slot)
{
	const char *expression = its_attribute(element, NULL, attr);

	if (!expression)
		return 1;
	xmlXPathFreeCompExpr(rule->pointers[slot]);
	rule->pointers[slot] = compile_xpath(rule, attr, expression);
	return rule->pointers[slot] ? 0 : -1;
}

int its_rule_take_required_pointer(struct its_rule *rule, xmlNode *element, const char *attr,
				   enum its_slot slot)
{
	int rc = its_rule_take_pointer(rule, element, attr, slot);

	if (rc == 1)
		return diag_error(rule->file, rule->line, 0, _("'%s' needs a '%s' attribute"),
				  (const char *)element->name, attr);
	return rc;
}

int its_rule_take_either(struct its_rule *rule, xmlNode *element, const char *attr,
			 const char *pointer_attr, enum its_slot slot, int required)
{
	int has_value = its_attribute(element, NULL, attr) != NULL;
	int has_pointer = its_attribute(element, NULL, pointer_attr) != NULL;

	if (has_value && has_pointer)
		return diag_error(rule->file, rule->line, 0, _("'%s' has both '%s' and '%s'"),
				  (const char *)element->name, attr, pointer_attr);
	if (has_value)
		return its_rule_take_value(rule, element, attr, slot, NULL, 0);
	if (has_pointer)
		return its_rule_take_pointer(rule, element, pointer_attr, slot);
	if (required)
		return diag_error(rule->file, rule->line, 0, _("'%s' needs a '%s' or '%s' attribute"),
				  (const char *)element->name, attr, pointer_attr);
	return 1;
}

static const struct its_category *category_for(const xmlNode *element)
{
	for (int i = 0; i < its_n_categories; i++)
		if (its_categories[i]->rule_element
		    && its_is_element(element, its_categories[i]->ns, its_categories[i]->rule_element))
			return its_categories[i];
	return NULL;
}

/* The namespaces in scope at the rule element resolve its XPath prefixes. */
static void take_namespaces(struct its_rule *rule, xmlNode *element)
{
	xmlNs **list = xmlGetNsList(element->doc, element);

	if (!list)
		return;
	size_t n = 0;
	while (list[n])
		n++;
	rule->namespaces = xmalloc(2 * n * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const char *prefix = list[i]->prefix ? (const char *)list[i]->prefix : "";
		rule->namespaces[2 * i] = xstrdup(prefix);
		rule->namespaces[2 * i + 1] = xstrdup((const char *)list[i]->href);
	}
	rule->n_namespaces = n;
	xmlFree(list);
}

static int add_rule(struct its_rules *rules, xmlNode *element, const char *file,
		    const struct its_category *category, const struct its_param_group *params)
{
	struct its_rule rule = { 0 };

	rule.category = category;
	rule.file = xstrdup(file);
	rule.line = xmlGetLineNo(element);
	rule.params = params;
	const char *selector = its_attribute(element, NULL, "selector");
	int rc = -1;
	if (!selector) {
		diag_error(file, rule.line, 0, _("'%s' needs a 'selector' attribute"),
			   (const char *)element->name);
		goto out;
	}
	rule.selector_text = xmlStrdup((const xmlChar *)selector);
	rule.selector = compile_xpath(&rule, "selector", selector);
	if (!rule.selector || category->parse_rule(&rule, element) < 0)
		goto out;
	take_namespaces(&rule, element);
	rule.match = its_selector_compile(selector, rule.namespaces, rule.n_namespaces);
	FOLIO_GROW(rules->rules, rules->n_rules + 1, rules->alloc_rules);
	rules->rules[rules->n_rules++] = rule;
	return 0;
out:
	rule_release(&rule);
	return rc;
}

static struct its_param_group *new_group(struct its_rules *rules)
{
	struct its_param_group *group = xcalloc(1, sizeof(*group));

	FOLIO_GROW(rules->groups, rules->n_groups + 1, rules->alloc_groups);
	rules->groups[rules->n_groups++] = group;
	return group;
}

static void add_param(struct its_param_group *group, xmlNode *element, const char *name)
{
	xmlChar *value = xmlNodeGetContent(element);

	FOLIO_GROW(group->params, group->n_params + 1, group->alloc);
	group->params[group->n_params].name = xstrdup(name);
	group->params[group->n_params].value = xstrdup(value ? (const char *)value : "");
	group->n_params++;
	xmlFree(value);
}

/* ---- where linked rules may come from ---------------------------------- */

static char **allowed_dirs;
static size_t n_allowed_dirs, alloc_allowed_dirs;

void its_allow_rules_dir(const char *dir)
{
	char *real = realpath(dir, NULL);

	if (!real)
		return;
	FOLIO_GROW(allowed_dirs, n_allowed_dirs + 1, alloc_allowed_dirs);
	allowed_dirs[n_allowed_dirs++] = real;
}

void its_allow_cleanup(void)
{
	for (size_t i = 0; i < n_allowed_dirs; i++)
		free(allowed_dirs[i]);
	free(allowed_dirs);
	allowed_dirs = NULL;
	n_allowed_dirs = alloc_allowed_dirs = 0;
}

static int is_inside(const char *path, const char *dir)
{
	size_t len = strlen(dir);

	return strncmp(path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0'
						|| (len == 1 && dir[0] == '/'));
}

/* The folder of path, made real; NULL when it cannot be. */
static char *real_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	char *real = realpath(dir, NULL);

	free(dir);
	return real;
}

/* A linked rule file is read only from the linking file's own folder
 * tree, the project (the working folder), the folders gettext installs
 * rules in, and those added with its_allow_rules_dir: a document must not
 * make folio read /etc or a home folder. */
static int link_allowed(const char *target, const char *linking_file)
{
	static const char *const installed[] = {
		"/usr/share/gettext/its", "/usr/local/share/gettext/its", FOLIO_ITS_DIR,
	};
	char *real = realpath(target, NULL);
	if (!real)
		return 1;   /* the load reports it missing */
	char *home = real_folder(linking_file);
	char *project = realpath(".", NULL);
	int ok = (home && is_inside(real, home)) || (project && is_inside(real, project));
	for (size_t i = 0; !ok && i < sizeof(installed) / sizeof(installed[0]); i++) {
		char *dir = realpath(installed[i], NULL);
		ok = dir && is_inside(real, dir);
		free(dir);
	}
	const char *data_dirs = getenv("GETTEXTDATADIRS");
	char *copy = data_dirs ? xstrdup(data_dirs) : NULL;
	for (char *d = copy ? strtok(copy, ":") : NULL; !ok && d; d = strtok(NULL, ":")) {
		struct strbuf its_dir = STRBUF_INIT;
		strbuf_addf(&its_dir, "%s/its", d);
		char *dir = realpath(its_dir.buf, NULL);
		ok = dir && is_inside(real, dir);
		free(dir);
		strbuf_release(&its_dir);
	}
	for (size_t i = 0; !ok && i < n_allowed_dirs; i++)
		ok = is_inside(real, allowed_dirs[i]);
	free(copy);
	free(real);
	free(home);
	free(project);
	return ok;
}

/* The file an href names, resolved against its document (resolved, from
 * xmlBuildURI, may be NULL). */
static const char *link_path(const xmlChar *resolved, const char *href)
{
	const char *path = resolved ? (const char *)resolved : href;

	return strncmp(path, "file://", 7) == 0 ? path + 7 : path;
}

/* Linked rules (xlink:href) come before the rules of the element that links
 * them.  Only local files are followed, relative to the linking file. */
static int load_href(struct its_rules *rules, xmlNode *element, const char *href,
		     const char *file, int depth)
{
	long line = xmlGetLineNo(element);
	if (depth >= MAX_LINK_DEPTH)
		return diag_error(file, line, 0, _("linked rules nest too deeply"));
	if (strstr(href, "://") && strncmp(href, "file://", 7) != 0)
		return diag_error(file, line, 0, _("linked rules '%s' are not a local file"), href);
	xmlChar *resolved = xmlBuildURI((const xmlChar *)href, element->doc->URL);
	const char *path = link_path(resolved, href);
	if (!link_allowed(path, file)) {
		diag_error(file, line, 0, _("linked rules '%s' are outside the document's folder, "
					    "the project and the installed rule folders; not read "
					    "(see --rules-dir)"), href);
		xmlFree(resolved);
		return -1;
	}
	xmlDoc *linked = xml_doc_load(path);
	int rc = linked ? its_load_doc(rules, linked, path, depth + 1) : -1;
	xmlFreeDoc(linked);
	xmlFree(resolved);
	return rc;
}

static int load_link(struct its_rules *rules, xmlNode *element, const char *file, int depth)
{
	const char *href = its_attribute(element, FOLIO_XLINK_NS, "href");

	return href ? load_href(rules, element, href, file, depth) : 0;
}

/* Is token one of the space-separated words of list (ASCII case aside)? */
static int has_token(const char *list, const char *token)
{
	size_t len = strlen(token);

	for (const char *p = list; *p;) {
		p += strspn(p, " \t\r\n\f");
		size_t word = strcspn(p, " \t\r\n\f");
		if (word == len && strncasecmp(p, token, len) == 0)
			return 1;
		p += word;
	}
	return 0;
}

/* HTML's ways to give rules: <link rel="its-rules" href="..."> and
 * <script type="application/its+xml"> holding one its:rules element. */
static int load_html_rules(struct its_rules *rules, xmlNode *element, const char *file,
			   int depth)
{
	const char *name = (const char *)element->name;

	if (strcmp(name, "link") == 0) {
		const char *rel = its_attribute(element, NULL, "rel");
		const char *href = its_attribute(element, NULL, "href");
		if (!rel || !href || !has_token(rel, "its-rules"))
			return 0;
		return load_href(rules, element, href, file, depth);
	}
	const char *type = its_attribute(element, NULL, "type");
	if (strcmp(name, "script") != 0 || !type || strcasecmp(type, "application/its+xml") != 0)
		return 0;
	xmlChar *text = xmlNodeGetContent(element);
	int rc = -1;
	/* The script's own line first, so that messages name the page's line
	 * (not before an XML declaration, which must come first). */
	struct strbuf rules_text = STRBUF_INIT;
	const char *start = text ? (const char *)text + strspn((const char *)text, " \t\r\n") : "";
	for (long line = xmlGetLineNo(element); line > 1 && strncmp(start, "<?xml", 5) != 0; line--)
		strbuf_addch(&rules_text, '\n');
	strbuf_addstr(&rules_text, text ? (const char *)text : "");
	xmlDoc *inline_rules = text ? xml_doc_parse(rules_text.buf, rules_text.len, file) : NULL;
	strbuf_release(&rules_text);
	if (inline_rules)
		rc = its_load_doc(rules, inline_rules, file, depth);
	xmlFreeDoc(inline_rules);
	xmlFree(text);
	return rc;
}

/* One its:rules element: its params, then its rules in order. */
static int load_rules_element(struct its_rules *rules, xmlNode *element, const char *file,
			      int depth)
{
	const char *language = its_attribute(element, NULL, "queryLanguage");

	if (language && strcmp(language, "xpath") != 0)
		return diag_error(file, xmlGetLineNo(element), 0,
				  _("query language '%s' is not supported (only XPath is)"), language);
	if (load_link(rules, element, file, depth) < 0)
		return -1;

	struct its_param_group *params = new_group(rules);
	int rc = 0;
	for (xmlNode *child = element->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (its_is_element(child, FOLIO_ITS_NS, "param")) {
			const char *name = its_attribute(child, NULL, "name");
			if (!name)
				rc = diag_error(file, xmlGetLineNo(child), 0,
						_("'param' needs a 'name' attribute"));
			else
				add_param(params, child, name);
			continue;
		}
		const struct its_category *category = category_for(child);
		if (category) {
			if (add_rule(rules, child, file, category, params) < 0)
				rc = -1;
		} else if (has_ns(child, FOLIO_ITS_NS)) {
			diag_warning(file, xmlGetLineNo(child), 0,
				     _("rule '%s' is not supported; ignored"), (const char *)child->name);
		}
	}
	return rc;
}

static int load_tree(struct its_rules *rules, xmlNode *node, const char *file, int depth)
{
	int rc = 0;

	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (its_is_element(node, FOLIO_ITS_NS, "rules")) {
			if (load_rules_element(rules, node, file, depth) < 0)
				rc = -1;
		} else if (its_is_html(node) && (strcmp((const char *)node->name, "link") == 0
						 || strcmp((const char *)node->name, "script") == 0)) {
			if (load_html_rules(rules, node, file, depth) < 0)
				rc = -1;
		} else if (load_tree(rules, node->children, file, depth) < 0) {
			rc = -1;
		}
	}
	return rc;
}

/* Can doc hold no rules at all?  An XML document's parser puts every
 * element name in the document's dictionary: without "rules" there, no
 * its:rules element needs looking for (HTML has other ways). */
static int surely_without_rules(xmlDoc *doc)
{
	return doc->type == XML_DOCUMENT_NODE && doc->dict
		&& !xmlDictExists(doc->dict, (const xmlChar *)"rules", -1);
}

int its_load_doc(struct its_rules *rules, xmlDoc *doc, const char *file, int depth)
{
	if (surely_without_rules(doc))
		return 0;
	return load_tree(rules, xmlDocGetRootElement(doc), file, depth);
}

static int tree_has_rules(const xmlNode *node)
{
	for (; node; node = node->next)
		if (node->type == XML_ELEMENT_NODE
		    && (its_is_element(node, FOLIO_ITS_NS, "rules") || tree_has_rules(node->children)))
			return 1;
	return 0;
}

/* The files the its:rules elements under node link, and theirs, into
 * *files. */
static void add_links(const xmlNode *node, int depth, char ***files, size_t *n, size_t *alloc)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		const char *href = its_is_element(node, FOLIO_ITS_NS, "rules")
				   ? its_attribute((xmlNode *)node, FOLIO_XLINK_NS, "href") : NULL;
		if (href && (!strstr(href, "://") || strncmp(href, "file://", 7) == 0)) {
			xmlChar *resolved = xmlBuildURI((const xmlChar *)href, node->doc->URL);
			const char *path = link_path(resolved, href);
			FOLIO_GROW(*files, *n + 1, *alloc);
			(*files)[(*n)++] = xstrdup(path);
			xmlDoc *linked = depth + 1 < MAX_LINK_DEPTH ? xml_doc_load(path) : NULL;
			if (linked)
				add_links(xmlDocGetRootElement(linked), depth + 1, files, n, alloc);
			xmlFreeDoc(linked);
			xmlFree(resolved);
		}
		add_links(node->children, depth, files, n, alloc);
	}
}

void its_linked_files(const char *path, char ***files, size_t *n)
{
	size_t alloc = 0;

	*files = NULL;
	*n = 0;
	/* Loading the document reports what is wrong with it; so does the
	 * pass that uses it. */
	int was = diag_set_silent(1);
	xmlDoc *doc = xml_doc_load(path);
	if (doc)
		add_links(xmlDocGetRootElement(doc), 0, files, n, &alloc);
	xmlFreeDoc(doc);
	diag_set_silent(was);
}

int its_doc_has_rules(xmlDoc *doc)
{
	return !surely_without_rules(doc) && tree_has_rules(xmlDocGetRootElement(doc));
}

int its_rules_load_file(struct its_rules *rules, const char *path)
{
	xmlDoc *doc = xml_doc_load(path);

	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);
	int rc = its_load_doc(rules, doc, path, 0);
	if (rc == 0 && !its_is_element(root, FOLIO_ITS_NS, "rules"))
		rc = diag_error(path, xmlGetLineNo(root), 0, _("not an ITS rules file: the root "
								 "element is '%s', not 'its:rules'"),
				(const char *)root->name);
	xmlFreeDoc(doc);
	return rc;
}

int its_rules_load_memory(struct its_rules *rules, const char *data, size_t len,
			  const char *name)
{
	xmlDoc *doc = xml_doc_parse(data, len, name);

	if (!doc)
		return -1;
	int rc = its_load_doc(rules, doc, name, 0);
	xmlFreeDoc(doc);
	return rc;
}
