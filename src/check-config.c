/* check-config.c: reading the thresholds.  The file is tiny and read a
 * few times per catalog, so it is simply parsed on each lookup. */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "diag.h"
#include "i18n.h"
#include "ini.h"
#include "strbuf.h"
#include "xalloc.h"

static int is_threshold_section(const char *section)
{
	return section[0] == '\0' || strcmp(section, "check") == 0;
}

/* The entry's percentage, or -1 when it is not a threshold. */
static double threshold_value(const struct ini_entry *e)
{
	char *end;

	if (strncmp(e->key, "min-complete", 12) != 0 || (e->key[12] && e->key[12] != '.'))
		return -1;
	double value = strtod(e->value, &end);
	if (end == e->value || *end || !isfinite(value) || value < 0 || value > 100)
		return -1;
	return value;
}

int check_config_entry(const char *path, const struct ini_entry *entry)
{
	if (threshold_value(entry) < 0)
		return diag_error(path, entry->line, entry->column,
				  _("expected 'min-complete[.DOMAIN][.LANG] = PERCENT'"));
	return 0;
}

struct lookup {
	char keys[4][300];   /* most specific first */
	double values[4];
	int found[4];
};

static int match(const struct ini_entry *e, void *data)
{
	struct lookup *lookup = data;
	double value = threshold_value(e);

	if (!is_threshold_section(e->section) || value < 0)
		return 0;
	for (int i = 0; i < 4; i++)
		if (strcmp(e->key, lookup->keys[i]) == 0) {
			lookup->values[i] = value;
			lookup->found[i] = 1;
		}
	return 0;
}

/* Syntax errors are reported on each reading: callers validate the file
 * once first (check_config_validate or project_load) and stop on them. */
static int parse(const char *path, int report, int (*visit)(const struct ini_entry *, void *),
		 void *data)
{
	char *text = read_file(path, NULL);

	if (!text)
		return report ? diag_io_error(path, 0, 0, _("cannot read file: %s"),
					      read_file_strerror(errno)) : -1;
	int rc = ini_parse(path, text, visit, data);
	free(text);
	return rc;
}

double check_config_threshold(const char *path, double fallback, const char *domain,
			      const char *language)
{
	struct lookup lookup;

	if (!path)
		return fallback;
	memset(&lookup, 0, sizeof(lookup));
	snprintf(lookup.keys[0], sizeof(lookup.keys[0]), "min-complete.%s.%s", domain, language);
	snprintf(lookup.keys[1], sizeof(lookup.keys[1]), "min-complete.%s", language);
	snprintf(lookup.keys[2], sizeof(lookup.keys[2]), "min-complete.%s", domain);
	snprintf(lookup.keys[3], sizeof(lookup.keys[3]), "min-complete");
	parse(path, 0, match, &lookup);
	for (int i = 0; i < 4; i++)
		if (lookup.found[i])
			return lookup.values[i];
	return fallback;
}

char *check_config_default(const char *po_dir, const char *project_conf, int *checked)
{
	struct strbuf conf = STRBUF_INIT;

	strbuf_addf(&conf, "%s/folio-check.conf", po_dir);
	*checked = 0;
	if (access(conf.buf, R_OK) == 0)
		return strbuf_detach(&conf, NULL);
	strbuf_release(&conf);
	*checked = 1;
	return project_conf ? xstrdup(project_conf) : NULL;
}

static int validate_entry(const struct ini_entry *e, void *data)
{
	const char *path = data;

	return is_threshold_section(e->section) ? check_config_entry(path, e) : 0;
}

int check_config_validate(const char *path)
{
	return parse(path, 1, validate_entry, (void *)path);
}
