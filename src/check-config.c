/* check-config.c: reading the threshold file.  It is tiny and read a few
 * times per catalog, so it is simply parsed on each lookup. */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "check-config.h"
#include "diag.h"
#include "i18n.h"
#include "strbuf.h"

/* Calls visit for each key = value line; returns -1 on a malformed line. */
static int each_line(const char *path, int report,
		     void (*visit)(const char *key, double value, void *data), void *data)
{
	size_t len;
	char *text = read_file(path, &len);
	int rc = 0;
	long line_no = 0;

	if (!text)
		return report ? diag_io_error(path, 0, 0, _("cannot read file")) : -1;
	for (char *line = text; line && *line; ) {
		char *next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		line_no++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		char key[256];
		double value;
		char extra;
		if (strspn(line, " \t") == strlen(line)) {
			line = next;
			continue;
		}
		if (sscanf(line, " %255[^= \t] = %lf %c", key, &value, &extra) != 2
		    || strncmp(key, "min-complete", 12) != 0 || (key[12] && key[12] != '.')
		    || !isfinite(value) || value < 0 || value > 100) {
			if (report)
				diag_error(path, line_no, 0, _("expected 'min-complete[.DOMAIN][.LANG] = PERCENT'"));
			rc = -1;
		} else if (visit) {
			visit(key, value, data);
		}
		line = next;
	}
	free(text);
	return rc;
}

struct lookup {
	char keys[4][300];   /* most specific first */
	double values[4];
	int found[4];
};

static void match(const char *key, double value, void *data)
{
	struct lookup *lookup = data;

	for (int i = 0; i < 4; i++)
		if (strcmp(key, lookup->keys[i]) == 0) {
			lookup->values[i] = value;
			lookup->found[i] = 1;
		}
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
	each_line(path, 0, match, &lookup);
	for (int i = 0; i < 4; i++)
		if (lookup.found[i])
			return lookup.values[i];
	return fallback;
}

char *check_config_default(const char *po_dir)
{
	struct strbuf conf = STRBUF_INIT;

	strbuf_addf(&conf, "%s/folio-check.conf", po_dir);
	if (access(conf.buf, R_OK) == 0)
		return strbuf_detach(&conf, NULL);
	strbuf_release(&conf);
	return NULL;
}

int check_config_validate(const char *path)
{
	return each_line(path, 1, NULL, NULL);
}
