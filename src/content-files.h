/* content-files.h: the articles of a content folder: its XML files in the
 * article vocabulary (the edition template and other XML are not). */
#ifndef FOLIO_CONTENT_FILES_H
#define FOLIO_CONTENT_FILES_H

#include <stddef.h>

/* Paths "DIR/NAME.xml" of the articles of dir, sorted, into *articles (free
 * with content_articles_free); *n their number.  Reports and returns -1
 * when dir cannot be opened (with *n 0); quiet, it only returns -1. */
int content_articles(const char *dir, int quiet, char ***articles, size_t *n);
/* 1 when the file at path is an article (names folio's article namespace). */
int content_is_article(const char *path);

void content_articles_free(char **articles, size_t n);

#endif
