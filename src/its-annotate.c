/* its-annotate.c: the passes over one document (see its.c): global
 * rules, each selector evaluated once, then local markup and inheritance in
 * one walk. */
#include <config.h>

#include <stdlib.h>

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

/* What a rule's selector selected: its list in the selection (the rules
 * matched without XPath, all found in one walk before any applies, the
 * next one's list is next_list) or an XPath result's node-set. */
struct selected {
	struct its_selection *selection;
	size_t next_list;
	xmlNode *const *nodes;
	size_t n_nodes;
	xmlXPathObject *result;
};

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
	ctx->error = its_on_xpath_error;
	ctx->userData = reason;
	xmlSetStructuredErrorFunc(reason, its_on_xpath_error);
	xmlSetGenericErrorFunc(reason, its_on_generic_error);
	xmlXPathObject *result = xmlXPathCompiledEval(expression, ctx);
	xmlSetGenericErrorFunc(NULL, NULL);
	xmlSetStructuredErrorFunc(NULL, NULL);
	ctx->error = NULL;
	ctx->userData = NULL;
	return result;
}

const char *its_pointer_string(xmlXPathObject *result, struct arena *arena)
{
	if (result->type == XPATH_NODESET && (!result->nodesetval || !result->nodesetval->nodeNr))
		return NULL;
	xmlChar *text = xmlXPathCastToString(result);
	const char *value = text ? arena_strdup(arena, (const char *)text) : NULL;
	xmlFree(text);
	return value;
}

/* A pointer's value: the string value of what it selects (the first node
 * of a node-set), none for an empty node-set, unless the category has
 * its own way.  gettext's msgctxt keeps
 * xgettext's empty context there. */
static const char *pointer_value(const struct its_rule *rule, const xmlNode *target,
				 enum its_slot slot, xmlXPathObject *result, struct arena *arena)
{
	if (rule->category->resolve)
		return rule->category->resolve(rule, target, slot, result, arena);
	if (slot == ITS_CONTEXT) {
		xmlChar *text = xmlXPathCastToString(result);
		const char *value = text ? arena_strdup(arena, (const char *)text) : NULL;
		xmlFree(text);
		return value;
	}
	return its_pointer_string(result, arena);
}

static int apply_pointers(const struct its_rule *rule, xmlXPathContext *ctx, xmlNode *target,
			  const char **values, struct arena *arena, const char *file)
{
	const struct its_group_info *group = &its_group_info[rule->category->group];

	for (int i = 0; i < group->n_slots; i++) {
		enum its_slot slot = group->first + i;
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
		values[i] = pointer_value(rule, target, slot, result, arena);
		xmlXPathFreeObject(result);
	}
	return 0;
}

/* Does the rule need an XPath context of its own (namespaces and
 * parameters), for its selector or its pointers? */
static int uses_xpath(const struct its_rule *rule)
{
	const struct its_group_info *info = &its_group_info[rule->category->group];

	if (!rule->match)
		return 1;
	for (int i = 0; i < info->n_slots; i++)
		if (rule->pointers[info->first + i])
			return 1;
	return 0;
}

/* The nodes the rule's selector selects, in document order: matched
 * directly when its form allows (its-select.h), else by XPath, whose
 * result *result keeps.  -1 after reporting. */
static int select_nodes(const struct its_rule *rule, xmlXPathContext *ctx, const char *file,
			struct selected *selected)
{
	if (rule->match) {
		selected->nodes = its_selection_nodes(selected->selection, selected->next_list++,
						      &selected->n_nodes);
		return 0;
	}
	struct strbuf reason = STRBUF_INIT;
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
	selected->result = result;
	xmlNodeSet *set = result->nodesetval;
	selected->nodes = set ? set->nodeTab : NULL;
	selected->n_nodes = set ? (size_t)set->nodeNr : 0;
	return 0;
}

static int apply_rule(const struct its_rule *rule, xmlXPathContext *ctx, struct arena *arena,
		      const char *file, struct selected *selected)
{
	enum its_group group = rule->category->group;
	const struct its_group_info *info = &its_group_info[group];

	if (uses_xpath(rule))
		prepare_context(ctx, rule);
	selected->result = NULL;
	if (select_nodes(rule, ctx, file, selected) < 0)
		return -1;
	int rc = 0;
	if (selected->n_nodes == 0) {
		/* Nothing selected: the pointers are still tried once, at the
		 * document, so that a broken one (an unknown function) is said
		 * whatever the document holds. */
		struct arena scratch_arena = { 0 };
		const char **scratch = arena_alloc(&scratch_arena, (size_t)info->n_slots * sizeof(char *));
		rc = apply_pointers(rule, ctx, (xmlNode *)ctx->doc, scratch, &scratch_arena, file);
		arena_release(&scratch_arena);
	}
	for (size_t i = 0; rc == 0 && i < selected->n_nodes; i++) {
		xmlNode *target = selected->nodes[i];
		if (target->type != XML_ELEMENT_NODE && target->type != XML_ATTRIBUTE_NODE)
			continue;
		const char **values = its_node_replace(its_node_of(target, arena), group, rule,
						       target, arena);
		for (int j = 0; j < info->n_slots; j++)
			values[j] = rule->values[info->first + j];
		rc = apply_pointers(rule, ctx, target, values, arena, file);
	}
	xmlXPathFreeObject(selected->result);
	return rc;
}


static int apply_rules(const struct its_rules *rules, xmlXPathContext *ctx,
		       struct arena *arena, const char *file, unsigned long *used,
		       struct selected *selected)
{
	int rc = 0;

	for (size_t i = 0; i < rules->n_rules; i++) {
		*used |= 1UL << rules->rules[i].category->group;
		if (apply_rule(&rules->rules[i], ctx, arena, file, selected) < 0)
			rc = -1;
	}
	return rc;
}

struct walk {
	struct arena *arena;
	/* Which groups some rule or local markup has set so far in this
	 * document, one bit each: inheritance copies only those, so the
	 * categories nobody uses cost nothing. */
	unsigned long used;
	unsigned long inherited;       /* the groups that inherit at all */
	int pure;
};

/* Can element take parent's values as they are, the same struct?  When
 * no rule selected it, it has no attributes (so no local markup), it is
 * not ITS markup, and parent holds no values that do not inherit; most
 * inline and block elements are so, and then need no copy of their own. */
static int shares_parent(const xmlNode *element, const struct its_node *parent,
			 const struct walk *walk)
{
	if (!parent || element->_private || element->properties
	    || (!walk->pure && its_is_element(element, FOLIO_ITS_NS, "rules")))
		return 0;
	for (unsigned long m = walk->used & ~walk->inherited; m; m &= m - 1)
		if (parent->groups[__builtin_ctzl(m)])
			return 0;
	return 1;
}

/* Passes 2 and 3 in one walk: local markup, then inheritance. */
static void apply_local_and_inherit(xmlNode *element, const struct its_node *parent,
				    struct walk *walk)
{
	for (; element; element = element->next) {
		if (element->type != XML_ELEMENT_NODE)
			continue;
		if (shares_parent(element, parent, walk)) {
			element->_private = (void *)parent;
			apply_local_and_inherit(element->children, parent, walk);
			continue;
		}
		struct its_node *node = its_node_of(element, walk->arena);
		if (element->properties)
			its_apply_local(element, node, walk->arena, &walk->used);
		/* The ITS markup itself is never content. */
		if (!walk->pure && its_is_element(element, FOLIO_ITS_NS, "rules")) {
			const char **values = its_node_replace(node, ITS_G_TRANSLATE, NULL, element,
							       walk->arena);
			values[0] = "no";
			walk->used |= 1UL << ITS_G_TRANSLATE;
		}
		/* Only the groups in use, one bit at a time. */
		for (unsigned long m = parent ? walk->used & walk->inherited : 0; m; m &= m - 1) {
			int group = __builtin_ctzl(m);
			if (!node->groups[group])
				node->groups[group] = parent->groups[group];
		}
		apply_local_and_inherit(element->children, node, walk);
	}
}

/* One XPath context for every document: making one registers all of
 * XPath's functions, which cost as much as annotating a short document.
 * Each rule sets its namespaces and parameters again (prepare_context). */
static xmlXPathContext *shared_context;

static xmlXPathContext *xpath_context(xmlDoc *doc)
{
	if (!shared_context)
		shared_context = xmlXPathNewContext(doc);
	shared_context->doc = doc;
	shared_context->node = (xmlNode *)doc;
	xmlXPathRegisteredNsCleanup(shared_context);
	xmlXPathRegisteredVariablesCleanup(shared_context);
	return shared_context;
}

void its_annotate_cleanup(void)
{
	xmlXPathFreeContext(shared_context);
	shared_context = NULL;
}

static void add_rules(struct its_selection *selection, const struct its_rules *rules)
{
	for (size_t i = 0; i < rules->n_rules; i++)
		if (rules->rules[i].match)
			its_selection_add(selection, rules->rules[i].match);
}

/* The nodes of every rule matched without XPath, in the order rules apply. */
static struct its_selection *select_all(const struct its_rules *const *sets, size_t n_sets,
					const struct its_rules *internal, xmlDoc *doc)
{
	struct its_selection *selection = its_selection_new();

	for (size_t i = 0; i < n_sets; i++)
		add_rules(selection, sets[i]);
	add_rules(selection, internal);
	its_selection_run(selection, doc);
	return selection;
}

struct its_annotation *its_annotate_with(const struct its_rules *const *sets, size_t n_sets,
					 xmlDoc *doc, const char *file, int flags)
{
	struct its_annotation *annotation = xcalloc(1, sizeof(*annotation));
	struct its_rules *internal = its_rules_new();
	struct walk walk = { &annotation->arena, 0, 0, flags & ITS_ANNOTATE_PURE };

	for (int group = 0; group < ITS_N_GROUPS; group++)
		if (its_group_info[group].inherit != ITS_INHERIT_NONE)
			walk.inherited |= 1UL << group;

	annotation->doc = doc;
	annotation->internal = internal;
	int rc = its_load_doc(internal, doc, file, 0);
	xmlXPathContext *ctx = xpath_context(doc);
	struct selected selected = { select_all(sets, n_sets, internal, doc), 0, NULL, 0, NULL };
	for (size_t i = 0; rc == 0 && i < n_sets; i++)
		rc = apply_rules(sets[i], ctx, &annotation->arena, file, &walk.used, &selected);
	if (rc == 0)
		rc = apply_rules(internal, ctx, &annotation->arena, file, &walk.used, &selected);
	its_selection_free(selected.selection);
	apply_local_and_inherit(xmlDocGetRootElement(doc), NULL, &walk);
	annotation->used = walk.used;
	doc->_private = annotation;
	if (rc < 0) {
		its_annotation_free(annotation);
		return NULL;
	}
	return annotation;
}

struct its_annotation *its_annotate(const struct its_rules *const *sets, size_t n_sets,
				    xmlDoc *doc, const char *file)
{
	return its_annotate_with(sets, n_sets, doc, file, 0);
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

/* What the annotation owns, its document's pointers to it left as they
 * are. */
static void release(struct its_annotation *annotation)
{
	arena_release(&annotation->arena);
	its_rules_free(annotation->internal);
	free(annotation);
}

void its_annotation_free(struct its_annotation *annotation)
{
	if (!annotation)
		return;
	clear_private(annotation->doc->children);
	annotation->doc->_private = NULL;
	release(annotation);
}

void its_annotation_free_with_doc(struct its_annotation *annotation, xmlDoc *doc)
{
	/* The tree goes first: clearing every node's pointer would be a walk
	 * over the whole document for nothing. */
	xmlFreeDoc(doc);
	if (annotation)
		release(annotation);
}
