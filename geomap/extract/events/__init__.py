"""Stage 3, mentions → events: the type, venue, actors and persons of each dated passage, further
stops of a trip, and events mentioned in passing."""
