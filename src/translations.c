/* translations.c: catalogs into a lookup map. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "strbuf.h"
#include "translations.h"

static void key_of(struct strbuf *key, const char *msgctxt, const char *msgid)
{
	strbuf_reset(key);
	if (msgctxt)
		strbuf_addf(key, "%s\004", msgctxt);
	strbuf_addstr(key, msgid);
}

static int load_file(struct translations *t, const char *path)
{
	unsigned n_errors;

	if (access(path, F_OK) != 0)
		return 0;
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
		strbuf_grow(&key, 0);
		strmap_put(&t->map, key.buf, po_message_msgstr(message));
	}
	po_message_iterator_free(iterator);
	po_file_free(file);
	strbuf_release(&key);
	return 0;
}

int translations_load(struct translations *t, const char *po_dir, const char *domain,
		      const char *lang)
{
	struct strbuf path = STRBUF_INIT;
	int rc = 0;

	strmap_init(&t->map);
	t->files = NULL;
	if (!lang || strcmp(lang, "en") == 0)
		return 0;
	strbuf_addf(&path, "%s/%s/%s.po", po_dir, domain, lang);
	rc = load_file(t, path.buf);
	size_t language_len = strcspn(lang, "_-");
	if (rc == 0 && lang[language_len]) {
		/* The language-only catalog fills what the regional one lacks. */
		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%s/%.*s.po", po_dir, domain, (int)language_len, lang);
		rc = load_file(t, path.buf);
	}
	strbuf_release(&path);
	return rc;
}

void translations_release(struct translations *t)
{
	strmap_release(&t->map);
	free(t->files);
}

const char *translations_get(const struct translations *t, const char *msgctxt,
			     const char *msgid)
{
	struct strbuf key = STRBUF_INIT;

	key_of(&key, msgctxt, msgid);
	const char *value = strmap_get(&t->map, key.buf);
	strbuf_release(&key);
	return value;
}
