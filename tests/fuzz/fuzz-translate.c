/* fuzz-translate.c: an untrusted document translated and put back.  The
 * input's first byte picks how it is read (even: XML, odd: HTML), the rest
 * is the document.  Its own units make the catalog: each msgid's letters
 * outside markup in capitals, and every fourth one with its markup broken
 * (a stray "<").  The document is written as the source, translated and
 * written, restored and written again, then made multilingual and written.
 *
 * A bug is any crash, sanitizer report or leak, and a restored document
 * that is not the source byte for byte. */
#include <config.h>

#include <stdlib.h>

#include "diag.h"
#include "fuzz.h"
#include "strbuf.h"
#include "strmap.h"
#include "translate.h"
#include "xml-doc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xml_doc_init();
	diag_set_quiet(1);
	return 0;
}

/* msgid with its text in capitals, its tags and entity references kept. */
static void pseudo(const char *msgid, int broken, struct strbuf *out)
{
	int in_markup = 0;

	for (const char *p = msgid; *p; p++) {
		in_markup = *p == '<' || *p == '&' ? 1 : *p == '>' || *p == ';' ? 0 : in_markup;
		strbuf_addch(out, !in_markup && *p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
	}
	if (broken)
		strbuf_addch(out, '<');
}

static void make_catalog(const struct translate_doc *td, struct translate_catalog *cat)
{
	struct strbuf key = STRBUF_INIT, value = STRBUF_INIT;

	cat->path = NULL;
	strmap_init(&cat->map);
	for (size_t i = 0; i < td->n_units; i++) {
		const struct translate_unit *unit = &td->units[i];
		strbuf_reset(&key);
		strbuf_reset(&value);
		if (unit->msgctxt)
			strbuf_addf(&key, "%s\004", unit->msgctxt);
		strbuf_addstr(&key, unit->msgid);
		pseudo(unit->msgid, i % 4 == 3, &value);
		strmap_put(&cat->map, key.buf, value.buf);
	}
	strbuf_release(&key);
	strbuf_release(&value);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *name = data[0] % 2 ? "fuzz.html" : "fuzz.xml";
	struct translate_doc td;
	if (translate_doc_parse(&td, (const char *)data + 1, size - 1, name, NULL) < 0) {
		translate_doc_release(&td);
		return 0;
	}
	struct translate_catalog cat;
	struct translate_counts counts;
	struct strbuf source = STRBUF_INIT, out = STRBUF_INIT;
	make_catalog(&td, &cat);
	translate_doc_write(&td, 0, &source);
	translate_doc_apply(&td, &cat, "ar", 1, &counts);
	translate_doc_write(&td, 0, &out);
	translate_doc_restore(&td);
	strbuf_reset(&out);
	translate_doc_write(&td, 0, &out);
	if (out.len != source.len || memcmp(out.buf, source.buf, out.len) != 0)
		abort();
	translate_doc_add_language(&td, &cat, "fr", &counts);
	strbuf_reset(&out);
	translate_doc_write(&td, 1, &out);
	strbuf_release(&source);
	strbuf_release(&out);
	translate_catalog_release(&cat);
	translate_doc_release(&td);
	return 0;
}
