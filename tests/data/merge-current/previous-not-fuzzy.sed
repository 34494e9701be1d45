# stale: a previous msgid ("#|") on an entry that is not fuzzy (msgmerge drops it)
0,/^msgid "Sexual Health"$/s//#| msgid "Sexual health"\n&/
