/* stats.c: message and word counts. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "catalog.h"
#include "stats.h"
#include "strbuf.h"
#include "xalloc.h"

/* Inline markup in a msgid (<strong>...</strong>) is not translated text. */
static void strip_tags(const char *text, struct strbuf *out)
{
	for (const char *p = text; *p; p++) {
		if (*p == '<' && (p[1] == '/' || (p[1] >= 'a' && p[1] <= 'z'))) {
			const char *end = strchr(p, '>');
			if (end) {
				strbuf_addch(out, ' ');
				p = end;
				continue;
			}
		}
		strbuf_addch(out, *p);
	}
}

unsigned long stats_words(const char *text)
{
	struct strbuf plain = STRBUF_INIT;
	UErrorCode status = U_ZERO_ERROR;
	int32_t len = 0;
	unsigned long words = 0;

	strip_tags(text, &plain);
	u_strFromUTF8(NULL, 0, &len, plain.buf, (int32_t)plain.len, &status);
	status = U_ZERO_ERROR;
	UChar *utext = xmalloc(((size_t)len + 1) * sizeof(UChar));
	u_strFromUTF8(utext, len + 1, NULL, plain.buf, (int32_t)plain.len, &status);
	UBreakIterator *words_iter = ubrk_open(UBRK_WORD, "", utext, len, &status);
	if (U_SUCCESS(status)) {
		for (int32_t end = ubrk_next(words_iter); end != UBRK_DONE; end = ubrk_next(words_iter))
			if (ubrk_getRuleStatus(words_iter) != UBRK_WORD_NONE)
				words++;
	}
	ubrk_close(words_iter);
	free(utext);
	strbuf_release(&plain);
	return words;
}

static unsigned long *slot(struct stats_counts *counts, enum catalog_state state)
{
	switch (state) {
	case CATALOG_TRANSLATED: return &counts->translated;
	case CATALOG_FUZZY: return &counts->fuzzy;
	case CATALOG_UNTRANSLATED: return &counts->untranslated;
	case CATALOG_OBSOLETE: return &counts->obsolete;
	default: return NULL;
	}
}

void stats_count(po_file_t file, struct stats *stats)
{
	memset(stats, 0, sizeof(*stats));
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;

	while ((message = po_next_message(iterator))) {
		unsigned long *messages = slot(&stats->messages, catalog_state(message));
		if (!messages)
			continue;
		(*messages)++;
		unsigned long words = stats_words(po_message_msgid(message));
		if (po_message_msgid_plural(message))
			words += stats_words(po_message_msgid_plural(message));
		*slot(&stats->words, catalog_state(message)) += words;
	}
	po_message_iterator_free(iterator);
}

double stats_percent(const struct stats_counts *counts)
{
	unsigned long live = counts->translated + counts->fuzzy + counts->untranslated;

	return live ? 100.0 * (double)counts->translated / (double)live : 100.0;
}
