"""Web pages (saved .html files, WARC archives, fetched pages) → the same Article values as text."""
