/* po-lines.h: where each entry of a PO file is, by line.
 *
 * libgettextpo gives a message's source references (#: content/x.xml:42)
 * but not its own place in the PO file, which is where a reviewer or a CI
 * annotation must point.  The entries are found here by their keywords
 * (msgctxt, msgid, msgstr, and the same after "#~"), in file order, which
 * is the order libgettextpo's iterator returns the messages in (the header
 * and obsolete entries included).  When the two counts differ (a file
 * libgettextpo recovered from), no line is given rather than a wrong one. */
#ifndef FOLIO_PO_LINES_H
#define FOLIO_PO_LINES_H

#include <stddef.h>

#include <gettext-po.h>

struct po_line_entry {
	long first;        /* its first line, comments included */
	long msgstr;       /* the line of its msgstr (or msgstr[0]) */
	po_message_t message;   /* borrowed, filled by po_lines_match */
};

struct po_lines {
	struct po_line_entry *entries;
	size_t n_entries, alloc;
	size_t cursor;     /* where the last lookup ended: lookups go in order */
	int matched;       /* the entries are the file's messages, one for one */
};

/* Finds the entries of the PO text (NUL-terminated).  Release with
 * po_lines_release. */
void po_lines_scan(struct po_lines *lines, const char *text);
/* Pairs the entries with the messages of file, in order. */
void po_lines_match(struct po_lines *lines, po_file_t file);
/* The entry of message, or NULL when it is not known. */
const struct po_line_entry *po_lines_find(struct po_lines *lines, po_message_t message);
void po_lines_release(struct po_lines *lines);

#endif
