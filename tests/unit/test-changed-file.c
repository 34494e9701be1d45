/* test-changed-file.c: a stream that agrees with the file it would
 * replace leaves it untouched; one that differs anywhere (in the first
 * chunk, a later one, at the end, after the span not compared) replaces
 * it with exactly the stream. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "changed-file.h"
#include "tap.h"

static char path[4096];

static void put(const char *text)
{
	FILE *fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
}

/* Streams text in chunks of size bytes, the span [from, to) not compared
 * (from < 0: none).  Returns what commit said changed, -1 on failure. */
static int stream(const char *text, size_t size, long from, long to)
{
	struct changed_file cf;
	size_t len = strlen(text);
	int changed;

	if (changed_file_open(&cf, path) < 0)
		return -1;
	if (from >= 0)
		changed_file_ignore(&cf, from, to);
	for (size_t at = 0; at < len; at += size)
		if (changed_file_write(&cf, text + at, len - at < size ? len - at : size) < 0) {
			changed_file_abort(&cf);
			return -1;
		}
	return changed_file_commit(&cf, &changed) < 0 ? -1 : changed;
}

static int holds(const char *text)
{
	size_t len;
	char *data = read_file(path, &len);
	int same = data && len == strlen(text) && memcmp(data, text, len) == 0;

	free(data);
	return same;
}

static ino_t inode(void)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_ino : 0;
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(path, sizeof(path), "%s/test-changed-file.%ld", tmp && *tmp ? tmp : "/tmp",
		 (long)getpid());
	const char *text = "header DATE-ONE\nbody one\nbody two\nbody three\n";

	unlink(path);
	ok(stream(text, 5, -1, -1) == 1 && holds(text), "a new file holds the stream");
	ino_t before = inode();
	ok(stream(text, 7, -1, -1) == 0 && inode() == before, "the same stream leaves it untouched");
	ok(stream(text, 1000, -1, -1) == 0 && inode() == before, "in one chunk too");

	/* header DATE-ONE: bytes 7 to 15 */
	const char *other_date = "header DATE-TWO\nbody one\nbody two\nbody three\n";
	ok(stream(other_date, 4, 7, 15) == 0 && holds(text) && inode() == before,
	   "a difference only in the span not compared changes nothing");
	const char *later = "header DATE-TWO\nbody one\nbody TWO\nbody three\n";
	ok(stream(later, 4, 7, 15) == 1 && holds(later),
	   "a later difference: the stream's own span and the rest as streamed");
	const char *first = "HEADER DATE-ONE\nbody one\nbody two\nbody three\n";
	ok(stream(first, 3, 7, 15) == 1 && holds(first), "a difference in the first chunk");

	put(text);
	const char *shorter = "header DATE-ONE\nbody one\n";
	ok(stream(shorter, 6, -1, -1) == 1 && holds(shorter), "an old file longer than the stream");
	const char *longer = "header DATE-ONE\nbody one\nbody two\nbody three\nand four\n";
	ok(stream(longer, 6, -1, -1) == 1 && holds(longer), "an old file shorter than the stream");
	ok(stream("", 6, -1, -1) == 1 && holds(""), "an empty stream empties it");
	ok(stream("", 6, -1, -1) == 0 && holds(""), "and again changes nothing");

	char saved[sizeof(path)];
	memcpy(saved, path, sizeof(saved));
	snprintf(path, sizeof(path), "%.4000s.d", saved);
	mkdir(path, 0700);
	ok(stream(text, 5, -1, -1) < 0, "a folder is not replaced");
	rmdir(path);
	memcpy(path, saved, sizeof(saved));

	unlink(path);
	return done_testing();
}
