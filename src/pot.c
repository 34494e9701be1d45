/* pot.c: collecting messages and writing the template.
 * Messages are kept in an array in first-seen order with an open-addressing
 * hash index on (msgctxt, msgid), so that merging stays O(1) per message. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gettext-po.h>

#include <sys/stat.h>

#include "atomic-file.h"
#include "catalog.h"
#include "diag.h"
#include "i18n.h"
#include "po-xerror.h"
#include "pot.h"
#include "strbuf.h"
#include "xalloc.h"

struct pot_ref {
	const char *file;   /* interned in pot->files */
	long line;
};

struct pot_entry {
	char *msgctxt;
	char *msgid;
	struct strbuf comments;
	struct pot_ref *refs;
	size_t n_refs, alloc_refs;
	uint64_t hash;
};

struct pot {
	struct pot_entry *entries;
	size_t n_entries, alloc_entries;
	size_t *index;          /* slots hold entry number + 1; 0 is empty */
	size_t index_size;      /* a power of two */
	char **files;
	size_t n_files, alloc_files;
};

struct pot *pot_new(void)
{
	struct pot *pot = xcalloc(1, sizeof(*pot));

	pot->index_size = 256;
	pot->index = xcalloc(pot->index_size, sizeof(size_t));
	return pot;
}

void pot_free(struct pot *pot)
{
	if (!pot)
		return;
	for (size_t i = 0; i < pot->n_entries; i++) {
		free(pot->entries[i].msgctxt);
		free(pot->entries[i].msgid);
		strbuf_release(&pot->entries[i].comments);
		free(pot->entries[i].refs);
	}
	for (size_t i = 0; i < pot->n_files; i++)
		free(pot->files[i]);
	free(pot->files);
	free(pot->entries);
	free(pot->index);
	free(pot);
}

size_t pot_count(const struct pot *pot)
{
	return pot->n_entries;
}

void pot_keys(const struct pot *pot, struct strbuf *out)
{
	for (size_t i = 0; i < pot->n_entries; i++)
		strbuf_addf(out, "%s\004%s\n", pot->entries[i].msgctxt ? pot->entries[i].msgctxt : "",
			    pot->entries[i].msgid);
}

static uint64_t hash_message(const char *msgctxt, const char *msgid)
{
	uint64_t hash = 1469598103934665603u;   /* FNV-1a */

	if (msgctxt) {
		for (const char *p = msgctxt; *p; p++)
			hash = (hash ^ (unsigned char)*p) * 1099511628211u;
		hash = (hash ^ 4) * 1099511628211u;
	}
	for (const char *p = msgid; *p; p++)
		hash = (hash ^ (unsigned char)*p) * 1099511628211u;
	return hash;
}

static int same_string(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void reindex(struct pot *pot)
{
	free(pot->index);
	pot->index_size *= 2;
	pot->index = xcalloc(pot->index_size, sizeof(size_t));
	for (size_t i = 0; i < pot->n_entries; i++) {
		size_t slot = pot->entries[i].hash & (pot->index_size - 1);
		while (pot->index[slot])
			slot = (slot + 1) & (pot->index_size - 1);
		pot->index[slot] = i + 1;
	}
}

static const char *intern_file(struct pot *pot, const char *file)
{
	/* Files come one document at a time: the last one is nearly always it. */
	for (size_t i = pot->n_files; i-- > 0;)
		if (strcmp(pot->files[i], file) == 0)
			return pot->files[i];
	FOLIO_GROW(pot->files, pot->n_files + 1, pot->alloc_files);
	pot->files[pot->n_files] = xstrdup(file);
	return pot->files[pot->n_files++];
}

static void add_comment_lines(struct strbuf *comments, const char *lines)
{
	struct strbuf line = STRBUF_INIT;

	for (const char *p = lines; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		strbuf_reset(&line);
		strbuf_add(&line, p, len);
		strbuf_addch(&line, '\n');
		/* Keep each distinct line once, as xgettext does. */
		const char *found = strstr(comments->buf, line.buf);
		if (!(found && (found == comments->buf || found[-1] == '\n')))
			strbuf_addstr(comments, line.buf);
		p += len + (end != NULL);
	}
	strbuf_release(&line);
}

void pot_add(struct pot *pot, const char *msgctxt, const char *msgid,
	     const char *comments, const char *file, long line)
{
	uint64_t hash = hash_message(msgctxt, msgid);
	size_t slot = hash & (pot->index_size - 1);
	struct pot_entry *entry = NULL;

	for (; pot->index[slot]; slot = (slot + 1) & (pot->index_size - 1)) {
		struct pot_entry *candidate = &pot->entries[pot->index[slot] - 1];
		if (candidate->hash == hash && same_string(candidate->msgctxt, msgctxt)
		    && strcmp(candidate->msgid, msgid) == 0) {
			entry = candidate;
			break;
		}
	}
	if (!entry) {
		FOLIO_GROW(pot->entries, pot->n_entries + 1, pot->alloc_entries);
		entry = &pot->entries[pot->n_entries++];
		memset(entry, 0, sizeof(*entry));
		entry->msgctxt = msgctxt ? xstrdup(msgctxt) : NULL;
		entry->msgid = xstrdup(msgid);
		entry->hash = hash;
		strbuf_init(&entry->comments);
		pot->index[slot] = pot->n_entries;
		if (2 * pot->n_entries > pot->index_size)
			reindex(pot);
	}
	if (comments && *comments)
		add_comment_lines(&entry->comments, comments);
	if (file) {
		FOLIO_GROW(entry->refs, entry->n_refs + 1, entry->alloc_refs);
		entry->refs[entry->n_refs].file = intern_file(pot, file);
		entry->refs[entry->n_refs].line = line;
		entry->n_refs++;
	}
}

int pot_creation_date(time_t *when)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");

	if (!epoch || !*epoch) {
		*when = time(NULL);
		return 0;
	}
	char *end;
	errno = 0;
	long long value = strtoll(epoch, &end, 10);
	/* Up to the end of year 9999: what a POT-Creation-Date can say. */
	if (errno || *end || value < 0 || value > 253402300799LL)
		return diag_io_error(NULL, 0, 0, _("SOURCE_DATE_EPOCH is not a number of seconds: '%s'"),
				  epoch);
	*when = (time_t)value;
	return 0;
}

static po_message_t header_message(const struct pot_header *header)
{
	char date[64];
	struct tm tm;
	struct strbuf text = STRBUF_INIT;

	gmtime_r(&header->creation_date, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d %H:%M+0000", &tm);
	strbuf_addf(&text, "Project-Id-Version: %s\n",
		    header->project_id ? header->project_id : "PACKAGE VERSION");
	strbuf_addf(&text, "Report-Msgid-Bugs-To: %s\n",
		    header->bugs_address ? header->bugs_address : "");
	strbuf_addf(&text, "POT-Creation-Date: %s\n", date);
	strbuf_addstr(&text,
		      "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
		      "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
		      "Language-Team: LANGUAGE <LL@li.org>\n"
		      "Language: \n"
		      "MIME-Version: 1.0\n"
		      "Content-Type: text/plain; charset=UTF-8\n"
		      "Content-Transfer-Encoding: 8bit\n");

	po_message_t message = po_message_create();
	po_message_set_msgid(message, "");
	po_message_set_msgstr(message, text.buf);
	po_message_set_comments(message,
				"SOME DESCRIPTIVE TITLE.\n"
				"Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n"
				"This file is distributed under the same license as the PACKAGE package.\n"
				"FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n"
				"\n");
	po_message_set_fuzzy(message, 1);
	strbuf_release(&text);
	return message;
}

static po_file_t build_file(const struct pot *pot, const struct pot_header *header)
{
	po_file_t file = po_file_create();
	po_message_iterator_t iterator = po_message_iterator(file, NULL);

	po_message_insert(iterator, header_message(header));
	for (size_t i = 0; i < pot->n_entries; i++) {
		const struct pot_entry *entry = &pot->entries[i];
		po_message_t message = po_message_create();
		if (entry->msgctxt)
			po_message_set_msgctxt(message, entry->msgctxt);
		po_message_set_msgid(message, entry->msgid);
		po_message_set_msgstr(message, "");
		if (entry->comments.len)
			po_message_set_extracted_comments(message, entry->comments.buf);
		for (size_t j = 0; j < entry->n_refs; j++)
			po_message_add_filepos(message, entry->refs[j].file,
					       (size_t)entry->refs[j].line);
		po_message_insert(iterator, message);
	}
	po_message_iterator_free(iterator);
	return file;
}

/* Two templates are the same when only their POT-Creation-Date differs. */
static int same_but_date(const char *old_path, const char *new_path)
{
	size_t old_len, new_len;
	char *old_text = read_file(old_path, &old_len);
	char *new_text = read_file(new_path, &new_len);
	int same = 0;

	if (old_text && new_text) {
		char *old_date = strstr(old_text, "\"POT-Creation-Date: ");
		char *new_date = strstr(new_text, "\"POT-Creation-Date: ");
		if (old_date && new_date) {
			char *old_end = strchr(old_date, '\n');
			char *new_end = strchr(new_date, '\n');
			same = old_end && new_end
				&& old_date - old_text == new_date - new_text
				&& memcmp(old_text, new_text, (size_t)(old_date - old_text)) == 0
				&& strcmp(old_end, new_end) == 0;
		}
	}
	free(old_text);
	free(new_text);
	return same;
}

/* libgettextpo's writer does not report a failed write (a full disk
 * leaves a truncated file and no error), so what it wrote is read back:
 * every message must be there before the template replaces anything. */
static int verify_written(const struct pot *pot, const char *tmp_path, const char *path)
{
	unsigned n_errors;
	po_file_t file = catalog_read(tmp_path, 1, &n_errors);
	size_t n = 0;
	const char *last = NULL;

	if (file) {
		po_message_iterator_t iterator = po_message_iterator(file, NULL);
		po_message_t message;
		while ((message = po_next_message(iterator))) {
			if (catalog_state(message) == CATALOG_HEADER)
				continue;
			n++;
			last = po_message_msgid(message);
		}
		po_message_iterator_free(iterator);
	}
	int complete = file && n == pot->n_entries
		&& (n == 0 || strcmp(last, pot->entries[n - 1].msgid) == 0);
	if (file)
		po_file_free(file);
	if (!complete)
		return diag_io_error(path, 0, 0, _("write error: the template was not written "
						"completely (is the disk full?)"));
	return 0;
}

/* Where a template for a special target (standard output, a FIFO, a
 * device) is written first: libgettextpo needs a file name. */
static void scratch_path(struct strbuf *out)
{
	const char *tmpdir = getenv("TMPDIR");

	strbuf_addf(out, "%s/folio.pot", tmpdir && *tmpdir ? tmpdir : "/tmp");
}

static int copy_to_special(const char *tmp_path, const char *path)
{
	if (strcmp(path, "-") == 0)
		return copy_file_to(tmp_path, stdout, _("standard output"));
	struct atomic_file out;
	if (atomic_file_open(&out, path) < 0)
		return -1;
	if (copy_file_to(tmp_path, out.fp, path) < 0) {
		atomic_file_abort(&out);
		return -1;
	}
	return atomic_file_commit(&out);
}

int pot_write(const struct pot *pot, const char *path, const struct pot_header *header)
{
	struct stat st;
	int special = strcmp(path, "-") == 0
		|| (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
	struct atomic_file af;
	struct strbuf scratch = STRBUF_INIT;

	if (special)
		scratch_path(&scratch);
	int opened = atomic_file_open_named(&af, special ? scratch.buf : path);
	strbuf_release(&scratch);
	if (opened < 0)
		return -1;
	if (atomic_file_close_stream(&af) < 0) {
		atomic_file_abort(&af);
		return -1;
	}
	po_file_t file = build_file(pot, header);
	po_xerror_reset();
	po_file_write(file, af.tmp_path, po_xerror_handler());
	po_file_free(file);
	if (po_xerror_count() || verify_written(pot, af.tmp_path, path) < 0) {
		atomic_file_abort(&af);
		return -1;
	}
	if (special) {
		int rc = copy_to_special(af.tmp_path, path);
		atomic_file_abort(&af);
		return rc;
	}
	return atomic_file_commit_if_changed(&af, same_but_date, NULL);
}
