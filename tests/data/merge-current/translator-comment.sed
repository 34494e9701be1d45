# current: a translator's own comment
0,/^#\. The title of the article\.$/s//# relu par Anne\n&/
