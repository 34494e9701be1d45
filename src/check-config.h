/* check-config.h: per-language and per-domain completeness thresholds.
 * The file holds "key = value" lines ('#' starts a comment):
 *     min-complete = 100                  every catalog
 *     min-complete.ar = 90                a language
 *     min-complete.edition = 100          a domain
 *     min-complete.edition.ar = 95        a domain in a language
 * The most specific key wins; the command line's value is the default. */
#ifndef FOLIO_CHECK_CONFIG_H
#define FOLIO_CHECK_CONFIG_H

/* The threshold for domain and language; path may be NULL. */
double check_config_threshold(const char *path, double fallback, const char *domain,
			      const char *language);
/* The thresholds file of a catalog folder, po_dir/folio-check.conf, when
 * it is there (free with free()), else NULL.  check and build both use it,
 * so that a threshold means the same to both. */
char *check_config_default(const char *po_dir);
/* Reports problems of the file (unknown keys, bad values); returns -1 on
 * any. */
int check_config_validate(const char *path);

#endif
