/* its-values.c: the value of a slot at a node: its own group's, its
 * element's for attributes that inherit, else the default. */
#include <config.h>

#include <string.h>

#include "its-category.h"
#include "its-engine.h"
#include "its.h"

static const struct its_block *own_block(const xmlNode *node, enum its_group group)
{
	const struct its_node *values = node->_private;

	return values ? values->groups[group] : NULL;
}

/* Does an attribute without a value of its own take its element's? */
static int attribute_inherits(const xmlNode *attribute, enum its_group group)
{
	if (!attribute->parent)
		return 0;
	if (group == ITS_G_TRANSLATE && its_is_html(attribute))
		return its_html_translatable_attribute(attribute);
	return its_group_info[group].inherit == ITS_INHERIT_ELEMENTS_AND_ATTRIBUTES;
}

const struct its_block *its_block_of(const xmlNode *node, enum its_group group)
{
	const struct its_block *block = own_block(node, group);

	if (!block && node->type == XML_ATTRIBUTE_NODE && attribute_inherits(node, group))
		block = own_block(node->parent, group);
	return block;
}

const char *its_value(const xmlNode *node, enum its_slot slot)
{
	const struct its_slot_info *info = &its_slot_info[slot];
	const struct its_block *block = own_block(node, info->group);
	const xmlNode *holder = node;

	if (!block && node->type == XML_ATTRIBUTE_NODE && attribute_inherits(node, info->group)) {
		holder = node->parent;
		block = own_block(holder, info->group);
	}
	if (block) {
		const char *value = block->values[slot - its_group_info[info->group].first];
		if (value)
			return value;
		if (info->group_default)
			return info->group_default;
	}
	if (holder->type == XML_ATTRIBUTE_NODE)
		return info->attribute_default;
	if (slot == ITS_WITHIN_TEXT && !block && its_is_html(holder))
		return its_html_within_text(holder);
	return info->element_default;
}

int its_slot_used(const xmlNode *node, enum its_slot slot)
{
	const struct its_annotation *annotation = node->doc ? node->doc->_private : NULL;

	return annotation && (annotation->used & (1UL << its_slot_info[slot].group));
}

int its_is_yes(const xmlNode *node, enum its_slot slot)
{
	const char *value = its_value(node, slot);

	/* By hand: asked of every node for several categories, and strcmp's
	 * call cost more than the comparison. */
	return value && value[0] == 'y' && value[1] == 'e' && value[2] == 's' && !value[3];
}
