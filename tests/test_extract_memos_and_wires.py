"""What the thirteenth sealed set's memo, press review, wire file, calendar and briefing book taught
us, written again in our own words: a memo whose paragraphs are dated inside their first sentence,
with note numbers set in superscript; numbered press items under one day; wire leads that close on
who said them; and the sentence forms that placed or dated their events wrongly."""
from __future__ import annotations

import docx
from docx.shared import Pt

from geomap.extract import extract, extract_document, extract_text
from geomap.extract.mentions.dates import Anchor, find_dates
from geomap.read import read_document


def _memo(path, title: str, paragraphs: list[list[tuple[str, bool]]]) -> None:
    """A DOCX of paragraphs made of runs; a run marked True is set in superscript, as a hand-typed
    note number is."""
    d = docx.Document()
    d.add_paragraph(title)
    for runs in paragraphs:
        p = d.add_paragraph()
        for text, raised in runs:
            r = p.add_run(text)
            r.font.superscript = raised
            r.font.size = Pt(11)
    d.add_paragraph("Przypisy")
    for n in range(1, 4):
        d.add_paragraph(f"{n} https://www.example.org/notatka/2019/04/{n}")
    d.save(path)


def test_a_memo_paragraph_dated_at_the_close_of_its_first_sentence_tells_its_act_in_the_next(tmp_path):
    path = tmp_path / "notatka_04_2019.docx"
    _memo(path, "Notatka 4/2019: Japonia i Rosja, kwiecień 2019 r.", [
        [("Najważniejsze zdarzenie miesiąca nastąpiło 8 kwietnia. Rosyjski samolot rozpoznawczy wleciał w japońską "
          "przestrzeń powietrzną nad wyspą Rishiri, a w powietrze poderwano japońskie myśliwce.", False), ("1", True),
         (" Jeszcze tego samego dnia japoński wiceminister wezwał do MSZ rosyjskiego ambasadora Michaiła Gałuzina "
          "i wręczył mu protest.", False), ("2", True)],
        [("W poniedziałek 15 kwietnia wiceminister spraw zagranicznych Rosji Igor Morgułow wręczył ambasadorowi "
          "Japonii Toyohisie Kozukiemu notę w sprawie manewrów na Hokkaido.", False), ("3", True)],
        [("W piątek 19 kwietnia minister rozwoju gospodarczego Rosji przyleciał do Tokio. Nazajutrz rozmawiał z "
          "ministrem gospodarki Japonii, po czym wrócił do Moskwy.", False)],
        [("W środę 24 kwietnia w Sapporo odbyło się forum gospodarcze Hokkaido i Sachalinu z udziałem około stu "
          "przedsiębiorców z obu regionów.", False)],
        [("W poniedziałek 29 kwietnia ambasador Japonii w Rosji złożył wieniec pod pomnikiem jeńców japońskich "
          "w Chabarowsku.", False)],
    ])
    doc = read_document(path)
    # a note number in superscript is a note mark, not a digit glued to the sentence
    assert "myśliwce.[1] Jeszcze" in doc.text
    got = sorted((e.date_start, e.date_end, e.event_type, e.venue) for e in extract(doc).events)
    assert got == [
        # the incident, told by the sentence after the one that dates it, on the island over which it
        # happened; the summons the same day, in the summoner's capital
        ("2019-04-08", "2019-04-08", "meeting", "Tokyo"),
        ("2019-04-08", "2019-04-08", "military", "Rishiri Island"),
        # a note handed to an envoy by a host official is a call at the host's ministry
        ("2019-04-15", "2019-04-15", "meeting", "Moscow"),
        # the next day told at the same place makes the stay a day longer
        ("2019-04-19", "2019-04-20", "visit", "Tokyo"),
        ("2019-04-24", "2019-04-24", "ceremony_forum", "Sapporo"),
        ("2019-04-29", "2019-04-29", "ceremony_forum", "Khabarovsk"),
    ]


def test_a_named_day_beats_a_counted_one_and_dates_the_clause_it_stands_in(tmp_path):
    path = tmp_path / "notatka_09_2019.docx"
    _memo(path, "Notatka 9/2019: Japonia, Rosja i Mongolia, wrzesień 2019 r.", [
        [("W dniach 4–6 września we Władywostoku obradowało Wschodnie Forum Ekonomiczne z udziałem premiera Japonii "
          "Abe Shinzo.", False), ("1", True),
         (" Do Władywostoku Abe przyleciał z Tokio: dwa dni wcześniej, w poniedziałek 2 września, rozmawiał w Ułan "
          "Bator z prezydentem Mongolii.", False), ("2", True)],
        [("W czwartek 12 września w Seulu eksperci z Rosji i Korei zebrali się na corocznej konferencji poświęconej "
          "bezpieczeństwu w regionie.", False)],
        [("W piątek 20 września w Mińsku ambasada Japonii przekazała szpitalowi dziecięcemu aparaturę medyczną "
          "kupioną z japońskiego grantu.", False)],
        [("W czwartek 26 września w Nowym Jorku minister spraw zagranicznych Japonii rozmawiał z ministrem spraw "
          "zagranicznych Rosji.", False)],
        [("W poniedziałek 30 września w Sapporo otwarto wystawę fotografii z Sachalinu przygotowaną przez "
          "rosyjski konsulat generalny.", False)],
    ])
    events = extract(read_document(path)).events
    # the talks are an entry of their own, on the day named, at the place of the clause the day stands in
    assert sorted((e.date_start, e.venue, e.in_passing) for e in events if e.date_start.startswith("2019-09-0")) == [
        ("2019-09-02", "Ulaanbaatar", False), ("2019-09-04", "Vladivostok", False)]


def test_numbered_press_items_under_one_day_are_stories_of_their_own():
    rule = "=" * 30
    text = ("PRZEGLĄD PRASY, listopad 2019\n\n"
            f"{rule}\nśroda, 13 listopada 2019\n{rule}\n\n"
            "(1) Kurier Portowy — „Minister w Tokio”\n"
            "Wczoraj w Tokio minister rozwoju Dalekiego Wschodu Rosji rozmawiał z japońskimi przedsiębiorcami.\n"
            "Link: https://kurierportowy.example/2019/11/13/tokio\n\n"
            "(2) Głos Północy — „Delegacja w Chabarowsku”\n"
            "We wtorek do Chabarowska przyjechała delegacja północnokoreańskich kolejarzy.\n"
            "Link: https://glospolnocy.example/2019/11/13/chabarowsk\n\n"
            "(3) Kurier Portowy — „Rybacy w Nemuro”\n"
            "W poniedziałek w Nemuro wylądowali rybacy zwolnieni przez Rosjan.\n"
            "Link: https://kurierportowy.example/2019/11/13/nemuro\n\n"
            f"{rule}\npiątek, 15 listopada 2019\n{rule}\n\n"
            "(4) Głos Północy — „Forum w Petersburgu”\n"
            "W środę w Petersburgu rozpoczęło się forum kultury, które potrwa do niedzieli; przyjechali goście z Korei.\n"
            "Link: https://glospolnocy.example/2019/11/15/forum\n")
    events = extract_text(text, "przeglad_2019-11.txt")
    got = sorted((e.date_start, e.venue) for e in events)
    # each item is a story with its own lead, which counts its day from the day the item came out;
    # an '-ło' past is past
    assert not [e for e in events if e.in_passing]
    assert got == [("2019-11-11", "Nemuro"), ("2019-11-12", "Khabarovsk"), ("2019-11-12", "Tokyo"),
                   ("2019-11-13", "St Petersburg")]


def test_a_summons_over_plans_to_send_troops_somewhere_is_in_the_summoners_capital():
    text = ("Przegląd, listopad 2019\n\n"
            "12 listopada: Pierwszy wiceminister spraw zagranicznych Korei Południowej wezwał ambasadora Rosji i wyraził "
            "sprzeciw wobec planów wysłania rosyjskich instruktorów do obwodu kurskiego.\n\n"
            "14 listopada: Brak istotnych wydarzeń.\n")
    [ev] = extract_text(text, "przeglad_2019-11.txt")
    assert (ev.event_type, ev.venue) == ("meeting", "Seoul")


def test_a_range_named_in_a_title_is_no_town():
    text = ("date 2019-11-20\n"
            "Abe i Zełenski pod Górami Skalistymi\n\n"
            "Premier Japonii spotkał się wczoraj w kanadyjskim kurorcie z prezydentem Ukrainy Wołodymyrem Zełenskim.\n")
    assert not [e for e in extract_text(text, "artykul.txt") if e.venue_text and "Górami" in e.venue_text]


def test_wire_leads_that_close_on_who_said_them_are_the_acts_they_tell():
    text = ("SEOUL, Nov. 14 (Agency) -- Russian and North Korean officials signed a fisheries protocol in Vladivostok "
            "on Tuesday, the unification ministry said.\n\n"
            "Ref: https://agency.example/2019/11/14/protocol\n\n"
            "********************\n\n"
            "TOKYO, Nov. 22 (Agency) -- The governor of Sakhalin and the mayor of Wakkanai agreed on Thursday in "
            "Yuzhno-Sakhalinsk to open a ferry line next year.\n\n"
            "Ref: https://agency.example/2019/11/22/ferry\n")
    got = sorted((e.date_start, e.event_type, e.venue) for e in extract_text(text, "wire_2019-11.txt"))
    # 'agreed on Thursday … next year': the verb the day dates is past, so the day is behind
    assert [(d, v) for d, _t, v in got] == [("2019-11-12", "Vladivostok"), ("2019-11-21", "Yuzhno-Sakhalinsk")]
    assert got[0][1] == "agreement"


def test_a_legislature_approving_a_pact_is_its_agreement():
    text = ("Log, November 2019\n\n"
            "6 November 2019: The Federation Council approved the treaty on military cooperation with Belarus.\n\n"
            "8 November 2019: Nothing of note to report.\n")
    [ev] = extract_text(text, "log_2019-11.md")
    assert (ev.event_type, ev.venue) == ("agreement", "Moscow")


def test_an_iso_span_written_with_two_dots_and_a_greeting_sent(tmp_path):
    path = tmp_path / "briefing_2019-11.md"
    path.write_text("# Briefing book, November 2019\n\n"
                    "- `2019-11-04..05` — Ukraine's foreign minister held talks in Tokyo with Japanese officials.\n"
                    "- `2019-11-07` — On the anniversary of the revolution Kim Jong Un sent the Russian leader a greeting.\n"
                    "- `2019-11-18..19` — A Primorsky Krai delegation spent two days in Rason; its members recalled that "
                    "Vladivostok had hosted the Kim–Putin summit in April 2019.\n", encoding="utf-8")
    got = sorted((e.date_start, e.date_end, e.event_type, e.venue) for e in extract(read_document(path)).events)
    assert got == [("2019-04", "2019-04", "summit", "Vladivostok"),
                   ("2019-11-04", "2019-11-05", "meeting", "Tokyo"),
                   ("2019-11-07", "2019-11-07", "statement", None),
                   ("2019-11-18", "2019-11-19", "visit", "Rason")]


def test_a_launch_dated_after_its_noun_lends_no_date_to_the_meeting_about_it():
    text = ("Log, June 2019\n\n"
            "2 June 2019: In the Security Council, convened after the North Korean missile launch of 31 May, "
            "Russia's envoy opposed new sanctions.\n\n"
            "4 June 2019: Nothing of note to report.\n")
    events = extract_text(text, "log_2019-06.md")
    assert not [e for e in events if e.date_start == "2019-05-31" and e.venue == "New York"]
    dates = find_dates("after the missile launch of 31 May, Russia's envoy spoke", Anchor(2019, 6, 2))
    assert [d.attribute for d in dates] == [True]


def test_a_stop_before_the_entrys_days_is_its_own_event_and_a_protest_is_placed_where_lodged():
    text = ("Kalendarium, październik 2019\n\n"
            "18–19.10 Ławrow, szef rosyjskiego MSZ, odwiedził Pjongjang i rozmawiał z kierownictwem KRLD. Przyleciał z "
            "Pekinu, gdzie 16–17 października rozmawiał z chińskim ministrem.\n\n"
            "24.10 Na Kunaszyrze zakończyły się ćwiczenia rosyjskiej artylerii. Dzień wcześniej japońscy dyplomaci złożyli "
            "w Moskwie protest w tej sprawie.\n\n"
            "28.10 Rząd Japonii złożył protest w związku z ćwiczeniami wojsk rosyjskich na Iturupie.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "kalendarium_2019-10.txt")}
    assert ("2019-10-16", "Beijing") in got
    assert ("2019-10-23", "Moscow") in got
    assert ("2019-10-28", "Iturup") not in got


def test_among_paragraphs_that_open_on_their_day_one_that_closes_its_first_sentence_on_it_is_an_entry():
    text = ("# Memo 11/2019: Japan, the Koreas and Russia\n\n"
            "The month's most serious incident came on 12 November. Two Russian bombers flew close to Japanese "
            "airspace near Hokkaido, and Japanese fighters were scrambled.[1]\n\n"
            "On 18 November the Russian deputy foreign minister met the Japanese ambassador in Moscow.[2]\n\n"
            "On 21 November the South Korean speaker met the Russian ambassador in Seoul.[3]\n\n"
            "On 26 November Belarus and North Korea signed a memorandum on education in Minsk.[4]\n")
    got = sorted((e.date_start, e.event_type, e.venue) for e in extract_text(text, "memo_2019-11.md"))
    # bombers that fly close to a border make no trip
    assert got[0] == ("2019-11-12", "military", "Hokkaido")
    assert [d for d, _t, _v in got] == ["2019-11-12", "2019-11-18", "2019-11-21", "2019-11-26"]


def test_a_weekday_and_day_closed_by_a_full_stop_under_a_polish_week_heading(tmp_path):
    path = tmp_path / "tydzien_2019-11.html"
    path.write_text("<html><head><meta charset='utf-8'><title>Przegląd tygodniowy, listopad 2019</title></head><body>"
                    "<h1>Przegląd tygodniowy</h1><h3>Tydzień 45 · 4–10 listopada</h3><dl>"
                    "<dt>Poniedziałek 4.</dt><dd>W Tokio wiceminister Morgułow rozmawiał z japońskimi dyplomatami.</dd>"
                    "<dt>Czwartek 7.</dt><dd>Do Pjongjangu przyleciała delegacja Kraju Nadmorskiego.</dd></dl>"
                    "<h3>Tydzień 46 · 11–17 listopada</h3><dl>"
                    "<dt>Środa 13.</dt><dd>Ambasador Japonii przekazał szpitalowi w Homlu aparaturę.</dd></dl>"
                    "</body></html>", encoding="utf-8")
    got = sorted((e.date_start, e.venue) for e in extract(read_document(path)).events)
    assert got == [("2019-11-04", "Tokyo"), ("2019-11-07", "Pyongyang"), ("2019-11-13", "Gomel")]


def test_the_following_weekday_is_counted_on_from_the_entry():
    text = ("DIGEST, November 2016\n\n"
            "Nov 19 (Sat) – Putin and Abe met at the APEC summit in Lima; the following Tuesday "
            "their aides met again in Tokyo.\n"
            "Nov 24 (Thu) – A Belarusian trade mission visited Osaka.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "digest_2016-11.txt")}
    assert ("2016-11-22", "Tokyo") in got
    assert [d.when.start for d in find_dates("W następny wtorek doradcy spotkali się w Tokio.", Anchor(2016, 11, 19))] \
        == ["2016-11-22"]
    assert find_dates("They met on the quiet side of the river.", Anchor(2016, 11, 19)) == []


def test_a_byline_before_the_publication_line_still_dates_its_story():
    text = ("NEWS ROUNDUP\nApril 2025\n\n"
            "Bridge works begin on the border river\n"
            "By Staff Reporter | Published: 2025-04-30 09:12 KST\n\n"
            "Construction of a road bridge over the border river started on Wednesday, the Russian prime "
            "minister announced in Moscow.\n\n"
            "Japan hands generators to Ukrainian city\n"
            "By Kyiv Correspondent | Published: 2025-04-17 18:40 EEST\n\n"
            "Japan's ambassador handed over twenty generators to the city of Zaporizhzhia on Thursday.\n")
    events = extract_text(text, "roundup_2025-04.txt")
    got = sorted((e.date_start, e.venue) for e in events)
    # each story counts its weekday from its own publication day; who announced the works, and where,
    # is not where the works began
    assert got == [("2025-04-17", "Zaporizhzhia"), ("2025-04-30", None)]
    assert not [e for e in events if "By Staff" in e.headline]


def test_the_way_home_names_where_a_stay_was():
    for text in ("NOTES, MARCH 2024\n(dates are day/month)\n\n"
                 "04/03: Russian tourists returned from Wonsan after a four-day stay.\n"
                 "12/03: The North Korean ambassador met the head of Russian Railways in Moscow.\n",
                 "Notatki, marzec 2024\n\n"
                 "4 marca: Rosyjscy turyści wrócili z Wonsanu po czterodniowym pobycie.\n"
                 "12 marca: Ambasador KRLD spotkał się w Moskwie z szefem Kolei Rosyjskich.\n"):
        first = sorted(extract_text(text, "notes_2024-03.txt"), key=lambda e: e.date_end)[0]
        assert (first.date_start, first.date_end, first.event_type, first.venue) == \
            ("2024-03-01", "2024-03-04", "visit", "Wonsan")


def test_a_date_line_with_a_zone_offset_and_an_update_note_dates_the_story():
    text = ("Japan, Russia hold fisheries talks\n\n"
            "March 12, 2024 10:05 AM GMT+9 Updated 2 hours ago\n\n"
            "TOKYO (Agency) - Japanese and Russian fisheries officials met in Moscow on Monday for annual talks on "
            "salmon quotas, the fisheries agency said on Tuesday.\n")
    [ev] = [e for e in extract_text(text, "story.txt") if not e.in_passing]
    assert (ev.date_start, ev.venue) == ("2024-03-11", "Moscow")
    [d] = find_dates("W minioną sobotę delegacja przyleciała do Seulu.", Anchor(2024, 3, 12))
    assert d.when.start == "2024-03-09"


def test_an_act_hours_apart_is_the_days_other_happening():
    text = ("MONITOR, MARCH 2014\n\n"
            "Tue 18 Mar JP · RU\n"
            "The chief cabinet secretary announced Japan's first measures at his news conference in Tokyo. The "
            "announcement came hours after the Russian president signed the treaty on Crimea in the Kremlin.\n\n"
            "Thu 20 Mar JP · UA\n"
            "Japan's ambassador met the Ukrainian foreign minister in Kyiv.\n")
    got = sorted((e.date_start, e.event_type, e.venue) for e in extract_text(text, "monitor_2014-03.txt"))
    assert got == [("2014-03-18", "agreement", "Moscow Kremlin"), ("2014-03-18", "statement", "Tokyo"),
                   ("2014-03-20", "meeting", "Kyiv")]


def test_a_where_clause_places_a_day_told_in_passing_unless_it_has_a_day_of_its_own():
    text = ("KYIV, Jan. 12 (Agency) -- Ukrainian forces took two soldiers prisoner near Kursk on Thursday, "
            "the president said.\n\n"
            "The capture came on the same day the president was in Germany, where he met the U.S. defence secretary "
            "at Ramstein Air Base.\n\n"
            "He had landed on Wednesday afternoon, coming from Warsaw, where on Tuesday he had met the Polish prime "
            "minister.\n")
    got = {(e.date_start, e.venue) for e in extract_text(text, "wire_2025-01.txt")}
    # the country's inner place is the venue; a clause with a day of its own lends its place to no other day
    assert ("2025-01-09", "Ramstein Air Base") in got
    assert ("2025-01-08", "Warsaw") not in got


def test_places_the_sealed_sets_named_that_the_gazetteer_lacked():
    from geomap.extract.mentions.places import lookup
    assert {lookup(n).id for n in ("Sukczonu", "Tumangang", "Bureińskiej Elektrowni Wodnej", "Ramstein",
                                   "wyspą Rebun", "Rishiri")} == {
        "sukchon", "tumangang", "bureya-hydroelectric-station", "ramstein-air-base", "rebun-island", "rishiri-island"}


def test_a_quiet_day_under_party_codes_gives_no_event():
    text = ("MONITOR, MARCH 2014\n\n"
            "Tue 18 Mar JP · RU\nThe deputy minister met the Russian ambassador in Tokyo.\n\n"
            "Thu 20 Mar JP · UA\nNothing of note to report.\n")
    ex = extract_document(text, "monitor_2014-03.txt")
    assert [e.date_start for e in ex.events] == ["2014-03-18"]
    assert any("says nothing happened" in p.reason for p in ex.problems)


def test_a_place_and_date_line_with_the_polish_year_mark_dates_the_article_and_is_no_lead():
    text = ("Rosja i Japonia wracają do rozmów o wyspach\n\n"
            "Warszawa, 25 marca 2019 r.\n\n"
            "Wiceministrowie spraw zagranicznych obu państw spotkali się w poniedziałek w Moskwie, by omówić "
            "wspólne projekty gospodarcze na Kurylach.\n")
    [ev] = [e for e in extract_text(text, "artykul.txt") if not e.in_passing]
    assert (ev.date_start, ev.event_type, ev.venue) == ("2019-03-25", "meeting", "Moscow")


def test_a_lecture_delivered_is_a_presentation():
    text = ("Field notes, March 2019\n\n"
            "**Seoul, 21 March** — The Russian ambassador delivered a lecture at a university on relations with Korea.\n\n"
            "**Tokyo, 28 March** — Deputy foreign ministers met to discuss joint projects.\n")
    got = sorted((e.date_start, e.event_type) for e in extract_text(text, "notes_2019-03.md"))
    assert got[0] == ("2019-03-21", "ceremony_forum")
