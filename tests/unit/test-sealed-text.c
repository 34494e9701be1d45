/* test-sealed-text.c: records read back only from a text as it was
 * sealed, whole. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sealed-text.h"
#include "tap.h"

#define HEADER "test-sealed 1\n"

/* The records of a copy of text (len bytes), joined by '|', or "FAIL". */
static void records(const char *text, size_t len, char *out, size_t size)
{
	char *copy = malloc(len + 1), *end;
	memcpy(copy, text, len);
	char *line = sealed_text_open(copy, len, HEADER, &end);

	if (!line) {
		snprintf(out, size, "FAIL");
	} else {
		out[0] = '\0';
		for (; line < end; line = sealed_text_next(line, end)) {
			if (out[0])
				strncat(out, "|", size - strlen(out) - 1);
			strncat(out, line, size - strlen(out) - 1);
		}
	}
	free(copy);
}

int main(void)
{
	struct strbuf text = STRBUF_INIT;
	char got[256];

	strbuf_addstr(&text, HEADER "one\ttwo\n\nthree\n");
	sealed_text_seal(&text);
	records(text.buf, text.len, got, sizeof got);
	is_str(got, "one\ttwo||three", "records come back as written, an empty one too");

	char *cut = strdup(text.buf);
	cut[strlen(HEADER)] = 'O';
	records(cut, text.len, got, sizeof got);
	is_str(got, "FAIL", "a record edited after sealing fails the check");
	records(text.buf, text.len - 1, got, sizeof got);
	is_str(got, "FAIL", "a text cut short fails");
	records(text.buf, strlen(HEADER) + 4, got, sizeof got);
	is_str(got, "FAIL", "a text cut before its end line fails");
	memcpy(cut, text.buf, text.len);
	cut[strlen(HEADER) + 1] = '\0';
	records(cut, text.len, got, sizeof got);
	is_str(got, "FAIL", "a NUL in a record fails");
	memcpy(cut, text.buf, text.len);
	cut[0] = 'T';
	records(cut, text.len, got, sizeof got);
	is_str(got, "FAIL", "another header fails");
	free(cut);

	strbuf_reset(&text);
	strbuf_addstr(&text, HEADER);
	sealed_text_seal(&text);
	records(text.buf, text.len, got, sizeof got);
	is_str(got, "", "a text of no records has none");
	records(HEADER, strlen(HEADER), got, sizeof got);
	is_str(got, "FAIL", "a header alone, without its end line, fails");
	records("", 0, got, sizeof got);
	is_str(got, "FAIL", "an empty file fails");
	strbuf_release(&text);
	return done_testing();
}
