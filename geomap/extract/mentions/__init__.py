"""Stage 2, document → mentions: what the text names, each with its span: dates, countries, places
(venue candidates), persons, institutions that imply a place, and clauses about another time."""
