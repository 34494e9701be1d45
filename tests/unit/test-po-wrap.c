/* test-po-wrap.c: po_wrap_breaks against libunistring's own
 * ulc_width_linebreaks, which it must equal byte for byte: on seeded random
 * strings made of words, spaces, punctuation, escapes, quotes, brackets,
 * digits, wide, combining, joining and right-to-left characters and
 * mandatory breaks, at the widths and start columns the PO writer uses,
 * with random "no break here" overrides. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "po-wrap.h"
#include "strbuf.h"
#include "tap.h"

static const char *const pieces[] = {
	"a", "word", "Stretching", "I", "x", "e.g.", "it’s", "don't", "well-known", "café",
	" ", " ", " ", " ", "  ", ", ", ". ", "; ", ": ", "? ", "! ", "(", ")", "[", "]", "{", "}",
	"\\\"", "\\n", "\\t", "\\\\", "'", "-", "--", " - ", "/", "%", "%d", "$", "+", "#", "&amp;",
	"<em>", "</em>", "<a href=\"x\">", "</a>", "12", "3.5", "1,000", "“", "”", "«", "»", "–",
	"—", "…", "日本語", "の", "。", "、", "한국어", "עברית", "-", "שלום", "\u0301", "\u200d",
	"\u200b", "\u00a0", "\u2060", "🇫🇷", "🇩🇪", "😀", "ไทย", "\u2028", "\x01",
	"http://example.org/a/very/long/path/without/spaces/at/all/index.html",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
};

static unsigned long seed = 15;

static unsigned pick(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33) % n;
}

/* A random string; mostly words and spaces, as text is. */
static void random_text(struct strbuf *text)
{
	unsigned n_pieces = sizeof(pieces) / sizeof(pieces[0]);
	unsigned count = 1 + pick(120);
	int plain = pick(4) == 0;

	strbuf_reset(text);
	for (unsigned i = 0; i < count; i++) {
		unsigned k = pick(3) ? pick(10) + (pick(2) ? 10 : 0) : pick(n_pieces);
		if (plain && pick(20))
			k = pick(2) ? pick(4) : 10;
		if (k >= n_pieces)
			k = 0;
		strbuf_addstr(text, pieces[k]);
	}
}

static int same_breaks(const char *text, size_t len, int width, int start, const char *overrides,
		       struct strbuf *scratch)
{
	char *want = malloc(len + 1), *got = malloc(len + 1);

	ulc_width_linebreaks(text, len, width, start, 0, overrides, "UTF-8", want);
	po_wrap_breaks(text, len, width, start, overrides, scratch, got);
	int same = memcmp(want, got, len) == 0;
	if (!same)
		printf("# differs at width %d start %d: '%s'\n", width, start, text);
	free(want);
	free(got);
	return same;
}

int main(void)
{
	struct strbuf text = STRBUF_INIT, overrides = STRBUF_INIT, scratch = STRBUF_INIT;
	int failures = 0, with_overrides = 0;
	enum { ROUNDS = 20000 };

	for (int round = 0; round < ROUNDS; round++) {
		random_text(&text);
		int width = 60 + (int)pick(20);
		int start = pick(2) ? 0 : (int)pick(30);
		strbuf_reset(&overrides);
		strbuf_grow(&overrides, text.len);
		int override = pick(2);
		for (size_t i = 0; i < text.len; i++)
			overrides.buf[i] = override && pick(8) == 0
				? UC_BREAK_PROHIBITED : UC_BREAK_UNDEFINED;
		with_overrides += override;
		if (!same_breaks(text.buf, text.len, width, start,
				 pick(8) ? overrides.buf : NULL, &scratch))
			failures++;
	}
	ok(failures == 0, "%d random strings break where ulc_width_linebreaks breaks them "
	   "(%d with overrides): %d differ", ROUNDS, with_overrides, failures);

	const char *prose = "The pain may come from the uterus, which contracts during orgasm, "
		"or from pressure on the cervix; it usually fades within a few minutes, and "
		"a warm bath, gentle stretching or a change of position often helps.";
	int prose_ok = 1;
	for (int width = 10; width <= 78; width++)
		for (int start = 0; start < 12; start++)
			prose_ok &= same_breaks(prose, strlen(prose), width, start, NULL, &scratch);
	ok(prose_ok, "prose breaks the same at every width from 10 to 78");
	ok(same_breaks("", 0, 77, 0, NULL, &scratch), "an empty string has no break");

	strbuf_release(&text);
	strbuf_release(&overrides);
	strbuf_release(&scratch);
	return done_testing();
}
