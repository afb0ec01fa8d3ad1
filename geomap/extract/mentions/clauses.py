"""Clauses and time frames: which parts of an event's text speak of another time.

'…wizyta w październiku tego roku przewodniczącej … w Seulu' inside a 7 November entry is an
earlier visit: its place must not become the entry's venue, and it may be an event of its own.
A relative clause that carries a date ('szczytu w Singapurze, który miał miejsce w listopadzie')
dates the noun phrase before it, so that phrase is counted into the clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DateMention, When, day_named_at
from .morph import is_participle
from ...events import period_bounds

_SPLIT = re.compile(
    r",\s+(?=(?:któr\w+|jak(?:i|a|ie|iego|iej|im|ą)|gdzie|kiedy|gdy|a\s|i\s|ale\s|lecz\s|natomiast|jednak|zaś|przy\s+czym|by|aby|żeby|ażeby|"
    r"where|when|which|who|whose|while|whereas|but\s|although|though|in\s+order|so\s+that|to\s)\b)|"
    r";\s+|:\s+|\s+[–—]\s+|\s+-\s+|\(|\)", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:któr\w+|jak(?:i|a|ie|iego|iej|im|ą)|gdzie|kiedy|gdy|where|when|which|who|whose)\b", re.IGNORECASE)
# a noun's past participle and 'earlier' ('the programme discussed earlier in the month'), not a verb's
# own tense ('had been agreed earlier')
_PARTICIPLE_EARLIER = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bbeen\s)(?<!\bbe\s)"
                                 r"\b[a-z]{3,}ed\s+earlier\b")
_IN_THE_MONTH = re.compile(r"\s+(?:in\s+the|this|that)\s+(?:month|week|year)\b")
_VAGUE = re.compile(
    r"\b(?:od|w|z|since|in|of|from)\s+(?P<y>(?:19|20)\d\d)(?!\d)|\bw\s+latach\b|\bin\s+the\s+years\b|"
    r"\bwiosną\b|\blatem\b|\bjesienią\b|\bzimą\b|\bin\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b|"
    r"\bniedawno\b|\bostatnio\b|\bwcześniej\b(?!\s+(?:tego|w\s+ciągu)\s+dnia)|\brecently\b|"
    r"\bearlier(?:\s+still)?\b(?!\s+(?:in\s+the|that|the\s+same)\s+day)|\bpreviously\b|\bw\s+przeszłości\b|"
    r"\bin\s+the\s+past\b|\bw\s+przyszłości\b|\bin\s+the\s+future\b|\bw\s+przyszłym\s+roku\b|"
    r"\bprzyszłego\s+roku\b|\bnext\s+year\b|\blast\s+year\b|\bw\s+(?:ubiegłym|zeszłym)\s+roku\b|"
    r"\bpo\s+raz\s+pierwszy\s+od\b|\bfor\s+the\s+first\s+time\s+since\b|\bw\s+najbliższej\s+przyszłości\b|"
    r"\b(?:for|in|during)\s+the\s+(?:spring|summer|autumn|fall|winter)\b|\bna\s+(?:wiosnę|lato|jesień|zimę)\b|"
    r"\bearly\s+next\b|\bnext\s+(?:year|month)\b|"
    # a span back from now: 'three years ago', 'dwa lata temu', 'przed trzema laty'
    r"\b(?:two|three|four|five|six|several|many|\d+)\s+(?:years|months)\s+ago\b|\b(?:\w+\s+)?(?:lata|lat|miesięcy)\s+temu\b|"
    r"\bprzed\s+(?:\w+\s+)?(?:laty|miesiącami)\b",
    re.IGNORECASE)
# Plans and preparations: what follows them in the clause is another time, what precedes is not
# ('rozmawiali telefonicznie o przygotowaniach do wizyty w Moskwie').
_FUTURE_NP = re.compile(
    r"\b(?:za|)planowan\w*|\bplanned\b|\bplans\s+to\b|\bzamierza\w*|\bintends?\s+to\b|\bexpected\s+to\b|"
    r"\b(?:next|następn\w*|kolejn\w*)\s+(?:meeting|session|round|visit|spotkani\w*|posiedzeni\w*|rund\w*|wizyt\w*)\b|"
    r"\bprzygotowa\w*\s+do\b|\bpreparations?\s+for\b|\bto\s+prepare(?:\s+for)?\b|\bby\s+przygotować\b|"
    r"\bw\s+celu\s+przygotowania\b|\bahead\s+of\b|\bupcoming\b|\bnadchodząc\w*|"
    r"\bzbliżając\w*|\bmożliw\w+\s+(?:spotkani|wizyt|szczyt)\w*|\bpossible\s+(?:meeting|visit|summit)\b",
    re.IGNORECASE)
# 'przeprowadzili kolejną rundę', 'held the next round': a round held is this one, not a plan
_HELD = re.compile(r"\b(?:przeprowadzi\w*|odby\w*|zorganizowa\w*|held|h[oe]lds?|conducted|opened|began|started|"
                   r"rozpocz\w*|zakończy\w*|concluded)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_WHERE = re.compile(r"(?:gdzie|where)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?<!\S)(?:(?:w|we|do|na|nad|pod|z|ze|in|to|at|into|from|near|of)\s+)?(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]*\s+){0,2}[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]*$")
_FIRST_SINCE = re.compile(r"\b(?:pierwsz\w*|first)\b", re.IGNORECASE)
# ('który mówi po rosyjsku' speaks a language, reports nothing)
_REPORTING = re.compile(
    r"\b(?:przekaza\w*|poinformowa\w*|poda\w*|ogłosi\w*|oświadczy\w*|mówi\w*(?!\s+(?:\w+\s+)?po\s+[a-ząćęłńóśźż]+sku\b)|powiedzia\w*|zapowiedzia\w*|"
    r"potwierdzi\w*|przypomnia\w*|zaznaczy\w*|napisa\w*|donios\w*|said|says|announced|reported|told|"
    r"confirmed|stated|wrote|ujawni\w*|revealed|disclosed)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    own: int = -1    # where the clause itself begins, before its antecedent was counted in

    @property
    def own_start(self) -> int:
        return self.start if self.own < 0 else self.own


_WORD_BEFORE = re.compile(r"\s(?P<w>[a-ząćęłńóśźż]{5,})\s+(?:w|we|na|z|dnia)?\s*(?:latach\s+)?$")


def _participle_before(text: str, start: int, at: int) -> list[re.Match]:
    """'… stosunków dyplomatycznych nawiązanych w 1990 roku': a passive participle right before the
    date dates the noun it qualifies, not the clause's act (morfeusz2 knows the participle)."""
    m = _WORD_BEFORE.search(text, max(start, at - 40), at)
    return [m] if m is not None and is_participle(m["w"]) else []


def bracketed(text: str, clause: Clause, d: DateMention, start: int, end: int) -> Clause | None:
    """A date alone in brackets ('… rozmów przywódców Niemiec, Francji, Rosji i Ukrainy (11–12 II)')
    dates the words before them: the clause they close, with the bracket, or None."""
    if text[clause.start - 1:clause.start] != "(" or text[clause.start:d.start].strip():
        return None
    before = [c for c in clauses(text, start, end) if c.end <= clause.start]
    return Clause(before[-1].start, clause.end, before[-1].own) if before else None


# a bracket that only glosses a name with its place: '(Huntsville, Ontario)', '(Gangwon-do)'
_GLOSS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]*(?:,?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.-]*){0,3}")


def _bracket_inside(text: str, at: int, start: int, end: int) -> str:
    """The words inside the bracket that opens or closes at `at`."""
    if text[at] == "(":
        close = text.find(")", at, end)
        return text[at + 1:close] if close > 0 else ""
    opening = text.rfind("(", start, at)
    return text[opening + 1:at] if opening >= 0 else ""


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """The clauses of one sentence; a relative clause starts with its antecedent's last words."""
    cuts = [start]
    for m in _SPLIT.finditer(text, start, end):
        if m.group() in "()" and _GLOSS.fullmatch(_bracket_inside(text, m.start(), start, end)):
            continue   # 'at Muskoka (Huntsville, Ontario) on 25/6': a place glossed in brackets parts nothing
        cuts.append(m.end())
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b <= a:
            continue
        own = a
        if a > start and _RELATIVE.match(text, a):
            back = text.rfind(",", start, a)
            if back > start:
                # 'from Tianjin, where China hosted …': the place a 'where' clause speaks of is
                # the name right before it, not the rest of the main clause
                m = _PLACE_BEFORE.search(text[start:back]) if _WHERE.match(text, a) else None
                m = m or re.search(r"(?:\S+\s+){0,4}\S+$", text[start:back])
                if m:
                    a = start + m.start()
        out.append(Clause(a, b, own))
    return out


# what was said, or recalled, is the event: 'premier przypomniał, że …', 'recalled Kim's first meeting …'
THAT = re.compile(r",?\s(?:że|iż|that|recalled|przypomnia\w*|wspomnia\w*|mentioned|referred\s+to|nawiąza\w*\s+do"
                   # English drops 'that': 'Analysts in Seoul said the trip …'
                   r"|(?-i:said|says|noted|added|argued|believes?|believed)(?=\s+(?-i:the|a|an|it|he|she|they|this|[A-Z])\b))\s",
                   re.IGNORECASE)
_AND = re.compile(r"\s(?:and|i|oraz|a)\s", re.IGNORECASE)
_AND_DID = re.compile(r",?\s(?:and|i|oraz|a)\s+(?=[a-ząćęłńóśźż]+(?:ed|ał|ała|ali|ały|ił|iła|ili|iły|ył|yła|yli)\b)")


SUBORDINATE = re.compile(r"\s(?:after|since|before|when|po\s+tym,?\s+jak|zanim|gdy|kiedy)\s+(?=(?:(?:a|an|the)\s+)?"
                          # 'after Kim met …', 'since a Pukguksong-3 was fired', 'after the leaders of the two Koreas agreed'
                          r"(?:(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]+\s+){1,3}|(?:(?:two|both|three)\s+)?(?:[A-Za-z]+\s+)?(?:leaders|presidents|ministers|"
                          # 'after Ukrainian troops crossed into …'
                          r"sides|governments|troops|forces|soldiers|units)\s+"
                          r"(?:of\s+(?:the\s+)?(?:\w+\s+){1,2})?)(?:(?:was|were|had)\s+)?"
                          r"(?:[a-z]+ed|met|held|made|went|came|took|gave|flew|sent|saw|led|spoke|"
                          r"[a-ząćęłńóśźż]+(?:ał|ała|ali|ił|iła|ili|ył|yła|yli))\b)")


# 'welcomed the outcome of the talks held in Jeddah the previous day': the noun its participle dates
PARTICIPLE = re.compile(r"\s(?:the\s+)?[a-ząćęłńóśźż]+\s+(?:held|signed|reached|conducted|odbyt\w*|przeprowadzon\w*|"
                         r"podpisan\w*|zawart\w*)\b(?=[^,;.]{0,60}$)")
# ... or set off by a comma: "… North Korea's launch of a Hwasong-15, fired on 18 February from …"
PARTICIPLE_COMMA = re.compile(r",\s+(?:fired|launched|test-fired|held|signed|conducted|staged|carried\s+out|made|"
                               r"wystrzelon\w*|odpalon\w*|przeprowadzon\w*|podpisan\w*)\s+(?:on|in|w|we)?\s*(?=[^,;.]{0,30}$)",
                               re.IGNORECASE)
# an earlier or later happening named by its noun: '…, following the preliminary round in Beijing at
# the end of August', 'ahead of the summit in June'
_AFTER_NOUN = re.compile(r"[\s,](?:following(?:\s+up\s+on)?|after|before|ahead\s+of)\s+(?:the|a|an|its|their|his|her|last)\s+"
                         r"(?=[^,;.]*$)", re.IGNORECASE)
# what a meeting agreed to do later: 'agreed to hold …', 'uzgodnili, że …'
AGREED_TO = re.compile(r"\b(?:agreed|decided|promised|pledged|undertook|uzgodni\w*|zgodzi\w*\s+się|postanowi\w*|"
                        r"zdecydowa\w*|obieca\w*|zobowiąza\w*\s+się)\s+(?:to|że|na|iż)\b", re.IGNORECASE)
# the conjunction that opens what is reported: '…, że …', '… that …'
THAT_CLAUSE = re.compile(r",?\s(?:że|iż|that)\s")
# what is said: '…, że …', '… that …' after a verb of saying
THAT_TOLD = re.compile(r"\b(?:(?:ogłosi\w*|oświadczy\w*|poinformowa\w*|zapowiedzia\w*|oznajmi\w*|oceni\w*|stwierdzi\w*|announced|said|stated|"
                        r"powiedzia\w*|przekaza(?:ł|ła|li|ły)|podkreśli\w*|zaznaczy\w*|ostrzeg\w*|zapewni(?:ł|ła|li|ły)|assured|"
                        r"declared|acknowledged|admitted|confirmed|agreed|denied|denies|reports?|rumou?rs?|zdementowa\w*|zaprzeczy\w*|doniesie\w*|pogłosk\w*|przyzna\w*|potwierdzi\w*|told\s+\w+)[^,;.]{0,80}?,?\s(?P<conj>że|iż|that)\s|"
                        # a headline drops 'that': 'NORTH KOREA CONFIRMS ITS TROOPS FOUGHT …'
                        r"(?:confirms|admits|acknowledges|says)\s(?=(?:its|his|her|their)\s)|"
                        # and so does a wire story: 'said South Korea had provided …'
                        r"(?-i:said|says|warned|stressed|insisted)\s(?=(?-i:[A-Z][\w'’-]+\s+){1,3}(?:had|has|have|was|were|is|are|"
                        r"would|will|could|did|does)\s))", re.IGNORECASE)
# what a meeting talks about: a visit, a summit or talks of another time ('o wizycie prezydenta w grudniu')
# a gathering the clause's act comes before or after, dated on its own: 'spotkali się we Władywostoku w sprawie
# inwestycji przed szczytem APEC w 2012 r.', 'ahead of the 2018 Olympics'
_GATHERING_AROUND = re.compile(r"\b(?:przed|po|ahead\s+of|before|after|following)\s+(?:the\s+)?(?:\S+\s+){0,2}?"
                               r"(?:szczyt\w*|summit|forum\w*|igrzysk\w*|olimpiad\w*|Olympics?|Games|wybor\w*|elections?|"
                               r"mistrzostw\w*|championships?|Expo|wystaw\w*)\b", re.IGNORECASE)
TOPIC = re.compile(r"\b(?:o|about|on|regarding|concerning|w\s+sprawie)\s+(?:(?:the|a|an|his|her|their)\s+)?"
                   r"(?:[\w-]+\s+){0,2}?(?:wizy(?:cie|ty|t)|szczycie|szczytu|spotkaniu|spotkania|podróży|"
                   r"incydenci\w*|incydent\w*|ataku|ataki\w*|wypadku|katastrofie|starcie|teście|testach|ćwiczeniach|"
                   r"visit|summit|trip|meeting|incidents?|attacks?|accident|crash|launch|tests?|exercises|drills)\b(?=[^,;.]*$)",
                   re.IGNORECASE)
# ... or the object of a verb of judging: 'nazwał niewybaczalnym afrontem pobyt prezydenta na Kunaszyrze
# 1 listopada', 'condemned the president's stay on Kunashir last November'
JUDGED = re.compile(r"\b(?:nazwa\w*|uzna\w*|oceni\w*|potępi\w*|called|described|condemned|denounced)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?=(?:pobyt|wizyt|podróż|przyjazd|visit|trip|stay)\w*\b[^,;.]*$)", re.IGNORECASE)
# a participle phrase after a comma describes a noun before it: '…, upamiętniającym poległych w 1945 r.'
_PARTICIPLE_PHRASE = re.compile(r",\s+(?:[a-ząćęłńóśźż]+ąc(?:y|ym|ego|emu|a|ą|ej|e|ych|ymi)|[a-z]{3,}ing)\b")
# '…, the first since Kim's trip to Russia's Far East last month': the record's date and place are another time
# a record, or a span that runs up to now: 'the first time since 2013', 'the help extended since 2014'
_RECORD_WORDS = re.compile(r"po\s+raz\s+pierwszy\s+od|for\s+the\s+first\s+time\s+since|since\b|od\b", re.IGNORECASE)
# ('their third encounter since Abe's visit to Moscow in April': an ordinal counts from another time)
_SINCE_RECORD = re.compile(r"[\s,](?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
                           r"(?:\S+\s+){0,4}?since\b|[\s,](?:pierwsz|drug|trzec|czwart|piąt)\w*\s+(?:\S+\s+){0,4}?od\b",
                           re.IGNORECASE)
# a main clause after the fronted one: its subject, a name or a title ('…, Russian Ambassador Matsegora laid …')
MAIN_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]")
FRONTED = 40   # characters from a clause's start within which a subordinate clause stands before the main one
# a day counted from an act the same phrase names: 'The day after his talks with Ri in Beijing, …'
_DAY_AFTER_ACT = re.compile(r"the\s+day\s+after\s+(?:his|her|their|its)\s+[^,.;]{3,90}?(?=,)", re.IGNORECASE)


def fronted_act(text: str, d, end: int) -> int | None:
    """Where the phrase that date mention `d` opens ends (its comma), when it names an act of its
    own before the sentence's main clause; None otherwise."""
    m = _DAY_AFTER_ACT.match(text, d.start, end)
    return m.end() if m is not None and MAIN_AFTER.match(text, m.end() + 1) else None


# a title held since a date, set off by commas: ', prime minister since 2 September,', ', premier od 2 września,'
_HELD_SINCE = re.compile(r",\s*(?:[\w'’.-]+\s+){1,5}?(?:since|od)\s+$", re.IGNORECASE)
_APPOSITION_END = re.compile(r"(?:\s+(?:r\.|roku))?\s*,")
_RELATIVE_OPEN = re.compile(r"\b(?:któr(?:y|a|e|zy|ego|ej|ym|ych)|jak(?:i|a|ie|iego|iej|im|ą)|who|which)\b[^,;.()]*$"
                            # 'fragments of the missile that struck the city on Jan. 2': 'that' after a noun
                            # with its article, not after a verb of saying ('said that …')
                            r"|\b(?:the|an?)\s+(?:[\w-]+\s+)?(?!(?:said|says|told|noted|added|warned|stated|claimed|"
                            r"believes?|believed|reported|announced|argued|insisted|agreed|hoped|feared|thought|fact|"
                            r"view|hope|news|idea|assurance|claim|charge|reports?)\s)[\w-]{3,}\s+(?P<that>that)\s+"
                            r"(?!is\b|was\b|the\b|it\b|he\b|she\b|they\b|we\b|this\b)[^,;.()]*$", re.IGNORECASE)


_AND_TO = re.compile(r",\s+(?:and|a|i)\s+(?:to\s+[a-z]+|(?:by|żeby|aby)\s+\w+)\b", re.IGNORECASE)


def own_part(text: str, clause: Clause, d: DateMention, dates: list[DateMention]) -> tuple[int, int]:
    """The part of a clause between the conjunctions that part it from the clause's other dates."""
    a, b = clause.start, clause.end
    # 'w Tokio premier przypomniał, że Rosja zajęła Krym w marcu 2014': what was said is the event
    said = list(THAT.finditer(text, a, d.start))
    if said:
        a = said[-1].end()
        # … and what the speakers did next is theirs: 'recalled Kim's meeting in April and urged …'
        more = _AND_DID.search(text, d.end, b)
        b = more.start() if more else b
    # '… four years after Kim met Putin in Vladivostok in April 2019': the dated act is the one after the conjunction
    # ('… in Sapporo, following up on the talks Abe and Putin held in Da Nang in November': the talks')
    after = list(SUBORDINATE.finditer(text, a, d.start)) or list(_AFTER_NOUN.finditer(text, a, d.start))
    if after:
        a = after[-1].start() + 1
    # 'agreed to keep preparing the visit to Japan, …, and to meet at the APEC summit in November':
    # the second thing agreed is the dated one
    also = list(_AND_TO.finditer(text, a, d.start)) or list(_SINCE_RECORD.finditer(text, a, d.start))
    if also:
        a = also[-1].start() + 1   # (or 'their third encounter since Abe's visit to Moscow in April': the visit's)
    for x in dates:
        if x is d or not (clause.start <= x.start < clause.end):
            continue
        if x.end <= d.start:
            m = _AND.search(text, x.end, d.start)
            comma = text.rfind(",", x.end, d.start)   # '… od wizyty w Paryżu, we wtorek był w Kijowie'
            a = max(a, m.start() if m else comma + 1 if comma >= 0 else x.end)
        elif x.start >= d.end:
            ms = list(_AND.finditer(text, d.end, x.start))
            later = SUBORDINATE.search(text, d.end, x.start)   # '…, after the leaders agreed in April'
            b = min(b, later.start() if later else ms[-1].start() if ms else x.start)
    return a, b


def overlaps(a: When, b: When) -> bool:
    a0, a1 = period_bounds(a.start)[0], period_bounds(a.end)[1]
    b0, b1 = period_bounds(b.start)[0], period_bounds(b.end)[1]
    return a0 <= b1 and b0 <= a1


# what is handed, not told: 'Zaproszenie Kim przekazał we wrześniu' dates the handing over
# someone invited: what follows is the trip invited to ('zaprosił premiera na forum we wrześniu')
INVITING = re.compile(r"\b(?:zaprosi(?:ł|ła|li|ły)|invited)\b", re.IGNORECASE)
_TOLD_THAT = re.compile(r"[^.;:!?]{0,100}?\b(?:że|iż)\b")
_HANDED = re.compile(r"\b(?:zaproszeni\w*|list\w*|dar\w*|sprzęt\w*|invitation|letter|gifts?)\b", re.IGNORECASE)


def is_reporting(text: str, mention: DateMention, clause: Clause) -> bool:
    """Whether a date dates the report ('We wtorek KCNA podała, że …', 'mówił w sierpniu Kirby')."""
    before = text[max(clause.start, mention.start - 45):mention.start]
    after = _SENTENCE_END.split(text[mention.end:min(clause.end, mention.end + 60)], 1)[0]   # (not the next sentence's verb)
    said = (list(_REPORTING.finditer(before)) or [None])[-1]
    if said and not re.search(r"\b(?:że|that)\b", before) and not _HANDED.search(before) and \
            not _CONTENT.match(before, said.end()) and not (
                # 'przekazał w piątek … wykrywacze min': handed over, not told; told things follow 'że'
                said.group().lower().startswith("przekaza") and not _TOLD_THAT.match(text, mention.end)):
        return True
    m = _REPORTING.search(after)
    if m and "," in after[:m.start()] and _RELATIVE_OPEN.search(before.rsplit(",", 1)[-1]):
        return False   # 'Kamikawa, who visited Kyiv in early January, announced that …': the visit's date
    return bool(m and re.match(r"[^,]{0,50}?(?:,\s*)?(?:że|that)\b", after[m.end():]) and
                not re.search(r"\b(?:że|that)\b", after[:m.start()]))


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
# what is said follows without 'that': 'confirmed he will go to Vladivostok in September'
_CONTENT = re.compile(r"\s+(?:he|she|it|they|we|I)\s+(?:will|would|is|was|were|had|has|have|plans?|planned|intends?)\b",
                      re.IGNORECASE)
# 'ordered to leave by 5 October', 'the fourth failure since April': a bound in time, not the clause's own
_BOUND = frozenset({"by", "until", "till", "since", "od", "do"})
_FORWARD = re.compile(r"next\s+(?:year|month)|w\s+przyszłym\s+roku|przyszłego\s+roku|na\s+(?:wiosnę|lato|jesień|zimę)|"
                      r"for\s+the\s+(?:spring|summer|autumn|fall|winter)", re.IGNORECASE)
# a plan or a trip announced for then: the whole clause is that time's (GOLD 2.4), not only its end
_PLANNED = re.compile(r"\b(?:plan\w*|zaplanowa\w*|zapowiedzia\w*|zapowiedzie\w*|announc\w*|intend\w*|zamierza\w*|"
                      r"wizyt\w*|visit\w*|trip|podróż\w*|szczyt\w*|summit)\b", re.IGNORECASE)
# an act already done: an English past tense or a Polish past form
_DONE = re.compile(r"\b(?:[a-z]+ed|met|held|signed|agreed|set|took|made|won|spotkal\w*|[a-ząćęłńóśźż]{3,}(?:ł|ła|li|ły|ło))\b")


# the talks a trip was made for, on a later day: 'arrived in Moscow for talks with Lavrov the following day'
_FOR_TALKS = re.compile(r"\s(?:for|na)\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations|rozmowy|konsultacje|"
                        r"negocjacje)\b", re.IGNORECASE)


def foreign_spans(text: str, sentence_spans: list[tuple[int, int]], own: When,
                  dates: list[DateMention]) -> list[tuple[int, int]]:
    """The clauses of these sentences that speak of a time other than `own`."""
    out = []
    own_years = {int(own.start[:4]), int(own.end[:4])}
    for s, e in sentence_spans:
        before = False   # the clause before this one is wholly of another time
        for c in clauses(text, s, e):
            foreign = False
            for d in dates:
                if c.start <= d.start < c.end and not overlaps(d.when, own):
                    if is_record(text, d, c.start) or is_reporting(text, d, c):
                        continue   # a record's date or the report's ('ujawniła 18 października, że …')
                    if (owner := bracketed(text, c, d, s, e)) is not None:
                        # ('… że ustalenia z Berlina, podczas rozmów przywódców (3–4 III), …': from what is said on)
                        said = list(THAT.finditer(text, owner.start, c.start))
                        out.append((said[-1].end() if said else owner.start, c.end))
                        continue
                    if (cut := fronted_act(text, d, c.end)) is not None:
                        # 'The day after his talks with Ri in Beijing, Wi briefed …': up to its comma
                        out.append((d.start, cut))
                        continue
                    if (held := _HELD_SINCE.search(text, max(s, d.start - 60), d.start)) and \
                            _APPOSITION_END.match(text, d.end):
                        # 'Noda, prime minister since 2 September, spoke with …': the date is the title's,
                        # inside its commas; the clause's verb is the entry's own
                        out.append((held.start(), text.find(",", d.end) + 1))
                        continue
                    if d.marker in _BOUND:
                        # 'ordered the consul to leave Japan by 5 October': a deadline, not when it was ordered
                        out.append((d.start, c.end))
                        continue
                    if d.attribute:
                        # 'the March summit in Singapore' is another time from its first word on;
                        # the clause's start may still be the entry's own ('closed in Pyongyang, after …')
                        out.append((d.start, c.end))
                        continue
                    # ('said … that it was concerned by the test of 23 April': what is said dates its own content)
                    told = [t for t in THAT_TOLD.finditer(text, c.start, d.start) if t["conj"] or d.when.start > own.end]
                    agreed = list(AGREED_TO.finditer(text, c.start, d.start)) if d.when.start > own.end else []
                    invited = list(INVITING.finditer(text, c.start, d.start)) if d.when.start > own.end else []
                    if invited and not told and not agreed:
                        # 'Putin zaprosił premiera na forum we wrześniu do Władywostoku': the inviting is
                        # the clause's own time and place; the trip invited to runs then
                        out.append((invited[-1].end(), c.end))
                        break
                    if agreed and not told:
                        # 'met in Nagoya … and agreed to hold another round in December': what was agreed
                        # runs then; the meeting is the clause's own time and place
                        out.append((agreed[-1].start(), c.end))
                        break
                    if told:
                        # 'MSZ ogłosiło w Seulu, że minister odwołuje wizytę na 26–27 kwietnia': a plan's
                        # date is the reported content's; the announcing is the clause's own
                        out.append((told[-1].start("conj") if told[-1]["conj"] else told[-1].end(), c.end))
                        break
                    topic = list(TOPIC.finditer(text, c.start, d.start)) or list(JUDGED.finditer(text, c.start, d.start))
                    if topic:
                        # 'rozmawiali w Tokio o wizycie prezydenta w grudniu': the month is the visit's
                        # talked about, from its noun on; the talks are the clause's own time
                        out.append((topic[-1].start(), c.end))
                        break
                    foreign = True
                    # '… off Sinpo, its first launch since a Pukguksong-3 was fired off Wonsan in
                    # October 2019': the other time starts at its conjunction
                    after = list(SUBORDINATE.finditer(text, c.start, d.start)) or \
                        list(PARTICIPLE.finditer(text, c.start, d.start)) or _participle_before(text, c.start, d.start) or \
                        list(PARTICIPLE_COMMA.finditer(text, c.start, d.start)) or \
                        list(_SINCE_RECORD.finditer(text, c.start, d.start)) or \
                        list(_AFTER_NOUN.finditer(text, c.start, d.start)) or \
                        list(_FOR_TALKS.finditer(text, c.start, d.start))
                    rel = _RELATIVE_OPEN.search(text, c.start, d.start)
                    if after:
                        foreign = False
                        # a fronted clause of another time ends at its comma: 'Sixty years to the day
                        # after Gagarin took off on 12 April 1961, the ambassador laid flowers …'
                        comma = text.find(",", d.end, c.end)
                        fronted = after[-1].start() - c.start <= FRONTED and comma > 0 and MAIN_AFTER.match(text, comma + 1)
                        out.append((after[-1].start() + 1, comma if fronted else c.end))
                    elif rel:
                        # 'Ishiba, który 1 października objął urząd, rozmawiał …': the relative clause alone
                        foreign = False
                        comma = text.find(",", d.end, c.end)
                        out.append((rel.start("that") if rel.group("that") else rel.start(), comma if comma > 0 else c.end))
                    break
            vague = False
            if not foreign:
                for m in _VAGUE.finditer(text, c.start, c.end):
                    if m.group("y") and int(m.group("y")) in own_years:
                        continue
                    if day_named_at(text, m.end()):
                        continue  # 'dwa dni wcześniej, we wtorek 3 września': the day it means is named
                    if m.group("y") and _FIRST_SINCE.search(text[c.start:m.start()]):
                        continue  # 'pierwsza podróż … od 2000 roku' dates the record, not the event
                    if said := [t for t in THAT_TOLD.finditer(text, c.start, m.start()) if t["conj"]]:
                        # 'zapewnił wczoraj, że przejście otworzą przed latem': the season is what is said;
                        # the saying is the clause's own time
                        out.append((said[-1].end(), c.end))
                        break
                    if (pp := _PARTICIPLE_EARLIER.search(text, max(c.start, m.start() - 30), m.end())) is not None:
                        # 'flour from the scheme agreed earlier in the month reached Nampo': the earlier time is
                        # the participle's, the clause's verb is now
                        tail = _IN_THE_MONTH.match(text, m.end())
                        out.append((pp.start(), tail.end() if tail else m.end()))
                        continue
                    segment = max(c.start, text.rfind(",", c.start, m.start()) + 1)
                    ahead = _FORWARD.fullmatch(m.group()) or (m.group("y") and int(m.group("y")) > max(own_years))
                    # ('… called on the governor in Sapporo to discuss the ferry, and fisheries for the
                    # summer season': a season something is for hangs on its noun, past any comma)
                    purpose = m.group()[:3].lower() in ("for", "na ")
                    if ahead and _DONE.search(text, c.start if purpose else segment, m.start()) \
                            and not _PLANNED.search(text, segment, m.start()):
                        # 'met in Sokcho and agreed quotas for next year', '… and agreed to hold the Year of
                        # Exchange in 2021': what was agreed runs then, the meeting is now
                        out.append((m.start(), c.end))
                        break
                    phrase = list(_PARTICIPLE_PHRASE.finditer(text, c.start, m.start())) or \
                        _participle_before(text, c.start, m.start()) or \
                        list(_GATHERING_AROUND.finditer(text, segment, m.start()))   # 'przed szczytem APEC w 2012 r.'
                    if phrase:
                        # 'złożył wieniec … w Pjongjangu, upamiętniającym żołnierzy poległych w 1945 r.':
                        # the year is the monument's phrase's, not the wreath's
                        out.append((phrase[-1].start(), c.end))
                        break
                    rel = _RELATIVE_OPEN.search(text, c.start, m.start())
                    if rel and rel.group("that"):
                        # 'summoned the counsellor to protest the exercises that troops held on Kunashir
                        # earlier': the vague time is the relative clause's
                        out.append((rel.start("that"), c.end))
                        break
                    if _RECORD_WORDS.match(m.group()):
                        # 'przybył do Seulu po raz pierwszy od 2013 roku', 'thanked them for the help
                        # extended since 2014': only the record or the span is another time
                        out.append((m.start(), c.end))
                        break
                    vague = True
                    break
            # 'signalled the trip in late September, when he told reporters in Petropavlovsk …': the
            # 'when' clause tells the time of the clause before it
            inherits = before and not foreign and not vague and _WHEN_OPEN.match(text, c.own_start) is not None \
                and not any(c.own_start <= d.start < c.end for d in dates)
            before = foreign
            if inherits:
                out.append((c.own_start, c.end))
            elif foreign:
                out.append((c.start, c.end))
            elif vague:
                # 'lecz w Wonsanie, gdzie niedawno otwarto kompleks': the vague time is the relative
                # clause's own, not its antecedent's
                out.append((c.own_start, c.end))
            else:
                m = _FUTURE_NP.search(text, c.start, c.end)
                if m and not _HELD.search(text, max(c.start, m.start() - 40), m.start()):
                    # the plan runs to the clause's end, or to a comma that closes its phrase ('ahead
                    # of the summit, Putin and Xi compared notes')
                    comma = text.find(", ", m.end(), c.end)
                    out.append((m.start(), comma if comma > 0 else c.end))
    return out


_WHEN_OPEN = re.compile(r"\s*(?:when|where|kiedy|gdy|gdzie)\b", re.IGNORECASE)


def is_record(text: str, d: DateMention, start: int) -> bool:
    """'pierwszą od lutego podróż', 'the first since February': the date dates a record, not the event."""
    return d.marker.strip().lower() in ("od", "since") and bool(_FIRST_SINCE.search(text[start:d.start]))


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
