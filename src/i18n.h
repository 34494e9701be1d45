/* i18n.h: marks folio's own messages for translation (GNU hello's wiring). */
#ifndef FOLIO_I18N_H
#define FOLIO_I18N_H

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
# define ngettext(singular, plural, n) ((n) == 1 ? (singular) : (plural))
#endif
#define N_(msgid) msgid

#endif
