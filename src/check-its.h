/* check-its.h: the ITS constraints a template carries for each message
 * (extract-its.h writes them as "#." lines) tested against its msgstr:
 *   storage-size        the msgstr, in the stated encoding and with the
 *                       stated line breaks, takes more bytes than allowed,
 *                       or holds a character the encoding cannot store;
 *   allowed-characters  the msgstr's text (markup aside) holds a character
 *                       outside the regular expression class, which ICU's
 *                       uregex evaluates. */
#ifndef FOLIO_CHECK_ITS_H
#define FOLIO_CHECK_ITS_H

#include <gettext-po.h>

#include "check.h"

/* Adds the findings of message (of catalog c) to report. */
void check_its(po_message_t message, const char *msgstr, const struct check_catalog *c,
	       struct check_report *report);

#endif
