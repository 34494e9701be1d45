/* content-files.c: listing a content folder's articles. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

#define ARTICLE_MARK "urn:x-folio:article"

/* 1 when the file at path names the article namespace.  An article says so
 * on its root element, so its first bytes mostly tell: at thousands of
 * articles a build that renders nothing reads no more of them. */
int content_is_article(const char *path)
{
	char head[4096];
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	ssize_t n = -1;

	if (fd >= 0) {
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
			while ((n = read(fd, head, sizeof(head) - 1)) < 0 && errno == EINTR)
				;
		close(fd);
	}
	if (n > 0) {
		head[n] = '\0';
		if (memmem(head, (size_t)n, ARTICLE_MARK, sizeof(ARTICLE_MARK) - 1))
			return 1;
	}
	char *text = n > 0 ? read_file(path, NULL) : NULL;
	int found = text && strstr(text, ARTICLE_MARK);
	free(text);
	return found;
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
		if (content_is_article(path.buf)) {
			FOLIO_GROW(*articles, *n + 1, alloc);
			(*articles)[(*n)++] = strbuf_detach(&path, NULL);
		}
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
