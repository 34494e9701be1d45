/* fuzz-xml.c: extraction from an untrusted XML document.  The input is one
 * document, parsed from memory as folio parses sources (xml_doc_parse: no
 * network, no external entities), given the rules the locating rules find
 * for its root element (the built-in article, edition and XHTML rules, or
 * gettext's), annotated together with its own its:rules and local markup,
 * and extracted into a template, whose keys are then listed.
 *
 * A bug is any crash, sanitizer report or leak.  A document that does not
 * parse, or has no known rules, is an ordinary outcome. */
#include <config.h>

#include <libxml/tree.h>

#include "diag.h"
#include "extract.h"
#include "fuzz.h"
#include "its-locate.h"
#include "its.h"
#include "pot.h"
#include "strbuf.h"
#include "xml-doc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xml_doc_init();
	diag_set_quiet(1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The name decides which locating rules match: article and edition
	 * rules ask for "*.xml". */
	const char *name = "fuzz.xml";
	xmlDoc *doc = xml_doc_parse((const char *)data, size, name);

	if (!doc)
		return 0;
	int failed = 0;
	const struct its_rules *rules = its_locate(doc, name, &failed);
	if (rules) {
		struct its_annotation *annotation = its_annotate(&rules, 1, doc, name);
		if (annotation) {
			struct pot *pot = pot_new();
			struct strbuf keys = STRBUF_INIT;
			extract_messages(doc, name, pot);
			pot_keys(pot, &keys);
			if (pot_count(pot) == 0 && keys.len != 0)
				abort();
			strbuf_release(&keys);
			pot_free(pot);
		}
		its_annotation_free(annotation);
	}
	xmlFreeDoc(doc);
	return 0;
}
