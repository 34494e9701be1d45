/* translate-doc.c: a document to translate, loaded once and written back
 * out by libxml2's own writer; its catalogs. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "atomic-file.h"
#include "diag.h"
#include "extract.h"
#include "i18n.h"
#include "its.h"
#include "locale-tag.h"
#include "mo-file.h"
#include "space.h"
#include "translate.h"
#include "translations.h"
#include "xalloc.h"
#include "xml-doc.h"

int translate_catalog_load(struct translate_catalog *cat, const char *path, int compiled)
{
	cat->path = xstrdup(path);
	strmap_init(&cat->map);
	if (compiled)
		return mo_file_read(path, &cat->map);
	/* translations_read_file takes a missing catalog for an empty one. */
	if (check_regular_file(path) < 0)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	return translations_read_file(path, &cat->map);
}

void translate_catalog_release(struct translate_catalog *cat)
{
	free(cat->path);
	strmap_release(&cat->map);
	cat->path = NULL;
}

struct collect {
	struct translate_doc *td;
	size_t alloc;
};

static void collect_unit(xmlNode *node, void *data)
{
	struct collect *c = data;
	struct strbuf msgid = STRBUF_INIT;

	extract_unit_text(node, &msgid);
	if (msgid.len) {
		struct translate_doc *td = c->td;
		const char *msgctxt = its_value(node, ITS_CONTEXT);
		FOLIO_GROW(td->units, td->n_units + 1, c->alloc);
		td->units[td->n_units++] = (struct translate_unit){
			.node = node,
			.msgctxt = msgctxt ? xstrdup(msgctxt) : NULL,
			.msgid = strbuf_detach(&msgid, NULL),
			.markup = its_is_yes(node, ITS_ESCAPE),
			.preserve = space_mode_parse(its_value(node, ITS_PRESERVE_SPACE))
				    == SPACE_PRESERVE,
		};
	}
	strbuf_release(&msgid);
}

/* Does the text start with an XML declaration (after a byte-order mark)?
 * libxml2 does not say, and writes one unless told not to. */
static int starts_with_declaration(const char *data, size_t len)
{
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	return len >= 6 && memcmp(data, "<?xml", 5) == 0 && strchr(" \t\r\n", data[5]);
}

int translate_doc_load(struct translate_doc *td, const char *path,
		       const struct its_rules *rules)
{
	size_t len;
	char *data = read_file(path, &len);

	memset(td, 0, sizeof(*td));
	if (!data)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	int rc = len > INT32_MAX ? diag_io_error(path, 0, 0, _("file is too large"))
				 : translate_doc_parse(td, data, len, path, rules);
	free(data);
	return rc;
}

int translate_doc_parse(struct translate_doc *td, const char *data, size_t len,
			const char *path, const struct its_rules *rules)
{
	memset(td, 0, sizeof(*td));
	td->html = translate_html_wanted(path);
	td->has_declaration = starts_with_declaration(data, len);
	td->doc = td->html ? translate_html_parse(data, len, path)
			   : xml_doc_parse_keeping_cdata(data, len, path);
	if (!td->doc)
		return -1;
	td->path = xstrdup(path);
	xmlNode *root = xmlDocGetRootElement(td->doc);
	xmlChar *lang = td->html ? xmlGetNoNsProp(root, (const xmlChar *)"lang")
				 : xmlNodeGetLang(root);
	td->source_lang = xstrdup(lang ? (const char *)lang : FOLIO_DEFAULT_SOURCE_LANGUAGE);
	xmlFree(lang);
	td->xhtml = root->ns && xmlStrEqual(root->ns->href, (const xmlChar *)FOLIO_XHTML_NS)
		    && xmlStrEqual(root->name, (const xmlChar *)"html");
	struct its_annotation *annotation = extract_annotate(td->doc, path, rules);
	if (!annotation) {
		translate_doc_release(td);
		return -1;
	}
	struct collect c = { td, 0 };
	extract_visit_units(td->doc, collect_unit, &c);
	its_annotation_free(annotation);
	return 0;
}

int translate_doc_write(struct translate_doc *td, int pretty, struct strbuf *out)
{
	if (td->html)
		return translate_html_write(td->doc, out) < 0
		       ? diag_error(td->path, 0, 0, _("cannot write the translated document")) : 0;
	xmlBuffer *buffer = xmlBufferCreate();
	int options = (td->has_declaration ? 0 : XML_SAVE_NO_DECL)
		      | (pretty ? XML_SAVE_FORMAT : 0);

	xmlSaveCtxt *save = buffer ? xmlSaveToBuffer(buffer, NULL, options) : NULL;
	long written = save ? xmlSaveDoc(save, td->doc) : -1;
	if (save && xmlSaveClose(save) < 0)
		written = -1;
	if (written >= 0)
		strbuf_add(out, xmlBufferContent(buffer), (size_t)xmlBufferLength(buffer));
	xmlBufferFree(buffer);
	if (written < 0)
		return diag_error(td->path, 0, 0, _("cannot write the translated document"));
	return 0;
}

void translate_doc_release(struct translate_doc *td)
{
	if (td->doc)
		translate_doc_restore(td);
	for (size_t i = 0; i < td->n_units; i++) {
		free(td->units[i].msgctxt);
		free(td->units[i].msgid);
	}
	free(td->units);
	free(td->marks);
	free(td->copies);
	xmlFreeDoc(td->doc);
	free(td->source_lang);
	free(td->path);
	memset(td, 0, sizeof(*td));
}

double translate_percent(const struct translate_counts *counts)
{
	return counts->n_units ? 100.0 * counts->n_translated / counts->n_units : 100.0;
}
