# current: a translator changed a msgstr
0,/^msgstr "[^"]/s//msgstr "Révisé /
