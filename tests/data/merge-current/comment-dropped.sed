# stale: an extracted comment of the template missing
/^#\. The title of the article\.$/d
