/* ini.h: the small INI dialect of folio.conf, as git's config and
 * po4a.cfg write it:
 *
 *     # a comment (also ';'), alone on its line
 *     [section]
 *     key = value          # a comment after a value
 *     key = "a value # with a hash, \"quotes\" and \\"
 *
 * Keys are letters, digits, '-', '_' and '.'; sections the same.  A value
 * runs to the end of the line (or to a ' #' or ' ;'), trimmed; a quoted
 * value keeps everything between the quotes, with \" and \\ escaped.  Keys
 * before any section header belong to the section "".  Lines are counted
 * from 1 and columns in bytes from 1, for file:line:column messages. */
#ifndef FOLIO_INI_H
#define FOLIO_INI_H

struct ini_entry {
	const char *section;   /* "" before the first header */
	const char *key;
	const char *value;
	long line, column;     /* where the key starts */
	long value_column;     /* where the value starts */
};

/* Calls visit for every key of text, in order; visit returns -1 to count
 * the entry as bad (it reports why itself).  Syntax errors are reported
 * against path.  Returns 0, or -1 when any line or entry was bad; the
 * other entries are still visited.  text is not changed. */
int ini_parse(const char *path, const char *text,
	      int (*visit)(const struct ini_entry *entry, void *data), void *data);

#endif
