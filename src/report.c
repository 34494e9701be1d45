/* report.c: the four report formats of folio check. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "i18n.h"
#include "json.h"
#include "report.h"
#include "term.h"

static const char *severity_name(enum check_severity severity)
{
	return severity == CHECK_ERROR ? "error" : "warning";
}

void report_text(FILE *out, const struct check_report *report, int colour)
{
	const char *red = term_red(colour), *green = term_green(colour);
	const char *reset = term_reset(colour);

	fprintf(out, "%-44s %7s %5s %5s %5s %9s  %s\n", _("catalog"), _("done"), _("fuzzy"),
		_("todo"), _("obs."), _("findings"), _("result"));
	for (size_t i = 0; i < report->n_catalogs; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		/* A catalog that cannot be read has no share to show. */
		if (c->readable || c->missing)
			fprintf(out, "%-44s %6.1f%%", c->file, check_catalog_percent(c));
		else
			fprintf(out, "%-44s %7s", c->file, "-");
		fprintf(out, " %5lu %5lu %5lu %9zu  %s%s%s\n", c->stats.messages.fuzzy,
			c->stats.messages.untranslated, c->stats.messages.obsolete, c->n_findings,
			c->passed ? green : red, c->passed ? _("pass") : _("FAIL"), reset);
	}
	for (size_t i = 0; i < report->n_findings; i++) {
		const struct check_finding *f = &report->findings[i];
		fprintf(out, "%s", f->file);
		if (f->line > 0)
			fprintf(out, ":%ld", f->line);
		fprintf(out, ": %s: %s", severity_name(f->severity), f->message);
		if (f->source)
			fprintf(out, " (%s)", f->source);
		fprintf(out, " [%s]\n", f->id);
	}
	/* Three messages, so that each count agrees with its own noun. */
	fprintf(out, ngettext("%zu catalog", "%zu catalogs", report->n_catalogs),
		report->n_catalogs);
	fputs(", ", out);
	fprintf(out, ngettext("%u error", "%u errors", report->n_errors), report->n_errors);
	fputs(", ", out);
	fprintf(out, ngettext("%u warning", "%u warnings", report->n_warnings), report->n_warnings);
	fputc('\n', out);
}

static void json_counts(FILE *out, const struct stats_counts *c)
{
	fprintf(out, "{ \"translated\": %lu, \"fuzzy\": %lu, \"untranslated\": %lu, "
		"\"obsolete\": %lu }", c->translated, c->fuzzy, c->untranslated, c->obsolete);
}

void report_json(FILE *out, const struct check_report *report)
{
	fprintf(out, "{\n  \"version\": 1,\n  \"passed\": %s,\n  \"catalogs\": [",
		report->n_catalogs && report->n_errors == 0 ? "true" : "false");
	for (size_t i = 0; i < report->n_catalogs; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		fprintf(out, "%s\n    { \"file\": ", i ? "," : "");
		json_write_string(out, c->file);
		fprintf(out, ", \"domain\": ");
		json_write_string(out, c->domain);
		fprintf(out, ", \"language\": ");
		json_write_string(out, c->language);
		fprintf(out, ",\n      \"percent\": %.1f, \"min_complete\": %.1f, \"passed\": %s,\n"
			"      \"messages\": ", check_catalog_percent(c), c->min_complete,
			c->passed ? "true" : "false");
		json_counts(out, &c->stats.messages);
		fprintf(out, ",\n      \"words\": ");
		json_counts(out, &c->stats.words);
		fprintf(out, " }");
	}
	fprintf(out, "\n  ],\n  \"findings\": [");
	for (size_t i = 0; i < report->n_findings; i++) {
		const struct check_finding *f = &report->findings[i];
		fprintf(out, "%s\n    { \"file\": ", i ? "," : "");
		json_write_string(out, f->file);
		fprintf(out, ", \"line\": %ld, \"id\": \"%s\", \"severity\": \"%s\", \"message\": ",
			f->line, f->id, severity_name(f->severity));
		json_write_string(out, f->message);
		if (f->source) {
			fprintf(out, ", \"source\": ");
			json_write_string(out, f->source);
		}
		fprintf(out, " }");
	}
	fprintf(out, "\n  ]\n}\n");
}

/* GitHub's workflow commands: property values escape % \r \n : and ,. */
static void github_escape(FILE *out, const char *s, int property)
{
	for (; *s; s++) {
		if (*s == '%')
			fputs("%25", out);
		else if (*s == '\r')
			fputs("%0D", out);
		else if (*s == '\n')
			fputs("%0A", out);
		else if (property && *s == ':')
			fputs("%3A", out);
		else if (property && *s == ',')
			fputs("%2C", out);
		else
			fputc(*s, out);
	}
}

void report_github(FILE *out, const struct check_report *report)
{
	for (size_t i = 0; i < report->n_findings; i++) {
		const struct check_finding *f = &report->findings[i];
		fprintf(out, "::%s file=", f->severity == CHECK_ERROR ? "error" : "warning");
		github_escape(out, f->file, 1);
		if (f->line > 0)
			fprintf(out, ",line=%ld", f->line);
		fprintf(out, ",title=%s::", f->id);
		github_escape(out, f->message, 0);
		if (f->source) {
			fputs(" (", out);
			github_escape(out, f->source, 0);
			fputc(')', out);
		}
		fputc('\n', out);
	}
}
