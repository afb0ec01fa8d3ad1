"""Place phrases → places. This package is the only way the rest of geomap gets coordinates.

    from geomap.geocode import resolve, country_of

    resolve("we Władywostoku")                  # Vladivostok, RU, step "lemma", score 0.95
    resolve("w Sendai", countries=["JP"])       # the event's countries decide between homonyms
    resolve("Czelabińsku", whole=True)          # a name the extractor cut out of text
    resolve("w Tarnowie", online=True)          # may ask Nominatim, after every offline step
    country_of("Korei Północnej")               # "KP": the phrase names a country; else None

`resolve(phrase, countries=(), online=False, whole=False) -> Resolution` tries its steps in
order, and the first that finds a place answers: `exact` (a gazetteer name), `lemma` (the
gazetteer after morfeusz2/pymorphy3), `geonames` (GeoNames' populated places, compiled into
`geomap/_vendor/places.sqlite` by `make vendor`; also regions placed at their seat),
`inflection` (a Polish case ending undone: "Tiumeni" → Tiumeń), `transliteration` (a Polish
spelling read in English: "Szizuoka" → Shizuoka, `geomap.translit`), `fuzzy` (a near spelling)
and, only when asked, `online`. The Resolution keeps the place (None when nothing fits, which is
an answer too), the step and a score from 0 to 1.

`whole=True` is for a name already cut out of text: no shorter readings ("Ambasada Rosji" is not
read as "Rosji"), no fuzzy spelling; the guards that keep personal names and common words
("Kim", "Dla", "Tokarczuk") from becoming towns hold in both modes. A guessed reading never lands
in another country than the one its writing system belongs to, and a phrase whose last
preposition governs an unknown town is never answered with a country named before it.

`Resolver(gazetteer)` does the same on another gazetteer; `locate(events, gazetteer)` places a
table of events with it (geocode/locate.py).
"""
from .locate import Located, Unplaced, locate, origin_points
from .resolution import Resolution
from .resolve import Resolver, country_of, resolve

__all__ = ["Located", "Resolution", "Resolver", "Unplaced", "country_of", "locate",
           "origin_points", "resolve"]
