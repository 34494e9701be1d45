/* check.h: the findings folio check reports for a catalog, and the gate.
 * Every finding has a stable identifier (documented in README.md) that CI
 * configurations and people can rely on. */
#ifndef FOLIO_CHECK_H
#define FOLIO_CHECK_H

#include <stddef.h>

#include "po-lines.h"
#include "stats.h"

enum check_severity { CHECK_ERROR, CHECK_WARNING };

struct check_finding {
	char *file;
	long line;                      /* in file (the entry's msgstr); 0: the whole file */
	char *source;                   /* the message's source reference, or NULL */
	const char *id;                 /* "po-syntax", "icu-arguments", ... */
	enum check_severity severity;
	char *message;
};

/* One catalog's result. */
struct check_catalog {
	char *file;
	char domain[128];
	char language[64];              /* the file name's LANG */
	char icu[160];                  /* its ICU id, for ICU's checks */
	struct stats stats;
	int readable;
	int missing;                    /* not there at all: counted as 0% */
	double min_complete;
	int in_source_language;         /* "en_GB.po" of an English source: copies are fine */
	size_t first_finding, n_findings;   /* its slice of the findings */
	int passed;
	double seconds;                 /* how long its checks took */
	struct po_lines *lines;         /* the file's entries, while it is checked */
	const char *text;               /* the file's text, while it is checked */
};

struct check_options {
	double min_complete;     /* default threshold, percent */
	const char *config;      /* key = value file, or NULL */
	int strict;              /* warnings fail too */
	const char *source_language;  /* its catalogs may copy msgids ("en") */
	const char *content_dir;      /* the sources, for stale-pot (NULL: content/ beside po/) */
	const char *content_ref;      /* the same as templates reference them */
};

struct check_report {
	struct check_catalog *catalogs;
	size_t n_catalogs, alloc_catalogs;
	struct check_finding *findings;
	size_t n_findings, alloc_findings;
	unsigned n_errors, n_warnings;
};

/* Appends a finding; fmt is the message. */
void check_report_add(struct check_report *report, const char *file, long line, const char *id,
		      enum check_severity severity, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Appends a catalog (borrowed from report, valid until the next one is
 * added) with its domain and language from path; its findings are those
 * added after it. */
struct check_catalog *check_report_add_catalog(struct check_report *report, const char *path);
/* Ends the last catalog added: its findings counted, passed decided
 * (warnings fail too when strict). */
void check_report_close_catalog(struct check_report *report, struct check_catalog *c, int strict);
/* Its translated share: 0 for a catalog that cannot be read or is not there. */
double check_catalog_percent(const struct check_catalog *c);

/* Checks the catalog at path and appends its result to report. */
void check_catalog(const char *path, const struct check_options *opts,
		   struct check_report *report);
/* Releases everything report holds. */
void check_report_release(struct check_report *report);

#endif
