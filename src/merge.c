/* merge.c: msgmerge into a temporary file, checked, then renamed if
 * changed. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "catalog.h"
#include "diag.h"
#include "i18n.h"
#include "icu-flag.h"
#include "merge.h"
#include "run-tool.h"
#include "strbuf.h"
#include "strmap.h"

static void put_key(struct strmap *keys, struct strbuf *key, const char *ctxt, const char *id)
{
	strbuf_reset(key);
	if (ctxt) {
		strbuf_addstr(key, ctxt);
		strbuf_addch(key, '\004');
	}
	strbuf_addstr(key, id);
	strmap_put(keys, key->buf, "");
}

int merge_read_keys(const char *path, struct strmap *keys, size_t *n_active)
{
	unsigned n_errors;
	po_file_t file = catalog_read(path, 1, &n_errors);

	*n_active = 0;
	if (!file)
		return -1;
	struct strbuf key = STRBUF_INIT;
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while ((message = po_next_message(iterator))) {
		enum catalog_state state = catalog_state(message);
		if (state == CATALOG_HEADER || state == CATALOG_OBSOLETE)
			continue;
		(*n_active)++;
		put_key(keys, &key, po_message_msgctxt(message), po_message_msgid(message));
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	strbuf_release(&key);
	return 0;
}

/* Puts every msgstr of path (each plural form, obsolete entries too) into
 * msgstrs, or with old set, looks each up in msgstrs instead and returns
 * the msgid of the first one missing. */
static char *visit_msgstrs(const char *path, struct strmap *msgstrs, int old)
{
	unsigned n_errors;
	po_file_t file = catalog_read(path, 1, &n_errors);
	char *lost = NULL;

	if (!file)
		return NULL;
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while (!lost && (message = po_next_message(iterator))) {
		if (catalog_state(message) == CATALOG_HEADER)
			continue;
		int plural = po_message_msgid_plural(message) != NULL;
		for (int i = 0; !lost; i++) {
			const char *msgstr = plural ? po_message_msgstr_plural(message, i)
						    : i == 0 ? po_message_msgstr(message) : NULL;
			if (!msgstr)
				break;
			if (!*msgstr)
				continue;
			if (!old)
				strmap_put(msgstrs, msgstr, "");
			else if (!strmap_get(msgstrs, msgstr))
				lost = strdup(po_message_msgid(message));
		}
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	return lost;
}

/* The translator's work is the msgstrs: each one of the old catalog must
 * still be in the new one, under its msgid, a fuzzy match (which may have
 * kept an older "#|" msgid than the old catalog showed) or as obsolete.
 * Returns the msgid of the first one lost, or NULL. */
static char *first_lost_translation(const char *old_path, const char *new_path)
{
	struct strmap msgstrs;

	strmap_init(&msgstrs);
	visit_msgstrs(new_path, &msgstrs, 0);
	char *lost = visit_msgstrs(old_path, &msgstrs, 1);
	strmap_release(&msgstrs);
	return lost;
}

/* msgmerge's output against the template and the old catalog. */
static int verify_merged(const char *po, const char *merged, const char *pot)
{
	struct strmap pot_keys, new_keys;
	size_t n_pot, n_new;
	int rc = 0;

	strmap_init(&pot_keys);
	strmap_init(&new_keys);
	if (merge_read_keys(pot, &pot_keys, &n_pot) < 0) {
		rc = diag_error(pot, 0, 0, _("the template does not parse; nothing was merged"));
		goto out;
	}
	if (merge_read_keys(merged, &new_keys, &n_new) < 0) {
		rc = diag_io_error(po, 0, 0, _("not updated: msgmerge's output does not parse (is the "
					    "disk full?); the catalog is unchanged"));
		goto out;
	}
	for (size_t i = 0; i < pot_keys.size && rc == 0; i++)
		if (pot_keys.keys[i] && !strmap_get(&new_keys, pot_keys.keys[i]))
			rc = diag_io_error(po, 0, 0, _("not updated: msgmerge's output lacks messages of "
						    "'%s' (is the disk full?); the catalog is "
						    "unchanged"), pot);
	char *lost = rc == 0 ? first_lost_translation(po, merged) : NULL;
	if (lost) {
		rc = diag_io_error(po, 0, 0, _("not updated: msgmerge's output lost the translation "
					    "of '%s'; the catalog is unchanged"), lost);
		free(lost);
	}
out:
	strmap_release(&pot_keys);
	strmap_release(&new_keys);
	return rc;
}

enum merge_result merge_catalog(const char *po, const char *pot, const char *compendium,
				int *changed)
{
	struct atomic_file af;
	struct strbuf messages = STRBUF_INIT;

	*changed = 0;
	if (check_regular_file(po) < 0) {
		diag_io_error(po, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
		return MERGE_FAILED;
	}
	if (atomic_file_open_named(&af, po) < 0)
		return MERGE_FAILED;
	if (atomic_file_close_stream(&af) < 0) {
		atomic_file_abort(&af);
		return MERGE_FAILED;
	}
	char *argv[12];
	int n = 0;
	argv[n++] = (char *)FOLIO_MSGMERGE;
	argv[n++] = (char *)"--quiet";
	argv[n++] = (char *)"--previous";
	if (compendium) {
		argv[n++] = (char *)"--compendium";
		argv[n++] = (char *)compendium;
	}
	argv[n++] = (char *)"-o";
	argv[n++] = af.tmp_path;
	argv[n++] = (char *)po;
	argv[n++] = (char *)pot;
	argv[n] = NULL;
	enum merge_result result = MERGE_OK;
	int status = run_tool(argv, &messages);
	run_tool_rename(&messages, af.tmp_path, po);
	if (status != 0) {
		unsigned n_errors;
		po_file_t old = catalog_read(po, 1, &n_errors);
		result = old ? MERGE_FAILED : MERGE_BAD_INPUT;
		if (old)
			po_file_free(old);
		if (result == MERGE_BAD_INPUT)
			diag_error(po, 0, 0, _("not updated: msgmerge failed; the catalog is unchanged"));
		else
			diag_io_error(po, 0, 0, _("not updated: msgmerge failed; the catalog is "
						  "unchanged"));
	} else if (verify_merged(po, af.tmp_path, pot) < 0 || icu_flag_restore_file(af.tmp_path) < 0) {
		result = MERGE_FAILED;
	}
	if (result != MERGE_OK) {
		run_tool_show(&messages);
		atomic_file_abort(&af);
	} else if (atomic_file_commit_if_changed(&af, NULL, changed) < 0) {
		result = MERGE_FAILED;
	}
	strbuf_release(&messages);
	return result;
}
