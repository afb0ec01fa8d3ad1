"""Layouts an eleventh round of unseen documents brought, each in text of our own: a mailed digest
of saved stories numbered '(2/5)' between rules, stories whose dateline is not the day of what they
tell, clippings in Markdown with a list of dated briefs at the end, a calendar split into one list
per section of a web page, and a table whose day cells carry only the day and its weekday."""
from __future__ import annotations

from geomap.extract import extract, extract_document, extract_text
from geomap.extract.document.datelines import parse_date_line
from geomap.extract.mentions.dates import Anchor, find_dates
from geomap.read import read_document

_DIGEST = (
    "From: Asia Desk <desk@example.org>\n"
    "Subject: [Clips] Kurils, Korea - October 2016\n"
    "Date: Mon, 31 Oct 2016 17:00:00 +0900\n\n"
    "Dear all,\n\n"
    "the stories we kept this month are below, newest last.\n\n"
    "==============================\n"
    "(1/3)\n"
    "Outlet:   Kyodo\n"
    "Link:     https://example.org/kyodo/2016/10/14/abc\n"
    "Saved:    2016-10-14 09:10 JST\n\n"
    "Seoul envoy briefs Moscow on Pyongyang tests\n\n"
    "MOSCOW, Oct. 14 (Kyodo) -- South Korea's nuclear envoy Kim Hong-kyun held talks with Russian deputy\n"
    "foreign minister Igor Morgulov in Moscow on Wednesday about the latest North Korean tests, the\n"
    "Russian side said.\n\n"
    "The two had spoken the same day by telephone with their Japanese colleague. Two months earlier\n"
    "Morgulov visited Seoul for consultations on the peninsula.\n\n"
    "==============================\n"
    "(2/3)\n"
    "Outlet:   Yonhap\n"
    "Link:     https://example.org/yonhap/2016/10/17/def\n"
    "Saved:    2016-10-17 18:30 KST\n\n"
    "Spy agency: North may test again before US vote\n\n"
    "The North could stage another nuclear test in the coming weeks, the National Intelligence Service told\n"
    "lawmakers Monday at a closed session of the intelligence committee in Seoul.\n\n"
    "Defense chiefs of the South and Japan met in Tokyo last Monday to share radar data. Hours after they\n"
    "met, the North fired a Musudan missile from near Kusong. A freighter seized by Ukraine last week\n"
    "carried North Korean coal, the agency added. Ferry trips to Rason have run since last February.\n\n"
    "==============================\n"
    "(3/3)\n"
    "Outlet:   TASS\n"
    "Link:     https://example.org/tass/2016/10/28/ghi\n"
    "Saved:    2016-10-28 12:00 MSK\n\n"
    "Khabarovsk hosts Japanese governors\n\n"
    "KHABAROVSK, Oct 28 - A group of Japanese prefectural governors held talks with Governor Vyacheslav\n"
    "Shport in Khabarovsk on Thursday on timber and a ferry line, which is due to open next spring.\n"
)


def _by_headline(events, words):
    return [e for e in events if words in e.headline or words in (e.summary or "")]


def test_a_mailed_digest_of_numbered_stories_is_news_not_a_bulletin():
    result = extract_document(_DIGEST, "clips_2016-10.txt")
    events = result.events
    # '(1/3)' counts the stories: it dates nothing, and the mail's greeting tells no event
    assert result.reading.kind == "news"
    assert not [e for e in events if "(1/3)" in e.headline or e.date_start.startswith("2016-03")]
    assert not _by_headline(events, "Dear all")
    leads = [e for e in events if not e.in_passing and e.source_urls]
    assert [e.source_urls[0].rsplit("/", 1)[-1] for e in leads] == ["abc", "def", "ghi"]


def test_a_wire_dateline_dates_the_filing_not_what_the_story_tells():
    events = extract_text(_DIGEST, "clips_2016-10.txt")
    talks = _by_headline(events, "nuclear envoy briefs")[0] if _by_headline(events, "nuclear envoy briefs") else \
        _by_headline(events, "Seoul envoy briefs")[0]
    # filed Friday 14 October about talks 'on Wednesday'
    assert (talks.date_start, talks.date_end, talks.venue) == ("2016-10-12", "2016-10-12", "Moscow")
    # "on Thursday … which is due to open next spring": the talks were held, not planned
    governors = _by_headline(events, "Khabarovsk hosts")[0]
    assert (governors.date_start, governors.venue) == ("2016-10-27", "Khabarovsk")


def test_days_told_from_another_days_or_months():
    events = extract_text(_DIGEST, "clips_2016-10.txt")
    # 'Two months earlier' counts from the talks' October: August
    assert [(e.date_start, e.venue) for e in events if e.in_passing and e.venue == "Seoul"] == [("2016-08", "Seoul")]
    # 'last Monday' in Monday's story is a week back, and 'Hours after they met' is that day too
    assert ("2016-10-10", "Tokyo") in [(e.date_start, e.venue) for e in events]
    assert any(e.date_start == "2016-10-10" and e.event_type == "military" for e in events)


def test_a_briefing_to_lawmakers_is_a_statement_on_the_day_it_was_given():
    events = extract_text(_DIGEST, "clips_2016-10.txt")
    briefing = _by_headline(events, "Spy agency")[0]
    assert (briefing.event_type, briefing.date_start, briefing.venue) == ("statement", "2016-10-17", "Seoul")


def test_what_took_a_ship_and_what_began_long_ago_are_no_events_there():
    text = ("SEOUL, Oct. 19 (Yonhap) -- The coast guard said on Wednesday it had inspected a freighter in Busan.\n\n"
            "A freighter seized by Ukraine last week carried North Korean coal, officials said. Ferry trips from\n"
            "Vladivostok to Rason have run since last February.\n")
    events = extract_text(text, "yonhap_2016-10-19.txt")
    assert events and not [e for e in events if e.venue in ("Ukraine", "Rason")]


def test_a_bare_weekday_in_american_news_is_a_day():
    text = "The agency told lawmakers Monday that the launch had failed."
    [d] = find_dates(text, Anchor(2016, 10, 19))
    assert (d.when.start, d.weekday) == ("2016-10-17", True)
    # a weekday that owns its event dates that event, looking back unless the sentence looks ahead
    [owned] = find_dates("Monday's talks ran late.", Anchor(2016, 10, 19))
    assert (owned.when.start, owned.attribute) == ("2016-10-17", True)
    assert find_dates("Monday's lecture ran late.", Anchor(2016, 10, 19)) == []


_CLIPPINGS_MD = """# Wycinki: Daleki Wschód – październik 2016

> Zestaw roboczy, teksty skrócone.

---

## 1. Gubernatorzy z Japonii w Chabarowsku

*Interfax, pt. 28.10.2016, 12:05 · https://example.org/interfax/2016/10/28/a*

**CHABAROWSK** – Grupa gubernatorów japońskich prefektur rozmawiała w czwartek w Chabarowsku z
gubernatorem Wiaczesławem Szportem o dostawach drewna. Wcześniej w tym miesiącu ta sama grupa była w
Jużnosachalińsku. Rozmowy trwały ponad dwie godziny i zakończyły się podpisaniem protokołu intencji.

---

## 2. Ministrowie w Tokio

*Mainichi, wt. 18.10.2016 · https://example.org/mainichi/2016/10/18/b*

**TOKIO** – Ministrowie spraw zagranicznych Japonii i Ukrainy rozmawiali w poniedziałek w Tokio o pomocy
dla wschodnich obwodów. Obie strony zapowiedziały kolejną rundę rozmów jesienią, a ukraiński gość
zwiedził także laboratorium uniwersytetu w Tsukubie i spotkał się ze studentami z Kijowa.

---

## 3. Krótko

- **MIŃSK, 13.10** – W Mińsku zakończyło się w czwartek dwudniowe forum „Białoruś – Korea”,
  zorganizowane przez izbę handlową obu krajów.
- **ODESSA, 21.10** – Japońscy eksperci portowi obejrzeli we wtorek terminal zbożowy w Mikołajowie,
  a w piątek rozmawiali w Odessie z władzami obwodu o pogłębieniu toru wodnego.
"""


def test_clippings_with_a_list_of_dated_briefs_read_story_by_story(tmp_path):
    path = tmp_path / "wycinki_2016-10.md"
    path.write_text(_CLIPPINGS_MD, encoding="utf-8")
    result = extract(read_document(path))
    assert result.reading.kind == "news"
    got = {(e.date_start, e.date_end, e.venue) for e in result.events}
    # the stories, dated by their own meta lines
    assert ("2016-10-27", "2016-10-27", "Khabarovsk") in got
    assert ("2016-10-17", "2016-10-17", "Tokyo") in got
    # the briefs, as a bulletin's entries: a two-day forum that ended on the day of its dateline, and
    # a brief whose weekdays name two days at two places
    assert ("2016-10-12", "2016-10-13", "Minsk") in got
    assert ("2016-10-18", "2016-10-18", "Mykolaiv") in got
    assert ("2016-10-21", "2016-10-21", "Odesa") in got


_CALENDAR_HTML = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Kalendarium X 2016</title></head>
<body><header><h1>Wschód i Azja – kalendarium za październik 2016</h1></header>
<section id="a"><h2>1. Japonia – Rosja</h2><dl>
<dt>3 X (pn.)</dt><dd>W Tokio obradowała grupa robocza do spraw wspólnej działalności na Kurylach, a rozmowy
dotyczyły turystyki i akwakultury. [tekst]</dd>
<dt>11 X (wt.)</dt><dd>Delegacja prefektury Hokkaido przebywała w Jużnosachalińsku, gdzie omawiano połączenia
promowe z Wakkanai. [tekst]</dd>
<dt>19 X (śr.)</dt><dd>Rzecznik MSZ Rosji na briefingu w Moskwie ocenił przygotowania do grudniowej wizyty, i
zapowiedział kolejne konsultacje jeszcze zimą. [tekst]</dd>
</dl></section>
<section id="b"><h2>2. Korea – Białoruś</h2><dl>
<dt>6 X (czw.)</dt><dd>W Mińsku koreańscy przedsiębiorcy rozmawiali z wiceministrem gospodarki Białorusi o
strefie przemysłowej. [tekst]</dd>
<dt>25 X (wt.)</dt><dd>Gość z Seulu zwiedzał w obwodzie brzeskim zakłady mleczarskie w Kobryniu, a potem wrócił do
Mińska. [tekst]</dd>
</dl></section>
<section id="c"><h2>3. Ukraina – Japonia</h2><dl>
<dt>27 X (czw.)</dt><dd>W 30. rocznicę awarii w Czarnobylu japońska fundacja przekazała w Żytomierzu szpitalowi
aparat do badań tarczycy. [tekst]</dd>
</dl></section>
</body></html>"""


def test_a_calendar_in_one_list_per_section_is_read_whole(tmp_path):
    path = tmp_path / "kalendarium_2016-10.html"
    path.write_text(_CALENDAR_HTML, encoding="utf-8")
    events = [e for e in extract(read_document(path)).events if not e.in_passing]
    assert [e.date_start for e in events] == ["2016-10-03", "2016-10-11", "2016-10-19", "2016-10-06",
                                              "2016-10-25", "2016-10-27"]
    by_day = {e.date_start: e for e in events}
    # ', i zapowiedział … zimą': the later clause's season does not take the briefing's place away
    assert by_day["2016-10-19"].venue == "Moscow"
    # a town named with its region is the venue; the place an anniversary recalls is not
    assert by_day["2016-10-25"].venue == "Kobryn"
    assert by_day["2016-10-27"].venue == "Zhytomyr"


def test_a_day_with_its_weekday_in_brackets_is_a_date_line():
    line = parse_date_line("14 (pt.): JP – RU; Minister spraw zagranicznych …")
    assert (line.start, line.end, line.weekday) == ((0, 14), (0, 14), 4)
    line = parse_date_line("20–21 (czw.–pt.): KR – BY; Konsultacje …")
    assert (line.start, line.end, line.weekday) == ((0, 20), (0, 21), 3)


def test_a_table_of_days_under_month_rows_finds_each_month_by_the_weekday():
    text = ("Zestawienie miesięczne, październik 2016\n\n"
            "Dzień: Strony; Wydarzenie; Źródło\n\n"
            "PAŹDZIERNIK 2016\n\n"
            "7 (pt.): JP – RU; Wiceministrowie spraw zagranicznych rozmawiali w Tokio o wizycie prezydenta.; "
            "https://example.org/1\n\n"
            "26 (śr.): KR – UA; Ambasador Korei rozmawiał w Kijowie z ministrem rolnictwa Ukrainy.; "
            "https://example.org/2\n\n"
            "LISTOPAD 2016\n\n"
            "1 (wt.): BY – JP; Delegacja z Mińska przebywała w Osace.; https://example.org/3\n")
    events = [e for e in extract_text(text, "zestawienie_2016-10.docx") if not e.in_passing]
    assert [(e.date_start, e.venue) for e in events] == [
        ("2016-10-07", "Tokyo"), ("2016-10-26", "Kyiv"), ("2016-11-01", "Osaka")]


def test_words_that_type_an_event():
    text = ("12 października: Koreańskie okręty szkolne gościły we Władywostoku.\n\n"
            "13 października: Ministrowie Japonii i Rosji widzieli się w Moskwie na marginesie forum.\n\n"
            "14 października: W Boryspolu oddano do użytku nowy terminal lotniska.\n\n"
            "15 października: Near Avdiivka Ukrainian forces captured a North Korean soldier.\n")
    events = [e for e in extract_text(text, "typy_2016-10.txt") if not e.in_passing]
    assert [e.event_type for e in events] == ["visit", "meeting", "ceremony_forum", "military"]
