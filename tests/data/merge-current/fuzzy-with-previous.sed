# current: a fuzzy entry with the previous msgid kept ("#|")
0,/^msgid "Sexual Health"$/s//#, fuzzy\n#| msgid "Sexual health"\n&/
