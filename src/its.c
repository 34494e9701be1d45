/* its.c: the ITS 2.0 engine: loading rules, applying them to a document.
 *
 * Passes, for one document (its_annotate):
 *   1. every global rule, external ones first, then the document's own
 *      its:rules in document order: the selector is evaluated once and each
 *      selected node gets the rule's values (fixed, or from its pointers);
 *   2. local markup on each element (its:translate, xml:space, ...), which
 *      overrides any rule on the same element;
 *   3. inheritance, top-down: an element's slot still empty takes the
 *      parent's value for the categories that inherit.
 * State lives on the nodes themselves (node->_private points at a struct
 * its_node in the annotation's arena), so a lookup is a pointer read and
 * memory is bounded by the document. */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "arena.h"
#include "diag.h"
#include "i18n.h"
#include "its-category.h"
#include "its.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xml-doc.h"

#define FOLIO_XLINK_NS "http://www.w3.org/1999/xlink"

static const struct its_category *const categories[] = {
	&its_category_translate,
	&its_category_within_text,
	&its_category_loc_note,
	&its_category_preserve_space,
	&its_category_gettext_preserve_space,
	&its_category_gettext_context,
	&its_category_gettext_escape,
	&its_category_folio_format,
};
enum { N_CATEGORIES = sizeof(categories) / sizeof(categories[0]) };

/* Per slot: does a child element inherit it, and what do elements and
 * attributes hold when nothing says otherwise. */
static const struct {
	int inherits;
	const char *element_default;
	const char *attribute_default;
} slot_info[ITS_N_SLOTS] = {
	[ITS_TRANSLATE] = { 1, "yes", "no" },
	[ITS_WITHIN_TEXT] = { 0, "no", "no" },
	[ITS_LOC_NOTE] = { 1, NULL, NULL },
	[ITS_LOC_NOTE_TYPE] = { 1, NULL, NULL },
	[ITS_LOC_NOTE_REF] = { 1, NULL, NULL },
	[ITS_PRESERVE_SPACE] = { 1, "default", "default" },
	[ITS_CONTEXT] = { 0, NULL, NULL },
	[ITS_ESCAPE] = { 1, "yes", "yes" },
	[ITS_FORMAT] = { 0, "text", "text" },
};

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
	/* The document's own rules: nodes point into their values, so they
	 * live as long as the annotation. */
	struct its_rules *internal;
};

enum { MAX_LINK_DEPTH = 8 };

static int load_doc(struct its_rules *rules, xmlDoc *doc, const char *file, int depth);

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

static int is_element(const xmlNode *node, const char *ns, const char *name)
{
	return node->type == XML_ELEMENT_NODE && has_ns(node, ns)
		&& strcmp((const char *)node->name, name) == 0;
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
static void on_xpath_error(void *data, xmlErrorPtr err)
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
__attribute__((format(printf, 2, 3)))
static void on_generic_error(void *data, const char *fmt, ...)
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

	xmlSetStructuredErrorFunc(&reason, on_xpath_error);
	xmlSetGenericErrorFunc(&reason, on_generic_error);
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

static const struct its_category *category_for(const xmlNode *element)
{
	for (int i = 0; i < N_CATEGORIES; i++)
		if (is_element(element, categories[i]->ns, categories[i]->rule_element))
			return categories[i];
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

/* Linked rules (xlink:href) come before the rules of the element that links
 * them.  Only local files are followed, relative to the linking file. */
static int load_link(struct its_rules *rules, xmlNode *element, const char *file, int depth)
{
	const char *href = its_attribute(element, FOLIO_XLINK_NS, "href");

	if (!href)
		return 0;
	long line = xmlGetLineNo(element);
	if (depth >= MAX_LINK_DEPTH)
		return diag_error(file, line, 0, _("linked rules nest too deeply"));
	if (strstr(href, "://") && strncmp(href, "file://", 7) != 0)
		return diag_error(file, line, 0, _("linked rules '%s' are not a local file"), href);
	xmlChar *resolved = xmlBuildURI((const xmlChar *)href, element->doc->URL);
	const char *path = resolved ? (const char *)resolved : href;
	if (strncmp(path, "file://", 7) == 0)
		path += 7;
	if (!link_allowed(path, file)) {
		diag_error(file, line, 0, _("linked rules '%s' are outside the document's folder, "
					    "the project and the installed rule folders; not read "
					    "(see --rules-dir)"), href);
		xmlFree(resolved);
		return -1;
	}
	xmlDoc *linked = xml_doc_load(path);
	int rc = linked ? load_doc(rules, linked, path, depth + 1) : -1;
	xmlFreeDoc(linked);
	xmlFree(resolved);
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
		if (is_element(child, FOLIO_ITS_NS, "param")) {
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
		if (is_element(node, FOLIO_ITS_NS, "rules")) {
			if (load_rules_element(rules, node, file, depth) < 0)
				rc = -1;
		} else if (load_tree(rules, node->children, file, depth) < 0) {
			rc = -1;
		}
	}
	return rc;
}

static int load_doc(struct its_rules *rules, xmlDoc *doc, const char *file, int depth)
{
	return load_tree(rules, xmlDocGetRootElement(doc), file, depth);
}

int its_rules_load_file(struct its_rules *rules, const char *path)
{
	xmlDoc *doc = xml_doc_load(path);

	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);
	int rc = load_doc(rules, doc, path, 0);
	if (rc == 0 && !is_element(root, FOLIO_ITS_NS, "rules"))
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
	int rc = load_doc(rules, doc, name, 0);
	xmlFreeDoc(doc);
	return rc;
}

/* ---- annotation ------------------------------------------------------- */

struct its_node *its_node_of(xmlNode *node, struct arena *arena)
{
	if (!node->_private)
		node->_private = arena_alloc(arena, sizeof(struct its_node));
	return node->_private;
}

static void prepare_context(xmlXPathContext *ctx, const struct its_rule *rule)
{
	xmlXPathRegisteredNsCleanup(ctx);
	for (size_t i = 0; i < rule->n_namespaces; i++)
		if (rule->namespaces[2 * i][0])
			xmlXPathRegisterNs(ctx, (const xmlChar *)rule->namespaces[2 * i],
					   (const xmlChar *)rule->namespaces[2 * i + 1]);
	xmlXPathRegisteredVariablesCleanup(ctx);
	for (size_t i = 0; rule->params && i < rule->params->n_params; i++)
		xmlXPathRegisterVariable(ctx, (const xmlChar *)rule->params->params[i].name,
					 xmlXPathNewString((const xmlChar *)rule->params->params[i].value));
}

/* Evaluates expression with libxml2's messages caught into reason, so
 * that they reach the user as file:line: error: like every other. */
static xmlXPathObject *evaluate(xmlXPathCompExpr *expression, xmlXPathContext *ctx,
				struct strbuf *reason)
{
	ctx->error = on_xpath_error;
	ctx->userData = reason;
	xmlSetStructuredErrorFunc(reason, on_xpath_error);
	xmlSetGenericErrorFunc(reason, on_generic_error);
	xmlXPathObject *result = xmlXPathCompiledEval(expression, ctx);
	xmlSetGenericErrorFunc(NULL, NULL);
	xmlSetStructuredErrorFunc(NULL, NULL);
	ctx->error = NULL;
	ctx->userData = NULL;
	return result;
}

static int apply_pointers(const struct its_rule *rule, xmlXPathContext *ctx, xmlNode *target,
			  struct its_node *node, struct arena *arena, const char *file)
{
	for (int slot = 0; slot < ITS_N_SLOTS; slot++) {
		if (!rule->pointers[slot])
			continue;
		ctx->node = target;
		struct strbuf reason = STRBUF_INIT;
		xmlXPathObject *result = evaluate(rule->pointers[slot], ctx, &reason);
		if (!result) {
			diag_error(rule->file, rule->line, 0,
				   _("a pointer of this rule cannot be evaluated in '%s'%s%s"), file,
				   reason.len ? ": " : "", reason.buf);
			strbuf_release(&reason);
			return -1;
		}
		strbuf_release(&reason);
		xmlChar *text = xmlXPathCastToString(result);
		node->values[slot] = text ? arena_strdup(arena, (const char *)text) : NULL;
		xmlFree(text);
		xmlXPathFreeObject(result);
	}
	return 0;
}

static int apply_rule(const struct its_rule *rule, xmlXPathContext *ctx, struct arena *arena,
		      const char *file)
{
	struct strbuf reason = STRBUF_INIT;

	prepare_context(ctx, rule);
	ctx->node = (xmlNode *)ctx->doc;
	xmlXPathObject *result = evaluate(rule->selector, ctx, &reason);
	if (!result || result->type != XPATH_NODESET) {
		diag_error(rule->file, rule->line, 0, _("selector '%s' cannot select nodes in '%s'%s%s"),
			   (const char *)rule->selector_text, file, reason.len ? ": " : "", reason.buf);
		strbuf_release(&reason);
		xmlXPathFreeObject(result);
		return -1;
	}
	strbuf_release(&reason);
	xmlNodeSet *set = result->nodesetval;
	int rc = 0;
	if (!set || set->nodeNr == 0) {
		/* Nothing selected: the pointers are still tried once, at the
		 * document, so that a broken one (an unknown function) is said
		 * whatever the document holds. */
		struct its_node scratch = { 0 };
		struct arena scratch_arena = { 0 };
		rc = apply_pointers(rule, ctx, (xmlNode *)ctx->doc, &scratch, &scratch_arena, file);
		arena_release(&scratch_arena);
	}
	for (int i = 0; rc == 0 && set && i < set->nodeNr; i++) {
		xmlNode *target = set->nodeTab[i];
		if (target->type != XML_ELEMENT_NODE && target->type != XML_ATTRIBUTE_NODE)
			continue;
		struct its_node *node = its_node_of(target, arena);
		for (int slot = 0; slot < ITS_N_SLOTS; slot++)
			if (rule->values[slot])
				node->values[slot] = rule->values[slot];
		rc = apply_pointers(rule, ctx, target, node, arena, file);
	}
	xmlXPathFreeObject(result);
	return rc;
}

static int apply_rules(const struct its_rules *rules, xmlXPathContext *ctx,
		       struct arena *arena, const char *file)
{
	int rc = 0;

	for (size_t i = 0; i < rules->n_rules; i++)
		if (apply_rule(&rules->rules[i], ctx, arena, file) < 0)
			rc = -1;
	return rc;
}

/* Passes 2 and 3 in one walk: local markup, then inheritance. */
static void apply_local_and_inherit(xmlNode *element, const struct its_node *parent,
				    struct arena *arena)
{
	for (; element; element = element->next) {
		if (element->type != XML_ELEMENT_NODE)
			continue;
		struct its_node *node = its_node_of(element, arena);
		for (int i = 0; i < N_CATEGORIES; i++)
			if (categories[i]->apply_local)
				categories[i]->apply_local(element, node, arena);
		/* The ITS markup itself is never content. */
		if (is_element(element, FOLIO_ITS_NS, "rules"))
			node->values[ITS_TRANSLATE] = "no";
		for (int slot = 0; slot < ITS_N_SLOTS; slot++) {
			if (node->values[slot] || !slot_info[slot].inherits)
				continue;
			node->values[slot] = parent ? parent->values[slot]
						    : slot_info[slot].element_default;
		}
		apply_local_and_inherit(element->children, node, arena);
	}
}

struct its_annotation *its_annotate(const struct its_rules *const *sets, size_t n_sets,
				    xmlDoc *doc, const char *file)
{
	struct its_annotation *annotation = xcalloc(1, sizeof(*annotation));
	struct its_rules *internal = its_rules_new();

	annotation->doc = doc;
	annotation->internal = internal;
	int rc = load_doc(internal, doc, file, 0);
	xmlXPathContext *ctx = xmlXPathNewContext(doc);
	for (size_t i = 0; rc == 0 && i < n_sets; i++)
		rc = apply_rules(sets[i], ctx, &annotation->arena, file);
	if (rc == 0)
		rc = apply_rules(internal, ctx, &annotation->arena, file);
	xmlXPathFreeContext(ctx);
	apply_local_and_inherit(xmlDocGetRootElement(doc), NULL, &annotation->arena);
	if (rc < 0) {
		its_annotation_free(annotation);
		return NULL;
	}
	return annotation;
}

static void clear_private(xmlNode *node)
{
	for (; node; node = node->next) {
		node->_private = NULL;
		if (node->type != XML_ELEMENT_NODE)
			continue;
		for (xmlAttr *attr = node->properties; attr; attr = attr->next)
			attr->_private = NULL;
		clear_private(node->children);
	}
}

void its_annotation_free(struct its_annotation *annotation)
{
	if (!annotation)
		return;
	clear_private(annotation->doc->children);
	arena_release(&annotation->arena);
	its_rules_free(annotation->internal);
	free(annotation);
}

const char *its_value(const xmlNode *node, enum its_slot slot)
{
	const struct its_node *values = node->_private;

	if (values && values->values[slot])
		return values->values[slot];
	if (node->type == XML_ATTRIBUTE_NODE)
		return slot_info[slot].attribute_default;
	return slot_info[slot].element_default;
}

int its_is_yes(const xmlNode *node, enum its_slot slot)
{
	const char *value = its_value(node, slot);

	return value && strcmp(value, "yes") == 0;
}
