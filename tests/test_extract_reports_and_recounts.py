"""What the fourteenth sealed set's bulletin, calendar, memo, timeline page, digest and news roundup
taught us, written again in our own words: items numbered in brackets with Roman-month dates; a
report is its source and what it reports the event; days counted from the paragraph before; a
source paragraph inside a day's block; link text left alone on its line; and the sentence forms
that placed, dated or typed their events wrongly."""
from __future__ import annotations

import docx

from geomap.extract import extract, extract_text
from geomap.extract.mentions.dates import shift_lead
from geomap.read import read_document


def _got(events, passing=None):
    return sorted((e.date_start, e.date_end, e.event_type, e.venue) for e in events
                  if passing is None or e.in_passing == passing)


def test_items_numbered_in_brackets_open_on_day_and_roman_month():
    text = ("KWARTALNIK WSCHODNI nr 7/2019 (lipiec)\n\n"
            "I. JAPONIA\n\n"
            "(1) 2/VII: W Tokio wiceminister spraw zagranicznych Japonii przyjął ambasadora Białorusi.\n"
            "Źr.: http://www.example.org/kw/1\n\n"
            "(2) 9-11/VII: Delegacja Dumy Państwowej przebywała w Sapporo.\n"
            "Źr.: http://www.example.org/kw/2\n\n"
            "II. KOREA\n\n"
            "(3) 30/VII-1/VIII: W Seulu obradowała komisja ds. współpracy z Ukrainą.\n"
            "Źr.: http://www.example.org/kw/3\n")
    assert _got(extract_text(text, "kwartalnik_07_2019.txt")) == [
        ("2019-07-02", "2019-07-02", "meeting", "Tokyo"),
        ("2019-07-09", "2019-07-11", "visit", "Sapporo"),
        ("2019-07-30", "2019-08-01", "meeting", "Seoul")]


def test_a_report_is_its_source_and_what_it_reports_is_the_event_in_each_place_it_names():
    text = ("Kalendarz, marzec 2021\n\n"
            "Śr., 10.03 — Dziennik „Krasnaja Zwiezda” poinformował, że na Iturupie rozmieszczono nowe "
            "wyrzutnie rakietowe, a na Kunaszyrze — kolejne radary.\n\n"
            "Pt., 12.03 — Gazeta Portowa — „Kreml odpowiada” Rzecznik Kremla oświadczył w Moskwie, że Rosja "
            "nie zmieni stanowiska.\n")
    assert _got(extract_text(text, "kalendarz_03_2021.txt")) == [
        ("2021-03-10", "2021-03-10", "military", "Iturup"),
        ("2021-03-10", "2021-03-10", "military", "Kunashir"),
        # an outlet an item is credited to, before a dash and a title, tells nothing itself
        ("2021-03-12", "2021-03-12", "statement", "Moscow")]


def test_drills_that_began_are_the_event_whoever_announced_or_protested_them():
    text = ("Przegląd, czerwiec 2020\n\n"
            "4 czerwca: Sztab floty ogłosił, że na Kunaszyrze rozpoczęły się manewry artylerii nadbrzeżnej.\n\n"
            "9 June: Shikotan; The Eastern Military District began anti-landing drills on the island; Tokyo "
            "protested through diplomatic channels.\n")
    assert _got(extract_text(text, "przeglad_06_2020.txt")) == [
        ("2020-06-04", "2020-06-04", "military", "Kunashir"),
        ("2020-06-09", "2020-06-09", "military", "Shikotan")]


def test_a_past_participle_before_the_date_dates_the_noun_it_qualifies():
    text = ("Przegląd, wrzesień 2017\n\n"
            "11 września: Rada Bezpieczeństwa ONZ uchwaliła rezolucję 2375, która rozszerza restrykcje nałożone na "
            "Pjongjang po próbie jądrowej wykonanej 3 września w Punggye-ri.\n\n"
            "18 września: W Tokio ambasador Rosji spotkał się z wiceministrem.\n")
    assert _got(extract_text(text, "przeglad_09_2017.txt"), passing=True) == [
        ("2017-09-03", "2017-09-03", "military", "Punggye-ri Nuclear Test Site")]


def _memo(path, paragraphs: list[str]) -> None:
    d = docx.Document()
    d.add_paragraph("Notatka: Japonia i Rosja, czerwiec 2019 r.")
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


def test_a_memo_paragraph_counts_its_day_from_the_paragraph_before(tmp_path):
    path = tmp_path / "notatka_06_2019.docx"
    _memo(path, [
        "W poniedziałek 3 czerwca ambasador Rosji Michaił Gałuzin spotkał się w Tokio z wiceministrem spraw "
        "zagranicznych Japonii, by omówić wymianę bezwizową na wyspach.",
        "W czwartek 6 czerwca w Sapporo odbyło się forum gospodarcze regionów Hokkaido i Sachalinu z udziałem "
        "około dwustu przedsiębiorców z obu stron.",
        "Sześć dni później, w środę, konsul generalny Japonii we Władywostoku złożył wieniec pod pomnikiem "
        "japońskich jeńców, a potem spotkał się z władzami Kraju Nadmorskiego.",
        "W następny poniedziałek w Moskwie zakończyły się rozmowy ekspertów o połowach łososia, a strony "
        "podpisały protokół o tegorocznych limitach dla japońskich rybaków.",
        "W czwartek 20 czerwca w Seulu ambasador Ukrainy przedstawił plan odbudowy portów czarnomorskich "
        "na seminarium zorganizowanym przez koreańskie ministerstwo handlu.",
        "W poniedziałek 24 czerwca w Mińsku ambasada Japonii przekazała szpitalowi dziecięcemu aparaturę "
        "diagnostyczną kupioną ze środków japońskiego programu grantowego.",
        "W piątek 28 czerwca w Osace premier Japonii rozmawiał z prezydentem Rosji na marginesie szczytu G20, "
        "a rozmowa dotyczyła głównie traktatu pokojowego.",
    ])
    days = sorted((e.date_start, e.venue) for e in extract(read_document(path)).events if not e.in_passing)
    assert days == [("2019-06-03", "Tokyo"), ("2019-06-06", "Sapporo"), ("2019-06-12", "Vladivostok"),
                    ("2019-06-17", "Moscow"), ("2019-06-20", "Seoul"), ("2019-06-24", "Minsk"), ("2019-06-28", "Osaka")]


def test_a_counted_day_may_be_any_count_up_to_two_weeks():
    assert shift_lead("Osiem dni później minister") == ("Osiem dni później", 8)
    assert shift_lead("Eleven days later the envoy") is None   # past the words we read
    assert shift_lead("12 days later the envoy") == ("12 days later", 12)


def test_weekdays_in_a_wrapped_line_take_the_tense_of_the_sentence_they_continue():
    text = ("WIRE DIGEST — JUNE 2023\n\n"
            "MINISTER ENDS TALKS IN MINSK\n\n"
            "Published: 2023-06-09 11:00 MSK\n\n"
            "MINSK — North Korea's external economic relations minister stayed in Minsk for three days\n"
            "this week, landing on Tuesday and flying home on Thursday, to discuss potash and tractors.\n\n"
            "ENVOYS WRAP UP SEOUL TRIP\n\n"
            "Published: 2023-06-24 09:00 KST\n\n"
            "SEOUL — A group of Ukrainian deputies concluded their three-day stay in Seoul on Friday with\n"
            "talks at the National Assembly.\n")
    assert _got(extract_text(text, "wire_digest_2023-06.txt"), passing=False) == [
        ("2023-06-06", "2023-06-08", "visit", "Minsk"),
        ("2023-06-21", "2023-06-23", "visit", "Seoul")]


def test_what_a_story_reports_as_begun_is_an_event_on_the_day_it_was_reported():
    text = ("WIRE DIGEST — MAY 2024\n\n"
            "TOKYO OBJECTS TO DRILLS\n\n"
            "Published: 2024-05-17 18:00 JST\n\n"
            "TOKYO — Japan lodged a protest with Russia over exercises on the disputed islands, the top government\n"
            "spokesman said on Friday.\n\n"
            "The Eastern Military District said on Wednesday that about 500 soldiers had begun exercises on\n"
            "Kunashir with coastal missile systems.\n")
    assert _got(extract_text(text, "wire_digest_2024-05.txt"), passing=True) == [
        ("2024-05-15", "2024-05-15", "military", "Kunashir")]


def test_a_meeting_with_people_in_a_place_ends_where_the_sentence_turns_to_what_was_done_since():
    text = ("WIRE DIGEST — APRIL 2025\n\n"
            "SEOUL WEIGHS TAKING IN PRISONERS\n\n"
            "Published: 2025-04-22 10:00 KST\n\n"
            "SEOUL — South Korean officials met on Tuesday to discuss two North Korean prisoners held in Ukraine.\n\n"
            "An opposition lawmaker met the two soldiers in Kyiv in March and has since urged ministers to let "
            "them settle in the South.\n")
    assert ("2025-03", "2025-03", "meeting", "Kyiv") in _got(extract_text(text, "wire_digest_2025-04.txt"), passing=True)


def test_a_headline_that_confirms_reports_a_statement_not_placed_at_a_foreign_desk():
    text = ("WIRE DIGEST — MAY 2025\n\n"
            "PYONGYANG CONFIRMS ITS ENGINEERS WORK IN RUSSIA\n\n"
            "Published: 2025-05-12 09:00 KST\n\n"
            "SEOUL — North Korea for the first time admitted on Monday that it had sent military engineers to\n"
            "Russia, according to a statement carried by its state news agency.\n")
    [lead] = [e for e in extract_text(text, "wire_digest_2025-05.txt") if not e.in_passing]
    assert (lead.date_start, lead.event_type, lead.venue) == ("2025-05-12", "statement", None)


def test_a_second_story_after_a_source_line_under_one_day_is_an_entry_of_its_own():
    text = ("Northeast Asia timeline: March 2023\n\n"
            "Mar. 8 (Wed)\n\n"
            "The UN Security Council in New York discussed North Korea's latest launches without a decision.\n\n"
            "Source: UN press\nhttps://press.example.org/2023/sc-0308\n\n"
            "In Vladivostok, the Japanese consulate held a reception for local officials and business people.\n\n"
            "Source: consulate\nhttps://consulate.example.org/2023/0308\n\n"
            "Mar. 10 (Fri)\n\n"
            "In Tokyo, the foreign minister met Ukraine's ambassador to discuss winter aid.\n\n"
            "Source: MOFA\nhttps://mofa.example.org/2023/0310\n")
    assert _got(extract_text(text, "timeline_2023-03.txt")) == [
        ("2023-03-08", "2023-03-08", "ceremony_forum", "Vladivostok"),
        ("2023-03-08", "2023-03-08", "statement", "New York"),
        ("2023-03-10", "2023-03-10", "meeting", "Tokyo")]


def test_a_markdown_source_link_under_each_entry_is_no_section_heading(tmp_path):
    path = tmp_path / "eastern_digest_june_2024.md"
    path.write_text("# Eastern Digest · June 2024\n\n"
            "## Week 23 · 3–9 June\n\n"
            "### Monday 3 June\n"
            "A North Korean trade delegation held talks in Minsk on fertiliser supplies.\n"
            "[Source](https://www.example.org/d/1)\n\n"
            "### Wednesday 5 June\n"
            "Japan's foreign minister met the Ukrainian ambassador in Tokyo.\n"
            "[Source](https://www.example.org/d/2)\n\n"
            "### Friday 7 June\n"
            "Russian and North Korean officials opened a photo exhibition in Vladivostok.\n"
            "[Source](https://www.example.org/d/3)\n", encoding="utf-8")
    events = extract(read_document(path)).events
    assert sorted((e.date_start, e.venue) for e in events if not e.in_passing) == [
        ("2024-06-03", "Minsk"), ("2024-06-05", "Tokyo"), ("2024-06-07", "Vladivostok")]


def test_where_an_envoy_is_accredited_or_a_named_club_is_not_where_he_speaks_or_acts():
    text = ("Timeline, November 2023\n\n"
            "Nov. 6: North Korea's ambassador, accredited in Moscow and also to Belarus, presented his credentials "
            "to President Lukashenko in Minsk.\n\n"
            "Nov. 9: Addressing the Valdai Discussion Club in Moscow, Putin said Japan had chosen confrontation.\n\n"
            "Nov. 13: President Yoon, answering questions at a briefing in Seoul, said Seoul had not sent weapons "
            "to Ukraine and would not do so.\n")
    assert _got(extract_text(text, "timeline_2023-11.txt")) == [
        ("2023-11-06", "2023-11-06", "meeting", "Minsk"),
        ("2023-11-09", "2023-11-09", "statement", "Moscow"),
        ("2023-11-13", "2023-11-13", "statement", "Seoul")]


def test_strikes_named_by_their_date_are_placed_on_what_they_hit():
    text = ("Timeline, December 2023\n\n"
            "Dec. 4: Russia launched attacks on Kharkiv overnight.\n\n"
            "Dec. 14: In Tokyo, Ukraine's ambassador asked Japan for generators after the drone strikes of "
            "December 11 on Odesa.\n")
    events = extract_text(text, "timeline_2023-12.txt")
    assert ("2023-12-04", "2023-12-04", "military", "Kharkiv") in _got(events, passing=False)
    assert _got(events, passing=True) == [("2023-12-11", "2023-12-11", "military", "Odesa")]


def test_there_points_back_to_the_place_the_sentence_named_before():
    text = ("Timeline, April 2023\n\n"
            "Apr. 20: A Russian consul left Niigata as Tokyo had demanded. Moscow had expelled Japan's consul in "
            "Khabarovsk after the FSB detained him there on April 12 and searched his flat.\n\n"
            "Apr. 24: In Seoul, the unification minister met the Russian ambassador.\n")
    assert _got(extract_text(text, "timeline_2023-04.txt"), passing=True) == [
        ("2023-04-12", "2023-04-12", "other", "Khabarovsk")]


def test_treaties_named_before_their_signing_are_agreements():
    text = ("Timeline, October 2022\n\n"
            "Oct. 13: The UN General Assembly in New York condemned the referendums in four regions of Ukraine. "
            "It answered the \"accession\" treaties Putin had signed at the Kremlin on 30 September.\n\n"
            "Oct. 20: In Tokyo, the foreign minister met Ukraine's ambassador.\n")
    assert _got(extract_text(text, "timeline_2022-10.txt"), passing=True) == [
        ("2022-09-30", "2022-09-30", "agreement", "Moscow Kremlin")]


def test_a_deadline_met_is_no_meeting_and_an_envoy_ordered_out_is_an_expulsion():
    text = ("Timeline, February 2023\n\n"
            "Feb. 6: A Russian trade attaché from the mission in Osaka flew home, meeting the deadline the Japanese "
            "side fixed when it ordered him out in retaliation.\n\n"
            "Feb. 9: In Tokyo, the foreign minister met Ukraine's ambassador.\n")
    assert ("2023-02-06", "2023-02-06", "other", "Osaka") in _got(extract_text(text, "timeline_2023-02.txt"))


def test_a_city_owning_its_ceremony_and_troops_crossing_into_a_region_place_what_is_mentioned():
    text = ("Digest, August 2023\n\n"
            "14 August: The Army-2023 forum opened near Moscow six days after Ukrainian units crossed into Russia's "
            "Belgorod region on 7 August. Nagasaki's ceremony on 9 August went ahead without Russian guests.\n\n"
            "18 August: In Seoul, the vice foreign minister met the Belarusian ambassador.\n")
    assert _got(extract_text(text, "digest_2023-08.txt"), passing=True) == [
        ("2023-08-07", "2023-08-07", "military", "Belgorod Oblast"),
        ("2023-08-09", "2023-08-09", "ceremony_forum", "Nagasaki")]


def test_remote_talks_that_end_in_a_signed_protocol_are_an_agreement():
    text = ("Przegląd, marzec 2022\n\n"
            "15 marca: Zakończyły się negocjacje rybackie Japonii i Rosji, toczone w trybie wideokonferencji; strony "
            "podpisały protokół ustalający limity połowów krabów.\n\n"
            "17 marca: Minister spraw zagranicznych Japonii rozmawiał telefonicznie z ministrem Ukrainy.\n")
    assert [(e.date_start, e.event_type) for e in extract_text(text, "przeglad_03_2022.txt")] == [
        ("2022-03-15", "agreement"), ("2022-03-17", "meeting")]


def test_more_ways_of_writing_a_day_or_a_span():
    from geomap.extract.document.datelines import parse_date_line
    from geomap.extract.mentions.dates import Anchor, find_dates
    lines = {"8-Mar – Minister": ((3, 8), (3, 8)), "8 i 9 III: Minister": ((3, 8), (3, 9)),
             "8, 9 marca: Minister": ((3, 8), (3, 9)), "8 i 9.03: Minister": ((3, 8), (3, 9))}
    for line, (start, end) in lines.items():
        got = parse_date_line(line)
        assert got is not None and (got.start, got.end) == (start, end), line
    assert parse_date_line("Minister 8, 9") is None
    anchor = Anchor(2021, 3, 25)
    spans = {"Rozmowy toczyły się między 8 a 10 marca w Seulu.": ("2021-03-08", "2021-03-10"),
             "They talked on March the 8th in Seoul.": ("2021-03-08", "2021-03-08"),
             "Na przełomie lutego i marca trwały manewry.": ("2021-02", "2021-03"),
             "The drills, held in mid-March, ended.": ("2021-03", "2021-03")}
    for sentence, (start, end) in spans.items():
        [d] = find_dates(sentence, anchor)
        assert (d.when.start, d.when.end) == (start, end), sentence


def test_a_chronology_table_with_whole_iso_dates_at_both_ends_of_a_span(tmp_path):
    path = tmp_path / "chronology_2022-05.html"
    path.write_text("<html><head><title>Chronology, May 2022</title></head><body><table>"
            "<tr><th>Date</th><th>Event</th></tr>"
            "<tr><td>2022-05-09 – 2022-05-11</td><td>A Belarusian trade mission toured Pyongyang.</td></tr>"
            "<tr><td>2022-05-30 – 2022-06-02</td><td>Russia's deputy foreign minister held talks in Seoul.</td></tr>"
            "<tr><td>2022-05-18</td><td>North Korea's foreign minister arrived in Moscow for talks with Lavrov "
            "the following day.</td></tr>"
            "</table></body></html>", encoding="utf-8")
    assert _got(extract(read_document(path)).events, passing=False) == [
        ("2022-05-09", "2022-05-11", "visit", "Pyongyang"),
        # the talks the trip was made for are dated later; the arrival is the entry's own day
        ("2022-05-18", "2022-05-19", "visit", "Moscow"),
        ("2022-05-30", "2022-06-02", "meeting", "Seoul")]


def test_square_bullets_and_dates_closing_their_line_in_square_brackets():
    bullets = ("PRZEGLĄD · MAJ 2022\n\nJAPONIA – ROSJA\n"
               "▪ 4 V (śr.) – W Tokio wiceminister spraw zagranicznych przyjął ambasadora Rosji.\n"
               "▪ 12 V (czw.) – W Sapporo otwarto wystawę fotografii z Sachalinu.\n")
    assert _got(extract_text(bullets, "przeglad_05_2022.txt")) == [
        ("2022-05-04", "2022-05-04", "meeting", "Tokyo"), ("2022-05-12", "2022-05-12", "ceremony_forum", "Sapporo")]
    trailing = ("KRONIKA – MAJ 2022\n\n"
                "Wiceminister spraw zagranicznych przyjął w Tokio ambasadora Rosji. [4.05]\n"
                "W Sapporo otwarto wystawę fotografii z Sachalinu. [12.05]\n")
    assert _got(extract_text(trailing, "kronika_05_2022.txt")) == [
        ("2022-05-04", "2022-05-04", "meeting", "Tokyo"), ("2022-05-12", "2022-05-12", "ceremony_forum", "Sapporo")]


def test_a_span_of_weekdays_under_a_weeks_heading():
    text = ("# Weekly notes\n\n## Week of 9–15 May 2022\n\n"
            "- **Mon:** Japan's vice foreign minister met the Russian ambassador in Tokyo.\n"
            "- **Wed–Fri:** A Ukrainian delegation toured shipyards in Ulsan.\n")
    assert _got(extract_text(text, "weekly_2022-05.md")) == [
        ("2022-05-09", "2022-05-09", "meeting", "Tokyo"), ("2022-05-11", "2022-05-13", "visit", "Ulsan")]


def test_clippings_dated_by_a_byline_line():
    text = ("CLIPPINGS, MAY 2022\n\n"
            "Seoul, Moscow diplomats meet\nBy Staff Writer, Seoul | May 6, 2022\n"
            "South Korean and Russian diplomats met in Seoul on Thursday to discuss the safety of Korean firms "
            "in Russia, officials said.\n\n"
            "Fishing boats held\nBy Staff Writer, Tokyo | May 21, 2022\n"
            "Russian border guards held two Japanese fishing boats near Shikotan on Friday, the fisheries agency "
            "said.\n")
    assert _got(extract_text(text, "clippings_2022-05.txt")) == [
        ("2022-05-05", "2022-05-05", "meeting", "Seoul"), ("2022-05-20", "2022-05-20", "other", "Shikotan")]


def test_wire_stories_under_titles_each_dated_by_their_agency_line():
    text = ("Depesze – wybór, maj 2022\n\n"
            "Japonia zapowiada kolejne sankcje\n"
            "Warszawa, 12.05.2022 (PAP) – Premier Japonii Kishida Fumio oświadczył w miniony poniedziałek na "
            "posiedzeniu parlamentu w Tokio, że rząd przygotowuje następne sankcje wobec Rosji. Wczoraj w Seulu "
            "wiceminister spraw zagranicznych Korei Płd. przyjął ambasadora Ukrainy, z którym omówił dostawy "
            "sprzętu medycznego dla szpitali w obwodzie charkowskim oraz pomoc dla uchodźców.\n\n"
            "Delegacja z Pjongjangu w Chabarowsku\n"
            "Chabarowsk, 20.05.2022 (PAP) – Delegacja ministerstwa kolei KRLD przebywa od środy w Chabarowsku, "
            "gdzie rozmawia z przedstawicielami kolei rosyjskich o przewozach towarów przez most na rzece Tumen. "
            "Strona rosyjska chce zwiększyć przewozy do portu w Radżinie, choć sankcje ONZ ograniczają handel.\n")
    leads = [(e.date_start, e.venue) for e in extract_text(text, "depesze_05_2022.txt") if not e.in_passing]
    # the first story's act is the telling, dated by its own day, not the day a later sentence names;
    # the second's stay began on the Wednesday it names (GOLD 2.2)
    assert leads == [("2022-05-09", "Tokyo"), ("2022-05-18", "Khabarovsk")]


def test_the_main_events_leaders_met_before_is_a_summit_too():
    text = ("Przegląd, listopad 2016\n\n"
            "19 listopada: Prezydent Rosji i premier Japonii spotkali się w Limie na marginesie szczytu APEC. "
            "Obaj rozmawiali już wcześniej, we wrześniu we Władywostoku.\n\n"
            "22 November: In Tokyo, the foreign minister received Ukraine's ambassador. They had first met in "
            "October in Kyiv.\n")
    got = _got(extract_text(text, "przeglad_11_2016.txt"), passing=True)
    # the leaders' earlier talks are a summit; the minister and the envoy meeting before is a meeting
    assert got == [("2016-09", "2016-09", "summit", "Vladivostok"), ("2016-10", "2016-10", "meeting", "Kyiv")]


def test_nights_past_forms_of_consonant_stems_and_the_last_weekday():
    from geomap.extract.mentions.dates import Anchor, find_dates
    anchor = Anchor(2022, 10, 19)   # a Wednesday
    cases = {"W nocy z soboty na niedzielę drony zaatakowały Kijów.": ("2022-10-15", "2022-10-16"),
             "Overnight from Monday to Tuesday missiles struck Kharkiv.": ("2022-10-17", "2022-10-18"),
             # a past told by a stem that ends in a consonant looks back, not ahead
             "We wtorek pociski spadły na Odessę.": ("2022-10-18", "2022-10-18"),
             "W ostatni piątek minister przebywał w Seulu.": ("2022-10-14", "2022-10-14")}
    for sentence, (start, end) in cases.items():
        [d] = find_dates(sentence, anchor)
        assert (d.when.start, d.when.end) == (start, end), sentence


def test_a_documents_first_line_is_its_title_whatever_it_is_called(tmp_path):
    path = tmp_path / "desk_notes.md"
    path.write_text("# Desk notes\n\n_Last updated 29 October 2022_\n\n"
                    "**24 Oct** — Japan's ambassador in Moscow met the deputy foreign minister.\n\n"
                    "**11 Oct** — A North Korean delegation arrived in Vladivostok.\n", encoding="utf-8")
    assert _got(extract(read_document(path)).events) == [
        ("2022-10-11", "2022-10-11", "visit", "Vladivostok"), ("2022-10-24", "2022-10-24", "meeting", "Moscow")]


def test_a_place_in_square_brackets_before_the_date_line():
    text = ("CONTACT LOG - APRIL 2022\n\n"
            "[Seoul] 5 April - The vice foreign minister received the Belarusian ambassador.\n"
            "[Khabarovsk] 12-13 April - A Niigata prefecture delegation held talks on timber exports.\n")
    assert _got(extract_text(text, "log_2022-04.txt")) == [
        ("2022-04-05", "2022-04-05", "meeting", "Seoul"), ("2022-04-12", "2022-04-13", "visit", "Khabarovsk")]


def test_a_day_over_lines_that_each_open_on_their_place():
    text = ("DZIEŃ PO DNIU – MARZEC 2023\n\n"
            "6 marca\n"
            "• Seul: wiceminister spraw zagranicznych spotkał się z ambasadorem Białorusi, by omówić wizyty studentów.\n"
            "• Sapporo: gubernator Hokkaido przyjęła konsula generalnego Rosji.\n\n"
            "9 marca\n"
            "• Mińsk: w Bibliotece Narodowej otwarto wystawę grafiki japońskiej.\n")
    assert _got(extract_text(text, "dzien_po_dniu_03_2023.txt")) == [
        ("2023-03-06", "2023-03-06", "meeting", "Sapporo"), ("2023-03-06", "2023-03-06", "meeting", "Seoul"),
        ("2023-03-09", "2023-03-09", "ceremony_forum", "Minsk")]


def test_a_topic_or_a_place_before_a_date_in_brackets_and_a_weekday_before_one():
    text = ("Przegląd, luty 2023\n\n"
            "Seul (6.02) – Wiceminister spraw zagranicznych przyjął ambasadora Białorusi.\n\n"
            "Japan–Ukraine (14 Feb): Officials of both foreign ministries held consultations in Tokyo.\n\n"
            "Thursday (23 February): A Russian delegation toured a fish plant in Niigata.\n")
    assert _got(extract_text(text, "przeglad_02_2023.txt")) == [
        ("2023-02-06", "2023-02-06", "meeting", "Seoul"), ("2023-02-14", "2023-02-14", "meeting", "Tokyo"),
        ("2023-02-23", "2023-02-23", "visit", "Niigata")]


def test_a_page_of_a_definition_list_and_a_list_beside_it_reads_both(tmp_path):
    path = tmp_path / "monitor_2021-10.html"
    path.write_text("<html><head><title>Monitor: October 2021</title></head><body><h1>Monitor, October 2021</h1>"
                    "<dl><dt>6 October</dt><dd>In Seoul, the first vice foreign minister met the Russian ambassador "
                    "about visas for Korean engineers and the reopening of direct flights.</dd>"
                    "<dt>13 October</dt><dd>A Belarusian trade delegation held talks in Pyongyang on potash "
                    "fertiliser, tractor parts and food supplies for the coming winter.</dd></dl>"
                    "<ul><li><strong>20 Oct</strong> Russian and Chinese warships began joint patrols in the Sea "
                    "of Japan.</li><li><strong>27 Oct</strong> Ukraine's ambassador gave a lecture in Osaka.</li></ul>"
                    "</body></html>", encoding="utf-8")
    got = [(e.date_start, e.event_type) for e in extract(read_document(path)).events]
    assert got == [("2021-10-06", "meeting"), ("2021-10-13", "visit"), ("2021-10-20", "military"),
                   ("2021-10-27", "ceremony_forum")]


def test_a_place_name_split_at_a_line_end_is_joined_but_a_korean_given_name_keeps_its_hyphen():
    text = ("Przegląd, kwiecień 2021\n\n"
            "6 kwietnia – Wiceminister spraw zagranicznych Korei Płd. przebywał w Kijo-\nwie.\n\n"
            "13 kwietnia – Nowy ambasador Korei Płd. Lee Sok-\nbae przedstawił kopię listów uwierzytelniających w Moskwie.\n")
    events = extract_text(text, "przeglad_04_2021.txt")
    assert [(e.date_start, e.venue) for e in events] == [("2021-04-06", "Kyiv"), ("2021-04-13", "Moscow")]
    assert "Lee Sok-bae" in events[1].headline
