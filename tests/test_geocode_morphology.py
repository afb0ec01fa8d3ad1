"""Polish morphology of place names (round 2): adjectival and plural towns, common nouns that are
towns, adjective-and-noun names read in Russian, river towns, kinds of place, regions."""
from __future__ import annotations

import pytest

from geomap.geocode import resolve
from geomap.geocode.adjectives import adjectival_keys, russian_adjectives, stem
from geomap.geocode.inflection import forms, nominatives
from geomap.geocode.morphology import lemmas
from geomap.geocode.regions import adjective_lemmas, towns
from geomap.geocode.rivers import river_stems


def where(phrase: str) -> tuple[str | None, str | None]:
    r = resolve(phrase)
    return r.name, r.country


@pytest.mark.parametrize("word", ["Chmielnickim", "Ciołkowskim", "Makarowie", "Kubince"])
def test_a_person_in_an_unlikely_case_is_weak(word):
    """Locative, instrumental, dative: after a preposition a surname read so is a town."""
    assert not lemmas(word).strong


@pytest.mark.parametrize("word", ["Tokarczuk", "Kowalski"])
def test_a_person_in_the_nominative_stays_strong(word):
    assert lemmas(word).strong


@pytest.mark.parametrize("word,common", [("Permie", True), ("Mirze", True), ("Sejmie", True),
                                         ("Tokarczuk", False), ("Czelabińsku", False)])
def test_common_says_every_reading_is_a_common_noun_or_a_weak_person(word, common):
    assert lemmas(word).common is common


@pytest.mark.parametrize("phrase,name,country", [
    ("w Chmielnickim", "Khmelnytskyi", "UA"), ("w Ciołkowskim", "Tsiolkovskiy", "RU"),
    ("pod Chmielnickim", "Khmelnytskyi", "UA"), ("w Groznym", "Groznyy", "RU"),
    ("w Kropywnyckim", "Kropyvnytskyy", "UA"),
])
def test_adjectival_towns_in_the_locative_and_instrumental(phrase, name, country):
    assert where(phrase) == (name, country)


@pytest.mark.parametrize("phrase,name,country", [
    ("w Permie", "Perm", "RU"), ("w Mirze", "Mir", "BY"), ("w Nankinie", "Nanjing", "CN"),
    ("w Brodach", "Brody", "UA"), ("w Krewie", "Kreva", "BY"),
])
def test_a_capitalised_common_noun_may_be_a_town_of_the_region(phrase, name, country):
    assert where(phrase) == (name, country)


@pytest.mark.parametrize("phrase", ["w Sejmie", "w Kongresie", "w Radzie", "w Ministerstwie",
                                    "w Senacie", "w Parlamencie", "w Unii", "w Komisji", "w Sejm"])
def test_institutions_are_no_towns(phrase):
    assert resolve(phrase).place is None


def test_a_common_noun_gives_its_dictionary_nominative_first():
    assert forms("Permie")[:2] == ("Permie", "Perm")
    assert "Uni" not in nominatives("Unii") and "Unia" in nominatives("Unii")


@pytest.mark.parametrize("form,nominative", [("Ochie", None), ("Jaremczu", "Jaremcze"),
                                             ("Zaporożu", "Zaporoże"), ("Siole", "Sioło")])
def test_endings_that_follow_polish_sound_rules(form, nominative):
    """No -ie locative after k, g or ch (they take -ce, -dze, -sze); -u of neuters in -cze, -że."""
    if nominative is None:
        assert not any(n.endswith(("ch", "cha")) and len(n) == len(form) - 2 for n in nominatives(form))
    else:
        assert nominative in nominatives(form)


def test_a_geographic_word_keeps_the_dictionary_spelling():
    assert "Nowogród" in forms("Nowogrodzie")


@pytest.mark.parametrize("phrase,name,country", [
    ("w Sumach", "Sumy", "UA"), ("w Czerniowcach", "Chernivtsi", "UA"),
    ("w Czerkasach", "Cherkasy", "UA"), ("w Wielkich Łukach", "Velikiye Luki", "RU"),
    ("w Mineralnych Wodach", "Mineralnye Vody", "RU"), ("w Żółtych Wodach", "Zhovti Vody", "UA"),
])
def test_plural_towns(phrase, name, country):
    assert where(phrase) == (name, country)


@pytest.mark.parametrize("word,stem_,first", [("Wielkich", "wielk", "velikiy"),
                                               ("Sowieckiej", "sowieck", "sovetskiy"),
                                               ("Bolszym", "bolsz", "bolshiy"),
                                               ("Nabierieżnych", "nabierieżn", "naberezhnyy")])
def test_polish_adjectives_read_as_russian_ones(word, stem_, first):
    assert stem(word) == stem_
    assert russian_adjectives(word)[0] == first


def test_a_noun_is_no_adjective():
    assert russian_adjectives("Gawani") == () and stem("Gawani") is None


def test_adjectival_keys_cover_gender_and_number():
    keys = {k for k, _ in adjectival_keys(("Wielkich", "Łukach"))}
    assert "velikiye luki" in keys
    assert {k for k, _ in adjectival_keys(("Sowieckiej", "Gawani"))} >= {"sovetskaya gavan"}
    assert list(adjectival_keys(("Omsku",))) == []


@pytest.mark.parametrize("phrase,name,country", [
    ("w Starym Oskole", "Staryy Oskol", "RU"), ("w Sowieckiej Gawani", "Sovetskaya Gavan’", "RU"),
    ("w Nabierieżnych Czełnach", "Naberezhnyye Chelny", "RU"),
    ("w Bolszym Kamieniu", "Bol’shoy Kamen’", "RU"), ("w Niżnym Nowogrodzie", "Nizhniy Novgorod", "RU"),
    ("w Wielkim Nowogrodzie", "Velikiy Novgorod", "RU"), ("w Nowym Urengoju", "Novyy Urengoy", "RU"),
])
def test_adjective_and_noun_names_read_in_russian(phrase, name, country):
    assert where(phrase) == (name, country)


def test_an_adjective_before_another_word_is_no_surname():
    """"Sowiecka" is also a surname, in the genitive; before a noun it is the name's adjective."""
    assert lemmas("Sowieckiej").strong
    assert where("w Sowieckiej Gawani")[1] == "RU"
    assert resolve("w Annie Kowalskiej").place is None


def test_unknown_adjectives_get_their_nominative():
    assert "peczerska" in lemmas("Peczerskiej").all
    assert where("w Ławrze Peczerskiej") == ("Kyiv Pechersk Lavra", "UA")


def test_river_towns():
    assert river_stems("Amurem")[0] == "amur" and river_stems("Donem")[0] == "don"
    assert where("w Nikołajewsku nad Amurem") == ("Nikolayevsk-on-Amure", "RU")
    assert where("w Kałaczu nad Donem")[1] == "RU"
    assert resolve("w Sosnowcu nad Czymś").place is None


@pytest.mark.parametrize("phrase,name,country", [
    ("na wyspie Sado", "Sado", "JP"), ("na wyspie Kiży", "Kizhi", "RU"),
    ("na Wyspie Beringa", "Bering Island", "RU"), ("w górach Kumgang", "Mount Kumgang", "KP"),
    ("w porcie Wanino", "Vanino", "RU"),
])
def test_kinds_of_place_before_a_name(phrase, name, country):
    assert where(phrase) == (name, country)


def test_a_capitalised_kind_of_place_is_part_of_the_name():
    """"Wyspa Popowa" is Popov's island, not a place called Popowa (a Polish village, Popów)."""
    assert resolve("na Wyspie Popowa").place is None


@pytest.mark.parametrize("adjective,town", [("sumski", "Sumy"), ("czerkaski", "Czerkasy"),
                                            ("zaporoski", "Zaporoże"), ("brzeski", "Brześć"),
                                            ("odeski", "Odesa"), ("chmielnicki", "Chmielnicki")])
def test_region_adjectives_give_their_towns(adjective, town):
    assert town in towns(adjective)


def test_an_adjective_the_analyser_lacks_is_undone():
    assert "sumski" in adjective_lemmas("sumskim")


@pytest.mark.parametrize("phrase,seat,country", [
    ("w obwodzie sumskim", (50.92, 34.80), "UA"), ("w obwodzie odeskim", (46.49, 30.74), "UA"),
    ("w obwodzie brzeskim", (52.10, 23.69), "BY"), ("w obwodzie grodzieńskim", (53.69, 23.83), "BY"),
    ("w obwodzie czerkaskim", (49.44, 32.06), "UA"), ("w obwodzie chmielnickim", (49.42, 26.98), "UA"),
    ("w Kraju Ałtajskim", (53.36, 83.76), "RU"), ("w obwodzie permskim", (58.01, 56.25), "RU"),
])
def test_regions_are_placed_at_their_seat(phrase, seat, country):
    r = resolve(phrase)
    assert r.country == country and r.geo_precision == "admin1"
    assert abs(r.lat - seat[0]) < 0.05 and abs(r.lon - seat[1]) < 0.05


@pytest.mark.parametrize("form,nominative", [("Sosnowcu", "Sosnowiec"), ("Kamieńcu", "Kamieniec"),
                                             ("Sosnowca", "Sosnowiec")])
def test_nouns_in_iec_lose_their_e(form, nominative):
    assert nominative in nominatives(form)


def test_a_later_word_may_have_a_short_stem():
    assert "Ata" in forms("Acie", later=True) and "Ata" not in forms("Acie")
    assert resolve("w Ałma-Acie").country == "KZ"


def test_a_plural_town_named_in_the_genitive_without_an_ending():
    assert resolve("z Szacht").place.name == "Shakhty"
    assert resolve("koło Chimek").place.name == "Khimki"
    assert resolve("z Czerkas").place.name == "Cherkasy"
    assert resolve("z Kijowa").place.name == "Kyiv"   # a singular genitive keeps its reading
