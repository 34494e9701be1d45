/* check-config.h: per-language and per-domain completeness thresholds.
 * They are the [check] section of folio.conf, or the keys of an older
 * po/folio-check.conf (no section needed; '#' starts a comment):
 *     min-complete = 100                  every catalog
 *     min-complete.ar = 90                a language
 *     min-complete.edition = 100          a domain
 *     min-complete.edition.ar = 95        a domain in a language
 * The most specific key wins; the command line's value is the default.
 * Keys of other sections (folio.conf's [project], [build], ...) are not
 * thresholds and are left to project.h. */
#ifndef FOLIO_CHECK_CONFIG_H
#define FOLIO_CHECK_CONFIG_H

struct ini_entry;

/* The threshold for domain and language; path may be NULL. */
double check_config_threshold(const char *path, double fallback, const char *domain,
			      const char *language);
/* The thresholds of a catalog folder: po_dir/folio-check.conf, the file
 * of folio before folio.conf, when it is there (*checked = 0: still to be
 * validated); else project_conf, already validated when it was read
 * (*checked = 1); else NULL.  Free with free().  check and build both use
 * it, so that a threshold means the same to both. */
char *check_config_default(const char *po_dir, const char *project_conf, int *checked);
/* Reports problems of the file (syntax, unknown keys, bad values);
 * returns -1 on any. */
int check_config_validate(const char *path);
/* Checks one threshold entry of path: reports and returns -1 when it is
 * not 'min-complete[.DOMAIN][.LANG] = PERCENT'. */
int check_config_entry(const char *path, const struct ini_entry *entry);

#endif
