"""Dates in Polish and English text: date lines, in-text expressions, relative phrases, the year.

dateparser has no ranges and reads Polish "się"/"nie" as dates (pain-points §7), so spans are cut out
here with a small grammar over a month table; each span carries its own precision.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import morph

# --- the month table: every Polish case and the English names and abbreviations ---------------

_PL_MONTHS = (
    ("styczeń stycznia styczniu styczniem", 1),
    ("luty lutego lutym", 2),
    ("marzec marca marcu marcem", 3),
    ("kwiecień kwietnia kwietniu kwietniem", 4),
    ("maj maja maju majem", 5),
    ("czerwiec czerwca czerwcu czerwcem", 6),
    ("lipiec lipca lipcu lipcem", 7),
    ("sierpień sierpnia sierpniu sierpniem", 8),
    ("wrzesień września wrześniu wrześniem", 9),
    ("październik października październiku październikiem", 10),
    ("listopad listopada listopadzie listopadem", 11),
    ("grudzień grudnia grudniu grudniem", 12),
)
_EN_MONTHS = tuple((name, i) for i, name in enumerate(calendar.month_name) if name)
_EN_ABBR = (("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12))

MONTHS: dict[str, int] = {}
for _forms, _n in _PL_MONTHS:
    for _f in _forms.split():
        MONTHS[_f] = _n
for _name, _n in _EN_MONTHS:
    MONTHS[_name.lower()] = _n
for _name, _n in _EN_ABBR:
    MONTHS[_name] = _n
    MONTHS[_name + "."] = _n
# Polish abbreviations, only with their full stop ('15 wrz.'): bare, 'lis' and 'sie' are words
for _name, _n in (("sty", 1), ("lut", 2), ("kwi", 4), ("cze", 6), ("lip", 7), ("sie", 8), ("wrz", 9),
                  ("paź", 10), ("lis", 11), ("gru", 12)):
    MONTHS[_name + "."] = _n

# Roman month numerals, as Polish writes dates ('3 VI', '3.VI.2019', '5–7 IV')
ROMAN_MONTHS = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
_MONTH_ALT = "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True))
MONTH = rf"(?:{_MONTH_ALT})(?![\w])"
# Polish writes a day as an ordinal word too: 'siódmego września', 'dwudziestego dziewiątego września'
_ORDINAL_UNITS = {"pierwszego": 1, "drugiego": 2, "trzeciego": 3, "czwartego": 4, "piątego": 5, "szóstego": 6,
                  "siódmego": 7, "ósmego": 8, "dziewiątego": 9}
_ORDINALS = {**_ORDINAL_UNITS, "dziesiątego": 10, "jedenastego": 11, "dwunastego": 12, "trzynastego": 13,
             "czternastego": 14, "piętnastego": 15, "szesnastego": 16, "siedemnastego": 17, "osiemnastego": 18,
             "dziewiętnastego": 19, "dwudziestego": 20, "trzydziestego": 30}
_UNIT_WORD = "|".join(_ORDINAL_UNITS)
_DAY_WORD = (rf"(?:dwudziestego|trzydziestego)(?:\s+(?:{_UNIT_WORD}))?|"
             + "|".join(sorted((k for k in _ORDINALS if k not in ("dwudziestego", "trzydziestego")), key=len, reverse=True)))
DAY = rf"(?:(?:[0-3]?\d)(?:st|nd|rd|th)?|{_DAY_WORD})"
YEAR = r"(?:1[89]\d\d|20\d\d)"
YEAR_TAIL = r"(?:\s*(?:r\.|roku|rok)(?![\w]))?"
DASH = r"\s*[-–—]\s*"

WEEKDAYS: dict[str, int] = {}
_WEEKDAY_STEMS = {"poniedziałkow": 0, "wtorkow": 1, "środow": 2, "czwartkow": 3, "piątkow": 4, "sobotni": 5, "niedzieln": 6}
for _forms, _n in (("poniedziałek poniedziałku poniedziałkowy poniedziałkowym poniedziałkowego", 0),
                   ("wtorek wtorku wtorkowy wtorkowym wtorkowego", 1),
                   ("środa środę środy środowy środowym", 2),
                   ("czwartek czwartku czwartkowy czwartkowym", 3),
                   ("piątek piątku piątkowy piątkowym", 4),
                   ("sobota sobotę soboty sobotni sobotnim", 5),
                   ("niedziela niedzielę niedzieli niedzielny niedzielnym", 6),
                   ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
                   ("saturday", 5), ("sunday", 6), ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2),
                   ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6),
                   ("pon", 0), ("pn", 0), ("wt", 1), ("śr", 2), ("czw", 3), ("pt", 4), ("pią", 4), ("sob", 5),
                   ("niedz", 6), ("nd", 6), ("ndz", 6)):
    for _f in _forms.split():
        WEEKDAYS[_f] = _n

_NUMBERS = {"jeden": 1, "jednym": 1, "dwa": 2, "dwoma": 2, "dwóch": 2, "trzy": 3, "trzema": 3, "trzech": 3,
            "cztery": 4, "czterema": 4, "czterech": 4, "pięć": 5, "pięcioma": 5, "pięciu": 5, "sześć": 6,
            "sześcioma": 6, "sześciu": 6, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "kilka": None, "kilkoma": None, "several": None, "few": None}
_COUNT = r"\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))


def _count(word: str) -> int | None:
    """'dwa' → 2, 'three' → 3, '4' → 4; None for a word that counts nothing."""
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def month_number(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return ROMAN_MONTHS.get(word.rstrip(".")) or MONTHS.get(word.lower().rstrip(":"))


# --- values -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class When:
    """A date or period with its precision; `end` equals `start` for a single day or month."""
    start: str
    end: str
    precision: str  # day | month | year

    @staticmethod
    def day(d: dt.date, end: dt.date | None = None) -> "When":
        return When(d.isoformat(), (end or d).isoformat(), "day")

    @staticmethod
    def month(year: int, month: int) -> "When":
        s = f"{year:04d}-{month:02d}"
        return When(s, s, "month")

    def first(self) -> dt.date:
        parts = [int(p) for p in self.start.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a document says about 'now': its year, and month and day when known."""
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


def year_for_month(month: int, anchor: Anchor) -> int:
    """The year of a month named without one: bulletins run in month order around their anchor,
    so a month far after the anchor belongs to the year before and one far before to the year after."""
    if anchor.month is None:
        return anchor.year
    delta = month - anchor.month
    if delta > 6:
        return anchor.year - 1
    if delta < -6:
        return anchor.year + 1
    return anchor.year


def day_number(s: str) -> int:
    """'14', '14th', 'czternastego', 'dwudziestego pierwszego' → the day."""
    digits = re.match(r"\d+", s)
    if digits:
        return int(digits.group())
    return sum(_ORDINALS[w] for w in s.lower().split())


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --- dates inside sentences --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in running text, resolved against the document's anchor."""
    start: int
    end: int
    text: str
    when: When
    relative: bool = False          # resolved from 'we wtorek', 'przed dwoma miesiącami', ...
    marker: str = ""                # the word before it: 'od', 'do', 'since', 'until', ...
    weekday: bool = False
    attribute: bool = False         # a month qualifying a noun: 'the February summit', 'lutowy szczyt'


_PREP = r"(?P<prep>\b(?:w|we|od|do|na|przed|po|since|until|till|by|in|on|from|of|before|after)\s+)?"
_MONTH_YEAR_REL = (r"(?P<rel>tego\s+roku|tym\s+roku|br\.|b\.r\.|bieżącego\s+roku|ubiegłego\s+roku|"
                   r"zeszłego\s+roku|poprzedniego\s+roku|przyszłego\s+roku|this\s+year|last\s+year|"
                   r"next\s+year)")
# the weekday a span of days may name at its ends, as 'od' and 'do' govern it or in English
_WEEKDAY_GENITIVE = (r"(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|monday|tuesday|wednesday|thursday|"
                 r"friday|saturday|sunday)")
# a day or two back from the day of writing: 'wczoraj', 'przedwczoraj', 'yesterday'
BACK_A_DAY = r"(?:przed)?wczoraj|yesterday"
DAYS_BACK = {"przedwczoraj": 2, "wczoraj": 1, "yesterday": 1}   # the days those words count back ('dziś', 'today': 0)
# what an ordinal counts when it is no day: 'the 25th anniversary', 'the 5th round'
ORDINAL_COUNTS = (r"anniversary|annual|century|session|round|congress|plenum|plenary|meeting|summit|edition|time|"
                  r"floor|birthday|party|conference|forum|convocation|division|army|fleet|brigade|regiment|corps")
# a note's number raised after a stop: '… Pusanu.³'
RAISED_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# the dateline's own day, told by its hour: 'landed in Seoul this morning', 'dziś rano'
THIS_DAY = r"this\s+(?:morning|afternoon|evening)|tonight|(?:dziś|dzisiaj)\s+(?:rano|wieczorem|po\s+południu)"
TODAY = rf"{THIS_DAY}|today|dzisiaj|dziś"   # the day the text is written on, however named

_PATTERNS = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR})(?P<sep>[-.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)\b")),
    ("dmy_num", re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})\b")),
    # overnight: 'w nocy z 18 na 19 czerwca'
    ("range_dmy", re.compile(rf"\bz\s+(?P<d1>{DAY})\s+na\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?",
                             re.IGNORECASE)),
    # 'od 14 do 17 września', 'from 3 to 5 May', 'od soboty 22 do wtorku 25 sierpnia'
    ("range_dmy", re.compile(rf"\b(?:od|from)\s+(?:{_WEEKDAY_GENITIVE}\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?\s+"
                             rf"(?:do|to|until|till)\s+(?:{_WEEKDAY_GENITIVE}\s+)?(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?", re.IGNORECASE)),
    ("range_dmy", re.compile(rf"{_PREP}\b(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?{DASH}(?P<d2>{DAY})\s+(?P<m>{MONTH})"
                             rf"(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?", re.IGNORECASE)),
    # '3 IV 2019 r.', '12.IV', '5–7 IV': a Roman month, written in capitals
    ("range_dmy", re.compile(rf"{_PREP}\b(?P<d1>[0-3]?\d){DASH}(?P<d2>[0-3]?\d)(?:\.|\s+)(?P<m>(?-i:{ROMAN}))(?![\w])"
                             rf"(?:[.\s]\s*(?P<y>{YEAR}){YEAR_TAIL})?", re.IGNORECASE)),
    # 'w dniach 3 i 4 kwietnia', 'between 3 and 5 April', 'April 3 and 4', 'April 3–5, 2019', '3–4.04.2019'
    ("range_dmy", re.compile(rf"{_PREP}\b(?:between\s+)?(?P<d1>{DAY})\s+(?:i|oraz|and)\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})"
                             rf"(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?", re.IGNORECASE)),
    ("range_dmy", re.compile(rf"\bmiędzy\s+(?P<d1>{DAY})\s+a\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?",
                             re.IGNORECASE)),
    # 'na przełomie października i listopada', 'at the turn of October and November': two months
    ("month_span", re.compile(rf"\b(?:na\s+przełomie|at\s+the\s+turn\s+of)\s+(?P<m1>{MONTH})\s+(?:i|and)\s+(?P<m>{MONTH})"
                              rf"(?:\s+(?P<y>{YEAR}){YEAR_TAIL})?", re.IGNORECASE)),
    ("range_dmy", re.compile(rf"{_PREP}\b(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:{DASH}|\s+(?:and|to|through|until|till)\s+)"
                             rf"(?P<d2>{DAY})(?![\d])(?:,?\s+(?P<y>{YEAR}))?", re.IGNORECASE)),
    ("range_dmy", re.compile(rf"\b(?P<d1>[0-3]?\d){DASH}(?P<d2>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})\b")),
    # a span of days written day/month, as logs do: '27–28/6', '29/6 – 1/7' (a lone '4/7' may be a ratio)
    ("range_dmy", re.compile(rf"(?<![\d/])(?P<d1>[0-3]?\d)(?:/(?P<m1>0?[1-9]|1[0-2]))?{DASH}(?P<d2>[0-3]?\d)/(?P<m>0?[1-9]|1[0-2])"
                             r"(?![\d/])")),
    ("dmy", re.compile(rf"{_PREP}\b(?P<d>[0-3]?\d)(?:\.|\s+)(?P<m>(?-i:{ROMAN}))(?![\w])(?:[.\s]\s*(?P<y>{YEAR}){YEAR_TAIL})?",
                       re.IGNORECASE)),
    # 'od 21 do 24.11': a span of days announced by its bounds, a two-digit month after the second
    ("range_dmy", re.compile(r"\b(?:od|from)\s+(?P<d1>[0-3]?\d)\.?\s+(?:do|to|until)\s+(?P<d2>[0-3]?\d)\."
                             rf"(?P<m>0[1-9]|1[0-2])(?:\.(?P<y>{YEAR}))?(?!\d)", re.IGNORECASE)),
    # 'dnia 3.04', 'w dn. 5-7.04': a numeric day and month only after a word that announces a date
    ("range_dmy", re.compile(rf"(?P<prep>\b(?:dnia|dn\.|w\s+dniach|w\s+dn\.)\s+)(?P<d1>[0-3]?\d){DASH}(?P<d2>[0-3]?\d)\."
                             rf"(?P<m>0[1-9]|1[0-2])(?:\.(?P<y>{YEAR}))?(?!\d)", re.IGNORECASE)),
    ("dmy", re.compile(rf"(?P<prep>\b(?:dnia|dn\.|w\s+dniu)\s+)(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?:\.(?P<y>{YEAR}))?(?!\d)",
                       re.IGNORECASE)),
    # '… na Iturupie (4–5.10) obejrzeli …': days and a two-digit month in brackets after a place
    ("range_dmy", re.compile(rf"(?<=\()(?P<d1>[0-3]?\d){DASH}(?P<d2>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?=\))")),
    ("dmy", re.compile(r"(?<=\()(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?=\))")),
    # '18.11. delegacja pojechała …', 'w dniach 16–17.11. we Władywostoku': a two-digit month closed by
    # its own full stop, as Polish abbreviates a date (an amount does not end so: '3.05 mln')
    ("range_dmy", re.compile(rf"(?<![\w.,/-])(?P<d1>[0-3]?\d){DASH}(?P<d2>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?=\.[ \t,;:)])")),
    ("dmy", re.compile(r"(?<![\w.,/–—-])(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?=\.[ \t,;:)])")),
    # '15.11 w Sapporo podpisał …, a 16.11 pojechał do Wakkanai', 'został 18.11 przyjęty': a two-digit
    # month before a place, a past verb or a passive participle, not an amount ('3.05 mln')
    ("dmy", re.compile(r"(?<![\w.,/-])(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?![\d.])"
                       r"(?=\s+(?:w|we|na|do|z|ze|przy|[a-ząćęłńóśźż]{3,}(?:ł|ła|li|ły|ło|ty|ta|te|ci|ny|na|ne|ni))\s)")),
    ("dmy", re.compile(rf"{_PREP}\b(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}){YEAR_TAIL})?",
                       re.IGNORECASE)),
    ("mdy", re.compile(rf"{_PREP}\b(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})(?![\d])(?:,?\s+(?P<y>{YEAR}))?",
                       re.IGNORECASE)),
    # 'last September', 'next March', 'zeszłego września': the nearest such month on that side
    ("side_month", re.compile(rf"\b(?P<side>last|next|ubiegłego|zeszłego|przyszłego)\s+(?P<m>{MONTH})(?!\s+{YEAR})",
                              re.IGNORECASE)),
    ("my", re.compile(rf"{_PREP}(?:(?:początku|końcu|połowie|pod\s+koniec|na\s+początku|early|late)\s+|mid-\s*|mid\s+)?"
                      rf"\b(?P<m>{MONTH})\s+(?:(?P<y>{YEAR}){YEAR_TAIL}|{_MONTH_YEAR_REL})",
                      re.IGNORECASE)),
    ("m", re.compile(rf"(?P<prep>\b(?:w|we|na|in|on|during|od|do|since|until|by|pod\s+koniec|na\s+początku|"
                     rf"w\s+połowie|z\s+końcem|z\s+początkiem|at\s+the\s+(?:end|beginning|start)\s+of|in\s+early|"
                     rf"in\s+late|in)\s+|(?<![\w-])(?=(?i:mid|early|late)-))(?:(?:początku|końcu|połowie|early|late)\s+|(?:mid|early|late)-\s*|mid\s+)?"
                     rf"\b(?P<m>{MONTH})(?!\s+{YEAR})", re.IGNORECASE)),
    # '5 bm.': the 5th of this month (bieżącego miesiąca)
    # ('23–24 bm.', '31 ub.m. – 2 bm.': days of this month, the first perhaps of the last one, ubiegłego miesiąca)
    ("day_this_month", re.compile(rf"{_PREP}\b(?:(?P<d1>[0-3]?\d)\s*(?P<last>ub\.\s?m\.)?\s*[-–—]\s*)?(?P<d>[0-3]?\d)\s*(?:bm\.|b\.m\.)",
                                  re.IGNORECASE)),
    # 'on the 30th', 'from the 8th to the 12th': days of this month by their English ordinals (not what an
    # ordinal counts: 'on the 25th anniversary')
    # ('licences needed from the 4th' starts a state, no event: 'from' only opens a span)
    ("day_this_month", re.compile(r"(?:(?P<prep>\b(?:on|since|until|till|by)\s+)the\s+|\b(?:from|between)\s+the\s+"
                                  r"(?=[0-3]?\d(?:st|nd|rd|th)(?:\s*[-–]\s*|\s+(?:to|and|until)\s+)))"
                                  r"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)(?:\s*[-–]\s*|\s+(?:to|and|until)\s+)(?:the\s+)?)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
                                  rf"(?!\s+(?:{ORDINAL_COUNTS})\b)", re.IGNORECASE)),
    ("day_last_month", re.compile(rf"{_PREP}\b(?P<d>[0-3]?\d)\s*ub\.\s?m\.(?!\s*[-–—]\s*[0-3]?\d\s*b\.?\s?m\.)", re.IGNORECASE)),
    ("this_month", re.compile(r"\b(?:w\s+tym\s+miesiącu|w\s+bieżącym\s+miesiącu|this\s+month|(?:earlier|later)\s+(?:this|in\s+the)\s+month|"
                              r"(?:wcześniej|później)\s+w\s+(?:tym|tymże)\s+miesiącu)\b", re.IGNORECASE)),
    ("last_month", re.compile(r"\b(?:w\s+(?:ubiegłym|zeszłym|poprzednim)\s+miesiącu|(?:pod\s+koniec|na\s+początku|"
                              r"w\s+połowie)\s+(?:ubiegłego|zeszłego|poprzedniego)\s+miesiąca|last\s+month|"
                              r"(?:at\s+the\s+)?(?:end|beginning|start)\s+of\s+last\s+month)\b", re.IGNORECASE)),
    ("next_month", re.compile(r"\b(?:w\s+(?:przyszłym|następnym)\s+miesiącu|(?:pod\s+koniec|na\s+początku|w\s+połowie)\s+"
                              r"(?:przyszłego|następnego)\s+miesiąca|next\s+month|(?:early|late)\s+next\s+month)\b", re.IGNORECASE)),
    ("months_ago", re.compile(r"\b(?:przed\s+(?P<n1>\w+)\s+miesiącami|(?P<n2>\w+)\s+miesiące?\s+temu|"
                              r"(?P<n3>\w+)\s+months?\s+ago)\b", re.IGNORECASE)),
    ("last_week", re.compile(r"\b(?:w\s+(?:ubiegłym|zeszłym|poprzednim)\s+tygodniu|last\s+week)\b", re.IGNORECASE)),
    ("next_week", re.compile(r"\b(?:w\s+(?:przyszłym|następnym|najbliższym)\s+tygodniu|(?:early\s+|later\s+)?next\s+week)\b",
                             re.IGNORECASE)),
    # 'zaledwie dwa tygodnie po spotkaniu …', 'three weeks after the summit': the thing named after it
    # was that many weeks before the story's day
    ("weeks_from", re.compile(r"\b(?:(?P<wn>\d{1,2}|dwa|trzy|cztery|pięć|sześć|siedem|osiem|a|one|two|three|four|five|six|seven|eight)\s+)?"
                              r"(?P<unit>tygodni\w*|tydzień|weeks?|miesiąc\w*|months?)\s+(?P<wdir>po|after|przed|before)\s+"
                              r"(?=(?:the\s+|a\s+|an\s+)?[A-Za-ząćęłńóśźżŁŚŻ]{4,})", re.IGNORECASE)),
    # 'had visited Pyongyang two weeks earlier', 'dwa tygodnie temu': weeks back from the story's day
    ("weeks_from", re.compile(r"\b(?P<wn>\d{1,2}|dwa|trzy|cztery|two|three|four)\s+(?P<unit>tygodni\w*|weeks)\s+"
                              r"(?P<wdir>earlier|before|ago|wcześniej|temu)\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+the|this)\s+week|this\s+week|w\s+tym\s+tygodniu|"
                             r"(?:na\s+początku|w\s+połowie|pod\s+koniec)\s+(?:tego\s+|bieżącego\s+)?tygodnia)\b",
                             re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?P<prep>w|we|on|last|this|next|the)\s+(?:(?P<side>ubiegł[ąy]|zeszł[ąy]|poprzedni[ąa]?|przyszł[ąy]|"
                           r"najbliższ[ąy]|następn[ąy]|kolejn[ąy]|minion[ąy]|ostatni[ąa]?|last|past|next|coming|following)\s+)?"
                           r"(?P<wd>poniedziałek|wtorek|środę|czwartek|piątek|sobotę|"
                           r"niedzielę|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s\b)"
                           r"(?:\s+(?:i|oraz|and|–|-)\s+(?:w\s+|we\s+|on\s+)?(?P<wd2>poniedziałek|wtorek|środę|czwartek|piątek|"
                           r"sobotę|niedzielę|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)?", re.IGNORECASE)),
    # overnight: 'w nocy z poniedziałku na wtorek', 'overnight from Monday to Tuesday': the two days
    ("weekday", re.compile(rf"\b(?:w\s+nocy\s+z|overnight\s+from|(?:on\s+)?the\s+night\s+(?:of|from))\s+(?P<wd>{_WEEKDAY_GENITIVE})\s+"
                           r"(?:na|to|into)\s+(?P<wd2>wtorek|środę|czwartek|piątek|sobotę|niedzielę|poniedziałek|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    # 'told lawmakers Monday': American news names the day without a preposition
    ("weekday", re.compile(r"\b(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!['’]s)")),
    # 'after Friday's attack', 'Tuesday's talks': a day owning the act it dates
    ("weekday_of", re.compile(r"\b(?:(?P<side>last|past|previous|next|coming)\s+)?"
                              r"(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))['’]s\s+(?:[\w-]+\s+){0,2}?"
                              r"(?=(?:attack|talks|meeting|summit|launch|test|strike|vote|visit|election|explosion|blast|ceremony|"
                              r"session|call|announcement|signing|shelling|bombing|incident|rally|conference|forum|parade|"
                              r"drills?|exercises?|protest|speech|statement|decision|decree|raid|election)s?\b)")),
    # 'na środowym briefingu', 'czwartkowego dekretu': the Polish adjective of a weekday owns its act too
    ("weekday_of", re.compile(r"\b(?P<wd>poniedziałkow|wtorkow|środow|czwartkow|piątkow|sobotni|niedzieln)"
                              r"(?:y|ego|emu|ym|a|ej|ą|e|ych|ymi|m|ch)?\s+(?:\w+\s+)?"
                              r"(?=(?:briefing|spotka|rozm[oó]w|dekret|atak|posiedze|konferencj|wystąpie|oświadcze|wizyt|"
                              r"wizyc|szczyt|szczyc|sesj|wiec|prób|start|ostrzał|głosowa|wybor|ćwicze|zamach|wywiad|"
                              r"komunikat|przemówie|obrad|nalot|uderze)\w*)", re.IGNORECASE)),
    # 'after spending Wednesday to Friday in Pyongyang': English names a span of weekdays bare too
    ("weekday", re.compile(r"\b(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+(?:to|until|through|–|-)\s+"
                           r"(?P<wd2>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")),
    # 'od środy do piątku', 'from Monday to Wednesday': a span of days in the article's week
    ("weekday", re.compile(r"\b(?:od|from)\s+(?P<wd>poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|monday|"
                           r"tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:do|to|until|till)\s+"
                           r"(?P<wd2>poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    # 'lutowy szczyt w Hanoi', 'podczas wrześniowej wizyty': a month named by its adjective
    ("adj_month", re.compile(r"\b(?P<am>styczniow|lutow|marcow|kwietniow|majow|czerwcow|lipcow|sierpniow|wrześniow|"
                             r"październikow|listopadow|grudniow)(?:y|ego|ym|a|ej|ą|e|ych)\s+(?:\w+\s+){0,2}?"
                             r"(?=(?:szczyt|szczyc|spotka|wizyt|wizyc|rozm[oó]w|posiedze|forum|sesj|konferencj|podróż|negocjac|"
                             r"obrad|ćwicze|manewr|przyjazd|przyjeźdz|przylot|pobyt|pobyc|odwiedzin)\w*)",
                             re.IGNORECASE)),
    # 'the February summit in Hanoi', 'since the June meeting of Trump and Kim': the same in English
    ("adj_month", re.compile(r"\b(?:the|its|their|his|her|last)\s+(?:own\s+)?(?P<en>January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)\s+(?:[a-z-]+\s+){0,2}?"
                             r"(?=(?:summit|meeting|visit|talks|session|conference|trip|negotiations|drills|"
                             r"exercises|forum|plenum|congress|round|launch|test|stay|tour|ceremony|parade|election)s?\b)")),
    ("yesterday", re.compile(rf"\b(?:{BACK_A_DAY}|{THIS_DAY}|dzisiaj|dziś|today)\b", re.IGNORECASE)),
]
_FUTURE_REL = re.compile(r"\b(?:rozpocznie|rozpoczną|odbędzie|odbędą|będzie|będą|zostanie|zostaną|uda\s+się|złoży|spotka|"
                         r"przybędzie|przyleci|przylecą|przyjedzie|przyjadą|odwiedzi|odwiedzą|pojedzie|pojadą|poleci|polecą|"
                         r"weźmie|wezmą|podpisze|podpiszą|ma\s+się|mają\s+się|ma\s+mieć|will|is\s+to|are\s+to|is\s+due|to\s+be\s+(?:held|hosted|opened|signed)|"
                         r"(?:is|are)\s+expected\s+(?:in|at|to)|(?:jest|są)\s+(?:spodziewan|oczekiwan)\w*|"
                         # a wish for what is ahead: 'looked forward to coming to Yokohama in November'
                         r"look(?:s|ed|ing)?\s+forward\s+to|"
                         # the future seen from the past: 'agreed that Putin would visit Japan in December'
                         r"would\s+(?:visit|travel|come|go|hold|meet|attend|host|sign|take|send|open|join|lead|"
                         r"be\s+(?:held|presented|signed|opened|discussed)|"
                         r"take\s+place)|"
                         # a plan agreed: 'agreed to meet again in Yamaguchi in December', 'zgodzili się spotkać'
                         r"(?:agreed|decided|promised|planned|plans?|intends?|intended|hopes?|wants?)\s+to\s+(?:\w+\s+)?(?:visit|travel|come|go|hold|meet|attend|"
                         r"host|sign|return)|(?:zgodzi\w*\s+się|postanowi\w*|zdecydowa\w*|uzgodni\w*)\s+(?:\w+\s+)?"
                         r"(?:spotkać|odwiedzić|zorganizować|przeprowadzić|przyjechać|przylecieć|podpisać)|"
                         # 'next week', not 'left without announcing his next destination'
                         r"next(?=\s+(?:week|month|year|spring|summer|autumn|fall|winter|round|session|time))|"
                         r"następn\w+|najbliższ\w+|planowan\w+)\b", re.IGNORECASE)


# A sentence told in the past: a Polish past-tense verb, an English simple past, or a word that
# looks back. Adjectives that end like Polish past verbs ('cały', 'mały') are left out.
PAST_VERB = re.compile(r"\b(?!(?:cał|mał|biał|dojrzał|zeszł|ubiegł)[aeyo]?\b)\w+(?:[aiyę]ł|[aiyę]ła|[aiyę]ło|[aiyę]li|[aiyę]ły|ął|"
                   r"ęła|ęli|ęły|ółł?|eszł[aoi]?|szedł|szła|szli|"
                   # a stem ending in a consonant: 'spadły', 'mógł', 'przyniósł', 'wiozła', 'przebiegła'
                   r"padł[aoiy]?|padli|[oó]głb?|ogł[aoiy]|ogli|[oó]sł|osł[aoiy]|osły|[oó]zł|ozł[aoiy]|ozły|[oó]dł|odł[aoiy]|"
                   r"jadł[aoiy]?|jedli|siadł[aoiy]?|legł[aoiy]?|biegł[aoiy]?|biegli|rzekł)\b|"
                   # the impersonal past: 'rozpoczęto', 'przeprowadzono', 'podpisano', 'otwarto'
                   r"\b(?-i:[a-ząćęłńóśźż]{3,}(?:ono|ano|ęto|ito|yto|uto|arto))\b|\b(?:wcześniej|poprzednio|przedtem|"
                   r"niegdyś|previously|earlier|before|ago|met|held|had|was|were|did|made|took|went|came|"
                   r"got|spoke|said|met|saw|left|told|flew|gave|sent|began|brought|wrote|spent|kept|led|paid|sat|stood|won|lost|sold|"
                   r"bought|built|fought|struck|shot|ran|rose|fell|broke|chose|drove|grew|knew|threw|drew|sought|"
                   r"taught|thought|caught|meant|felt|heard|became|withdrew|oversaw|undertook|\w{3,}ed)\b", re.IGNORECASE)


# (a line that goes on in lower case is a wrapped sentence, not a new one)
# (a dash after the full stop opens a credit or the next item: '… next spring. — MOFA Japan')
_SENTENCE_END = re.compile(rf"[.!?;](?:[ \t]*\[\^?\d{{1,3}}\]|[{RAISED_DIGITS}]+)*(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ\"„]|\s+[–—]\s|\s+\((?=[A-ZĄĆĘŁŃÓŚŹŻ\d]))|\n(?=[ \t]*\n)|(?<![a-ząćęłńóśźż,])\n(?![ \t]*[a-ząćęłńóśźż])")
# ('… area. [8] Other': a note mark after the stop; a line wrapped after a lower-case word before a
# name, 'we wrześniu do\nWładywostoku przypłynie', goes on)


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding `pos` begins, looking at most `reach` characters back."""
    return max((x.end() for x in _SENTENCE_END.finditer(text, max(0, pos - reach), pos + 3) if x.end() <= pos), default=0)


def _tense(text: str, m: re.Match) -> str | None:
    """'past', 'future' or None for the sentence holding the match."""
    # a full stop ends a sentence only before a capital ('Korei Płd. przemawiał' goes on)
    s0 = _sentence_start(text, m.start(), 600)
    end = _SENTENCE_END.search(text, m.end())
    sentence = text[s0:end.start() if end else len(text)]
    if _LAST_YEAR.search(sentence):
        return "last year"
    if _EARLIER_NOUN.search(text, s0, m.start()):
        return "past"   # '…would hold talks, following the preliminary round in Beijing at the end of August'
    if _LATER_NOUN.search(text, s0, m.start()) or _ANNOUNCED.search(text, max(s0, m.start() - 160), m.start()):
        # 'omówili przygotowania do wrześniowego spotkania', 'zapowiedział obecność Japonii na szczycie
        # … pod koniec czerwca': what is prepared or announced lies ahead, the nearest stands
        return None
    # the date's own clause first: 'We wtorek rozmawiała z Ławrowem, a w środę ma ją przyjąć Putin'
    cuts = [s0] + [s0 + x.end() for x in _CLAUSE_CUT.finditer(sentence)] + [s0 + len(sentence)]
    a0 = next((a for a, b in zip(cuts, cuts[1:]) if a <= m.start() < b), s0)
    clause = next((text[a:b] for a, b in zip(cuts, cuts[1:]) if a <= m.start() < b), sentence)
    # ('rakieta, której stopień dostarczył Chrunyczew, wystartuje 11 sierpnia': a relative clause set off
    # by commas tells of its noun, not of the date's verb)
    clause = _EMBEDDED.sub(lambda r: r.group() if r.start() <= m.start() - a0 < r.end() else ",", clause) \
        if clause != sentence else clause
    if _SCHEDULED_FOR.search(text, max(s0, m.start() - 40), m.start()):
        return "future"   # 'ćwiczenia zaplanowane na 10–20 lutego', 'talks scheduled for March': set for later
    if clause != sentence and _PRESENT.search(clause) and not PAST_VERB.search(clause):
        return None       # 'the Winter Games, which open in Pyeongchang on 9 February': told as it stands
    if _AGREED_TO.search(text, a0, m.start()) or (_TO_DO.match(text, a0, m.start()) and _AGREED_TO.search(text, s0, a0)):
        return "future"   # 'agreed … and to meet at the APEC summit in November': a plan from the day agreed
    if _DONE_ON.search(text, max(s0, m.start() - 30), m.start()) or _DONE_AFTER.match(text, m.end()):
        return "past"   # 'agreed on Wednesday to double the tours next year': the verb that the day dates
    if clause != sentence and (_FUTURE_REL.search(clause) or _FUTURE_MODAL.search(clause)):
        return "future"
    if clause != sentence and PAST_VERB.search(clause):
        return "past"   # '… held talks on Thursday on the bridge, which is due to open next year'
    if clause != sentence and _polish_future(clause):
        return "future"   # 'zapowiedział, że we wrześniu przypłynie delegacja': a perfective verb's present is ahead
    if clause != sentence and _NOW.search(clause):
        return None   # 'uznano, że sierpniowe spotkanie stoi teraz pod znakiem zapytania': told of as it stands
    if _FUTURE_REL.search(sentence):
        return "future"
    return "past" if PAST_VERB.search(sentence) else None


# the past verb right after the day: 'Japan and Ukraine on Wednesday signed an agreement under which … will …'
_DONE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:\w{3,}ed|met|held|took|went|came|spoke|said|told|flew|gave|sent|began|"
                         r"left|signed|fired|won|made)\b(?!\s+(?:to|by)\b)", re.IGNORECASE)


# an act agreed or planned, in the infinitive: 'agreed to hold …', '… and to meet in November'
_AGREED_TO = re.compile(r"\b(?:agreed|decided|planned|promised|pledged|vowed|undertook)\s+(?:\w+\s+){0,2}?to\s+[a-z]+\b", re.IGNORECASE)
_TO_DO = re.compile(r"\s*(?:and\s+|but\s+)?to\s+[a-z]+\b", re.IGNORECASE)


# a verb in the past right before the day it is dated by, not a passive one ('will be signed on …')
_DONE_ON = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwill\s)\b(?:\w{3,}ed|met|held|took|went|came|spoke|said|told|flew|"
                      r"gave|sent|began|left)\s+(?:on|w|we)?\s*$", re.IGNORECASE)


# a happening before the sentence's own, named by its noun: its date looks back
_EARLIER_NOUN = re.compile(r"[\s,](?:following|after)\s+(?:the|a|an|its|their|his|her|last)\s+[^,;.]*$|"
                           # 'the most senior visit since Medvedev's trip to Kunashir in November': what since
                           r"\b(?:since|od\s+czasu)\s+[^,;.]*$", re.IGNORECASE)


# a happening prepared or awaited, named by its noun: its date does not look back
_LATER_NOUN = re.compile(r"(?:przygotowa\w*\s+(?:do|przed)|preparations?\s+for|prepar\w+\s+for|ahead\s+of|"
                         # an invitation's trip: 'accepted an invitation to Seoul in November'
                         r"invitations?\s+to|zaprosze\w*\s+(?:do|na)|zaprosi(?:ł|ła|li|ły)\s+(?:\S+\s+){0,3}?(?:do|na)\b[^,;.]*|"
                         r"invited\s+(?:\S+\s+){0,3}?to\b[^,;.]*|"
                         r"run-up\s+to|w\s+przededniu|przed|before)\s+(?:the\s+)?[^,;.]{0,40}$|"
                         # what is being prepared, named by its noun: 'o przygotowaniu spotkania … we Władywostoku'
                         r"przygotowani\w*\s+(?:spotkani|wizyt|szczyt|rozm[oó]w|posiedzeni|sesj|forum)\w*[^;.]{0,110}$",
                         re.IGNORECASE)

# an announcement, then what it announces, the date last ('zapowiedział w marcu' dates the telling)
_ANNOUNCED = re.compile(r"\b(?:zapowi(?:edział|edziała|edzieli|ada|adają)|announced|pledged|promised|obiecał\w*)"
                        r"(?:\s+(?:że|that))?\s+(?:[^\s.;]+\s+){2,14}(?:w|we|na|pod|do|in|on|at|by|for|around)?\s*(?:koniec\s+|końcu\s+|"
                        r"początku\s+|połowie\s+|the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$", re.IGNORECASE)


_ANY = re.compile(r".+", re.DOTALL)
# what a sentence with a verb of the present or future has ('he travels', 'will', 'ma przyjechać')
_NOT_NOMINAL = re.compile(r"\b(?:is|are|will|shall|to\s+be|travels|meets|visits|opens|goes|comes|holds|flies|"
                          r"jest|są|będzie|będą|ma|mają|jedzie|leci|odwiedza|spotyka|otwiera)\b", re.IGNORECASE)


def _tense_of_note(text: str, m: re.Match) -> str | None:
    """A sentence with no verb ('Consultations in Seoul on Tuesday between …. Betsa raised …') is a
    note of what happened: it takes the tense of the sentence after it."""
    s0 = _sentence_start(text, m.start(), 600)
    end = _SENTENCE_END.search(text, m.end())
    if end is None or _NOT_NOMINAL.search(text, s0, end.start()):
        return None
    after = _SENTENCE_END.search(text, end.end())
    stop = after.start() if after else min(len(text), end.end() + 300)
    nxt = text[end.end():stop]
    return "past" if nxt.strip() and PAST_VERB.search(nxt) and not _NOT_NOMINAL.search(nxt) else None


def tense_at(text: str, start: int, end: int) -> str | None:
    """`_tense` for the words text[start:end]: 'past', 'future', 'last year' or None."""
    return _tense(text, _ANY.match(text, start, end))


_NOW = re.compile(r"\b(?:teraz|obecnie|now|currently)\b", re.IGNORECASE)


def _polish_future(clause: str) -> bool:
    return any(morph.is_perfective_future(w) for w in re.findall(r"\b[a-ząćęłńóśźż]{4,}\b", clause))


_FUTURE_MODAL = re.compile(r"\b(?:ma|mają)\s+(?:\w+\s+)?[a-ząćęłńóśźż]+(?:ć|c)\b", re.IGNORECASE)   # 'ma ją przyjąć'
_EMBEDDED = re.compile(r",\s+(?:(?:w|z|na|do|od|przez|o|po|przy|dla|of|in|to|by|for)\s+)?(?:któr(?:ego|ej|emu|ym|ych|ymi|ą)|"
                       r"whose|whom)\b[^,;]*,", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r",\s+(?:a|i|ale|zaś|że|and|but|so|while|which|który|która|które|when|gdy|kiedy|więc|dlatego)\s+|;\s+",
                         re.IGNORECASE)
# a date something is set for: 'zaplanowane na 10–20 lutego', 'scheduled for 3 March', 'due on Friday'
_SCHEDULED_FOR = re.compile(r"\b(?:zaplanowan\w*|planowan\w*|przewidzian\w*|wyznaczon\w*|scheduled|planned|set|due)\s+"
                            r"(?:(?:jest|są|został\w*|was|were|is|are)\s+)?(?:(?:na|for|on|w|we|in)\s+(?:the\s+)?)?$", re.IGNORECASE)
# a verb of the present, the date's clause told as it stands
_PRESENT = re.compile(r"\b(?:open|opens|begin|begins|start|starts|run|runs|close|closes|takes?\s+place|is\s+held|are\s+held|"
                      r"rozpoczyna\w*|zaczyna\w*|otwiera\w*|trwa|trwają|odbywa\s+się|odbywają\s+się)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|rok\s+(?:temu|wcześniej)|last\s+year|"
                        r"(?:w\s+)?(?:ubiegł|zeszł|poprzedni)(?:ego|ym)\s+roku)\b", re.IGNORECASE)


def _by_tense(year: int, month: int, anchor: Anchor, tense: str | None) -> int:
    """A month without a year in a sentence told in the past lies at or before the anchor's
    month, one told in the future at or after it; untold, the nearest one stands."""
    if tense == "last year":
        return anchor.year - 1
    if anchor.month is None:
        return year
    if tense == "past" and (year, month) > (anchor.year, anchor.month):
        # a bulletin of a month goes out after it: the next month's first days are past to it too
        just_after = anchor.day is None and (year * 12 + month) - (anchor.year * 12 + anchor.month) == 1
        return year if just_after else year - 1
    if tense == "future" and (year, month) < (anchor.year, anchor.month):
        return year + 1
    return year


def _month_from_rel(rel: str, anchor: Anchor) -> int:
    rel = rel.lower()
    if any(w in rel for w in ("ubiegłego", "zeszłego", "poprzedniego", "last")):
        return anchor.year - 1
    if any(w in rel for w in ("przyszłego", "next")):
        return anchor.year + 1
    return anchor.year


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + by
    return k // 12, k % 12 + 1


# what numbers a part of a text, not a day: 'art. 3 V', 'rozdział 5 IX', 'w wieku 3 I'
_NUMBERED = re.compile(r"(?:\bart\.?|\barticle|\bartykuł\w*|\brozdzia\w*|\bchapter|\bpkt\.?|\bust\.?|\bnr|\bno\.?|"
                       r"\bwieku|\bsection|\bsekcj\w*|\bczęś\w*|\btom|\bvol\.?|§)\s*$", re.IGNORECASE)


def _roman_date(text: str, m: re.Match) -> bool:
    """A Roman month stands for a month unless what precedes numbers something else, and a bare
    'I' (a pronoun in English) only with a year or a dot: '3.I', '3 I 2020'."""
    if _NUMBERED.search(text[max(0, m.start() - 20):m.start()]):
        return False
    return m.group("m") != "I" or bool(m.group("y")) or text[m.start("m") - 1] == "."


def find_dates(text: str, anchor: Anchor | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in `text` with at least a year, resolved against `anchor`.

    Relative phrases need an anchor with a month (and a day for weekdays and weeks); without one
    they are skipped. Overlapping hits keep the longest.
    """
    hits: list[DateMention] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            gd = m.groupdict()
            if (gd.get("m") or "") in ROMAN_MONTHS and not _roman_date(text, m):
                continue
            when = _resolve(kind, m, text, anchor)
            if when is None:
                continue
            prep = (gd.get("prep") or "").strip().lower()
            s = m.end("prep") if gd.get("prep") else m.start()
            hits.append(DateMention(offset + s, offset + m.end(), text[s:m.end()], when,
                                    relative=kind in _RELATIVE, marker=prep,
                                    weekday=kind == "weekday", attribute=kind in ("adj_month", "weekday_of")
                                    or _OF_DATE.search(text, max(0, s - 40), s) is not None))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[DateMention] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        # 'w czwartek 20 czerwca': the weekday only names the day the date gives
        if out and out[-1].weekday and not h.relative and h.when.precision == "day" and \
                not text[out[-1].end - offset:h.start - offset].strip(" ,"):
            prev = out.pop()
            h = DateMention(prev.start, h.end, text[prev.start - offset:h.end - offset], h.when, marker=prev.marker)
        # 'do soboty 8 sierpnia', 'until Saturday, August 8': the weekday between a bound word and the date
        if not h.marker and h.when.precision == "day" and \
                (bound := _BOUND_WEEKDAY.search(text, max(0, h.start - offset - 30), h.start - offset)):
            at = bound.end("prep") + 1
            h = DateMention(at + offset, h.end, text[at:h.end - offset], h.when,
                            marker=bound.group("prep").lower(), relative=h.relative, attribute=h.attribute)
        # 'opened in September 2018, after the leaders agreed in April that year': the year just named
        if out and h.when.precision == "month" and _THAT_YEAR.match(text, h.end - offset) and \
                h.start - out[-1].end < 300:
            h = DateMention(h.start, h.end, h.text, When.month(int(out[-1].when.start[:4]), int(h.when.start[5:7])),
                            relative=h.relative, marker=h.marker, attribute=h.attribute)
        out.append(h)
    return out


# a happening named by its noun and dated after it: 'the failed satellite launch of 31 May'
_OF_DATE = re.compile(r"\b(?:launch(?:es)?|tests?|summits?|visits?|meetings?|talks|attacks?|strikes?|elections?|votes?|"
                      r"sessions?|ceremony|signing|drills?|exercises?|wystrzeleni\w*|szczyt\w*|wizyt\w*|spotkani\w*|"
                      r"atak\w*|ostrzał\w*|nalot\w*)\s+(?:of|z)\s+$", re.IGNORECASE)
_BOUND_WEEKDAY = re.compile(rf"\b(?P<prep>do|od|until|till|since|by|from)\s+{_WEEKDAY_GENITIVE},?\s*$", re.IGNORECASE)
_THAT_YEAR = re.compile(r"\s*,?\s*(?:that\s+year|the\s+same\s+year|of\s+that\s+year|tego\s+samego\s+roku|"
                        r"tamtego\s+roku|w\s+tym\s+samym\s+roku)\b", re.IGNORECASE)


_RELATIVE = {"side_month", "this_month", "last_month", "next_month", "months_ago", "weeks_from", "last_week",
             "next_week", "this_week", "weekday", "weekday_of", "yesterday", "adj_month"}
ADJ_MONTHS = {"styczniow": 1, "lutow": 2, "marcow": 3, "kwietniow": 4, "majow": 5, "czerwcow": 6, "lipcow": 7,
               "sierpniow": 8, "wrześniow": 9, "październikow": 10, "listopadow": 11, "grudniow": 12}


def _resolve(kind: str, m: re.Match, text: str, anchor: Anchor | None) -> When | None:
    g = m.groupdict()
    if kind in ("iso", "dmy_num"):
        d = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return When.day(d) if d else None
    if kind in ("dmy", "mdy", "range_dmy", "month_span"):
        month = month_number(g["m"])
        if kind == "mdy" and (g["m"] == "may" or g["m"].lower() == "maj") and not g.get("y"):
            return None  # "may 5" is more often a verb than a date ('on May 12' is a date)
        if g.get("y"):
            year = int(g["y"])
        elif anchor is not None:
            year = _by_tense(year_for_month(month, anchor), month, anchor, _tense(text, m))
        else:
            return None
        if kind == "month_span":   # 'na przełomie października i listopada'
            first = month_number(g["m1"])
            return When(f"{year - (first > month):04d}-{first:02d}", f"{year:04d}-{month:02d}", "month")
        if kind == "range_dmy":
            m1 = month_number(g["m1"]) if g.get("m1") else month
            y1 = year - 1 if m1 > month else year
            a, b = safe_date(y1, m1, day_number(g["d1"])), safe_date(year, month, day_number(g["d2"]))
            return When.day(a, b) if a and b and a <= b else None
        d = safe_date(year, month, day_number(g["d"]))
        return When.day(d) if d else None
    if kind == "side_month":
        if anchor is None or anchor.month is None:
            return None
        month = month_number(g["m"])
        ahead = g["side"].lower() in ("next", "przyszłego")
        year = anchor.year + (month <= anchor.month) if ahead else anchor.year - (month >= anchor.month)
        return When.month(year, month)
    if kind == "my":
        month = month_number(g["m"])
        if g.get("y"):
            return When.month(int(g["y"]), month)
        if anchor is None:
            return None
        return When.month(_month_from_rel(g["rel"], anchor), month)
    if kind == "m":
        if anchor is None:
            return None
        word = g["m"].lower()
        if word in ("may", "march", "mar", "dec", "jan") and not g["m"][0].isupper():
            return None  # English verbs and words that look like months
        if word in ("maj", "luty") and g["prep"].strip().lower() not in ("w", "we", "na", "do", "od"):
            return None
        month = month_number(word)
        return When.month(_by_tense(year_for_month(month, anchor), month, anchor, _tense(text, m)), month)
    if anchor is None or anchor.month is None:
        return None
    if kind == "adj_month":
        month = month_number(g["en"]) if g.get("en") else ADJ_MONTHS[g["am"].lower()]
        s0 = _sentence_start(text, m.start(), 300)
        if _LATER_NOUN.search(text, s0, m.start()) or _FUTURE_REL.search(text, max(s0, m.start() - 30), m.start()):
            y = anchor.year if month >= anchor.month else anchor.year + 1   # 'przygotowania do wrześniowego szczytu'
        elif _NOW.search(text, m.end(), m.end() + 120) and _tense(text, m) is None:
            y = year_for_month(month, anchor)   # 'sierpniowe spotkanie stoi teraz pod znakiem zapytania'
        else:
            y = anchor.year if month <= anchor.month else anchor.year - 1   # spoken of as past
        return When.month(y, month)
    if kind == "this_month":
        return When.month(anchor.year, anchor.month)
    if kind == "day_this_month":
        d = safe_date(anchor.year, anchor.month, int(g["d"]))
        if d is None or not g.get("d1"):
            return When.day(d) if d else None
        first_month = _shift_month(anchor.year, anchor.month, -1) if g.get("last") else (anchor.year, anchor.month)
        d1 = safe_date(*first_month, int(g["d1"]))
        return When.day(d1, d) if d1 is not None and d1 <= d else None
    if kind == "day_last_month":
        d = safe_date(*_shift_month(anchor.year, anchor.month, -1), int(g["d"]))
        return When.day(d) if d else None
    if kind == "last_month":
        return When.month(*_shift_month(anchor.year, anchor.month, -1))
    if kind == "next_month":
        return When.month(*_shift_month(anchor.year, anchor.month, 1))
    if kind == "months_ago":
        n = _count(g["n1"] or g["n2"] or g["n3"])
        if not n:
            return None
        return When.month(*_shift_month(anchor.year, anchor.month, -n))
    if kind == "this_week":
        if anchor.date is None:
            return When.month(anchor.year, anchor.month)
        mid = anchor.date - dt.timedelta(days=anchor.date.weekday() // 2)   # halfway back to its Monday
        return When.month(mid.year, mid.month)
    if kind == "weeks_from":
        n = _count(g["wn"]) if g["wn"] else 1
        unit = g["unit"].lower()
        if not n or n > 12 or (not g["wn"] and not unit.startswith(("tydzień", "miesiąc"))):
            return None
        if re.search(rf"(?:[0-3]?\d\s+{MONTH}|{MONTH}\s+[0-3]?\d)\b", text[m.end():m.end() + 120].split(".")[0], re.IGNORECASE):
            return None   # 'six weeks after Putin traveled to Pyongyang on June 19': the day is named
        if anchor.date is None:
            return When.month(anchor.year, anchor.month)
        back = g["wdir"].lower() in ("po", "after", "earlier", "before", "ago", "wcześniej", "temu")
        if unit.startswith(("mies", "month")):
            return When.month(*_shift_month(anchor.date.year, anchor.date.month, -n if back else n))
        day = anchor.date + dt.timedelta(days=-7 * n if back else 7 * n)
        return When.month(day.year, day.month)
    if kind in ("last_week", "next_week"):
        if anchor.date is None:
            return When.month(anchor.year, anchor.month)
        week = anchor.date + dt.timedelta(days=-7 if kind == "last_week" else 7)
        return When.month(week.year, week.month)
    if kind in ("weekday", "weekday_of"):
        if anchor.date is None:
            return When.month(anchor.year, anchor.month)
        wd = WEEKDAYS.get(g["wd"].lower(), _WEEKDAY_STEMS.get(g["wd"].lower()))
        # a weekday in a sentence with no past in it lies ahead: 'On Saturday he travels to Rostov';
        # one that owns its act ('after Friday's attack') looks back unless the sentence looks ahead
        tense = _tense(text, m)
        if tense is None and kind == "weekday":
            tense = _tense_of_note(text, m)
        future = tense == "future" if kind == "weekday_of" else \
            tense in ("future", None) and not text[max(0, m.start() - 80):m.start()].isupper()
        prep = (g.get("prep") or "").lower()
        if prep == "the" and not g.get("side"):
            return None   # 'the Tuesday' alone names no day; 'the following Tuesday' does
        side = (g.get("side") or (prep if prep in ("last", "next") else "")).lower()
        if side:   # 'w ubiegły czwartek', 'last Thursday' look back; 'w przyszły wtorek', 'next Tuesday' ahead
            future = side.startswith(("przysz", "najbli", "nastę", "kolej", "next", "coming", "following"))
        # 'last Monday' in Monday's paper is a week back, 'next Monday' a week ahead; 'on Monday' is that day
        base = anchor.date + dt.timedelta(days=(1 if future else -1) if side else 0)
        first = weekday_near(base, wd, future)
        if g.get("wd2"):   # 'w piątek i sobotę'
            return When.day(first, first + dt.timedelta(days=(WEEKDAYS[g["wd2"].lower()] - wd) % 7))
        return When.day(first)
    if kind == "yesterday":
        if anchor.date is None:
            return When.month(anchor.year, anchor.month)
        w = m.group().lower()
        return When.day(anchor.date - dt.timedelta(days=DAYS_BACK.get(w, 0)))
    return None


_BEGAN = re.compile(r"\b(?:began|started|had\s+begun|rozpoczął\w*|rozpoczęł\w*|zaczął\w*|zaczęł\w*|trwając\w*\s+od)\s+(?:\w+\s+)?$",
                    re.IGNORECASE)


def _nearest_weekday(base: dt.date, weekday: int, future: bool) -> dt.date:
    """The weekday within three days of `base` ('Mon., Nov. 1: … On Tuesday …' is the 2nd; 'KIJÓW,
    18.07 (a Wednesday): … we wtorek …' the 17th), or the next one when told in the future."""
    ahead = (weekday - base.weekday()) % 7
    return base + dt.timedelta(days=ahead) if future or ahead <= 3 else base - dt.timedelta(days=7 - ahead)


def weekday_near(base: dt.date, weekday: int, future: bool) -> dt.date:
    """The weekday nearest the publication date on the side the tense points to (today counts)."""
    if future:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


# Days counted from the entry's own day, which only the entry knows: 'the previous day', 'nazajutrz'
_SHIFT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9,
                "dziesięć": 10, "tydzień": 7, "week": 7}
_PL_DAYS = r"(?:[2-9]|1[0-4]|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć)"
_EN_DAYS = r"(?:[2-9]|1[0-4]|two|three|four|five|six|seven|eight|nine|ten)"
_DAY_SHIFT = re.compile(
    r"\b(?:(?P<back>the\s+(?:previous|preceding)\s+day|the\s+day\s+before|dzień\s+wcześniej|poprzedniego\s+dnia|"
    # the day after an act the sentence names first, set before what it tells: 'The day after his talks
    # with Ri in Beijing, Wi briefed …' (the talks were the day before)
    r"the\s+day\s+after(?=\s+(?:his|her|their|its)\s)|"
    r"dzień\s+przedtem|(?P<nb>" + _PL_DAYS + r")\s+dni(?:\s+wcześniej|\s+przedtem)|(?P<nb2>" + _EN_DAYS + r")\s+days\s+(?:earlier|before))"
    r"|(?P<fwd>the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later|następnego\s+(?:dnia|ranka)|nazajutrz|dzień\s+później|"
    r"(?P<nf>" + _PL_DAYS + r")\s+dni\s+później|(?P<nf2>" + _EN_DAYS + r")\s+days\s+later|(?P<nw>tydzień)\s+później|a\s+(?P<nw2>week)\s+later|"
    # counted from the end of what was told before: 'Dzień po zakończeniu szczytu', 'the day after the summit closed'
    r"dzień\s+po\s+(?:zakończeniu|zamknięciu)|the\s+day\s+after\s+the\s+\w+\s+(?:ended|closed))"
    # the same day, hours on: 'Hours after Blinken landed, …', 'Kilka godzin później …'
    r"|(?P<same>(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours\s+(?:after|later)|(?:kilka|parę)\s+godzin\s+(?:później|po)))\b",
    re.IGNORECASE)


def _counted(own: When, n: int) -> dt.date:
    """`n` days from `own`: back from its first day, on from its last."""
    return own.first() + dt.timedelta(days=n) if n < 0 else dt.date.fromisoformat(own.end) + dt.timedelta(days=n)


def day_shift(m: re.Match) -> int:
    """The days a _DAY_SHIFT phrase counts: forward positive, back negative."""
    word = (m.group("nb") or m.group("nb2") or m.group("nf") or m.group("nf2") or m.group("nw") or m.group("nw2") or "").lower()
    n = int(word) if word.isdigit() else _SHIFT_WORDS.get(word, 1)
    return 0 if m.group("same") else -n if m.group("back") else n


_WEEKDAY_WORD = (r"(?:poniedziałek|wtorek|środę|środa|czwartek|piątek|sobotę|sobota|niedzielę|niedziela|monday|tuesday|"
                 r"wednesday|thursday|friday|saturday|sunday)")


def shift_lead(text: str, reach: int = 40) -> tuple[str, int] | None:
    """A day counted from the one told before, opening `text` ('Dwa dni później w Moskwie …'):
    the phrase and its days, unless the day is named beside it ('Tydzień później, 20 maja')."""
    m = _DAY_SHIFT.search(text, 0, reach)
    if m is None or re.search(r"[.;:]", text[:m.start()]) or _NAMED_NEAR.match(text, m.end()):
        return None
    return m.group(), day_shift(m)


_NAMED_NEAR = re.compile(rf"\s*,?\s*(?:\(?\s*(?:(?:on|w|we)\s+(?:dni(?:u|ach)\s+)?)?(?:{_WEEKDAY_WORD},?\s+)?(?:[0-3]?\d(?:\s*[–-]\s*[0-3]?\d)?\s+{MONTH}|{MONTH}\s+[0-3]?\d|[0-3]?\d\.[01]?\d|the\s+[0-3]?\d(?:st|nd|rd|th)\b))",
                         re.IGNORECASE)   # 'dwa dni wcześniej, we wtorek 3 września', 'Earlier, on the 3rd': the day is named


def day_named_at(text: str, pos: int) -> bool:
    """Whether a day is named right at `pos` ('…, we wtorek 3 września', '(on 5 May)')."""
    return _NAMED_NEAR.match(text, pos) is not None


CHAIN_REACH = 600   # characters back to the day a 'two days later' counts from


# 'Two months earlier', 'Trzy miesiące później': months counted from the date told just before
_MONTH_SHIFT = re.compile(rf"\b(?P<n>{_COUNT})\s+(?:months?\s+(?P<e>earlier|before|later|after)|"
                          r"miesiąc[ea]?\s+(?P<p>wcześniej|przedtem|później|potem))\b", re.IGNORECASE)


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?;]\s+|\n\s*)$")   # what stands before a phrase that opens a sentence


# a place before the count, opening the sentence: 'In Moscow the next day, …', 'W Seulu dwa dni później …'
_PLACE_OPEN = re.compile(r"(?:^|[.!?;]\s+|\n\s*)(?:In|At|W|We)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?,?\s+$")


def chained_days(text: str, dates: list[DateMention], a: int, b: int) -> list[DateMention]:
    """'On 2 June the minister arrived in Kyiv … Two days later he was in Minsk': a sentence that opens
    by counting days (or months) from the last day (or month) the text named, within a paragraph or two."""
    out = []
    for m in _MONTH_SHIFT.finditer(text, a, b):
        n = _count(m.group("n"))
        base = next((d for d in reversed(dates) if d.end <= m.start() and d.when.precision in ("day", "month")
                     and m.start() - d.end <= CHAIN_REACH), None)
        if not n or base is None or not _SENTENCE_OPEN.search(text[max(a, m.start() - 3):m.start()]):
            continue
        back = (m.group("e") or m.group("p")).lower() in ("earlier", "before", "wcześniej", "przedtem")
        first = base.when.first()
        out.append(DateMention(m.start(), m.end(), m.group(), When.month(*_shift_month(first.year, first.month, -n if back else n)),
                               relative=True))
    for m in _DAY_SHIFT.finditer(text, a, b):
        if _NAMED_NEAR.match(text, m.end()) or not (_SENTENCE_OPEN.search(text[max(a, m.start() - 3):m.start()])
                                                    or _PLACE_OPEN.search(text[max(a, m.start() - 40):m.start()])):
            continue
        base = next((d for d in reversed(dates) if d.end <= m.start() and d.when.precision == "day"
                     and m.start() - d.end <= CHAIN_REACH), None)
        if base is None:
            continue
        out.append(DateMention(m.start(), m.end(), m.group(), When.day(_counted(base.when, day_shift(m))), relative=True))
    return out


# the days just before the entry's own, counted: 'który dwa poprzednie dni spędził w Seulu', 'the previous
# three days'
_DAYS_BEFORE = re.compile(r"\b(?:(?P<n>" + _PL_DAYS + r")\s+(?:poprzedni\w*|wcześniejsz\w*|ostatni\w*)\s+dni\b|"
                          r"the\s+(?:previous|preceding)\s+(?P<n2>" + _EN_DAYS + r")\s+days\b)", re.IGNORECASE)


def shifted_days(text: str, a: int, b: int, own: When) -> list[DateMention]:
    """Day phrases in text[a:b] counted from `own`, a day or a span of days: back from its first day,
    on from its last."""
    if own.precision != "day":
        return []
    out = []
    for m in _DAYS_BEFORE.finditer(text, a, b):
        word = (m.group("n") or m.group("n2")).lower()
        n = int(word) if word.isdigit() else _SHIFT_WORDS[word]
        out.append(DateMention(m.start(), m.end(), m.group(), When.day(own.first() - dt.timedelta(days=n),
                                                                        own.first() - dt.timedelta(days=1)), relative=True))
    if own.start != own.end:
        return out   # within a span of days, 'the next day' is a day of the span (events/trips.py)
    for m in _DAY_SHIFT.finditer(text, a, b):
        if _NAMED_NEAR.match(text, m.end()) or re.match(r"['’]s?\b", text[m.end():m.end() + 2]):
            continue   # 'Nazajutrz, 22 września, …': the day is named; 'the previous day's events' qualifies a noun
        out.append(DateMention(m.start(), m.end(), m.group(), When.day(_counted(own, day_shift(m))), relative=True))
    return out


_SPAN_WEEKDAY = re.compile(r"\b(?:w|we|on)\s+(?P<wd>poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|monday|"
                           r"tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


# 'pierwszego dnia w Seulu …, drugiego dnia w Pusanie …', 'on the second day': the span's n-th day
_NTH_DAY = re.compile(r"\b(?:(pierwsz|drugi|trzeci|czwart)\w*\s+dni[au]|(?:on\s+)?the\s+(first|second|third|fourth)\s+day|"
                      # the noun left out after the first: '…, drugiego – na Iturupie', 'on the second, in Tokyo'
                      r"(drugi|trzeci|czwart)\w*(?=\s*[–—-]\s)|(?:on\s+)?the\s+(second|third|fourth)(?=\s*[,–—-]\s)|"
                      r"on\s+day\s+(one|two|three|four|[1-4]))\b", re.IGNORECASE)
_NTH = {"pierw": 1, "drugi": 2, "trzec": 3, "czwar": 4, "first": 1, "secon": 2, "third": 3, "fourt": 4, "one": 1,
        "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}   # by the first five letters


def days_in_span(text: str, a: int, b: int, own: When, told_from: int | None = None) -> list[DateMention]:
    """'23 i 24 grudnia — w poniedziałek w Pekinie …, a we wtorek w Chengdu …': a weekday named in
    an entry of a few days is the day of that span that falls on it. In an entry of one day, a
    weekday is the one nearest that day (_nearest_weekday); one that opens the entry's text
    (at `told_from`) restates the entry's own day, whatever day it names."""
    if own.precision != "day":
        return []
    if own.start == own.end:
        # ('wrapped up … a visit that began on Monday': what began before the entry's day lies behind it)
        return [DateMention(m.start(), m.end(), m.group(), When.day(
                    weekday_near(own.first(), WEEKDAYS[m.group("wd").lower()], False)
                    if _BEGAN.search(text, max(a, m.start() - 30), m.start()) else
                    _nearest_weekday(own.first(), WEEKDAYS[m.group("wd").lower()], _tense(text, m) == "future")), marker="")
                for m in _SPAN_WEEKDAY.finditer(text, a, b) if not _NAMED_NEAR.match(text, m.end())
                and not (told_from is not None and not text[told_from:m.start()].strip(" \t\n,:;–—-"))]
    first, last = own.first(), dt.date.fromisoformat(own.end)
    if (last - first).days > 6:
        return []
    out = []
    for m in _NTH_DAY.finditer(text, a, b):
        word = next(g for g in m.groups() if g).lower()
        n = _NTH.get(word[:5], 0)
        if 1 <= n <= (last - first).days + 1:
            out.append(DateMention(m.start(), m.end(), m.group(), When.day(first + dt.timedelta(days=n - 1))))
    for m in _SPAN_WEEKDAY.finditer(text, a, b):
        k = (WEEKDAYS[m.group("wd").lower()] - first.weekday()) % 7
        if k <= (last - first).days:
            out.append(DateMention(m.start(), m.end(), m.group(), When.day(first + dt.timedelta(days=k)), marker=""))
    return out


# 'returned home … after a three-day visit', 'wrócił … po trzydniowej wizycie'
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "dwu": 2, "trzy": 3, "cztero": 4,
         "pięcio": 5, "sześcio": 6, "siedmio": 7}
_SPAN = r"(?:(?P<n>two|three|four|five|six|seven|[2-7])(?:-day|\s+days\s+of)|(?P<n_pl>dwu|trzy|cztero|pięcio|sześcio|siedmio)dniow\w+)"
# ... and 'left Hiroshima on Sunday night after two days of talks'
_HOMECOMING = re.compile(
    r"\b(?:returned|came\s+back|flew\s+back|arrived\s+back|got\s+back|wróci\w*|powróci\w*|left|departed|"
    r"wyjecha\w*|odlecia\w*)\b[^.;]{0,80}?"
    r"\b(?:after|following|po)\s+(?:a|an|his|her|their|swojej|swej)?\s*" + _SPAN +
    # 'zakończył w czwartek dwudniową wizytę', 'wrapped up a three-day visit on Friday'
    r"|\b(?:zakończy\w*|ended|concluded|wrapped\s+up|finished)\b[^.;]{0,40}?" + _SPAN.replace("?P<n>", "?P<n2>").replace(
        "?P<n_pl>", "?P<n_pl2>"), re.IGNORECASE)
# 'arrived in Pyongyang on Wednesday for a two-day state visit', 'przyleciał w środę z dwudniową wizytą'
ARRIVE = r"arriv\w*|landed|przyby\w*|przylecia\w*|przyjecha\w*"
_ARRIVAL = re.compile(
    rf"\b(?:{ARRIVE}|began|started|rozpoczął\w*|rozpoczęł\w*)\b[^.;]{{0,80}}?"
    r"\b(?:for|on|z|na)\s+(?:a|an|his|her|their|swoją|swą)?\s*" + _SPAN, re.IGNORECASE)


_ENDED_BEGUN = re.compile(r"\b(?:wrapped\s+up|ended|concluded|finished|zakończy\w*)\b[^.;]{0,60}?\b(?:visit|trip|stay|wizyt\w*|"
                          r"podróż\w*|pobyt\w*),?\s+(?:that|which|któr\w+)\s+(?:had\s+)?(?:began|begun|started|"
                          r"rozpoczął\w*|rozpoczęł\w*|zaczął\w*|zaczęł\w*)\s+(?:on\s+|w\s+|we\s+)?"
                          r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|poniedziałek|wtorek|środę|"
                          r"czwartek|piątek|sobotę|niedzielę)\b", re.IGNORECASE)


def _span_days(m: re.Match) -> int:
    g = m.groupdict()
    word = (g.get("n") or g.get("n_pl") or g.get("n2") or g.get("n_pl2")).lower()
    return _DAYS.get(word) or int(word)


# a stay the lead's act falls in, begun on a weekday: 'Przebywająca od poniedziałku w Mińsku delegacja
# rozmawiała w środę', 'the delegation, in Minsk since Monday, met … on Wednesday'
_STAYING_SINCE = re.compile(rf"\b(?:przebywając\w*|bawiąc\w*|goszcząc\w*|przebywa\w*|staying|(?:has|have|had)\s+been)"
                            rf"(?:\s+(?:w|we|na|in|at)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+)?\s+(?:od|since)\s+"
                            rf"(?P<wd>{_WEEKDAY_GENITIVE})\b|"
                            rf"\b(?:in|w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+\s+(?:od|since)\s+(?P<wd2>{_WEEKDAY_GENITIVE})\b", re.IGNORECASE)


def staying_since(text: str, a: int, b: int, day: dt.date) -> tuple[When, str] | None:
    """The days of a stay that text[a:b] says began on a weekday before `day` (GOLD 2.2: a visit runs
    from the first to the last day the text gives)."""
    m = _STAYING_SINCE.search(text, a, b)
    if m is None:
        return None
    word = (m.group("wd") or m.group("wd2")).lower()
    begun = weekday_near(day - dt.timedelta(days=1), WEEKDAYS[word], False)
    if 0 < (day - begun).days <= 6:
        return When.day(begun, day), f"a stay begun on the weekday named: '{m.group().strip()}'"
    return None


def counted_stay(text: str, a: int, b: int, day: dt.date, told=lambda m: True) -> tuple[When, str] | None:
    """The days of a stay text[a:b] counts from `day`: 'came back on Thursday after a three-day visit'
    ended on it, 'arrived on Wednesday for a two-day visit' began on it; with the words that say so.
    `told`: whether the words found speak of that day (the lead's day must stand inside them)."""
    if (m := _ENDED_BEGUN.search(text, a, b)) is not None and told(m):
        # 'wrapped up in Pyongyang a visit that began on Monday': from that weekday to the day
        begun = weekday_near(day, WEEKDAYS[m.group("wd").lower()], False)
        if 0 < (day - begun).days <= 6:
            return When.day(begun, day), "a visit that ended on the day, begun on the weekday named"
    for rx, ended in ((_HOMECOMING, True), (_ARRIVAL, False)):
        m = rx.search(text, a, b)
        if m is not None and told(m):
            n = _span_days(m)
            span = dt.timedelta(days=n - 1)
            return (When.day(day - span, day), f"a {n}-day visit that ended on") if ended else \
                (When.day(day, day + span), f"a {n}-day visit that began on")
    return None
