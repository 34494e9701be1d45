/* test-mo-file.c: .mo files read with every offset checked, and the
 * catalog line of a msgstr found, wrapped or not. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "diag.h"
#include "mo-file.h"
#include "strbuf.h"
#include "tap.h"
#include "translations.h"

/* A .mo image: header of 7 words, then the tables, then the strings. */
struct image {
	unsigned char data[512];
	size_t len;
	int big;
};

static void put_word(struct image *im, size_t at, uint32_t w)
{
	for (int i = 0; i < 4; i++)
		im->data[at + (size_t)i] = (unsigned char)(im->big ? w >> (24 - 8 * i) : w >> (8 * i));
}

/* n pairs (original, translation); '|' stands for the NUL between a
 * plural entry's forms. */
static void build(struct image *im, int big, size_t n, const char *const *strings)
{
	size_t strings_at = 28 + 16 * n;

	im->big = big;
	im->len = strings_at;
	put_word(im, 0, 0x950412de);
	put_word(im, 4, 0);
	put_word(im, 8, (uint32_t)n);
	put_word(im, 12, 28);
	put_word(im, 16, (uint32_t)(28 + 8 * n));
	put_word(im, 20, 0);
	put_word(im, 24, 0);
	for (size_t i = 0; i < 2 * n; i++) {
		const char *s = strings[i];
		size_t len = strlen(s);
		size_t table = i % 2 ? 28 + 8 * n : 28, entry = table + 8 * (i / 2);
		put_word(im, entry, (uint32_t)len);
		put_word(im, entry + 4, (uint32_t)im->len);
		for (size_t k = 0; k < len; k++)
			im->data[im->len + k] = s[k] == '|' ? '\0' : (unsigned char)s[k];
		im->data[im->len + len] = '\0';
		im->len += len + 1;
	}
}

static int read_image(const struct image *im, struct strmap *map)
{
	char path[] = "/tmp/test-mo-file.XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, im->data, im->len) != (ssize_t)im->len)
		return -2;
	close(fd);
	int rc = mo_file_read(path, map);
	unlink(path);
	return rc;
}

static void check_orders(void)
{
	static const char *const strings[] = {
		"", "Content-Type: text/plain; charset=UTF-8\n",
		"ctx\004Open", "Ouvrir (ctx)",
		"Open", "Ouvrir",
		"file|files", "fichier|fichiers",
	};
	for (int big = 0; big <= 1; big++) {
		struct image im;
		struct strmap map;
		strmap_init(&map);
		build(&im, big, 4, strings);
		ok(read_image(&im, &map) == 0, "%s-endian: read", big ? "big" : "little");
		is_str(strmap_get(&map, "Open"), "Ouvrir", "a translation");
		is_str(strmap_get(&map, "ctx\004Open"), "Ouvrir (ctx)", "one with a context");
		ok(map.count == 2, "no header, no plural entry (%zu entries)", map.count);
		strmap_release(&map);
	}
}

static void check_hostile(void)
{
	static const char *const strings[] = { "Open", "Ouvrir" };
	struct image im;
	struct strmap map;

	strmap_init(&map);
	build(&im, 0, 1, strings);
	put_word(&im, 28 + 4, 0xfffffff0);
	ok(read_image(&im, &map) < 0, "a string's offset beyond the file is refused");
	build(&im, 0, 1, strings);
	put_word(&im, 28, 0xffffffff);
	ok(read_image(&im, &map) < 0, "a length that wraps around is refused");
	build(&im, 0, 1, strings);
	im.data[im.len - 1] = 'x';
	ok(read_image(&im, &map) < 0, "a string without its NUL is refused");
	build(&im, 0, 1, strings);
	put_word(&im, 8, 0x10000000);
	ok(read_image(&im, &map) < 0, "more strings than the file holds are refused");
	build(&im, 0, 1, strings);
	im.len = 20;
	ok(read_image(&im, &map) < 0, "a file shorter than the header is refused");
	strmap_release(&map);
}

static void check_lines(void)
{
	char path[] = "/tmp/test-mo-file-po.XXXXXX";
	int fd = mkstemp(path);
	const char po[] = "msgid \"a\"\nmsgstr \"A\"\n\nmsgid \"b\"\nmsgstr \"\"\n\"B \"\n"
			  "\"\\\"c\\\"\\n\"\n\nmsgid \"d\"\nmsgstr \"D\"\n";
	ok(fd >= 0 && write(fd, po, sizeof(po) - 1) == (ssize_t)(sizeof(po) - 1), "a catalog");
	close(fd);
	ok(translations_line(path, "A") == 2, "a one-line msgstr's line");
	ok(translations_line(path, "B \"c\"\n") == 5, "a wrapped msgstr's keyword line");
	ok(translations_line(path, "D") == 10, "after a wrapped one");
	ok(translations_line(path, "nowhere") == 0, "none: 0");
	unlink(path);
}

int main(void)
{
	diag_set_quiet(1);
	check_orders();
	check_hostile();
	check_lines();
	return done_testing();
}
