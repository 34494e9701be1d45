/* translations.c: catalogs into lookup maps. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "catalog.h"
#include "diag.h"
#include "i18n.h"
#include "po-scan.h"
#include "strbuf.h"
#include "icu-pattern.h"
#include "locale-tag.h"
#include "pseudo.h"
#include "translations.h"

static void key_of(struct strbuf *key, const char *msgctxt, const char *msgid)
{
	strbuf_reset(key);
	if (msgctxt) {
		strbuf_addstr(key, msgctxt);
		strbuf_addch(key, '\004');
	}
	strbuf_addstr(key, msgid);
}

/* The slow, authoritative path: libgettextpo, with its diagnostics. */
int translations_read_with_gettext(const char *path, struct strmap *map)
{
	unsigned n_errors;
	po_file_t file = catalog_read(path, 0, &n_errors);

	if (!file)
		return -1;
	struct strbuf key = STRBUF_INIT;
	po_message_iterator_t iterator = po_message_iterator(file, NULL);
	po_message_t message;
	while ((message = po_next_message(iterator))) {
		if (catalog_state(message) != CATALOG_TRANSLATED || po_message_msgid_plural(message))
			continue;
		key_of(&key, po_message_msgctxt(message), po_message_msgid(message));
		strmap_put(map, key.buf, po_message_msgstr(message));
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	strbuf_release(&key);
	return 0;
}

int translations_read_file(const char *path, struct strmap *map)
{
	size_t len;
	char *text = read_file(path, &len);

	if (!text && errno == ENOENT)
		return 0;
	if (!text)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	enum po_scan_result scanned = po_scan(text, len, map);
	free(text);
	if (scanned == PO_SCAN_OK)
		return 0;
	strmap_release(map);
	strmap_init(map);
	return translations_read_with_gettext(path, map);
}

int translations_load(struct translations *t, const char *po_dir, const char *domain,
		      const struct locale *locale)
{
	struct strbuf path = STRBUF_INIT;
	int rc = 0;

	strmap_init(&t->own);
	strmap_init(&t->fallback);
	t->pseudo = locale && pseudo_is_pseudo(locale->tag) ? locale->tag : NULL;
	if (!locale || t->pseudo)
		return 0;
	for (size_t i = 0; rc == 0 && i < locale->n_chain && i < 2; i++) {
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s/%s.po", po_dir, domain, locale->chain[i]);
		rc = translations_read_file(path.buf, i == 0 ? &t->own : &t->fallback);
	}
	strbuf_release(&path);
	return rc;
}

void translations_release(struct translations *t)
{
	strmap_release(&t->own);
	strmap_release(&t->fallback);
}

/* A pseudo-locale's translation of msgid, made once and kept under key. */
static const char *pseudo_translation(struct translations *t, const char *key,
				      const char *msgid)
{
	const char *made = strmap_get(&t->own, key);
	if (made)
		return made;
	struct strbuf out = STRBUF_INIT;
	long column;
	struct strbuf err = STRBUF_INIT;
	/* Patterns keep their syntax; text with a stray brace stays text. */
	int is_icu = strchr(msgid, '{') && icu_pattern_parse(msgid, "en", &column, &err) == 0;
	if (pseudo_translate(t->pseudo, msgid, is_icu, &out) == 0)
		strmap_put(&t->own, key, out.buf);
	strbuf_release(&out);
	strbuf_release(&err);
	return strmap_get(&t->own, key);
}

const char *translations_get(struct translations *t, const char *msgctxt,
			     const char *msgid, int *from_fallback)
{
	struct strbuf key = STRBUF_INIT;

	key_of(&key, msgctxt, msgid);
	const char *value = t->pseudo ? pseudo_translation(t, key.buf, msgid)
				      : strmap_get(&t->own, key.buf);
	int fallback = 0;
	if (!value && !t->pseudo) {
		value = strmap_get(&t->fallback, key.buf);
		fallback = value != NULL;
	}
	if (from_fallback)
		*from_fallback = fallback;
	strbuf_release(&key);
	return value;
}

/* Appends the value of the quoted PO string that starts at p (a '"'),
 * escapes resolved; returns the end of its line. */
static const char *add_po_string(const char *p, struct strbuf *out)
{
	for (p++; *p && *p != '"' && *p != '\n'; p++) {
		if (*p != '\\' || !p[1]) {
			strbuf_addch(out, *p);
			continue;
		}
		switch (*++p) {
		case 'n': strbuf_addch(out, '\n'); break;
		case 't': strbuf_addch(out, '\t'); break;
		case 'r': strbuf_addch(out, '\r'); break;
		default: strbuf_addch(out, *p); break;
		}
	}
	return p + strcspn(p, "\n");
}

long translations_line(const char *po_path, const char *msgstr)
{
	char *text = po_path ? read_file(po_path, NULL) : NULL;
	struct strbuf value = STRBUF_INIT;
	long line_no = 0, found = 0;

	/* Each msgstr and the string lines that continue it, decoded. */
	for (const char *line = text; line && *line && !found; ) {
		line_no++;
		const char *end = line + strcspn(line, "\n");
		if (strncmp(line, "msgstr \"", 8) == 0) {
			long start = line_no;
			strbuf_reset(&value);
			end = add_po_string(line + 7, &value);
			while (*end == '\n' && end[1] == '"') {
				line_no++;
				end = add_po_string(end + 1, &value);
			}
			if (strcmp(value.buf, msgstr) == 0)
				found = start;
		}
		line = *end ? end + 1 : end;
	}
	free(text);
	strbuf_release(&value);
	return found;
}
