/* merge-current.c: a catalog's messages against its template's, through
 * libgettextpo, one signature string per message. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "catalog.h"
#include "icu-flag.h"
#include "merge-current.h"
#include "strbuf.h"
#include "strmap.h"
#include "xalloc.h"

struct merge_template {
	char **signatures;      /* per message, in order */
	size_t n_messages;
	struct strmap keys;     /* "msgctxt\004msgid" of each message */
	char *creation_date;    /* the header's POT-Creation-Date */
};

static void add_key(struct strbuf *out, po_message_t message)
{
	const char *ctxt = po_message_msgctxt(message);

	if (ctxt) {
		strbuf_addstr(out, ctxt);
		strbuf_addch(out, '\004');
	}
	strbuf_addstr(out, po_message_msgid(message));
}

/* What msgmerge takes from the template for a message, as one string:
 * key, plural, extracted comments, references and format flags. */
static void signature(po_message_t message, struct strbuf *out)
{
	strbuf_reset(out);
	add_key(out, message);
	const char *plural = po_message_msgid_plural(message);
	strbuf_addf(out, "\n%s\n", plural ? plural : "");
	const char *comments = po_message_extracted_comments(message);
	if (comments && *comments) {
		strbuf_addstr(out, comments);
		/* A fresh allocation on every call, but a static "" when empty. */
		free((char *)comments);
	}
	po_filepos_t pos;
	for (int i = 0; (pos = po_message_filepos(message, i)); i++)
		strbuf_addf(out, "\n#: %s:%lu", po_filepos_file(pos),
			    (unsigned long)po_filepos_start_line(pos));
	for (const char *const *format = po_format_list(); *format; format++)
		if (po_message_is_format(message, *format))
			strbuf_addf(out, "\n#, %s", *format);
	int min, max;
	if (po_message_is_range(message, &min, &max))
		strbuf_addf(out, "\n#, range: %d..%d", min, max);
}

struct merge_template *merge_template_read(const char *pot)
{
	unsigned n_errors;
	po_file_t file = catalog_read(pot, 1, &n_errors);

	if (!file)
		return NULL;
	struct merge_template *t = xcalloc(1, sizeof(*t));
	size_t alloc = 0;
	struct strbuf sig = STRBUF_INIT, key = STRBUF_INIT;
	strmap_init(&t->keys);
	t->creation_date = catalog_header_field(file, "POT-Creation-Date");
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while ((message = po_next_message(iterator))) {
		enum catalog_state state = catalog_state(message);
		if (state == CATALOG_HEADER || state == CATALOG_OBSOLETE)
			continue;
		signature(message, &sig);
		FOLIO_GROW(t->signatures, t->n_messages + 1, alloc);
		t->signatures[t->n_messages++] = xstrdup(sig.buf);
		strbuf_reset(&key);
		add_key(&key, message);
		strmap_put(&t->keys, key.buf, "");
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	strbuf_release(&sig);
	strbuf_release(&key);
	return t;
}

void merge_template_free(struct merge_template *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_messages; i++)
		free(t->signatures[i]);
	free(t->signatures);
	strmap_release(&t->keys);
	free(t->creation_date);
	free(t);
}

/* The header as msgmerge would leave it. */
static int header_current(po_file_t file, const struct merge_template *t)
{
	char *date = catalog_header_field(file, "POT-Creation-Date");
	char *language = catalog_header_field(file, "Language");
	int current = language && date && t->creation_date && strcmp(date, t->creation_date) == 0;

	free(date);
	free(language);
	return current;
}

/* One message of the catalog against the template, n_seen messages in. */
static int message_current(po_message_t message, const struct merge_template *t,
			   size_t *n_seen, struct strbuf *scratch)
{
	if (po_message_is_obsolete(message)) {
		/* msgmerge would bring it back, or move it after the others. */
		strbuf_reset(scratch);
		add_key(scratch, message);
		return *n_seen == t->n_messages && !strmap_get(&t->keys, scratch->buf);
	}
	if (*n_seen >= t->n_messages)
		return 0;
	/* msgmerge drops a previous msgid that no fuzzy flag explains. */
	if (po_message_prev_msgid(message) && !po_message_is_fuzzy(message))
		return 0;
	signature(message, scratch);
	return strcmp(scratch->buf, t->signatures[(*n_seen)++]) == 0;
}

/* folio update gives each ICU message the flag msgmerge drops
 * (icu-flag.h): a catalog still lacking one is not as update leaves it. */
static int has_icu_flags(const char *po)
{
	size_t len;
	char *text = read_file(po, &len);
	struct strbuf out = STRBUF_INIT;

	int complete = text && icu_flag_restore(text, &out) == 0;
	free(text);
	strbuf_release(&out);
	return complete;
}

int merge_is_current(const char *po, const struct merge_template *t)
{
	unsigned n_errors;
	po_file_t file = t ? catalog_read(po, 1, &n_errors) : NULL;

	if (!file)
		return 0;
	struct strbuf scratch = STRBUF_INIT;
	int current = header_current(file, t);
	size_t n_seen = 0;
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while (current && (message = po_next_message(iterator)))
		if (catalog_state(message) != CATALOG_HEADER)
			current = message_current(message, t, &n_seen, &scratch);
	po_message_iterator_free(iterator);
	po_file_free(file);
	strbuf_release(&scratch);
	return current && n_seen == t->n_messages && has_icu_flags(po);
}
