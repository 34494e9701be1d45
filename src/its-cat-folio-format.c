/* its-cat-folio-format.c: folio's one ITS extension, the message format.
 *   folio:formatRule selector="..." format="icu-message-format"
 * marks messages that are patterns rather than plain text, so that the
 * extractor can tell translators (and folio check) how to read them.
 * gettext's tools drop flags they do not know, so the mark travels as an
 * extracted comment, which every merge carries over from the template. */
#include <config.h>

#include "its-category.h"

static const char *const formats[] = { "icu-message-format", "text", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_value(rule, element, "format", ITS_FORMAT, formats, 1);
}

const struct its_category its_category_folio_format = {
	"message format (folio)", FOLIO_FOLIO_ITS_NS, "formatRule", ITS_G_FORMAT, parse_rule,
	NULL, NULL, NULL,
};
