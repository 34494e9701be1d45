/* fuzz-po.c: the fast catalog scanner against libgettextpo.  The input is
 * one PO file.  po_scan reads it from memory; when it answers PO_SCAN_OK it
 * claims to have understood the catalog completely, so libgettextpo
 * (translations_read_with_gettext, reading the same bytes from a temporary
 * file made once per process) must accept the file and give exactly the
 * same translations: the same keys, each with the same msgstr.
 *
 * A bug is any crash, sanitizer report or leak, and any difference between
 * the two readers after PO_SCAN_OK (the harness prints the first differing
 * key and aborts).  PO_SCAN_UNSURE is always allowed. */
#include <config.h>

#include <stdio.h>
#include <unistd.h>

#include "diag.h"
#include "fuzz.h"
#include "po-scan.h"
#include "po-xerror.h"
#include "strmap.h"
#include "translations.h"

static char temp_path[4096];

static void remove_temp(void)
{
	if (temp_path[0])
		unlink(temp_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
	snprintf(temp_path, sizeof(temp_path), "%s/folio-fuzz-po-XXXXXX.po",
		 dir && *dir ? dir : "/tmp");
	int fd = mkstemps(temp_path, 3);
	if (fd < 0) {
		perror(temp_path);
		abort();
	}
	close(fd);
	atexit(remove_temp);
	diag_set_quiet(1);
	po_xerror_set_silent(1);
	return 0;
}

static void write_temp(const uint8_t *data, size_t size)
{
	FILE *f = fopen(temp_path, "wb");

	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
		perror(temp_path);
		abort();
	}
}

static void show(const char *what, const char *s)
{
	fprintf(stderr, "%s: '", what);
	for (; s && *s; s++)
		fprintf(stderr, (unsigned char)*s < 0x20 ? "\\x%02x" : "%c", (unsigned char)*s);
	fprintf(stderr, "'%s\n", s ? "" : " (missing)");
}

/* Every key of one reader's map is in the other's with the same value. */
static void check_within(const struct strmap *fast, const struct strmap *slow, int from_fast)
{
	const struct strmap *a = from_fast ? fast : slow, *b = from_fast ? slow : fast;

	for (size_t i = 0; i < a->size; i++) {
		if (!a->keys[i])
			continue;
		const char *other = strmap_get(b, a->keys[i]);
		if (other && strcmp(other, a->values[i]) == 0)
			continue;
		fprintf(stderr, "po_scan and libgettextpo differ:\n");
		show("key", a->keys[i]);
		show("po_scan", strmap_get(fast, a->keys[i]));
		show("libgettextpo", strmap_get(slow, a->keys[i]));
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	struct strmap fast, slow;

	strmap_init(&fast);
	strmap_init(&slow);
	/* po_scan wants len bytes followed by a NUL; an embedded NUL is part of
	 * the text, as read_file would give it. */
	if (po_scan(text, size, &fast) == PO_SCAN_OK) {
		write_temp(data, size);
		int rc = translations_read_with_gettext(temp_path, &slow);
		/* Removed at once: an abort below must not leave it behind. */
		unlink(temp_path);
		if (rc < 0) {
			fprintf(stderr, "po_scan accepted a catalog that libgettextpo rejects\n");
			abort();
		}
		check_within(&fast, &slow, 1);
		check_within(&fast, &slow, 0);
		if (fast.count != slow.count)
			abort();
	}
	strmap_release(&fast);
	strmap_release(&slow);
	free(text);
	return 0;
}
