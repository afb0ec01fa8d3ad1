"""Stage 1 of extraction, text → document: running text with offsets, sections, bulletin entries or
news articles, their source addresses, and the date the document was written (with its evidence)."""
