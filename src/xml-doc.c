/* xml-doc.c: libxml2 parsing with the safe options and diag reporting.
 *
 * The file is read into memory first, so that the entity loader can refuse
 * every external entity without also refusing the document itself.  After
 * the parse, any reference to an external entity is an error: folio never
 * substitutes one, and silently dropping its text would lose content. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "xml-doc.h"

enum {
	SAFE_PARSE_OPTIONS = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA
};

struct parse_state {
	const char *name;
	int n_errors;
};

static xmlParserInputPtr deny_external_entity(const char *url, const char *id,
					      xmlParserCtxtPtr ctxt)
{
	(void)id;
	(void)ctxt;
	/* Reported by the parser as a failed load; nothing is read. */
	(void)url;
	return NULL;
}

void xml_doc_init(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	xmlInitParser();
	xmlSetExternalEntityLoader(deny_external_entity);
}

static void on_parse_error(void *data, xmlErrorPtr err)
{
	struct parse_state *state = data;
	char *message = err->message ? err->message : "";
	size_t len = strlen(message);

	/* libxml2 messages end with a newline; diag adds its own. */
	while (len > 0 && (message[len - 1] == '\n' || message[len - 1] == ' '))
		len--;
	if (err->level == XML_ERR_WARNING) {
		diag_warning(state->name, err->line, err->int2, "%.*s", (int)len, message);
		return;
	}
	state->n_errors++;
	diag_error(state->name, err->line, err->int2, "%.*s", (int)len, message);
}

static int check_entities(xmlNode *node, const char *name)
{
	int rc = 0;

	for (; node; node = node->next) {
		if (node->type == XML_ENTITY_REF_NODE) {
			xmlEntity *ent = xmlGetDocEntity(node->doc, node->name);
			if (ent && (ent->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY
				    || ent->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY))
				rc = diag_error(name, xmlGetLineNo(node), 0,
						_("external entity '%s' is not allowed"),
						(const char *)node->name);
			continue;
		}
		if (node->type == XML_ELEMENT_NODE && check_entities(node->children, name) < 0)
			rc = -1;
	}
	return rc;
}

static xmlDoc *parse_with(const char *data, size_t len, const char *name, int options)
{
	struct parse_state state = { name, 0 };

	xml_doc_init();
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		diag_io_error(name, 0, 0, _("out of memory"));
		return NULL;
	}
	xmlSetStructuredErrorFunc(&state, on_parse_error);
	xmlDoc *doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, options);
	xmlSetStructuredErrorFunc(NULL, NULL);
	int well_formed = ctxt->wellFormed;
	xmlFreeParserCtxt(ctxt);

	/* Only a DTD declares entities: without one there is no reference to
	 * look for (an undeclared one is not well-formed). */
	int declares = doc && (doc->intSubset || doc->extSubset);
	if (doc && (state.n_errors > 0 || !well_formed
		    || (declares && check_entities(doc->children, name) < 0))) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (!doc && state.n_errors == 0)
		diag_error(name, 0, 0, _("not a well-formed XML document"));
	return doc;
}

xmlDoc *xml_doc_parse(const char *data, size_t len, const char *name)
{
	return parse_with(data, len, name, SAFE_PARSE_OPTIONS);
}

static xmlDoc *parse_read_only(const char *data, size_t len, const char *name)
{
	return parse_with(data, len, name, SAFE_PARSE_OPTIONS | XML_PARSE_COMPACT);
}

xmlDoc *xml_doc_load_read_only(const char *path)
{
	return xml_doc_read(path, parse_read_only);
}

xmlDoc *xml_doc_parse_keeping_cdata(const char *data, size_t len, const char *name)
{
	return parse_with(data, len, name, SAFE_PARSE_OPTIONS & ~XML_PARSE_NOCDATA);
}

xmlDoc *xml_doc_read(const char *path,
		     xmlDoc *(*parse)(const char *data, size_t len, const char *name))
{
	size_t len;
	char *data = read_file(path, &len);

	if (!data) {
		diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
		return NULL;
	}
	if (len > INT32_MAX) {
		free(data);
		diag_io_error(path, 0, 0, _("file is too large"));
		return NULL;
	}
	xmlDoc *doc = parse(data, len, path);
	free(data);
	return doc;
}

xmlDoc *xml_doc_load(const char *path)
{
	return xml_doc_read(path, xml_doc_parse);
}
