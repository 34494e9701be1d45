# stale: an obsolete entry before the messages (msgmerge puts it last)
0,/^#\. The article's category/s//#~ msgid "Gone"\n#~ msgstr "Parti"\n\n&/
