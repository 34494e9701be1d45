/* pot.c: collecting messages and writing the template.
 * Messages are kept in an array in first-seen order with a hash index on
 * (msgctxt, msgid) (hash-index.h), so that merging stays O(1) per message. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "atomic-file.h"
#include "changed-file.h"
#include "diag.h"
#include "hash-index.h"
#include "i18n.h"
#include "po-write.h"
#include "pot.h"
#include "strbuf.h"
#include "strmap.h"
#include "text-hash.h"
#include "xalloc.h"

/* Most messages come once, with one line of comments and one reference:
 * those live in pot->strings and in the entry, so that a long run keeps
 * no small allocations of its own between those of the documents it
 * parses and frees. */
struct pot_entry {
	const char *msgctxt;         /* in pot->strings */
	const char *msgid;
	const char *first_comments;  /* in pot->strings, until more come */
	struct strbuf comments;      /* every line, once more come */
	struct po_write_ref first_ref;
	struct po_write_ref *refs;   /* NULL while there is one; files interned in pot->files */
	size_t n_refs, alloc_refs;
};

struct pot {
	struct pot_entry *entries;
	size_t n_entries, alloc_entries;
	struct hash_index index;   /* (msgctxt, msgid) to entry number */
	struct strmap files;    /* file name to its interned copy (the value) */
	struct arena strings;   /* every msgctxt and msgid, freed at once */
	const char *last_file;
	int files_repeat;       /* a file came back after another one */
};

struct pot *pot_new(void)
{
	struct pot *pot = xcalloc(1, sizeof(*pot));

	hash_index_init(&pot->index);
	strmap_init(&pot->files);
	return pot;
}

void pot_free(struct pot *pot)
{
	if (!pot)
		return;
	for (size_t i = 0; i < pot->n_entries; i++) {
		strbuf_release(&pot->entries[i].comments);
		free(pot->entries[i].refs);
	}
	strmap_release(&pot->files);
	arena_release(&pot->strings);
	free(pot->entries);
	hash_index_release(&pot->index);
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
	uint64_t seed = msgctxt ? text_hash(msgctxt, strlen(msgctxt), 0) ^ 4 : 0;

	return text_hash(msgid, strlen(msgid), seed);
}

static int same_string(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static const char *intern_file(struct pot *pot, const char *file)
{
	/* Files come one document at a time: the last one is nearly always it. */
	if (pot->last_file && strcmp(pot->last_file, file) == 0)
		return pot->last_file;
	const char *known = strmap_get(&pot->files, file);
	if (known) {
		pot->files_repeat = 1;
	} else {
		strmap_put(&pot->files, file, file);
		known = strmap_get(&pot->files, file);
	}
	pot->last_file = known;
	return known;
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

/* A reference is kept once, as gettext keeps it.  References to one file
 * are contiguous unless a file was given twice: only then is every
 * reference looked at. */
static const struct po_write_ref *entry_refs(const struct pot_entry *entry)
{
	return entry->refs ? entry->refs : &entry->first_ref;
}

static const char *entry_comments(const struct pot_entry *entry)
{
	return entry->comments.len || !entry->first_comments ? entry->comments.buf
		: entry->first_comments;
}

/* A reference is kept once, as gettext keeps it.  References to one file
 * are contiguous unless a file was given twice: only then is every
 * reference looked at. */
static void add_ref(struct pot *pot, struct pot_entry *entry, const char *file, long line)
{
	const struct po_write_ref *refs = entry_refs(entry);

	for (size_t i = entry->n_refs; i-- > 0;) {
		const struct po_write_ref *ref = &refs[i];
		if (ref->file == file && ref->line == line)
			return;
		if (ref->file != file && !pot->files_repeat)
			break;
	}
	if (!entry->n_refs) {
		entry->first_ref = (struct po_write_ref) { file, line };
		entry->n_refs = 1;
		return;
	}
	if (!entry->refs) {
		FOLIO_GROW(entry->refs, 2, entry->alloc_refs);
		entry->refs[0] = entry->first_ref;
	}
	FOLIO_GROW(entry->refs, entry->n_refs + 1, entry->alloc_refs);
	entry->refs[entry->n_refs].file = file;
	entry->refs[entry->n_refs].line = line;
	entry->n_refs++;
}

static void add_comments(struct pot *pot, struct pot_entry *entry, const char *comments)
{
	const char *newline = strchr(comments, '\n');

	/* The first comment of a message, one line: kept as it is. */
	if (!entry->first_comments && !entry->comments.len && (!newline || !newline[1])) {
		size_t len = strlen(comments);
		char *copy = arena_alloc(&pot->strings, len + 2);
		memcpy(copy, comments, len);
		copy[len] = '\n';
		copy[len + (newline ? 0 : 1)] = '\0';
		entry->first_comments = copy;
		return;
	}
	if (entry->first_comments && !entry->comments.len)
		strbuf_addstr(&entry->comments, entry->first_comments);
	add_comment_lines(&entry->comments, comments);
}

void pot_add(struct pot *pot, const char *msgctxt, const char *msgid,
	     const char *comments, const char *file, long line)
{
	uint64_t hash = hash_message(msgctxt, msgid);
	struct pot_entry *entry = NULL;
	struct hash_index_walk walk;
	size_t found;

	hash_index_walk(&pot->index, hash, &walk);
	while (!entry && hash_index_next(&pot->index, &walk, &found)) {
		struct pot_entry *candidate = &pot->entries[found];
		if (same_string(candidate->msgctxt, msgctxt) && strcmp(candidate->msgid, msgid) == 0)
			entry = candidate;
	}
	if (!entry) {
		FOLIO_GROW(pot->entries, pot->n_entries + 1, pot->alloc_entries);
		hash_index_add(&pot->index, hash);
		entry = &pot->entries[pot->n_entries++];
		memset(entry, 0, sizeof(*entry));
		entry->msgctxt = msgctxt ? arena_strdup(&pot->strings, msgctxt) : NULL;
		entry->msgid = arena_strdup(&pot->strings, msgid);
		strbuf_init(&entry->comments);
	}
	if (comments && *comments)
		add_comments(pot, entry, comments);
	if (file)
		add_ref(pot, entry, intern_file(pot, file), line);
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

const char pot_header_comments[] =
	"SOME DESCRIPTIVE TITLE.\n"
	"Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n"
	"This file is distributed under the same license as the PACKAGE package.\n"
	"FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n"
	"\n";

void pot_header_msgstr(const struct pot_header *header, struct strbuf *out)
{
	char date[64];
	struct tm tm;

	gmtime_r(&header->creation_date, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d %H:%M+0000", &tm);
	strbuf_addf(out, "Project-Id-Version: %s\n",
		    header->project_id ? header->project_id : "PACKAGE VERSION");
	strbuf_addf(out, "Report-Msgid-Bugs-To: %s\n",
		    header->bugs_address ? header->bugs_address : "");
	strbuf_addf(out, "POT-Creation-Date: %s\n", date);
	strbuf_addstr(out,
		      "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
		      "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
		      "Language-Team: LANGUAGE <LL@li.org>\n"
		      "Language: \n"
		      "MIME-Version: 1.0\n"
		      "Content-Type: text/plain; charset=UTF-8\n"
		      "Content-Transfer-Encoding: 8bit\n");
}

void pot_message_at(const struct pot *pot, size_t i, struct pot_message *out)
{
	const struct pot_entry *entry = &pot->entries[i];

	out->msgctxt = entry->msgctxt;
	out->msgid = entry->msgid;
	out->comments = entry_comments(entry);
	out->refs = entry_refs(entry);
	out->n_refs = entry->n_refs;
}

/* Where the text of a template goes as it is made: each time out holds
 * a chunk, flush (when given) takes it and empties out. */
struct pot_sink {
	int (*flush)(void *data, struct strbuf *out);
	void *data;
};
enum { POT_CHUNK = 64 * 1024 };

/* The header entry, then every message; *date_from and *date_to (when
 * given) get the span of the POT-Creation-Date line in the text. */
static int format_to(const struct pot *pot, const struct pot_header *header, struct strbuf *out,
		     const struct pot_sink *sink, size_t *date_from, size_t *date_to)
{
	struct po_writer writer;
	struct strbuf msgstr = STRBUF_INIT, err = STRBUF_INIT;
	int rc = 0;

	po_writer_init(&writer, out);
	pot_header_msgstr(header, &msgstr);
	struct po_write_entry entry = {
		.comments = pot_header_comments, .fuzzy = 1, .msgid = "", .msgstr = msgstr.buf,
	};
	rc = po_writer_add(&writer, &entry, &err);
	const char *date = rc == 0 ? strstr(out->buf, "\"POT-Creation-Date: ") : NULL;
	if (date && date_from) {
		*date_from = (size_t)(date - out->buf);
		*date_to = (size_t)(strchr(date, '\n') - out->buf) + 1;
	}
	for (size_t i = 0; i < pot->n_entries && rc == 0; i++) {
		const struct pot_entry *message = &pot->entries[i];
		entry = (struct po_write_entry) {
			.extracted_comments = *entry_comments(message) ? entry_comments(message) : NULL,
			.refs = entry_refs(message), .n_refs = message->n_refs,
			.msgctxt = message->msgctxt, .msgid = message->msgid, .msgstr = "",
		};
		rc = po_writer_add(&writer, &entry, &err);
		if (rc == 0 && sink && out->len >= POT_CHUNK)
			rc = sink->flush(sink->data, out);
	}
	if (rc == 0 && sink && out->len)
		rc = sink->flush(sink->data, out);
	if (rc < 0 && err.len)
		diag_error(NULL, 0, 0, "%s", err.buf);
	po_writer_release(&writer);
	strbuf_release(&msgstr);
	strbuf_release(&err);
	return rc;
}

int pot_format(const struct pot *pot, const struct pot_header *header, struct strbuf *out)
{
	return format_to(pot, header, out, NULL, NULL, NULL);
}

static int flush_stdout(void *data, struct strbuf *out)
{
	(void)data;
	int ok = fwrite(out->buf, 1, out->len, stdout) == out->len && fflush(stdout) == 0;
	strbuf_reset(out);
	if (!ok)
		return diag_io_error(_("standard output"), 0, 0, _("write error: %s"),
				     strerror(errno));
	return 0;
}

/* The first chunk holds the header: its creation date is marked as not
 * compared, so that a template that differs only there is left as it is. */
struct changed_sink {
	struct changed_file file;
	size_t date_from, date_to;
	int marked;
};

static int flush_changed(void *data, struct strbuf *out)
{
	struct changed_sink *sink = data;

	if (!sink->marked && sink->date_to > sink->date_from) {
		changed_file_ignore(&sink->file, (off_t)sink->date_from, (off_t)sink->date_to);
		sink->marked = 1;
	}
	int rc = changed_file_write(&sink->file, out->buf, out->len);
	strbuf_reset(out);
	return rc;
}

int pot_write(const struct pot *pot, const char *path, const struct pot_header *header)
{
	struct strbuf chunk = STRBUF_INIT;
	int rc;

	strbuf_grow(&chunk, 2 * POT_CHUNK);
	if (strcmp(path, "-") == 0) {
		struct pot_sink sink = { flush_stdout, NULL };
		rc = format_to(pot, header, &chunk, &sink, NULL, NULL);
		strbuf_release(&chunk);
		return rc;
	}
	struct changed_sink changed = { .date_from = 0, .date_to = 0, .marked = 0 };
	if (changed_file_open(&changed.file, path) < 0) {
		strbuf_release(&chunk);
		return -1;
	}
	struct pot_sink sink = { flush_changed, &changed };
	rc = format_to(pot, header, &chunk, &sink, &changed.date_from, &changed.date_to);
	if (rc == 0)
		rc = changed_file_commit(&changed.file, NULL);
	else
		changed_file_abort(&changed.file);
	strbuf_release(&chunk);
	return rc;
}
