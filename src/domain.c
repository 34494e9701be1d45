/* domain.c: finding a domain's template, source and catalogs. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "diag.h"
#include "domain.h"
#include "extract.h"
#include "i18n.h"
#include "pot.h"
#include "project.h"
#include "strbuf.h"
#include "xalloc.h"

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

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
	if (d->n_catalogs)
		qsort(d->catalogs, d->n_catalogs, sizeof(char *), compare_strings);
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

int domain_init_in_project(struct domain *d, const struct project *p, const char *dir)
{
	int rc = domain_init(d, dir, p->content);
	struct strbuf ref = STRBUF_INIT;

	project_path(p->content_ref, d->name, &ref);
	strbuf_addstr(&ref, ".xml");
	free(d->source_ref);
	d->source_ref = strbuf_detach(&ref, NULL);
	return rc;
}

int domain_write_template(const struct domain *d)
{
	struct pot *pot = pot_new();
	struct pot_header header = { d->name, NULL, 0 };
	int rc = pot_creation_date(&header.creation_date);

	if (rc == 0)
		rc = extract_file_as(NULL, d->source, d->source_ref, pot);
	if (rc == 0)
		rc = pot_write(pot, d->pot, &header);
	pot_free(pot);
	return rc;
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
