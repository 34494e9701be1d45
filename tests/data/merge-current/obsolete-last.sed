# current: an obsolete entry after the messages
$a\
\
#~ msgid "Gone"\
#~ msgstr "Parti"
