/* stats.h: what a catalog holds, by messages and by source words. */
#ifndef FOLIO_STATS_H
#define FOLIO_STATS_H

#include <gettext-po.h>

struct stats_counts {
	unsigned long translated, fuzzy, untranslated, obsolete;
};

struct stats {
	struct stats_counts messages;
	struct stats_counts words;     /* words of the msgid (and msgid_plural) */
};

/* Counts file's messages as msgfmt --statistics does, and their source
 * words by ICU word segmentation. */
void stats_count(po_file_t file, struct stats *stats);
/* Words in UTF-8 text per ICU's word break rules (numbers and words; not
 * spaces or punctuation).  Markup tags are not words. */
unsigned long stats_words(const char *text);
/* Translated messages in percent of all live ones (100 when none). */
double stats_percent(const struct stats_counts *counts);

#endif
