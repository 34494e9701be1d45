# stale: a message of the template missing
/^#\. The title of the article\.$/,/^$/d
