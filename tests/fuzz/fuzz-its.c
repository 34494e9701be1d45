/* fuzz-its.c: ITS rule files.  The input is a rule file, loaded from memory
 * (its_rules_load_memory: its:rules, its:param, xlink:href links) and, when
 * it loads, applied to a small fixed article (fuzz.h) that has a bit of every
 * vocabulary element, attribute and local ITS markup the rules may select.
 * Every element and attribute is then asked for its value in every slot,
 * and the messages are extracted.
 *
 * A bug is any crash, sanitizer report or leak, and a rule file that loads
 * but makes its_annotate fail without a reason (no error reported). */
#include <config.h>

#include <libxml/tree.h>

#include "diag.h"
#include "extract.h"
#include "fuzz.h"
#include "its.h"
#include "pot.h"
#include "strbuf.h"
#include "xml-doc.h"

static const char document[] = FUZZ_ARTICLE;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xml_doc_init();
	diag_set_quiet(1);
	return 0;
}

static void ask_every_slot(const xmlNode *node, size_t *n_values)
{
	for (; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		for (int slot = 0; slot < ITS_N_SLOTS; slot++) {
			if (its_value(node, (enum its_slot)slot))
				++*n_values;
			for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
				if (its_value((const xmlNode *)attr, (enum its_slot)slot))
					++*n_values;
		}
		ask_every_slot(node->children, n_values);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct its_rules *rules = its_rules_new();

	if (its_rules_load_memory(rules, (const char *)data, size, "fuzz.its") == 0) {
		xmlDoc *doc = xml_doc_parse(document, sizeof(document) - 1, "fuzz.xml");
		if (!doc)
			abort();   /* the fixed document is well-formed */
		const struct its_rules *sets[] = { rules };
		unsigned errors_before = diag_error_count();
		struct its_annotation *annotation = its_annotate(sets, 1, doc, "fuzz.xml");
		if (annotation) {
			size_t n_values = 0;
			ask_every_slot(xmlDocGetRootElement(doc), &n_values);
			struct pot *pot = pot_new();
			extract_messages(doc, "fuzz.xml", pot);
			pot_free(pot);
		} else if (diag_error_count() == errors_before) {
			abort();   /* failed without saying why */
		}
		its_annotation_free(annotation);
		xmlFreeDoc(doc);
	}
	its_rules_free(rules);
	return 0;
}
