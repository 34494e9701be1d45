/* icu-flag.c: the ICU MessageFormat mark, read from the extracted comment
 * and written as the flag translators' tools know.  The PO text is edited
 * line by line, entry by entry; nothing but the flag changes. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "icu-flag.h"

int icu_flag_wanted(const char *comments)
{
	size_t len = strlen(ICU_FLAG);

	for (const char *line = comments; line && *line; ) {
		const char *end = strchr(line, '\n');
		size_t line_len = end ? (size_t)(end - line) : strlen(line);
		if (line_len == len && memcmp(line, ICU_FLAG, len) == 0)
			return 1;
		line = end ? end + 1 : line + line_len;
	}
	return 0;
}

/* The comment lines of one entry, waiting for its first keyword line. */
struct block {
	struct strbuf text;
	long flags_end;      /* offset of the end of its "#," line, -1 for none */
	long previous;       /* offset of its first "#|" line, -1 for none */
	int commented, flagged;
};

static void block_reset(struct block *b)
{
	strbuf_reset(&b->text);
	b->flags_end = b->previous = -1;
	b->commented = b->flagged = 0;
}

static int has_flag(const char *line, size_t len)
{
	size_t flag_len = strlen(ICU_FLAG);

	for (const char *p = line + 2; p + flag_len <= line + len; p++)
		if (memcmp(p, ICU_FLAG, flag_len) == 0 && (p[-1] == ' ' || p[-1] == ',')
		    && (p + flag_len == line + len || p[flag_len] == ',' || p[flag_len] == ' '))
			return 1;
	return 0;
}

static void block_line(struct block *b, const char *line, size_t len)
{
	if (len == 2 + strlen(ICU_FLAG) + 1 && memcmp(line, "#. " ICU_FLAG, len) == 0)
		b->commented = 1;
	if (len >= 2 && memcmp(line, "#,", 2) == 0) {
		b->flagged |= has_flag(line, len);
		b->flags_end = (long)(b->text.len + len);
	}
	if (len >= 2 && memcmp(line, "#|", 2) == 0 && b->previous < 0)
		b->previous = (long)b->text.len;
	strbuf_add(&b->text, line, len);
	strbuf_addch(&b->text, '\n');
}

/* Writes the block out, with the flag when the entry needs it. */
static unsigned block_flush(struct block *b, int live, struct strbuf *out)
{
	unsigned marked = 0;

	if (live && b->commented && !b->flagged) {
		marked = 1;
		if (b->flags_end >= 0) {
			strbuf_add(out, b->text.buf, (size_t)b->flags_end);
			strbuf_addstr(out, ", " ICU_FLAG);
			strbuf_addstr(out, b->text.buf + b->flags_end);
		} else {
			size_t at = b->previous >= 0 ? (size_t)b->previous : b->text.len;
			strbuf_add(out, b->text.buf, at);
			strbuf_addstr(out, "#, " ICU_FLAG "\n");
			strbuf_addstr(out, b->text.buf + at);
		}
	} else {
		strbuf_add(out, b->text.buf, b->text.len);
	}
	block_reset(b);
	return marked;
}

unsigned icu_flag_restore(const char *text, struct strbuf *out)
{
	struct block b = { STRBUF_INIT, -1, -1, 0, 0 };
	unsigned marked = 0;

	for (const char *line = text; *line; ) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		int obsolete = len >= 2 && memcmp(line, "#~", 2) == 0;
		if (line[0] == '#' && !obsolete) {
			block_line(&b, line, len);
		} else {
			marked += block_flush(&b, len > 0 && !obsolete, out);
			strbuf_add(out, line, len);
			if (end)
				strbuf_addch(out, '\n');
		}
		line += len + (end != NULL);
	}
	marked += block_flush(&b, 0, out);
	strbuf_release(&b.text);
	return marked;
}

int icu_flag_restore_file(const char *path)
{
	size_t len;
	char *text = read_file(path, &len);

	if (!text)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	struct strbuf out = STRBUF_INIT;
	int rc = 0;
	if (icu_flag_restore(text, &out) > 0) {
		int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
		int failed = fd < 0 || write_all(fd, out.buf, out.len) < 0;
		if (fd >= 0 && close(fd) != 0)
			failed = 1;
		if (failed)
			rc = diag_io_error(path, 0, 0, _("write error: %s"), strerror(errno));
	}
	free(text);
	strbuf_release(&out);
	return rc;
}
