/* domain.c: finding a domain's template, source and catalogs. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "diag.h"
#include "domain.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

static int list_catalogs(struct domain *d)
{
	DIR *dir = opendir(d->dir);
	size_t alloc = 0;

	if (!dir)
		return diag_io_error(d->dir, 0, 0, _("cannot open folder: %s"), strerror(errno));
	struct dirent *entry;
	while ((entry = readdir(dir))) {
		size_t len = strlen(entry->d_name);
		if (entry->d_name[0] == '.' || len <= 3 || strcmp(entry->d_name + len - 3, ".po") != 0)
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", d->dir, entry->d_name);
		if (check_regular_file(path.buf) < 0) {
			diag_warning(path.buf, 0, 0, _("skipped: %s"), read_file_strerror(errno));
			strbuf_release(&path);
			continue;
		}
		FOLIO_GROW(d->catalogs, d->n_catalogs + 1, alloc);
		d->catalogs[d->n_catalogs++] = strbuf_detach(&path, NULL);
	}
	closedir(dir);
	strings_sort(d->catalogs, d->n_catalogs);
	return 0;
}

int domain_init(struct domain *d, const char *dir, const char *content_dir)
{
	memset(d, 0, sizeof(*d));
	size_t len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		len--;
	d->dir = xstrndup(dir, len);
	const char *slash = strrchr(d->dir, '/');
	d->name = xstrdup(slash ? slash + 1 : d->dir);

	struct strbuf path = STRBUF_INIT;
	strbuf_addf(&path, "%s/%s.pot", d->dir, d->name);
	d->pot = strbuf_detach(&path, NULL);
	if (content_dir)
		strbuf_addf(&path, "%s/%s.xml", content_dir, d->name);
	else
		strbuf_addf(&path, "%s/../../content/%s.xml", d->dir, d->name);
	d->source = strbuf_detach(&path, NULL);
	if (content_dir)
		strbuf_addf(&path, "%s/%s.xml", content_dir, d->name);
	else
		strbuf_addf(&path, "content/%s.xml", d->name);
	d->source_ref = strbuf_detach(&path, NULL);
	return list_catalogs(d);
}

void domain_release(struct domain *d)
{
	free(d->dir);
	free(d->name);
	free(d->pot);
	free(d->source);
	free(d->source_ref);
	for (size_t i = 0; i < d->n_catalogs; i++)
		free(d->catalogs[i]);
	free(d->catalogs);
	memset(d, 0, sizeof(*d));
}
