/* po-lines.c: the entries of a PO file by their keyword lines. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "po-lines.h"
#include "xalloc.h"

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The keyword part of a line: "#~ msgid ..." is read as "msgid ...". */
static const char *keyword(const char *line, int *comment)
{
	*comment = 0;
	if (starts_with(line, "#~") && !starts_with(line, "#~|")) {
		line += 2;
		while (*line == ' ' || *line == '\t')
			line++;
		return line;
	}
	if (*line == '#')
		*comment = 1;
	return line;
}

void po_lines_scan(struct po_lines *lines, const char *text)
{
	long line_no = 0, comments_from = 0;
	int after_msgstr = 1;   /* the next msgctxt or msgid starts an entry */

	memset(lines, 0, sizeof(*lines));
	for (const char *line = text; *line; ) {
		const char *end = strchr(line, '\n');
		line_no++;
		int comment;
		const char *key = keyword(line, &comment);
		if (comment) {
			if (after_msgstr && !comments_from)
				comments_from = line_no;
		} else if (starts_with(key, "msgctxt") || (starts_with(key, "msgid")
							    && !starts_with(key, "msgid_plural"))) {
			if (after_msgstr) {
				FOLIO_GROW(lines->entries, lines->n_entries + 1, lines->alloc);
				struct po_line_entry *e = &lines->entries[lines->n_entries++];
				e->first = comments_from ? comments_from : line_no;
				e->msgstr = 0;
				e->message = NULL;
			}
			after_msgstr = 0;
			comments_from = 0;
		} else if (starts_with(key, "msgstr") && lines->n_entries) {
			struct po_line_entry *e = &lines->entries[lines->n_entries - 1];
			if (!after_msgstr)
				e->msgstr = line_no;
			after_msgstr = 1;
		} else if (strspn(line, " \t\r") == (size_t)(end ? end - line : (long)strlen(line))) {
			comments_from = 0;   /* a blank line ends a run of comments */
		}
		if (!end)
			break;
		line = end + 1;
	}
}

void po_lines_match(struct po_lines *lines, po_file_t file)
{
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	size_t i = 0;

	while ((message = po_next_message(iterator))) {
		if (i < lines->n_entries)
			lines->entries[i].message = message;
		i++;
	}
	po_message_iterator_free(iterator);
	lines->matched = i == lines->n_entries;
}

const struct po_line_entry *po_lines_find(struct po_lines *lines, po_message_t message)
{
	if (!lines->matched || !lines->n_entries)
		return NULL;
	for (size_t k = 0; k < lines->n_entries; k++) {
		size_t i = (lines->cursor + k) % lines->n_entries;
		if (lines->entries[i].message == message) {
			lines->cursor = i;
			return &lines->entries[i];
		}
	}
	return NULL;
}

void po_lines_release(struct po_lines *lines)
{
	free(lines->entries);
	memset(lines, 0, sizeof(*lines));
}
