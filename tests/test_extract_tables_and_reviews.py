"""Forms the twentieth sealed set showed us, each in text of our own: an office table whose rows open
with a running number, a date in numbers with its weekday and the parties' codes; a briefing whose
numbered items close on their dates, under an issue line that gives the day it came out; a review of
numbered, titled items that count 'w ubiegły wtorek' from that day and close on a list of things to
come; and a log whose title lines end on their dates."""
from __future__ import annotations

import importlib

from geomap.extract import extract_file, extract_text
from geomap.extract.mentions.dates import Anchor, find_dates, tense_at

types = importlib.import_module("geomap.extract.events.types")
datelines = importlib.import_module("geomap.extract.document.datelines")
countries = importlib.import_module("geomap.extract.mentions.countries")


def _own(events):
    return sorted((e.date_start, e.date_end, e.event_type, e.venue) for e in events if not e.in_passing)


def _passing(events):
    return sorted((e.date_start, e.event_type, e.venue) for e in events if e.in_passing)


TABLE = 'WYKAZ KONTAKTÓW – MARZEC 2015\nJaponia, Seul i Pjongjang wobec Moskwy, Kijowa oraz Mińska\n\nSporządzono 2 kwietnia 2015 r. Kolumna „Data” podaje dzień i dzień tygodnia, kolumna „Strony” kody państw.\n\nLp. Data Strony Opis Źr.\n\n1 05.03.2015 (czw.) JP\nIzba Reprezentantów Japonii przyjęła rezolucję wzywającą rząd do dalszych rozmów o wyspach.\n1\n\n2 11.03.2015 (śr.) RU – KR\nW Seulu wiceminister Igor Morgułow przeprowadził konsultacje z pierwszym wiceministrem spraw zagranicznych Korei. Jeszcze tego samego dnia MSZ Rosji w Moskwie skrytykowało zapowiedziane manewry na Półwyspie.\n2\n\n3 12.03.2015 (czw.) RU – KP\nW Pjongjangu ambasador Rosji wydał obiad w rocznicę Układu o współpracy gospodarczej, podpisanego 17 marca 1949 r. w Moskwie. Tego dnia wspomniano też rezolucję Izby Reprezentantów z 5 marca (zob. poz. 1).\n3\n\n4 17–19.03.2015 (wt.–czw.) KR – RU Delegacja prowincji Gangwon przebywała w Chabarowsku i omówiła połączenie lotnicze z Yangyang. 4\n\n5 20.03.2015 (pt.) KP; RU\nKomitet sankcyjny Rady Bezpieczeństwa ONZ umieścił w wykazie dwie spółki żeglugowe KRLD. Rosja nie zgłosiła sprzeciwu.\n5\n\n6 24.03.2015 (wt.) BY – KR W Mińsku wiceminister gospodarki Białorusi przyjął misję gospodarczą koreańskich producentów maszyn rolniczych. 6\n\n7 26.03.2015 (czw.) RU – JP\nKonsul generalny Japonii był w Chabarowsku gościem gubernatora Kraju Chabarowskiego. Omówiono budowę szklarni w porcie Wanino, skąd na początku lutego wypłynął pierwszy statek z drewnem do Japonii.\n7\n\nŹRÓDŁA\n[1] https://example.org/s1\n[2] https://example.org/s2\n[3] https://example.org/s3\n[4] https://example.org/s4\n[5] https://example.org/s5\n[6] https://example.org/s6\n[7] https://example.org/s7\n'


BRIEFING = "EAST ASIA – RUSSIA MONTHLY\n\nIssue 3/2015 · covering March 2015 · issued Thursday 2 April 2015\n\nEvery item closes with its date in brackets, and its source follows on the next line.\n\n1. Japan and Russia\n\n1.1 A first call between the new leaders\n\nTaro Yamada, foreign minister since 1 March, spoke with Sergey Lavrov by telephone for twenty minutes at Tokyo's request. Lavrov wished him well and invited him to Moscow. Both expect to meet in Sochi in May, at a gathering of the region's ministers. (Tuesday 3 March)\n\nSource: Ministry of Foreign Affairs · https://example.org/b1\n\n1.2 Gazprom and a Japanese trading house agree on a study of a new pipeline route to Hokkaido\n\nAt Gazprom's headquarters in Moscow, Alexei Miller and the head of a Japanese trading house signed a memorandum on a feasibility study. (Wednesday 11 March)\n\nSource: Gazprom · https://example.org/b2\n\n1.3 Roadmap for the second stage\n\nOn the same day and in the same building, Miller and a Korean gas executive signed a roadmap for the second stage of talks on prices. (Wednesday 11 March)\n\nSource: Gazprom · https://example.org/b3\n\n2. Multilateral\n\n2.1 Ministers in Kuala Lumpur\n\nSergey Lavrov attended the ASEAN Regional Forum in Kuala Lumpur together with the foreign ministers of Japan and the Republic of Korea and a North Korean delegation. (Friday 20 March)\n\nSource: ASEAN · https://example.org/b4\n"


REVIEW = 'PRZEGLĄD NR 3/2015 – MARZEC\nAzja Wschodnia i jej sąsiedzi z Europy Wschodniej\n\nData wydania: poniedziałek, 6 kwietnia 2015 r.\n\nUwagi redakcyjne. Daty zapisujemy w postaci „dnia 9.09.2015 r.”. Słowa „w ubiegły wtorek” czy\n„w miniony czwartek” odnosimy do dnia wydania przeglądu, a nie do daty poprzedniej pozycji.\n\n=====================================================================\nI. JAPONIA – ROSJA\n=====================================================================\n\n1. Rybacy na Hokkaido. Dnia 3.03.2015 r. w Nemuro przedstawiciele rosyjskiej agencji rybołówstwa\nuzgodnili z japońskimi spółdzielniami limity połowów łososia na bieżący sezon. Rozmowy trwały\ndo późnej nocy.\nŹródło: https://example.org/r1\n\n2. Sankcje wobec armatorów. W środę 18 marca rzecznik MSZ Rosji oświadczył w Moskwie, że nowe\nrestrykcje są nielegalne. Dzień wcześniej Departament Skarbu USA w Waszyngtonie objął sankcjami\ndwie firmy przewozowe.\nŹródło: https://example.org/r2\n\n=====================================================================\nII. KOREA – ROSJA\n=====================================================================\n\n3. Forum regionów. W ubiegły wtorek we Władywostoku obradowała grupa robocza przygotowująca forum\ngubernatorów obu państw. Uzgodniono listę tematów na spotkanie jesienią.\nŹródło: https://example.org/r3\n\n4. Grant dla szpitala. W miniony czwartek w Seulu przedstawiciele koreańskiej agencji rozwoju i\nambasady Rosji podpisali porozumienie o dostawie aparatury medycznej do szpitala w Nachodce.\nŹródło: https://example.org/r4\n\n5. Wizyta w Mińsku. Dnia 24–25.03.2015 r. (wtorek–środa) w Mińsku przebywała delegacja koreańskiego\nministerstwa handlu, która omówiła z białoruskimi partnerami współpracę w branży chemicznej.\nŹródło: https://example.org/r5\n\n=====================================================================\nZAPOWIEDZI\n=====================================================================\n\n- Minister Fumio Kishida zapowiedział, że w maju uda się do Władywostoku na rozmowy z gubernatorem.\n- Następny numer ukaże się na początku maja.\n'


def test_a_ruled_table_reads_its_numbered_rows_and_their_codes():
    events = extract_text(TABLE, "wykaz_marzec_2015.txt")
    assert _own(events) == [
        ("2015-03-05", "2015-03-05", "meeting", "Tokyo"),
        ("2015-03-11", "2015-03-11", "meeting", "Seoul"),
        # the same day's word from Moscow: the ministry speaks where the text puts it
        ("2015-03-11", "2015-03-11", "statement", "Moscow"),
        ("2015-03-12", "2015-03-12", "ceremony_forum", "Pyongyang"),
        ("2015-03-17", "2015-03-19", "visit", "Khabarovsk"),
        # the Security Council's sanctions committee sits in New York
        ("2015-03-20", "2015-03-20", "statement", "New York"),
        # a business mission received is a visit; a consul who calls on the governor meets him
        ("2015-03-24", "2015-03-24", "visit", "Minsk"),
        ("2015-03-26", "2015-03-26", "meeting", "Khabarovsk"),
    ]
    # the parties' codes are no words of the headline
    assert not any(e.headline.startswith(("JP", "RU", "KR", "BY", "KP")) for e in events if not e.in_passing)
    assert _passing(events) == [
        # the treaty signed is what the participle dates, with the noun it qualifies
        ("1949-03-17", "agreement", "Moscow"),
        # 'w porcie Wanino, skąd … wypłynął … do Japonii': whence it sailed, not where to
        ("2015-02", "meeting", "Vanino"),
    ]   # ('z 5 marca (zob. poz. 1)' points to row 1: no second event)


def test_a_briefing_dates_its_items_by_their_closing_brackets_in_its_own_year():
    events = extract_text(BRIEFING, "monthly_2015_03.txt")
    assert _own(events) == [
        # a call from no place: 'at Tokyo's request' names the caller, and the minister's title
        # 'since 1 March' dates his office, not the call
        ("2015-03-03", "2015-03-03", "meeting", None),
        ("2015-03-11", "2015-03-11", "agreement", "Moscow"),
        # 'in the same building': the item before's place; a roadmap signed is an agreement
        ("2015-03-11", "2015-03-11", "agreement", "Moscow"),
        # the ASEAN Regional Forum is a meeting of ministers, with delegations or without
        ("2015-03-20", "2015-03-20", "meeting", "Kuala Lumpur"),
    ]   # (the issue line, 'issued Thursday 2 April 2015', is no item)
    assert _passing(events) == [("2015-05", "meeting", "Sochi")]


def test_a_review_counts_last_weekdays_from_its_issue_day_and_reads_its_plans():
    events = extract_text(REVIEW, "przeglad_3_2015.txt")
    assert _own(events) == [
        ("2015-03-03", "2015-03-03", "meeting", "Nemuro"),
        ("2015-03-18", "2015-03-18", "statement", "Moscow"),
        ("2015-03-24", "2015-03-25", "visit", "Minsk"),
        # 'W ubiegły wtorek', 'W miniony czwartek': before Monday 6 April, the day it came out
        ("2015-03-31", "2015-03-31", "ceremony_forum", "Vladivostok"),
        ("2015-04-02", "2015-04-02", "agreement", "Seoul"),
    ]   # (the editors' note and its example date '9.09.2015' give nothing)
    assert _passing(events) == [
        # 'Dzień wcześniej Departament Skarbu USA w Waszyngtonie …': the day before, where it acted
        ("2015-03-17", "statement", "Washington"),
        # the closing 'Zapowiedzi' list: a plan with a month and a place
        ("2015-05", "visit", "Vladivostok"),
    ]


def test_the_last_weekday_before_the_documents_day():
    line = datelines.parse_deictic_lead("4. Grant. W miniony czwartek w Seulu podpisano umowę.")
    assert line is not None and line.text == "W miniony czwartek" and line.last == 3
    assert line.resolve(Anchor(2015, 4, 6)).start == "2015-04-02"
    assert datelines.parse_deictic_lead("Last Friday the envoy left.").resolve(Anchor(2015, 4, 6)).start == "2015-04-03"
    assert datelines.parse_deictic_lead("W ubiegłym roku delegacja …") is None


def test_codes_before_an_entrys_words():
    assert countries.parties_lead("RU – KP\nW Pjongjangu …") == len("RU – KP\n")
    assert countries.parties_lead("JP\nIzba …") == len("JP\n")
    assert countries.parties_lead("RU; JP; KR W Kuala Lumpur …") == len("RU; JP; KR ")
    for words in ("US forces left.", "UN Security Council met.", "JP Morgan said."):
        assert countries.parties_lead(words) == 0


def test_types_of_ministers_meetings_missions_and_calls():
    def typed(text):
        return types.classify([(text, 2.0)]).type
    assert typed("Minister Ławrow uczestniczył w spotkaniu ministerialnym i w Regionalnym Forum ASEAN.") == "meeting"
    assert typed("W Mińsku wiceminister przyjął misję handlową z Korei.") == "visit"
    assert typed("Consul General Sato called on the governor of Primorye.") == "meeting"
    assert typed("Ambasador Japonii odwiedził Kunaszyr.") == "visit"   # a trip, not a call on a host
    assert typed("The rocket is to lift off from the Naro Space Center next week.") == "other"
    # a visit talked about names no visitor of its own: a trade mission whose visit was spoken about
    assert typed("Officials held consultations and spoke about a visit by a Korean trade mission.") == "meeting"


def test_the_tense_of_a_date_skips_a_relative_clause_between_commas():
    text = "Rzecznik poinformował, że rakieta, której silnik dostarczyła Rosja, wystartuje 9 kwietnia."
    at = text.index("9 kwietnia")
    assert tense_at(text, at, at + 10) == "future"
    dates = find_dates(text, Anchor(2015, 3, 30))
    assert [d.when.start for d in dates] == ["2015-04-09"]


def test_a_bracketed_date_after_a_full_stop_ends_the_sentence_before_it():
    text = "Both expect to meet in Osaka in June. (Monday 2 March) Source: a ministry. Officials flew home."
    [june] = [d for d in find_dates(text, Anchor(2015, 3)) if d.text == "June"]
    assert june.when.start == "2015-06"


LOG = "KOREA – EURASIA LOG\nSeoul, Pyongyang and their northern neighbours -- notes for May 2016\n\n========================================================================\n\nLAVROV AND YUN TALK IN MOSCOW ................................... May 4\n  Sergey Lavrov received Yun Byung-se in Moscow, at the foreign ministry's\n  mansion on Spiridonovka. They spoke about the sanctions and about flights between\n  Vladivostok and Seoul.\n  src: https://example.org/l1\n\nA WREATH FOR THE LIBERATORS ....................................... May 9\n  Seventy-one years after the war in Europe ended on 9 May 1945, the Russian\n  ambassador laid a wreath at the Liberation Tower in Pyongyang with officers\n  of the Korean People's Army.\n  src: https://example.org/l2\n\nTOKYO DECIDES, SEOUL OBJECTS ...................................... May 13\n  At her weekly briefing in Moscow, Maria Zakharova regretted the Japanese\n  plan. The Japanese side made its choice at a cabinet session in Tokyo on\n  Wednesday, May 11; the same day South Korea's foreign ministry called in\n  the Japanese ambassador to protest against it.\n  src: https://example.org/l3\n"


def test_a_log_dates_its_entries_at_the_right_end_of_their_title_lines():
    events = extract_text(LOG, "korea_log_2016_05.txt")
    assert _own(events) == [
        ("2016-05-04", "2016-05-04", "meeting", "Moscow"),
        # 'Seventy-one years after the war … ended on 9 May 1945, the ambassador laid a wreath …': the
        # fronted clause of another time ends at its comma; what follows is the entry's own
        ("2016-05-09", "2016-05-09", "ceremony_forum", "Pyongyang"),
        # 'the same day' after 'on Wednesday, May 11' is that day, not the entry's
        ("2016-05-11", "2016-05-11", "meeting", "Seoul"),
        ("2016-05-13", "2016-05-13", "statement", "Moscow"),
    ]
    assert _passing(events) == [("2016-05-11", "meeting", "Tokyo")]
    # the title in capitals is no sentence of the entry
    assert not any(e.headline.isupper() or "....." in e.headline for e in events)


def test_a_title_line_closing_on_its_date():
    line = datelines.parse_date_line("KIM IN VLADIVOSTOK ................. Apr. 25")
    assert line is not None and (line.start, line.end) == ((4, 25), (4, 25)) and line.length == 44
    assert datelines.parse_date_line("LEADERS ON THE CLIMATE        Apr. 22-23").end == (4, 23)
    # a wide gap alone makes no title of a sentence spread by a PDF's columns
    assert datelines.parse_date_line("Minister Hayashi spoke      12 May") is None


DIGEST = '# Koreas, Japan and Eurasia – digest for October 2016\n\n*How to read this digest.* Days are written as in "on 4 October"; spans as "4–5 October". Only\nevents of the month are bullets.\n\n## Japan\n\n- Two Russian destroyers sailed through the waters near the Senkaku Islands on 11 October, a day\n  before a Chinese coast guard ship came the same way; Tokyo asked Moscow for an explanation.\n- The deputy ministers met again in Moscow on 19 October, the first time since Abe proposed his plan\n  to Putin in Vladivostok on 2 September.\n\n- A group of former islanders visited graves on Kunashir from 6 to 8 October under the visa-free\n  exchanges, the last trip of the year.\n\n## Korea\n\n- Foreign Minister Yun Byung-se received the Russian ambassador in Seoul on 25 October to talk about\n  the next session of the joint committee on trade.\n\n- A delegation of Primorye officials spent 27 and 28 October in Busan, where they signed a paper on\n  ferry services with the city\'s port authority.\n\n## DPRK\n\n- The Russian embassy in Pyongyang held a reception on 7 October for the North Korean officials who\n  had worked with it on the new rail freight route.\n\n- North Korea fired a Musudan missile from near Kusong on 15 October; it blew up soon after launch.\n  The Russian Foreign Ministry in Moscow said the following day that such tests harmed everyone.\n'


def test_a_digest_dates_its_bullets_inside_and_reads_what_follows_them(tmp_path):
    path = tmp_path / "digest_2016_10.md"
    path.write_text(DIGEST, encoding="utf-8")
    events = extract_file(path)   # read as Markdown, as `geomap extract` reads it
    assert _own(events) == [
        ("2016-10-06", "2016-10-08", "visit", "Kunashir"),
        ("2016-10-07", "2016-10-07", "ceremony_forum", "Pyongyang"),
        # destroyers that sail through waters are armed forces on the move, off islands Japan holds
        ("2016-10-11", "2016-10-11", "military", "Senkaku Islands"),
        # '… from near Kusong on 15 October; it blew up …': a semicolon closes the bullet's date
        ("2016-10-15", "2016-10-15", "military", "Kusŏng"),
        ("2016-10-19", "2016-10-19", "meeting", "Moscow"),
        ("2016-10-25", "2016-10-25", "meeting", "Seoul"),
        ("2016-10-27", "2016-10-28", "visit", "Busan"),
    ]   # (the paragraph on how to read the digest, with its '4–5 October', is no bullet)
    assert _passing(events) == [
        # 'proposed his plan to Putin in Vladivostok': said where it was said
        ("2016-09-02", "statement", "Vladivostok"),
        # 'The Russian Foreign Ministry in Moscow said the following day …': its speaker's place
        ("2016-10-16", "statement", "Moscow"),
    ]


LETTER = "NORTH PACIFIC LETTER\nNo. 5/2012 · May 2012 · issued Monday 4 June 2012\n\nEach item ends with its date in brackets; corrections to earlier letters come last.\n\n1. Leaders and ministers\n\n1.1 A reminder of the Seoul meeting\n\nIn Moscow, Vladimir Putin received the Korean prime minister. Both sides recalled the Seoul summit on nuclear security held in March, and the guest invited Putin to Busan for a trade fair. (Tuesday 15 May)\n\nSource: Kremlin · https://example.org/c1\n\n1.2 A briefing in Tokyo\n\nThe day after his talks with the Chinese envoy in Beijing, Japan's deputy foreign minister briefed Russian Ambassador Afanasiev at the foreign ministry in Tokyo. (Friday 18 May)\n\nSource: MOFA · https://example.org/c3\n\n1.2 A garrison and a dam\n\nAt the Sosnovy Bor garrison outside Ulan-Ude, defence attachés of six states watched a tank crew contest. Before that, on 20 May, they had toured the Bureya hydropower station. (Wednesday 23 May)\n\nSource: Ministry of Defence · https://example.org/c2\n\n2. Correction to an earlier letter\n\n2.1 Letter No. 4/2012, item 3.2\n\nWe dated the signing of the fisheries protocol to 12 April. It was in fact signed on 13 April, in Yuzhno-Sakhalinsk.\n\nCorrection issued by the editors, 4 June 2012\n"


def test_a_letter_with_a_correction_and_places_told_by_their_neighbours():
    events = extract_text(LETTER, "north_pacific_letter_5_2012.txt")
    assert _own(events) == [
        # 'We dated … to 12 April. It was in fact signed on 13 April': the day taken back dates nothing
        ("2012-04-13", "2012-04-13", "other", "Yuzhno-Sakhalinsk"),
        ("2012-05-15", "2012-05-15", "summit", "Moscow"),
        # 'The day after his talks … in Beijing, …': the fronted phrase is another day's, and its place
        # is not the briefing's; an envoy briefed in person is met
        ("2012-05-18", "2012-05-18", "meeting", "Tokyo"),
        # 'the Sosnovy Bor garrison outside Ulan-Ude': a Sosnovy Bor far from Ulan-Ude is a namesake
        ("2012-05-23", "2012-05-23", "other", "Ulan-Ude"),
    ]   # ('Correction issued by the editors, 4 June 2012' is the day the letter came out)
    assert _passing(events) == [
        # 'recalled the Seoul summit … held in March': the city that names the summit is its place
        ("2012-03", "summit", "Seoul"),
        ("2012-05-17", "meeting", "Beijing"),
        # 'had toured the Bureya hydropower station': the station by its whole name, and a trip
        ("2012-05-20", "visit", "Bureya Hydroelectric Station"),
    ]


WIRE = 'Japan and Russia agree to resume fishing talks after two-year pause\n\nBy a staff correspondent\n\nTOKYO, March 14, 2019 — Japan and Russia agreed on Thursday to resume intergovernmental talks on salmon fishing quotas, Japanese officials said, after a meeting between Foreign Minister Taro Kono and his Russian counterpart Sergey Lavrov in Moscow earlier in the week.\n\nThe two ministers met on Monday at the Russian Foreign Ministry\'s guest house, where they also discussed joint economic activities on the disputed islands. A senior Japanese official who attended the talks said Lavrov had pressed for "concrete results" before Prime Minister Shinzo Abe travels to Vladivostok in September.\n\nThe fisheries talks will open in Moscow on March 25, according to the Fisheries Agency in Tokyo.\n\nSeparately, the Russian Pacific Fleet held drills near the island of Iturup on Wednesday, prompting a protest from Tokyo. Chief Cabinet Secretary Yoshihide Suga told reporters the exercises were "unacceptable".\n'


def test_a_wire_story_places_an_island_by_its_kind_and_takes_no_ministry_for_a_person():
    events = extract_text(WIRE, "fisheries_talks_2019.txt")
    lead = next(e for e in events if not e.in_passing)
    assert (lead.date_start, lead.venue) == ("2019-03-14", "Tokyo")   # by its dateline
    # 'drills near the island of Iturup': the island named after its kind
    assert ("2019-03-13", "military", "Iturup") in _passing(events)
    assert ("2019-03-11", "meeting", "Moscow") in _passing(events)
    # 'The two ministers met on Monday at the Russian Foreign Ministry's guest house': no person there
    assert all("Ministry" not in p for e in events for p in e.persons)


def test_an_office_given_is_a_statement_placed_where_it_was_given():
    def typed(text):
        return types.classify([(text, 2.0)]).type
    assert typed("Prezydent powołał we wtorek posła Partii Demokratycznej Kim Min-su na przewodniczącego komisji.") == "statement"
    assert typed("Premier powierzył dotychczasowemu wiceministrowi finansów, znanemu ekonomiście z Osaki, tekę ministra.") == "statement"
    assert typed("The president named a veteran diplomat as the new envoy to Moscow.") == "statement"
    text = ("Przegląd wydarzeń – październik 2016\n\n"
            "4 października – Premier powierzył wiceministrowi gospodarki dodatkowo tekę ministra do spraw kontaktów z "
            "Rosją. Nowy urząd utworzono w Tokio w związku z planem współpracy gospodarczej.\n\n"
            "11 października – Minister spraw zagranicznych Rosji przyjął w Moskwie ambasadora Japonii.\n")
    assert _own(extract_text(text, "przeglad_10_2016.txt")) == [
        ("2016-10-04", "2016-10-04", "statement", "Tokyo"),
        ("2016-10-11", "2016-10-11", "meeting", "Moscow"),
    ]


def test_a_call_on_a_minister_with_its_day_between_is_a_meeting():
    def typed(text):
        return types.classify([(text, 2.0)]).type
    # the day may stand between the call and the host, and the host's new office is who he is
    assert typed("The Korean ambassador called on 9/4 on Pavlo Klimkin, appointed foreign minister a month before, "
                 "in Kyiv.") == "meeting"
    assert typed("Ambassador Afanasiev called at the Gaimusho on 12/5 on State Minister Sato.") == "meeting"
    assert typed("Pavlo Klimkin was appointed foreign minister.") == "statement"


def test_a_place_glossed_in_brackets_stays_in_its_clause():
    text = ("Situation report – April 2015\n\n"
            "1. Forward look: the G7 summit will be held at Garmisch-Partenkirchen (Schloss Elmau, Bavaria) on 7 June 2015, "
            "followed by the EAEU meeting in Minsk on 8 June 2015. (2 April 2015)\n\n"
            "2. The Russian ambassador called on the Japanese foreign minister in Tokyo. (9 April 2015)\n\n"
            "3. A Korean delegation toured a tractor plant in Minsk. (15 April 2015)\n")
    assert ("2015-06-07", "summit", "Garmisch-Partenkirchen") in _passing(extract_text(text, "sitrep_2015_04.txt"))


def test_the_year_of_a_month_set_ahead_or_told_as_it_stands():
    def year_of(text, words, anchor):
        return next(d.when.start for d in find_dates(text, anchor) if d.text == words)
    # set for later, in a story of 28 January: next month's days lie ahead
    assert year_of("Pododdziały przybywają na manewry zaplanowane na 14–24 lutego pod Grodnem.", "14–24 lutego",
                   Anchor(2022, 1, 28)).startswith("2022-02")
    # told as it stands, in a clause of its own beside past verbs
    assert year_of("The sides agreed on a joint team for the Asian Games, which open in Incheon on 19 September, "
                   "and they talked about a hotline.", "19 September", Anchor(2014, 8)) == "2014-09-19"
    # what came before 'so' is not told in the tense of what follows it
    assert year_of("In December the committee suspended the federation, so its athletes will compete under a flag.",
                   "December", Anchor(2018, 1)) == "2017-12"


NOTEBOOK = '# Desk notebook · Koreas and Russia · October 2019\n\n_notes for the weekly call · short dates are day/month_\n\n## Pyongyang\n\n- [x] **Wed 2nd** — 1 × SLBM (Pukguksong-3) from the sea off Wonsan, ~450 km. [src][a1]\n- [x] **31/10** — 2 × projectiles from near Hamhung; KCNA says a test of a large launcher. [src][a2]\n\n## Moscow / Seoul\n\n- [x] **Thu 10th** — amb. Kim Hyung-jin → Vladivostok, met Primorye Gov. Oleg Kozhemyako on ferries. [src][a3]\n- [ ] **22/10** — FM Lavrov ⇄ FM Kang Kyung-wha by tel.: the peninsula, visas. [src][a4]\n\n[a1]: https://example.org/n1\n[a2]: https://example.org/n2\n[a3]: https://example.org/n3\n[a4]: https://example.org/n4\n'


def test_a_checklist_notebook_dates_its_ticked_lines_and_reads_its_arrows(tmp_path):
    path = tmp_path / "desk_notebook_2019_10.md"
    path.write_text(NOTEBOOK, encoding="utf-8")
    events = extract_file(path)
    # '[x] **Wed 2nd** —', '[ ] **22/10** —': a checklist's box before the date
    assert [(e.date_start, e.venue) for e in events if not e.in_passing] == [
        ("2019-10-02", "Wonsan"),      # '1 × SLBM … from the sea off Wonsan': what was fired, its verb left out
        ("2019-10-31", "Hamhung"),     # '2 × projectiles from near Hamhung'
        ("2019-10-10", "Vladivostok"),  # 'amb. Kim Hyung-jin → Vladivostok': the arrow's end
        ("2019-10-22", None),          # 'by tel.': a call from no place
    ]
    typed = {e.date_start: e.event_type for e in events}
    assert (typed["2019-10-02"], typed["2019-10-10"], typed["2019-10-22"]) == ("military", "visit", "meeting")


SHEET = """# Export of the sheet "Contacts_2016", tab "X" (pasted into a mail)
# separator: semicolon; fields holding a semicolon are quoted
no;date_from;date_to;parties;place;description;link;remarks
1;2016-10-03;2016-10-05;JP-RU;Moskwa;"Fisheries commission session on salmon quotas; the talks ran late.";https://example.org/t1;
2;7.10;;KP-RU;;"Russian ambassador in Pyongyang hands over a shipment of flour; the DPRK minister thanks Moscow.";https://example.org/t2;dates dd.mm
3;12 X;;KR-UA;Seul;First vice foreign minister of Korea received the Ukrainian deputy minister.;https://example.org/t3;
4;2016-10-03;;JP-RU;;DUPLICATE of row 1;;to delete
5;;;JP-RU;;"Border guards held a Japanese boat near Kunashir; the day is not known.";https://example.org/t5;fill in the date
"""


def test_a_pasted_spreadsheet_reads_its_rows_as_dated_lines():
    extraction = importlib.import_module("geomap.extract").extract_document(SHEET, "contacts_2016_10.txt")
    assert _own(extraction.events) == [
        ("2016-10-03", "2016-10-05", "meeting", "Moscow"),   # the place column
        ("2016-10-07", "2016-10-07", "ceremony_forum", "Pyongyang"),   # the place in the text (a handover)
        ("2016-10-12", "2016-10-12", "meeting", "Seoul"),
    ]
    # the duplicate row and the row with no date are left out, each told in the reading's notes
    notes = " ".join(extraction.reading.guesses)
    assert "row 4 of the table is marked as a duplicate" in notes and "row 5 of the table has no date" in notes


def test_a_line_of_talk_in_a_chat_gives_no_event():
    chat = ("03/10/2016, 08:01 - Anna: Morning all.\n"
            "03/10/2016, 09:40 - Piotr: Lavrov received the Japanese ambassador in Moscow this morning to talk "
            "about the December visit.\n"
            "04/10/2016, 10:02 - Anna: Is that visit still on?\n"
            "05/10/2016, 16:30 - Piotr: The Korean consul general met the Primorye governor in Vladivostok today.\n"
            "05/10/2016, 16:31 - Anna: 👍\n")
    extraction = importlib.import_module("geomap.extract").extract_document(chat, "desk_chat_2016_10.txt")
    heads = [e.headline for e in extraction.events]
    assert not any("Morning all" in h or "👍" in h for h in heads), heads
    assert ("2016-10-03", "Moscow") in [(e.date_start, e.venue) for e in extraction.events]
    assert any("told no happening" in g for g in extraction.reading.guesses)


def test_this_morning_in_an_entry_is_the_entrys_own_day():
    # (a log whose head names one day: 'this morning' would be counted from it, not from the entry)
    text = ("01/11/2013, 08:00 - Desk log opened\n"
            "04/11/2013, 09:10 - Anna: The Korean consul general met the Primorye governor in Vladivostok.\n\n"
            "12/11/2013, 17:40 - Piotr: Kishida and Lavrov spoke for an hour in Brunei this morning, on the margins "
            "of the ministers' meeting.\n")
    assert ("2013-11-12", "Brunei") in [(e.date_start, e.venue) for e in extract_text(text, "log.txt")]
