/* report-junit.c: folio check as JUnit XML, in the shape both Apache
 * Ant's schema and Jenkins' accept (tests/data/check/ holds both): one
 * test suite per domain with timestamp, hostname, time and properties, one
 * test case per catalog, at most one failure (or, for a catalog that does
 * not parse, an error) per test case, and every finding, warnings
 * included, in the suite's system-out.  With SOURCE_DATE_EPOCH set, the
 * timestamp is that date and the times are 0, so the report is the same
 * on every run. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <unistr.h>

#include "i18n.h"
#include "pot.h"
#include "report.h"

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

static void finding_line(FILE *out, const struct check_finding *f)
{
	xml_text(out, f->file);
	if (f->line > 0)
		fprintf(out, ":%ld", f->line);
	fprintf(out, ": %s: ", f->severity == CHECK_ERROR ? "error" : "warning");
	xml_text(out, f->message);
	if (f->source) {
		fputs(" (", out);
		xml_text(out, f->source);
		fputc(')', out);
	}
	fprintf(out, " [%s]\n", f->id);
}

/* "2 errors, 1 warning" for the catalog's findings. */
static void finding_counts(FILE *out, const struct check_report *report,
			   const struct check_catalog *c)
{
	unsigned long errors = 0, warnings = 0;

	for (size_t j = c->first_finding; j < c->first_finding + c->n_findings; j++)
		report->findings[j].severity == CHECK_ERROR ? errors++ : warnings++;
	fprintf(out, ngettext("%lu error", "%lu errors", errors), errors);
	fputs(", ", out);
	fprintf(out, ngettext("%lu warning", "%lu warnings", warnings), warnings);
}

static void testcase(FILE *out, const struct check_report *report,
		     const struct check_catalog *c, int reproducible)
{
	fputs("    <testcase classname=\"", out);
	xml_text(out, c->domain[0] ? c->domain : "-");
	fputs("\" name=\"", out);
	xml_text(out, c->language[0] ? c->language : c->file);
	fprintf(out, "\" time=\"%.3f\"", reproducible ? 0.0 : c->seconds);
	if (c->passed) {
		fputs("/>\n", out);
		return;
	}
	const char *kind = c->readable ? "failure" : "error";
	fprintf(out, ">\n      <%s message=\"", kind);
	finding_counts(out, report, c);
	fprintf(out, "\" type=\"folio-check\">");
	for (size_t j = c->first_finding; j < c->first_finding + c->n_findings; j++)
		finding_line(out, &report->findings[j]);
	fprintf(out, "</%s>\n    </testcase>\n", kind);
}

/* The catalogs [first, last) of one domain as a test suite. */
static void testsuite(FILE *out, const struct check_report *report, size_t first, size_t last,
		      int id, const char *timestamp, const char *hostname, int reproducible)
{
	size_t failures = 0, errors = 0;
	double seconds = 0;

	for (size_t i = first; i < last; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		if (!c->passed)
			c->readable ? failures++ : errors++;
		seconds += c->seconds;
	}
	fputs("  <testsuite name=\"", out);
	xml_text(out, report->catalogs[first].domain[0] ? report->catalogs[first].domain : "-");
	fprintf(out, "\" package=\"folio\" id=\"%d\" timestamp=\"%s\" hostname=\"", id, timestamp);
	xml_text(out, hostname);
	fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" time=\"%.3f\">\n"
		"    <properties>\n      <property name=\"folio.version\" value=\"%s\"/>\n"
		"    </properties>\n", last - first, failures, errors,
		reproducible ? 0.0 : seconds, PACKAGE_VERSION);
	for (size_t i = first; i < last; i++)
		testcase(out, report, &report->catalogs[i], reproducible);
	fputs("    <system-out>", out);
	for (size_t i = first; i < last; i++) {
		const struct check_catalog *c = &report->catalogs[i];
		for (size_t j = c->first_finding; j < c->first_finding + c->n_findings; j++)
			finding_line(out, &report->findings[j]);
	}
	fputs("</system-out>\n    <system-err></system-err>\n  </testsuite>\n", out);
}

void report_junit(FILE *out, const struct check_report *report)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	int reproducible = epoch && *epoch;
	time_t now;
	char timestamp[32], hostname[256];
	struct tm tm;

	if (pot_creation_date(&now) < 0)
		now = 0;
	gmtime_r(&now, &tm);
	strftime(timestamp, sizeof(timestamp), "%Y-%m-%dT%H:%M:%S", &tm);
	if (gethostname(hostname, sizeof(hostname)) != 0 || !hostname[0])
		strcpy(hostname, "localhost");
	hostname[sizeof(hostname) - 1] = '\0';
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n", out);
	int id = 0;
	for (size_t first = 0, last; first < report->n_catalogs; first = last) {
		last = first + 1;
		while (last < report->n_catalogs
		       && strcmp(report->catalogs[last].domain, report->catalogs[first].domain) == 0)
			last++;
		testsuite(out, report, first, last, id++, timestamp, hostname, reproducible);
	}
	fputs("</testsuites>\n", out);
}
