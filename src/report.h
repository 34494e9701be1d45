/* report.h: folio check's reports: a table for people, JSON for programs
 * (docs/check-report.schema.json), JUnit XML for CI dashboards, GitHub
 * workflow annotations.  A finding's source reference is the "source"
 * field of the JSON and follows the message text, in parentheses, in the
 * others. */
#ifndef FOLIO_REPORT_H
#define FOLIO_REPORT_H

#include <stdio.h>

#include "check.h"

void report_text(FILE *out, const struct check_report *report, int colour);
void report_json(FILE *out, const struct check_report *report);
void report_junit(FILE *out, const struct check_report *report);
void report_github(FILE *out, const struct check_report *report);

#endif
