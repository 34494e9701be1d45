/* its-locate.c: locating rules, built-in and gettext's.
 * The locating rules are read once per process into a flat list; each rule
 * file they name is loaded on first use and cached, so that extracting ten
 * thousand articles loads the article rules once. */
#include <config.h>

#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "its-locate.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xml-doc.h"

struct locating_rule {
	char *pattern;      /* file name pattern, or NULL for any */
	char *local_name;   /* root element, or NULL for any */
	char *ns;           /* root namespace, or NULL for any */
	char *target;       /* "builtin:NAME" or a path */
	struct its_rules *rules;   /* loaded on first use */
	int failed;
};

static struct locating_rule *locating_rules;
static size_t n_locating_rules, alloc_locating_rules;
static int loaded;

static char *attribute(xmlNode *node, const char *name)
{
	xmlChar *value = xmlGetNoNsProp(node, (const xmlChar *)name);
	char *copy = value ? xstrdup((const char *)value) : NULL;

	xmlFree(value);
	return copy;
}

static void add_rule(const char *pattern, xmlNode *document_rule, const char *target,
		     const char *dir)
{
	struct locating_rule rule = { 0 };

	rule.pattern = pattern ? xstrdup(pattern) : NULL;
	if (document_rule) {
		rule.local_name = attribute(document_rule, "localName");
		rule.ns = attribute(document_rule, "ns");
	}
	struct strbuf path = STRBUF_INIT;
	if (!dir || target[0] == '/')
		strbuf_addf(&path, "%s%s", dir ? "" : "builtin:", target);
	else
		strbuf_addf(&path, "%s/%s", dir, target);
	rule.target = strbuf_detach(&path, NULL);
	FOLIO_GROW(locating_rules, n_locating_rules + 1, alloc_locating_rules);
	locating_rules[n_locating_rules++] = rule;
}

/* dir is NULL for the built-in file, whose targets are built-in too. */
static void read_locating_rules(xmlDoc *doc, const char *dir)
{
	xmlNode *root = xmlDocGetRootElement(doc);

	if (!root || strcmp((const char *)root->name, "locatingRules") != 0)
		return;
	for (xmlNode *rule = root->children; rule; rule = rule->next) {
		if (rule->type != XML_ELEMENT_NODE
		    || strcmp((const char *)rule->name, "locatingRule") != 0)
			continue;
		char *pattern = attribute(rule, "pattern");
		char *target = attribute(rule, "target");
		if (target)
			add_rule(pattern, NULL, target, dir);
		for (xmlNode *child = rule->children; child; child = child->next) {
			if (child->type != XML_ELEMENT_NODE
			    || strcmp((const char *)child->name, "documentRule") != 0)
				continue;
			char *child_target = attribute(child, "target");
			if (child_target)
				add_rule(pattern, child, child_target, dir);
			free(child_target);
		}
		free(pattern);
		free(target);
	}
}

static void read_dir(const char *dir)
{
	struct strbuf pattern = STRBUF_INIT;
	glob_t found;

	strbuf_addf(&pattern, "%s/*.loc", dir);
	if (glob(pattern.buf, 0, NULL, &found) == 0) {
		for (size_t i = 0; i < found.gl_pathc; i++) {
			/* A broken file of another package must not stop folio. */
			xmlDoc *doc = xml_doc_load(found.gl_pathv[i]);
			if (doc)
				read_locating_rules(doc, dir);
			xmlFreeDoc(doc);
		}
		globfree(&found);
	}
	strbuf_release(&pattern);
}

static void load_all(void)
{
	if (loaded)
		return;
	loaded = 1;

	const struct its_builtin_file *builtin = its_builtin_find("folio.loc");
	if (builtin) {
		xmlDoc *doc = xml_doc_parse(builtin->data, builtin->len, "builtin:folio.loc");
		if (doc)
			read_locating_rules(doc, NULL);
		xmlFreeDoc(doc);
	}

	const char *dirs = getenv("GETTEXTDATADIRS");
	if (dirs && *dirs) {
		char *copy = xstrdup(dirs);
		for (char *dir = strtok(copy, ":"); dir; dir = strtok(NULL, ":")) {
			struct strbuf its_dir = STRBUF_INIT;
			strbuf_addf(&its_dir, "%s/its", dir);
			read_dir(its_dir.buf);
			strbuf_release(&its_dir);
		}
		free(copy);
	}
	static const char *const system_dirs[] = {
		"/usr/local/share/gettext/its", "/usr/share/gettext/its",
	};
	for (size_t i = 0; i < sizeof(system_dirs) / sizeof(system_dirs[0]); i++)
		read_dir(system_dirs[i]);
	glob_t versioned;
	if (glob("/usr/share/gettext-*/its", GLOB_ONLYDIR, NULL, &versioned) == 0) {
		for (size_t i = 0; i < versioned.gl_pathc; i++)
			read_dir(versioned.gl_pathv[i]);
		globfree(&versioned);
	}
}

static int matches(const struct locating_rule *rule, xmlNode *root, const char *file)
{
	const char *base = strrchr(file, '/');

	base = base ? base + 1 : file;
	if (rule->pattern && fnmatch(rule->pattern, base, 0) != 0)
		return 0;
	if (rule->local_name && strcmp(rule->local_name, (const char *)root->name) != 0)
		return 0;
	if (rule->ns) {
		const char *ns = root->ns && root->ns->href ? (const char *)root->ns->href : "";
		if (strcmp(rule->ns, ns) != 0)
			return 0;
	}
	return 1;
}

static struct its_rules *load_target(struct locating_rule *rule)
{
	if (rule->rules || rule->failed)
		return rule->rules;
	struct its_rules *rules = its_rules_new();
	int rc;
	if (strncmp(rule->target, "builtin:", 8) == 0) {
		const struct its_builtin_file *builtin = its_builtin_find(rule->target + 8);
		rc = builtin ? its_rules_load_memory(rules, builtin->data, builtin->len, rule->target)
			     : diag_error(rule->target, 0, 0, _("no such built-in rule file"));
	} else {
		rc = its_rules_load_file(rules, rule->target);
	}
	if (rc < 0) {
		its_rules_free(rules);
		rule->failed = 1;
		return NULL;
	}
	rule->rules = rules;
	return rules;
}

const struct its_rules *its_locate(xmlDoc *doc, const char *file, int *failed)
{
	xmlNode *root = xmlDocGetRootElement(doc);

	*failed = 0;
	load_all();
	for (size_t i = 0; root && i < n_locating_rules; i++) {
		if (!matches(&locating_rules[i], root, file))
			continue;
		const struct its_rules *rules = load_target(&locating_rules[i]);
		*failed = rules == NULL;
		return rules;
	}
	return NULL;
}

void its_locate_cleanup(void)
{
	for (size_t i = 0; i < n_locating_rules; i++) {
		free(locating_rules[i].pattern);
		free(locating_rules[i].local_name);
		free(locating_rules[i].ns);
		free(locating_rules[i].target);
		its_rules_free(locating_rules[i].rules);
	}
	free(locating_rules);
	locating_rules = NULL;
	n_locating_rules = alloc_locating_rules = 0;
	loaded = 0;
	its_annotate_cleanup();
}

const struct its_builtin_file *its_builtin_find(const char *name)
{
	for (size_t i = 0; i < its_builtin_n_files; i++)
		if (strcmp(its_builtin_files[i].name, name) == 0)
			return &its_builtin_files[i];
	return NULL;
}
