/* its-cat-allowed-characters.c: the Allowed Characters data category.
 * Global: its:allowedCharactersRule allowedCharacters="[...]" or
 * allowedCharactersPointer.  Local: its:allowedCharacters.  The value is a
 * regular expression character class; folio check tests translations
 * against it (check-its.c).  Inherited by child elements. */
#include <config.h>

#include "its-category.h"

static const char *const local_names[] = { "allowedCharacters", NULL };

static int parse_rule(struct its_rule *rule, xmlNode *element)
{
	return its_rule_take_either(rule, element, "allowedCharacters", "allowedCharactersPointer",
				    ITS_ALLOWED_CHARACTERS, 1) < 0 ? -1 : 0;
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_ALLOWED_CHARACTERS, local_names);
}

const struct its_category its_category_allowed_characters = {
	"allowed characters", FOLIO_ITS_NS, "allowedCharactersRule", ITS_G_ALLOWED_CHARACTERS,
	parse_rule, local_names, apply_local, NULL,
};
