/* po-xerror.h: libgettextpo's error callbacks, routed into diag.
 * libgettextpo reports problems through a handler and may go on with a
 * partial result: callers reset the count, call the library, and treat a
 * non-zero po_xerror_count() as failure. */
#ifndef FOLIO_PO_XERROR_H
#define FOLIO_PO_XERROR_H

#include <gettext-po.h>

/* The handler to pass to po_file_read, po_file_write, po_file_check_all. */
po_xerror_handler_t po_xerror_handler(void);
void po_xerror_reset(void);
/* Errors (not warnings) reported since the last reset. */
unsigned po_xerror_count(void);
/* When set, messages are counted but not printed (for callers that report
 * findings themselves). */
void po_xerror_set_silent(int silent);

/* The first error since the last reset: its text (borrowed until the next
 * reset) and line, or NULL. */
const char *po_xerror_first(long *line);

#endif
