/* content-files.c: listing a content folder's articles. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "content-files.h"
#include "diag.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int content_articles(const char *dir_path, int quiet, char ***articles, size_t *n)
{
	DIR *dir = opendir(dir_path);
	size_t alloc = 0;
	struct dirent *entry;

	*articles = NULL;
	*n = 0;
	if (!dir)
		return quiet ? -1 : diag_io_error(dir_path, 0, 0, _("cannot open folder: %s"),
						   strerror(errno));
	while ((entry = readdir(dir))) {
		size_t len = strlen(entry->d_name);
		if (entry->d_name[0] == '.' || len < 5 || strcmp(entry->d_name + len - 4, ".xml") != 0)
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", dir_path, entry->d_name);
		char *text = read_file(path.buf, NULL);
		if (text && strstr(text, "urn:x-folio:article")) {
			FOLIO_GROW(*articles, *n + 1, alloc);
			(*articles)[(*n)++] = strbuf_detach(&path, NULL);
		}
		free(text);
		strbuf_release(&path);
	}
	closedir(dir);
	if (*n)
		qsort(*articles, *n, sizeof(char *), compare_strings);
	return 0;
}

void content_articles_free(char **articles, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(articles[i]);
	free(articles);
}
