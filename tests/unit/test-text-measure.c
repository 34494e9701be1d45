/* test-text-measure.c: a line measured for the text edition is collapsed
 * as space_normalise collapses it, its units are that text in UTF-16, and
 * each unit's byte and columns are where they are, whether the line is
 * plain ASCII (measured without its arrays) or not, and wherever its runs
 * of spaces fall against the sixteen-byte blocks of the fast path. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "fmt.h"
#include "space.h"
#include "strbuf.h"
#include "tap.h"
#include "text-measure.h"

static const char *const pieces[] = {
	"a", "word", "longerword", "x.", "(y)", " ", "  ", "   ", "\t", "\n", " \n  ",
	"\xc3\xa9", "\xe2\x80\x99", "\xe6\x97\xa5\xe6\x9c\xac", "0123456789abcdef",
};

/* What text_measure_line must give, checked against m and clean. */
static int agrees(struct text_measure *m, const struct strbuf *clean, const char *raw)
{
	struct strbuf want = STRBUF_INIT;
	strbuf_addstr(&want, raw);
	space_normalise(&want, SPACE_DEFAULT);
	int ok = clean->len == want.len && memcmp(clean->buf, want.buf, want.len) == 0;

	UChar u[4096];
	int32_t n = 0;
	UErrorCode status = U_ZERO_ERROR;
	u_strFromUTF8(u, 4096, &n, want.buf, (int32_t)want.len, &status);
	ok = ok && U_SUCCESS(status) && n == m->len && memcmp(u, m->u, (size_t)n * sizeof(UChar)) == 0;
	/* Each unit starts at its character's byte; columns grow by one for
	 * ASCII and a Latin letter, two for an ideograph. */
	int32_t byte = 0, cols = 0;
	for (int32_t i = 0; ok && i < n;) {
		UChar32 c;
		int32_t start = i;
		U16_NEXT(u, i, n, c);
		if (text_measure_offset(m, start) != byte
		    || (!m->plain && m->columns[start] != cols))
			ok = 0;
		byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
		cols += c >= 0x3000 ? 2 : 1;
	}
	ok = ok && text_measure_offset(m, n) == byte && (m->plain || m->columns[n] == cols);
	strbuf_release(&want);
	return ok;
}

int main(void)
{
	struct fmt_locale *locale = fmt_locale_get("en");
	struct text_measure m = { .u = NULL, .len = 0 };
	struct strbuf clean = STRBUF_INIT, raw = STRBUF_INIT;
	int failures = 0, plain = 0, mixed = 0;

	srand(15);
	for (int round = 0; round < 20000; round++) {
		strbuf_reset(&raw);
		int n_pieces = rand() % 40;
		int ascii_only = rand() % 2;
		for (int k = 0; k < n_pieces; k++) {
			size_t n_choices = sizeof(pieces) / sizeof(pieces[0]) - (ascii_only ? 3 : 0);
			strbuf_addstr(&raw, pieces[(size_t)rand() % n_choices]);
		}
		text_measure_line(&m, locale, raw.buf, raw.len, &clean);
		if (m.plain)
			plain++;
		else
			mixed++;
		if (!agrees(&m, &clean, raw.buf) && failures++ < 3)
			printf("# differs: '%s'\n", raw.buf);
	}
	ok(failures == 0, "20000 random lines are collapsed and measured as they should be");
	ok(plain > 1000 && mixed > 1000, "both plain and other lines came (%d and %d)", plain, mixed);

	text_measure_line(&m, locale, "  lead and trail  ", 18, &clean);
	is_str(clean.buf, "lead and trail", "spaces at the ends go");
	ok(m.plain && m.len == 14, "and the line is plain");
	text_measure_line(&m, locale, "0123456789abcde  f", 18, &clean);
	is_str(clean.buf, "0123456789abcde f", "a pair of spaces across two blocks is one space");
	text_measure_line(&m, locale, "caf\xc3\xa9 au lait", 13, &clean);
	ok(!m.plain && m.len == 12 && m.offsets[4] == 5 && m.columns[12] == 12,
	   "a Latin letter: two bytes, one unit, one column");

	text_measure_release(&m);
	strbuf_release(&clean);
	strbuf_release(&raw);
	return done_testing();
}
