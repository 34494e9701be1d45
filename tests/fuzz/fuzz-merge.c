/* fuzz-merge.c: a translation merged back into its source.  A fixed
 * article (fuzz.h) is written to a temporary file once, loaded and
 * annotated (localise_doc_load); the first byte of the input picks one of
 * its translation units and the rest is that unit's msgstr, with inline
 * markup.  localise_doc_apply parses the msgstr in the unit's context and,
 * when it is well-formed and has the same elements as the source, puts it
 * into the tree in place of the source content; the harness then
 * serialises the translated unit and takes the translation out again
 * (localise_doc_restore).
 *
 * A bug is any crash, sanitizer report or leak; a msgstr counted as
 * neither translated nor rejected; and a document that after restoring no
 * longer serialises exactly as its source did. */
#include <config.h>

#include <stdio.h>
#include <unistd.h>

#include "diag.h"
#include "fuzz.h"
#include "localise.h"
#include "markup.h"
#include "strbuf.h"
#include "strmap.h"
#include "translations.h"
#include "xml-doc.h"

static struct localise_doc ld;
static char **source_text;   /* each unit's content as loaded */

static void serialise(const xmlNode *unit, struct strbuf *out)
{
	strbuf_reset(out);
	markup_serialise_children(out, unit, 1);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static const char article[] = FUZZ_ARTICLE;
	const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
	char path[4096];

	snprintf(path, sizeof(path), "%s/folio-fuzz-merge-XXXXXX.xml", dir && *dir ? dir : "/tmp");
	int fd = mkstemps(path, 4);
	if (fd < 0 || write(fd, article, sizeof(article) - 1) != (ssize_t)(sizeof(article) - 1)
	    || close(fd) != 0) {
		perror(path);
		abort();
	}
	xml_doc_init();
	diag_set_quiet(1);
	int rc = localise_doc_load(&ld, path);
	unlink(path);
	if (rc < 0 || ld.n_units == 0)
		abort();
	source_text = calloc(ld.n_units, sizeof(*source_text));
	for (size_t i = 0; i < ld.n_units; i++) {
		struct strbuf sb = STRBUF_INIT;
		serialise(ld.units[i].node, &sb);
		source_text[i] = strbuf_detach(&sb, NULL);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct localise_unit *unit = &ld.units[data[0] % ld.n_units];
	char *msgstr = fuzz_string(data + 1, size - 1);
	struct translations t = { 0 };
	struct strbuf key = STRBUF_INIT, text = STRBUF_INIT;

	strmap_init(&t.own);
	strmap_init(&t.fallback);
	if (unit->msgctxt)
		strbuf_addf(&key, "%s\004", unit->msgctxt);
	strbuf_addstr(&key, unit->msgid);
	strmap_put(&t.own, key.buf, msgstr);

	struct localise_counts counts;
	localise_doc_apply(&ld, &t, "fuzz.po", &counts);
	if (counts.n_translated + counts.n_rejected != 1)
		abort();
	serialise(unit->node, &text);
	localise_doc_restore(&ld);
	for (size_t i = 0; i < ld.n_units; i++) {
		serialise(ld.units[i].node, &text);
		if (strcmp(text.buf, source_text[i]) != 0) {
			fprintf(stderr, "unit %zu not restored:\n'%s'\nwas\n'%s'\n", i, text.buf,
				source_text[i]);
			abort();
		}
	}
	strbuf_release(&key);
	strbuf_release(&text);
	translations_release(&t);
	free(msgstr);
	return 0;
}
