/* its-cat-lq-rating.c: the Localization Quality Rating data category.
 * Local only: its:locQualityRatingScore or its:locQualityRatingVote, with
 * their thresholds and its:locQualityRatingProfileRef.  Inherited by
 * child elements. */
#include <config.h>

#include "its-category.h"

/* In slot order. */
static const char *const local_names[] = {
	"locQualityRatingScore", "locQualityRatingVote", "locQualityRatingScoreThreshold",
	"locQualityRatingVoteThreshold", "locQualityRatingProfileRef", NULL,
};

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	its_local_take(element, node, arena, ITS_G_LQ_RATING, local_names);
}

const struct its_category its_category_lq_rating = {
	"localization quality rating", FOLIO_ITS_NS, NULL, ITS_G_LQ_RATING, NULL,
	local_names, apply_local, NULL,
};
