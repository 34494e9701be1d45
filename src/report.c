/* report.c: the four report formats of folio check. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "i18n.h"
#include "json.h"
#include "report.h"

static const char *severity_name(enum check_severity severity)
{
	return severity == CHECK_ERROR ? "error" : "warning";
}

void report_text(FILE *out, const struct check_report *report, int colour)
{
	const char *red = colour ? "\033[31m" : "", *green = colour ? "\033[32m" : "";
	const char *reset = colour ? "\033[0m" : "";

	fprintf(out, "%-44s %7s %5s %5s %5s %9s  %s\n", _("catalog"), _("done"), _("fuzzy"),
		_("todo"), _("obs."), _("findings"), _("result"));
	for (size_t i = 0; i < report->n_catalogs; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		/* A catalog that cannot be read has no share to show. */
		if (c->readable)
			fprintf(out, "%-44s %6.1f%%", c->file, stats_percent(&c->stats.messages));
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
		fprintf(out, ": %s: %s [%s]\n", severity_name(f->severity), f->message, f->id);
	}
	fprintf(out, _("%zu catalogs, %u errors, %u warnings\n"), report->n_catalogs,
		report->n_errors, report->n_warnings);
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
			"      \"messages\": ", stats_percent(&c->stats.messages), c->min_complete,
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

/* XML 1.0 cannot hold most control characters, even as references, nor
 * bytes that are not UTF-8: they are shown as "\x01" and U+FFFD, so the
 * report stays well-formed whatever a catalog holds. */
static void xml_text(FILE *out, const char *s)
{
	size_t len = strlen(s);

	while (len > 0) {
		ucs4_t uc;
		int n = u8_mbtoucr(&uc, (const uint8_t *)s, len);
		if (n < 0) {
			fputs("\xef\xbf\xbd", out);
			s++;
			len--;
			continue;
		}
		switch (uc) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		default:
			if ((uc < 0x20 && uc != '\t' && uc != '\n' && uc != '\r') || uc == 0xFFFE
			    || uc == 0xFFFF)
				fprintf(out, "\\x%02X", (unsigned)uc & 0xFF);
			else
				fwrite(s, 1, (size_t)n, out);
		}
		s += n;
		len -= (size_t)n;
	}
}

void report_junit(FILE *out, const struct check_report *report)
{
	size_t failures = 0;

	for (size_t i = 0; i < report->n_catalogs; i++)
		failures += !report->catalogs[i].passed;
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<testsuites name=\"folio check\" tests=\"%zu\" failures=\"%zu\">\n"
		"  <testsuite name=\"catalogs\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
		report->n_catalogs, failures, report->n_catalogs, failures);
	for (size_t i = 0; i < report->n_catalogs; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		fprintf(out, "    <testcase classname=\"");
		xml_text(out, c->domain);
		fprintf(out, "\" name=\"");
		xml_text(out, c->language[0] ? c->language : c->file);
		fprintf(out, "\" file=\"");
		xml_text(out, c->file);
		fprintf(out, "\">\n");
		if (!c->passed) {
			fprintf(out, "      <failure message=\"%zu findings\" type=\"folio-check\">",
				c->n_findings);
			for (size_t j = c->first_finding; j < c->first_finding + c->n_findings; j++) {
				const struct check_finding *f = &report->findings[j];
				xml_text(out, f->file);
				fprintf(out, ":%ld: %s: ", f->line, severity_name(f->severity));
				xml_text(out, f->message);
				fprintf(out, " [%s]\n", f->id);
			}
			fprintf(out, "</failure>\n");
		}
		fprintf(out, "    </testcase>\n");
	}
	fprintf(out, "  </testsuite>\n</testsuites>\n");
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
		fputc('\n', out);
	}
}
