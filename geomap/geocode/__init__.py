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
`geomap/_vendor/places.sqlite` by `make vendor` from two pinned registry packages; also regions
placed at their seat), `inflection` (a Polish case ending undone: "Tiumeni" → Tiumeń, "w Permie"
→ Perm), `transliteration` (a Polish spelling read in English: "Szizuoka" → Shizuoka,
`geomap.translit`; an adjective and a noun read in Russian: "w Wielkich Łukach" → Velikiye
Luki, adjectives.py; a river town: "w Nikołajewsku nad Amurem", rivers.py), `fuzzy` (a near
spelling) and, only when asked, `online`. The Resolution keeps the place (None when nothing
fits, which is an answer too), the step and a score from 0 to 1.

`whole=True` is for a name already cut out of text: no shorter readings ("Ambasada Rosji" is not
read as "Rosji"), no fuzzy spelling; the guards that keep personal names and common words
("Kim", "Dla", "Tokarczuk") from becoming towns hold in both modes; a capitalised common noun
after a preposition ("w Permie", "w Brodach") may only be a town of some size in the countries
the bulletins are about. Never a wrong country: a guessed reading never lands in another
country than the one its writing system belongs to; a region's kind word says where it can be
(an oblast is Russian, Ukrainian, Belarusian or Central Asian, a prefecture Japanese); a guessed
nominative reaches a town abroad by an alternate name only if it is a major city; two readings
of about the same weight in two countries are no answer unless the event's countries decide
("Zasław"); a country read in part of a longer name is not the place ("w Mongolii
Wewnętrznej"), nor one named before the last preposition. Disputed places are where they are
administered (Crimea and the southern Kurils in Russia, Dokdo in South Korea), with the
claimant in `Place.claimed_by`; `locate` accepts a claimed place for an event stated in the
claiming country.

`Resolver(gazetteer)` does the same on another gazetteer; `locate(events, gazetteer)` places a
table of events with it (geocode/locate.py).
"""
from .locate import Located, Unplaced, locate, origin_points
from .resolution import Resolution
from .resolve import Resolver, country_of, resolve

__all__ = ["Located", "Resolution", "Resolver", "Unplaced", "country_of", "locate",
           "origin_points", "resolve"]
