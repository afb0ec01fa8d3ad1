"""Event types from cue words (GOLD 2.5), weighted by where they stand in the event's text.

The headline weighs most, then the first sentences; a cue inside 'podczas …'/'during …' describes
the setting and weighs less. Some framings decide outright: a signed or ratified treaty is an
agreement; leaders meeting (or 'twarzą w twarz') is a summit; a trip is a visit, and what happens
during it belongs to the visit (GOLD 2.2) — unless the visitor is an ambassador calling on a firm
or office in his own host country, which is a meeting.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..mentions.clauses import THAT_CLAUSE, THAT_TOLD
from ..mentions.dates import PAST_VERB
from ..mentions.institutions import NATIONAL_COUNCIL, STATES_OWN, SUMMONING

_I = re.IGNORECASE

# the UN's Security Council, not a state's own ('Russia's Security Council', 'Rada Bezpieczeństwa FR')
_UN_SC = STATES_OWN + r"\bSecurity\s+Council" + NATIONAL_COUNCIL

AGREEMENT = re.compile(
    r"\b(?:agreement|accord|deal|porozumieni\w*|umow\w*)\s+(?:was\s+|zostało\s+|została\s+)?(?:reached|concluded|struck|osiągnię\w*|zawart\w*)\b|"
    r"\breached\s+(?:an|the)\s+(?:\w+\s+)?(?:agreement|accord|deal)\b(?!\s+in\s+principle)|"
    r"\bpodpisa\w*\s+(?:\S+\s+){0,5}?(?:umow|porozumie|trakta(?:t|ci)|memorand|deklaracj|protok|kontrakt|pak(?:t|ci)|plan|program|"
    r"harmonogram|map\w*\s+drogow|list\w*\s+intencyjn|dekret\w*\s+w\s+sprawie\s+ratyf|wymian\w*\s+not)\w*|"
    r"\bexchanged\s+(?:diplomatic\s+)?notes\b|\bwymieni\w*\s+(?:się\s+)?not(?:y|ami)\b|"
    r"\b(?:umow|porozumie|trakta(?:t|ci)|układ|memorand|pak(?:t|ci)|konwencj)\w*\s+(?:\S+\s+){0,7}?(?:został\w*\s+)?(?<!do\s)(?:podpisan|zawart|ratyfikowan)\w*|"
    r"\b(?:umow|porozumie|trakta(?:t|ci)|memorand|pak(?:t|ci)|konwencj)\w*,?\s+(?:\S+\s+){0,9}?podpisa(?:ł|ła|li|ły)\b|"
    r"\bpodpisa\w*\s+(?:\S+\s+){0,2}?(?:wymian\w+\s+)?not\b|\bpodpisano\b|\bexchange\s+of\s+notes\b|"
    r"\bratyfik\w*|\bratyfikowa\w*|\bwesz\w*\s+w\s+życie|\bwszed\w*\s+w\s+życie|\bpopar\w*\s+(?:\S+\s+){0,2}?(?:umow|trakta(?:t|ci)|porozumie)\w*|"
    r"\bsign(?:ed|s|ing)\s+(?:\S+\s+){0,4}?(?:agreement|treaty|treaties|memorandum|accord|deal|pact|declaration|protocol|amendment|"
    r"plan|programme|program|letter\s+of\s+intent|contract|road\s*map|roadmap)s?\b|"
    # 'put their signatures yesterday to a memorandum'
    r"\bput\s+(?:their|his|her)\s+(?:signatures?|names?)\s+(?:\S+\s+){0,2}?to\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:agreement|memorandum|"
    r"treaty|accord|protocol|contract|declaration|statement)s?\b|"
    r"\b(?:agreement|treaty|treaties|memorand(?:um|a)|accord|pact|arrangement|deal|declaration|protocol|document)s?[\"”’']?\s+(?:\S+\s+){0,4}?"
    r"(?:(?:was|were|is|has\s+been)\s+)?(?:signed|ratified|concluded|initial+ed)|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:signed|initial+ed)\b|"
    # an agreed text initialled before its signing: 'parafowano w listopadzie', 'had been initialled in Pyongyang'
    r"\bparafowa\w*|\bparafowan\w*|"
    r"\bratif\w+|\bentered\s+into\s+force|\bcame\s+into\s+force|"
    # a legislature's assent: 'the Duma approved the pact', 'Rada Federacji zatwierdziła traktat'
    r"\b(?:approved|endorsed|zatwierdzi\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:pact|treaty|agreement|accord|umow\w*|"
    r"trakta\w*|porozumieni\w*)", _I)
SUMMIT = re.compile(r"(?:\bszczy(?:t|tu|cie|tem|ty|tów|tach)\b|\bsummit\w*)"
                    # 'tuż po szczycie.' dates something else by a summit; 'po szczycie NATO w Wilnie' names one
                    r"(?:(?<!\bpo\sszczycie)(?<!\bprzed\sszczytem)(?<!\bafter\sthe\ssummit)(?<!\bbefore\sthe\ssummit)|(?![.;!?]))|\btwarzą\s+w\s+twarz|\bface[- ]to[- ]face|"
                    # the leaders' own talks, named as such: 'nocnych rozmów przywódców Niemiec, Francji …'
                    r"\b(?:rozm[oó]w\w*|negocjac\w*|spotkani\w*)\s+(?:\w+\s+)?przywódców\b|\bleaders['’]\s+(?:talks|meeting)\b", _I)
# a meeting told first, a signing after it, in one sentence
_TALKS_THEN_SIGNED = re.compile(r"\b(?:met|meet|meets|held\s+(?:a\s+)?(?:summit|talks)|spotka\w*\s+się|rozmawia\w*|"
                                r"odby\w*\s+(?:\S+\s+){0,3}?rozmow\w*|przeprowadzi\w*\s+(?:\S+\s+){0,3}?rozmow\w*)\b"
                                r"[^.]{0,160}?\b(?:signed|sign|podpisa\w*)\b", _I)
# a trip made for the talks: 'flew to Sochi for an unofficial summit with Putin', 'poleciał na szczyt z …'
_FOR_TALKS = re.compile(r"\b(?:for|to\s+attend|na)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:summit|szczyt\w*|talks\s+with|"
                        r"rozmow\w*\s+z|meeting\s+with|spotkani\w*\s+z)\b", _I)
_FUTURE_TRIP = re.compile(r"\b(?:will|would|is\s+to|are\s+to|is\s+due\s+to|plan(?:s|ned)?\s+to|intends?\s+to|(?:is|are)\s+expected\s+to)\s+(?:\w+\s+)?(?:go|travel|fly|come)\s+to\s+"
                         r"(?-i:[A-Z])|\b(?:przyleci|przylecą|przyjedzie|przyjadą|pojedzie|pojadą|poleci|polecą)\s+(?:\w+\s+){0,3}?do\s+"
                         r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])", _I)
# ('Mori in Moscow.', '2. Gemba w Soczi: …'; not a setting: 'At a ceremony in Kyiv, …')
_VERBLESS_STAY = re.compile(r"\s*(?:\[[A-Z/ ,]{2,20}\]\s*)?(?:\d{1,3}[.)]\s+)?(?!(?:At|In|On|During|After|W|We|Na|Po|Podczas)\s)"
                            r"(?P<who>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^.:;!?,\n]{2,120}?)\s+(?:w|we|na|in|at)\s+"
                            r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+)?\s*(?:[.:](?:\s|$)|"
                            # a headline's stay, then what was done there: '… foreign minister in Moscow, meets Putin'
                            r",\s+(?=(?:meets|visits|holds|tours|talks|spotyka|rozmawia|odwiedza)\b))")
# a finite verb or a participle (Polish or English), or two parties: then the note is a sentence
# or a meeting, not someone's stay
_POLISH_VERB = re.compile(r"\b\w+(?:ł|ła|ło|li|ły|ał|ił|ył)\b|\b\w+(?:uje|ują|a\s+się|ano|ono|ęto|arto|yto|ito|ąc\w*)\b|"
                          r"\b(?:jest|są|był[aoiy]?|byli|będzie|będą|ma|mają)\b|"
                          r"\b(?:is|are|was|were|has|have|had|will|would|\w{3,}ed|met|held|went|came|took|spoke|said)\b|"
                          r"\b(?:and|i|oraz|with|z)\b", _I)
# a summit that only dates this event: 'the first round since the Sochi summit', 'pierwsze od szczytu w Soczi'
_SINCE_THEN = re.compile(r"\b(?:since|od)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", _I)
LEADER = re.compile(r"(?<![\w-])(?<!Deputy\s)(?<!deputy\s)(?<!Vice\s)(?<!vice\s)(?<!Former\s)(?<!former\s)"
                    r"(?:[Pp]rezydent(?!\w*\s+(?:Izby|firmy|koncernu|Koreańskiej\s+Sieci))\w*|[Pp]remier\w*|"
                    r"[Pp]rzywódc\w*|[Kk]anclerz\w*|[Kk]ról\w*|[Cc]esarz\w*|[Gg]łow\w+\s+państw\w*|"
                    r"President|[Pp]rime\s+[Mm]inister|Premier|leaders?|Chancellor|King|Emperor)\b")
# One delegation is a visitor (GOLD 2.5: a delegation travels and is received); delegations, in the
# plural, are the two sides of talks ('the delegations of the Fisheries Agency and Rosrybolovstvo').
_DELEGATION_TRIP = (r"\bdelegacj(?:a|i|ę|ą|o)\b|\bdelegation(?!s)\b|"
                    # a business mission travels as a delegation does ('przyjął misję gospodarczą KOTRA')
                    r"\bmisj(?:a|i|ę|ą)\s+(?:gospodarcz|handlow|biznesow|inwestycyjn)\w*|\b(?:business|trade|investment)\s+mission\b")
VISIT = re.compile(r"(?:→|⇒)[ \t]*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|\bstay(?:ed|ing|s)?\s+in\b|\bodby\w*\s+(?:\S+\s+){0,4}?(?:przelot|lot|rejs)\w*\s+(?:czarterow\w*\s+)?(?:z|do|na)\b|\bcharter\s+flights?\b|\b\w+-day\s+stay\b|\bpobyci\w*|\bgości(?:ł|ła|ło|li|ły)\s+(?:\S+\s+){0,2}?(?:w|we|na)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|\bgości(?:ł|ła|li)\s+(?:\S+\s+){0,3}?(?:szef|minist|prezydent|premier|delegac|ambasador|wicemin|"
                   r"sekretarz|przewodnicz)\w*|\bwizyt\w*|\bodwiedzi\w*|\bodwiedza(?!ć)\w*|\bodwiedzon\w*|\bprzebywa\w*|(?<!nowo\s)\bprzyby\w*|\bprzyjecha\w*|"
                   r"\bprzylecia\w*|\bprzyleci\b|\bprzylecą\b|\bprzyjedzie\b|\bprzyjadą\b|\bprzybędzie\b|\bprzybędą\b|\bpolecia\w*\s+do\b|\bpojecha\w*\s+do\b|\bprzejecha\w*\s+(?:\S+\s+){0,3}?(?:do|na)\b|\bpobyt\w*|\bpodróż\w*|\bprzyjazd\w*|\bprzylot\w*|\buda(?:je|ł\w*|ć|)\s+się\b|\buda\s+się|\bpojawi\w*\s+się\b|\bzjawi\w*\s+się\b|"
                   rf"{_DELEGATION_TRIP}|\bvisit(?!ors?\b)\w*|\btrip\b|\btravel(?!\s+(?:warnings?|advisor(?:y|ies)|bans?|restrictions?|alerts?)\b)\w*|(?<!newly\s)\barriv\w*|\btour(?:ed|ing)?\b|\btours\s+(?=the\b|(?-i:[A-Z]))|\bflew\s+(?!close\b|near\b)(?:\w+\s+)?to\b|"
                   r"\b(?:went|came)\s+(?:on\s+)?to\s+(?-i:[A-Z])|"
                   r"\bby(?:ł\w*|li)\s+w\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])|\b(?:was|were)\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s+for\b|\s*[.;](?:\s|$)|\s+to\s+(?-i:[a-z]+)\b|\s+(?:on|from|between)\s+(?:the\s+)?[0-3]?\d)|(?-i:\b[Ww]e?\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+(?:\w+\s+)?był\w*\b)|\bzwiedzi\w*|\bzwiedza\w*|\bwizytowa\w*|\binspected\b|\b(?:przeprowadzi|dokona)\w*\s+(?:\S+\s+)?inspekcj\w*|\b(?:made|carried\s+out|conducted)\s+(?:\S+\s+)?inspections?\b|"
                   # a site looked over on the spot: 'obejrzeli postęp prac przy przebudowie linii'
                   r"\b(?:obejrze|ogląda)\w*\s+(?:\S+\s+){0,4}?(?:postęp|budow|zakład|fabryk|port|terminal|obiekt|infrastruktur|stoczni|stref)\w*|"
                   r"\bprzekroczy\w*\s+granic\w*|\bcrossed\s+the\s+border|\bzatrzyma\w*\s+się\s+(?:w|na)\b|"
                   r"\bspędzi\w*\s+(?:\S+\s+){0,2}?(?:dni|dzień|doby)|\bspent\s+(?:\S+\s+){0,2}?days?\b|"
                   r"\bspent\s+[^.;]{0,25}?\s(?:on|in|at)\s+(?-i:[A-Z])|"
                   r"\blands\s+(?:in|at)\b|\blanded\s+(?:in|at)\b|"
                   # someone awaited in a place: 'expect him in Moscow early in October'; asked to come
                   r"\binvitation\s+to\s+(?-i:[A-Z])|\bzaprosze\w*\s+do\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|"
                   r"\bexpect(?:s|ed)?\s+(?:him|her|them|the\s+\w+)\s+(?:in|at)\s+(?-i:[A-Z])|\b(?:is|are)\s+due\s+(?:in|at)\b|"
                   # a visit named by 'one': 'repaid the one Kono had made to Minsk in May'
                   r"\bones?\s+(?:\S+\s+){1,3}?(?:made|paid)\s+to\s+(?-i:[A-Z])", _I)
# Being somewhere is weaker than visiting it: two leaders talking during a stay make a summit
# ('Kishida przebywał w New Delhi, gdzie omawiał z premierem Modim …'), a visit named as one stays a visit.
# VISIT's 'stay in' stands here whole too, so that _visit_framed reads it as presence.
PRESENCE = re.compile(r"\bprzebywa\w*|\bstay(?:ed|ing|s)?\s+in\b|\bprzyby\w*|\bprzyjecha\w*|\bprzylecia\w*|\bpojawi\w*\s+się\b|"
                      r"\bby(?:ł\w*|li)\s+w\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])|\barriv\w*|\bstay\w*|\bprzekroczy\w*\s+granic\w*|"
                      r"\bcrossed\s+the\s+border|\bzatrzyma\w*\s+się\s+(?:w|na)\b|\bstopped\s+(?:in|at)\b|"
                      r"\bspędzi\w*\s+(?:\S+\s+){0,2}?(?:dni|dzień|doby)|\bspent\s+(?:\S+\s+){0,2}?days?\b|"
                      r"\bwylądowa\w*|\blanded\b|\blands\s+(?:in|at)\b|\btouched\s+down\b|"
                      r"\btravel+(?:ed|s|ing)?\b|\bflew\b|\bwent\b|\bpojecha\w*|\bpolecia\w*|\budał\w*\s+się|"
                      r"\buda(?:je|ć)\s+się", _I)
# an envoy as the guest of a host official, or calling on one
_ENVOY_CALL = re.compile(r"^[^.;]{0,40}?\b(?:ambasador|konsul|ambassador|consul)\w*\b[^.;]{0,80}?\b(?:by(?:ł|ła)\s+(?:\S+\s+){0,3}?gości(?:em|ą)|"
                         r"odwiedzi(?:ł|ła)|visited|called\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on|was\s+(?:\S+\s+){0,3}?(?:the\s+)?guest\s+of)\s+"
                         r"(?:[^\s.;,]+\s+){0,2}?(?:gubernator|mer\b|mera|burmistrz|minist|wicemin|przewodnicz|szef|governor|mayor|minister|"
                         r"speaker|chairman|rektor|rector)\w*", _I)
_ENVOY_TRAVELS = re.compile(r"\bwizyt\w*|\bpodróż\w*|\bprzyjecha\w*|\bprzyby\w*|\budał\w*\s+się|\btrip\b|\btour\w*|"
                            r"\barriv\w*|\btravel\w*|\bflew\b|\bpoleci\w*", _I)
LOCAL_CALL = re.compile(r"\bodwiedzon\w*\s+przez\s+ambasador\w*|\bvisited\s+by\s+(?:the\s+)?\w*\s*ambassador", _I)
MEETING = re.compile(r"\bheld\s+(?:\S+\s+){0,4}?(?:talks|consultations|dialogue)\b|\b(?:preliminary|first|second|third|next|new)\s+round\b|\bdialog\w*\s+strategiczn\w*|\bstrategic\s+dialogue\b|\btalked\b|\bconferred\b|\brozmów\b|\bhad\s+(?:\S+\s+){0,3}?talks\b|\bcompared\s+notes\b|\bexchanged\s+views\b|\bwymieni\w*\s+(?:\S+\s+)?poglądy\b|\buzgodni(?:li|ły)\b|\bagreed\s+on\b|\bspotka(?!\w*\s+eksperck)\w*|\bspotkani(?!\w*\s+eksperck)\w*|\brozmow\w*|\brozmawia\w*|"
                     r"\bskontaktowa\w*|\btelefon\w*|\bwidzie(?:li|ły|ł|ła)\s+się\b|\bkonsultacj\w*|\bposiedzeni\w*|\bomówi\w*|\bomówion\w*|"
                     r"\b(?:zaprosz|przyję)\w*\s+przez\s+(?:\w+\s+)?(?:minist|wiceminist|przewodnicz|marsza|spiker|premier|"
                     r"prezydent|ambasador|szef|rektor|burmistrz|gubernator|mer)\w*|"
                     r"\btalks\b|\bmet\b|\bsat\s+down\s+(?:together|with)\b|\bconversations?\b|\btwo-plus-two\b|\b2\s?\+\s?2\b|\bmeet(?:s|ing|ings)?\b(?!\s+(?:the|a|an|its|their|this)\s+(?:\w+\s+)?(?:deadline|target|demands?|requirements?|goal|conditions?|criteria|needs?)\b)|\bphone\w*|\bcall(?:ed)?\s+(?:on|with)\b|\bconsultations?\b|"
                     r"\bdiscuss\w*|\bheld\s+(?:talks|consultations)|\breceived\s+by|\bomawia\w*|"
                     # an account given in person: 'briefed Russian Ambassador Vnukov', 'zrelacjonował premierowi'
                     r"\bbriefed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ambassador|minister|envoy|counterpart|president|premier|"
                     r"prime\s+minister|chairman|governor|speaker)|\bzrelacjonowa\w*|"
                     r"\brund\w*\s+(?:\w+\s+){0,2}?(?:negocjac|rozm[oó]w|rokowa)\w*|\bround\s+of\s+(?:[\w-]+\s+){0,2}?(?:negotiations|talks)|"
                     r"\b(?:led|held)\s+(?:a|the|another)\s+(?:[\w-]+\s+){0,2}?round\b|"
                     r"\b(?:held|conducted|opened|began|started)\s+(?:[\w-]+\s+){0,3}?negotiations|"
                     r"\b(?:prowadzi|odby|rozpoczę|przeprowadzi)\w*\s+(?:\w+\s+){0,2}?(?:negocjac|rokowa)\w*|"
                     r"\bnegotiations\s+(?:were|took)\b|\bobradowa\w*|\bgrup\w*\s+robocz\w*|"
                     r"\bworking\s+group|\bsession\b|\bconvened\b|\bsummon\w*|\bzebra\w*\s+się|\bzbiera\w*\s+się", _I)
# Goods given ('przekazał władzom obwodu … 40 generatorów', 'ciężarówki z kocami, które przekazał'): a
# handover (GOLD 2.5 ceremony_forum); 'przekazał informację' is not one
_GOODS = (r"(?:sprzęt|dar|urządze|aparat|karetk|generator|agregat|ambulans|transformator|lamp|koc|ciężarówk|"
          r"lekarstw|żywnoś|namiot|wykrywacz|detektor|kamizel|respirator|szczepion|grzejnik|odzież|"
          # a batch of anything: 'kolejną partię testów'
          r"parti[eęi]\s+(?:\S+\s+)?(?:test|lek|szczepion|masecz|mask|pomoc|żywnoś|nawoz|paliw))\w*")
_GIFT_GIVEN = (r"\bprzekaza\w*\s+(?:\S+\s+){0,10}?" + _GOODS + r"|\b" + _GOODS + r"[^.;]{0,60}?,\s+które\s+(?:\S+\s+)?przekaza\w*"
               # 'Agregaty z pierwszej partii przekazano już w maju': the goods first, the verb after
               r"|\b" + _GOODS + r"\s+(?:\S+\s+){0,4}?przekazan[oy]\b")
# a rally in Polish by its own forms only ('wieczorem' is an evening)
_RALLY_PL = r"wiec(?:u|e|ach|ów|om|ami|owi)?"
CEREMONY = re.compile(r"\bmarked\s+the\s+(?:completion|opening|start|launch|joining)\b|\bswitched\s+on\b|\bprzedstawi\w*\s+(?:\S+\s+){0,2}?(?:możliwoś|ofert|potencja|walor)\w*|\bforum\b|\bparad\w*|\bparades?\b|\bdefilad\w*|\bfora\b|\bfor(?:um)?\w*\s+(?:energetyczn|gospodarcz|ekonomiczn|biznes)\w*|"
                      r"\bkonferencj\w*\b(?!\s+(?:Rozbrojeniow|ds\.\s+Rozbrojenia|prasow))|\bseminari\w*|\bsympozj\w*|\bwarsztat\w*|\bokrągł\w+\s+stoł\w*|"
                      r"\bspotkani\w*\s+eksperck\w*|\beksperck\w*|\bprezentacj\w*|\bzaprezentowa\w*|\bceremoni\w*|"
                      r"\buroczystoś\w*|\botwarci\w*|\botwart\w*|\botworzy\w*|\binauguracj\w*|\b(?:za)?inaugurowa\w*|\bnagrod\w*|\bwręczeni\w*|"
                      r"\bwystaw\w*|\bfestiwal\w*|\bkoncert\w*|\bpromowa\w*|\bpromocj\w*|\btargi|\btargach|"
                      r"\bround[- ]?table|(?<!the\s)(?<!press\s)(?<!news\s)\bconference\w*(?!\s+on\s+Disarmament)|\bseminar\w*|\bsymposi\w*|\bworkshop\w*|\bexhibition\w*|"
                      r"\bfestival\w*|\bceremon\w*|\bopening\b|\bopen(?:ed|s)\b(?!\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:hotline|hot\s+line|investigation|probe|criminal\s+case|fire))|\binaugurat\w*|\baward\w*|\bpresentation\w*|"
                      r"\bpresented\b|\bevent\b|\b(?:days?|dni|dzie[nń])\s+(?:of\s+)?(?:\w+\s+)?(?:culture|kultury)\b|\bconcerts?\b|(?<!missile\s)(?<!missiles\s)(?<!rocket\s)(?<!space\s)\blaunch\w*\b(?![\s-]+(?:pads?|sites?|station|window|vehicle|complex)\b)(?!\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:missile|rocket|satellite|attacks?|strikes?|offensive|raids?|invasion|drones?))|\bexpo\b|\bfair\b|\bgala\b|\bforums?\b|\bzorganizowa\w*|"
                      r"\borgani[sz]ed\b|\bwie(?:niec|ńc)\w*|\bkamie\w*\s+węgieln\w*|\bwmurowa\w*|\bcornerstone\b|"
                      r"\bfoundation\s+stone\b|\bground-?breaking\b|\bzłoży\w*\s+kwiat\w*|\bzłożeni\w*\s+kwiatów|\blaid\s+flowers|\bwreaths?\b|\bceleb\w*|\bobchod\w*|\bobchodzi\w*|\brocznic\w*|"
                      r"\banniversary\b|\breceptions?\b|\bmemorial\s+services?\b|\brequiem\b|\bnabożeństw\w*|\bzaprzysiężon\w*|\bzaprzysiężeni\w*|\bsworn\s+in\b|\bswearing[- ]in\b|\bprzyjęci\w*\s+z\s+okazji|\bcommemorat\w*|\bupamiętni\w*|\b" + _RALLY_PL + r"\b|\brall(?:y|ies)\b|"
                      r"\bprzekazani\w*(?!\s+(?:\w+\s+)?(?:list\w*|posłani\w*|orędzi\w*|zaproszeni\w*))|"
                      # a letter handed over is a message, not a ceremony
                      r"\bhand(?:ed|s|ing)?\s+over(?!\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:letter|message|note|invitation)s?\b)|"
                      r"\boddan\w*\s+do\s+(?:użytku|eksploatacji)|\bhandover\b|\bhanded\b(?!\s+over)|" + _GIFT_GIVEN + r"|\bdonat\w*", _I)
CEREMONY_STRONG = re.compile(r"\bzgromadzeni\w+\s+z\s+okazji\b|\bnational\s+day\b|\bdni\w*\s+narodow\w+|\bdzie[nń]\s+narodow\w+|"
                             r"\bmarked\s+the\s+(?:completion|opening|start|launch|joining)\b|\bdoroczn\w+\s+zgromadzeni\w*|\b" + _RALLY_PL + r"\b|\b(?:national|annual)\s+rally\b|\beksperck\w*|\bokrągł\w+\s+stoł\w*|\bround[- ]?table|\bforum\b|\bforums?\b|"
                             r"\bceremoni\w*|\bceremon\w*|\bkonferencj\w*\b(?!\s+(?:Rozbrojeniow|prasow))|"
                             r"(?<!press\s)(?<!news\s)\bconference\w*(?!\s+on\s+Disarmament)|\bseminar\w*|"
                             r"(?-i:\b[A-Z]\w+\s+(?:Energy\s+|Business\s+|Culture\s+)?Week\b(?!\s+\d)|\bTydzie\w*\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*)|"
                             r"\bsympozj\w*|\bsymposi\w*|\bworkshop\w*|\bwarsztat\w*|\bwystaw\w*|\bexhibition\w*|"
                             r"\bfestiwal\w*|\bfestival\w*|\bexhibit(?:ed|ing|ors?)\b|\btrade\s+(?:fair|show)s?\b|"
                             r"\bair\s*shows?\b|\btarg(?:i|ach|ów|ami)\b", _I)
# a government's word to its nationals abroad: 'told Japanese residents to keep away', 'raised its travel warning'
_ADVISORY_WORDS = (r"\b(?:advis(?:ed|es)|told|urged|warned|asked)\s+(?:\S+\s+){0,2}?(?:citizens|nationals|residents)\s+(?:to|not\s+to|against)\b|"
                  r"\btravel\s+(?:warning|advisory|alert)s?\b|\bostrzeżeni\w*\s+dla\s+podróżując\w*|"
                  r"\b(?:zaleci|wezwa|ostrzeg)\w*\s+(?:\S+\s+){0,2}?(?:obywatel|rodak)\w*")
STATEMENT = re.compile(r"\bresolutions?\b|\badvis(?:ed|es)\s+(?:\S+\s+){0,2}?(?:citizens|nationals|residents)\b|" + _ADVISORY_WORDS + r"|\bzaleci\w*\b|\buzna(?:ł|ła|li|ło|ły)\s+(?:\S+\s+){0,2}?(?:niepodległoś|republik|\„|\")\w*|\brecogni[sz]ed\s+(?:the\s+)?(?:independence|\w+\s+republics?|[\"“])|\bpogratulowa\w*|\bcongratulat\w*|\bwybór\b|\bwybran[ya]\b|\bre-?elected\b|"
                       r"\bappointed\b|\bmianowa\w*|\bwelcomed\s+(?:the\s+)?(?:\w+\s+)?(?:outcome|decision|result|agreement|move|news|step|"
                       r"announcement|ceasefire|proposal)s?\b|\bz\s+(?:zadowoleniem|uznaniem|satysfakcją)\s+przyj\w*|\boświadczy\w*|\bzażąda\w*|\bdemand(?:ed|s)\b|\bpowiedzia\w*|\bstwierdzi\w*|\bzaproponowa\w*|\bproposed\b|\bsuggested\b|\boświadczeni\w*|\boznajmi\w*|\bzapowiedzia\w*|\bzadeklarowa\w*|\b(?:przedstawi|zaj|wyrazi|podtrzyma|prezentowa|potwierdzi)\w*\s+(?:\S+\s+){0,2}?stanowisk\w*|"
                       r"\bstanowisk\w*\s+(?:rządu|MSZ|w\s+sprawie)|"
                       r"\bwezwa\w*|\bapelowa\w*|\bzaapelowa\w*|\bpotępi\w*|\bskrytykowa\w*|\bkrytyk\w*|\bostrzeg\w*|"
                       r"\bostrzeże\w*|\bwyrazi\w*\s+(?:\S+\s+){0,2}?(?:nadziej|zaniepokojeni|poparci|sprzeciw|protest|ubolewani)\w*|"
                       r"\bmianowa\w*|\bpowoła\w*\s+na|\bnominowa\w*|\bodwoła\w*|\bgłosowa\w*|\bwstrzyma\w*\s+się|"
                       r"\bpowstrzyma\w*\s+się|\brezolucj\w*|\bprośb\w*|\bwniosk\w*|\bwnios\w+|\bwyszł\w*\s+z\s+inicjatyw\w*|"
                       r"\bRad\w*\s+Bezpieczeństwa\s+ONZ|" + _UN_SC + r"|\bsaid\b|\bstated\b|\bstatement\w*|"
                       r"\bdeclared\b|\bannounced\b|\bappointed\b|\bappointment\b|\bcondemn\w*|\bcriticis\w*|\bcriticiz\w*|"
                       r"\bwarned\b|\burged\b|\bcalled\s+for\b|\bcalled\s+on\s+(?:\S+\s+){0,5}?to\b|\bvoted\b|\bposition\s+(?:on|that)\b|\bexpressed\s+(?:hope|concern|support)|"
                       r"\bprotest\w*|\bregrett?\w*|\btold\s+reporters|\bsprzeciw\w*|\bubolewa\w*|\bzaprotestowa\w*|"
                       r"\bzablokowa\w*|\bblocked\b|\bvetoed\b|\bdenied\b|\bzaprzeczy\w*|\bdementowa\w*|"
                       r"\bargued\s+(?:for|against)\b|\b(?:published|opublikowa\w*)\s+(?:\S+\s+){0,4}?(?:list|statement|report|"
                       r"communiqu|list\w*|oświadczeni|raport|komunikat)\w*|"
                       r"\braised\s+(?:the\s+)?(?:\w+\s+)?(?:question|issue|matter)|\btold\s+the\b|\bpodnió\w*\s+kwesti\w*|"
                       r"\bporuszy\w*\s+(?:kwesti|spraw|temat)\w*|\bdeclined\s+to\b|\bodmówi\w*|"
                       r"\bogłosi\w*|\bogłasza\w*|\bunveil\w*|\breshuffl\w*|\brekonstrukcj\w*\s+rządu|"
                       r"\bskład\w*\s+(?:nowego\s+)?(?:gabinetu|rządu)|\bnew\s+cabinet|\bwpisa\w*\s+do\s+konstytucji|"
                       r"\bconstitution\w*|\bkonstytucj\w*|\bsanctions?\b|\bsankcj\w*|\bnałoży\w*|\bimposed\b|"
                       r"\bexpel\w*|\bwydali\w*|\b(?:barred|banned)\b|\bentry\s+ban|\bzakaz\w*\s+wjazdu|\bzakaza\w*\s+(?:\S+\s+){0,4}?wjazdu|"
                       r"\bapproved\b|\bpledged\b|\bvow(?:s|ed)?\b|\bzatwierdzi\w*|\bprzyzna\w*\s+(?:\S+\s+){0,3}?pomoc\w*", _I)
# Messages sent or exchanged: positions put in writing (GOLD 2.5 statement), however high their senders
MESSAGES = re.compile(r"\bexchanged\s+(?:\w+\s+){0,2}?(?:messages|letters|greetings|telegrams)\b|"
                      r"\bwymieni\w*\s+(?:się\s+)?(?:\w+\s+){0,2}?(?:depesz|list|posłani|telegram|życzeni)\w*|"
                      # one sent: 'sent Putin a message of condolence', 'wysłał Putinowi depeszę kondolencyjną'
                      r"\b(?:sent|sends|wysła\w*|przesła\w*|wysyła\w*)\s+(?:[\w-]+\s+){0,3}?(?:a\s+)?(?:messages?|letters?|greetings?|"
                      r"telegrams?|condolences|depesz\w*|list(?:y|u|em)?|posłani\w*|telegram\w*|kondolencj\w*|życzeni\w*)\b", _I)
STATEMENT_STRONG = re.compile(r"\bmianowa\w*|(?<!,\s)\bappointed\b|\bkonferencj\w*\s+prasow\w*|\b(?:press|news)\s+conference|"
                              r"\b(?:re-?elected|elected\s+\S+\s+(?:\S+\s+)?as)\b|\bponownie\s+wybra\w*|\bwybra\w*\s+(?:\S+\s+){0,2}?na\s+"
                              r"(?:premiera|prezydenta|przewodnicz\w*|marszał\w*|spiker\w*|szefa\s+(?:rządu|państwa|partii))|"
                              # a government paper laid before the cabinet: 'presented the annual Bluebook to the cabinet'
                              r"\b(?:presented|submitted)\s+(?:\S+\s+){0,5}?(?:report|bluebook|white\s+paper|strategy|doctrine)\b|"
                              r"\bprzedstawi\w*\s+(?:\S+\s+){0,4}?(?:raport|sprawozdani|strategi|doktryn|błękitn\w*\s+księg)\w*|"
                              # a post given: 'powierzył … tekę ministra', 'was named party chairman'
                              r"\bpowierzy\w*\s+(?:\S+\s+){0,10}?(?:tek\w*|stanowisk\w*|funkcj\w*)|"
                              # 'powołał w piątek deputowanego … na przewodniczącego komitetu', 'named X as the new envoy'
                              r"\bpowoła\w*\s+(?:\S+\s+){0,8}?na\s+(?:stanowisk|przewodnicząc|szef|funkcj|ministr|ambasador|"
                              r"wicemin|dyrektor|prezes|sekretarz|pełnomocnik)\w*|\bnamed\s+(?:\S+\s+){1,4}?as\s+(?:the\s+|its\s+)?"
                              r"(?:new\s+)?(?:minister|ambassador|envoy|chair\w*|head|director|secretary|representative)\b|"
                              r"\b(?:was|were)\s+(?:named|made)\s+(?:\S+\s+){0,2}?(?:chairman|chair|president|leader|secretary|minister)|"
                              r"\b(?:Diplomatic\s+)?Bluebook|\bBlue\s+Book|\b[Ww]hite\s+[Pp]aper|\bNiebiesk\w+\s+Ksi\w+|"
                              r"\bBiał\w+\s+Ksi\w+|\boskarży\w*|\baccused\b|\bRad\w*\s+Bezpieczeństwa\s+ONZ|" + _UN_SC + r"|"
                              r"\bkrytyk\w*|\bpowstrzyma\w*\s+się|\bcriticis\w*|\bcondemn\w*", _I)
OFFER = re.compile(r"\boffer(?:s|ed)?\b|\bpropos(?:es|ed|al)\b|\bzaproponowa\w*|\bpropozycj\w*|\bproponuje\b", _I)
# what a missile or drone did where it came down: 'one missile … landed in a field', 'pocisk spadł'
MISSILE_LANDS = re.compile(r"\b(?:missiles?|rockets?|drones?|shells?|pocisk\w*|rakiet\w*|dron\w*)\s+(?:\S+\s+){0,8}?"
                           r"(?:landed|fell|crashed|hit|struck|exploded|spadł\w*|uderzył\w*|trafił\w*|eksplodował\w*)\b", _I)
# 'wywiad' is also intelligence ('Służba Wywiadowcza', 'ustalenia wywiadu'): only an interview given counts
PRESS = re.compile(r"\b(?:press|news)\s+conference|\bkonferencj\w*\s+prasow\w*|\binterview\w*|"
                   r"\b(?:udziel\w*|w|we|podczas)\s+(?:\w+\s+){0,2}?wywiad(?:u|zie|zi)?\b|\bwywiad\w*\s+(?:dla|z)\s|"
                   r"\bbriefing\w*", _I)
REMOTE = re.compile(r"\btelefon\w*|\bphoned\b|\b(?:by|przez)\s+tel\.|\btelephon\w*|\bwideokonferencj\w*|\btelekonferencj\w*|\bzdaln\w*|\bskontaktowa\w*|"
                    r"\bvideo[- ]?(?:call|conference|link)\w*|\bby\s+(?:tele)?phone\b|\bphone\s+(?:call|conversation|talks)|\bspoke\s+by\s+phone|"
                    r"\bonline\s+(?:meeting|talks|call)|\bvirtual\s+(?:meeting|talks|summit)", _I)
ONWARD = re.compile(r"\b(?:następnie|potem|później|po\s+czym|nazajutrz|następnego\s+dnia|po\s+południu|wieczorem|"
                    r"stamtąd|then|later|afterwards|the\s+following\s+day|in\s+the\s+(?:afternoon|evening)|"
                    r"went\s+on|moved\s+on|from\s+there)\b", _I)
# A shipment or delivery arriving is 'other' (GOLD 2.5): nobody is received, nothing is said.
DELIVERY = re.compile(r"\bdostaw\w*|\bdostarcz\w*|\bprzesyłk\w*|\bładun\w*|\btransport\w*\s+(?:\w+\s+){0,2}?"
                      r"(?:zboża|pszenicy|pomocy|ropy|węgla|nawozów)|\bshipments?\b|\bdeliver(?:y|ies|ed)\b|\bcargo\b|"
                      r"\bconsignments?\b|\btankers?\b|\bzawinął\w*|\bzawinęł\w*|\bwyładowa\w*|\bunloaded\b|"
                      # goods by rail: 'a freight train with Russian coal', 'pociąg towarowy z węglem'
                      r"\b(?:freight|cargo|goods)\s+trains?\b|\bpociąg\w*\s+towarow\w*|\bskład\w*\s+towarow\w*|"
                      # a vehicle carrying goods or animals: 'a train carrying thirty horses', 'statek z nawozami'
                      r"\b(?:trains?|ships?|vessels?|trucks?|lorr(?:y|ies)|planes?|aircraft)\s+(?:carrying|loaded\s+with|laden\s+with)\b|"
                      r"\b(?:pociąg|statek|statk|ciężarówk|samolot)\w*\s+(?:\S+\s+)?(?:przewożąc|wiozą|załadowan)\w*", _I)
# People on a trip, as opposed to goods arriving.
PEOPLE_TRAVEL = re.compile(r"\bwizyt\w*|\bodwiedzi\w*|\bdelegacj\w*|\bvisit(?!ors?\b)\w*|\bdelegations?\b|\btour(?:ed|s)?\b|"
                           r"\bminist\w*|\bambasador\w*|\bambassador\w*|\bprezydent\w*|\bpresident\b|\bpremier\w*", _I)
# Gifts handed over are ceremonies, not deliveries.
# ('wheat donated under the programme was unloaded': goods so described arrive; no one hands them over)
HANDOVER = re.compile(r"\bhand(?:ed|s|ing)?\s+over|\bhanded\b|\bhandover\b|\bdonat(?!\w*\s+(?:under|as|by|through)\b)\w*|" + _GIFT_GIVEN +
                      r"|\bprzekazani\w*|\bwręcz\w*|\bpodarowa\w*|"
                      r"\bgrant\b|\bgrassroots\b", _I)
# A United Nations organ acting: its votes and sessions are positions taken (GOLD 2.5 statement).
UN_BODY = re.compile(r"\bRad\w*\s+(?:Bezpieczeństwa" + NATIONAL_COUNCIL + r"|Praw\s+Człowieka)|\bZgromadzeni\w*\s+Ogóln\w*|"
                     + _UN_SC + r"|"
                     r"\bGeneral\s+Assembly|\bHuman\s+Rights\s+Council|\bTrzeci\w*\s+Komitet\w*|\bThird\s+Committee|\bsanctions\s+committee|\bkomitet\w*\s+sankcyjn\w*|"
                     r"\bcommittee\s+on\s+(?:North\s+Korean\s+)?sanctions", _I)
# A leader sworn in is a ceremony, however many leaders attend it.
INAUGURATION = re.compile(r"\bsworn\s+in\b|\bswearing[- ]in\b|\binaugurat(?:ed|ion)\s+(?:as\s+)?(?:\w+\s+){0,2}?"
                          r"(?:president|prime\s+minister)|\bzaprzysiężon\w*|\bzaprzysiężeni\w*|\bzaprzysięg\w*|"
                          r"\bzłożył\w*\s+przysięg\w*|\btook\s+the\s+oath", _I)
# Summoning an ambassador is a meeting at the summoner's foreign ministry, whatever was said there.
SUMMONED = re.compile(SUMMONING + r"|\bwezwan\w*\s+(?:\S+\s+){0,3}?(?:do\s+)?(?:MSZ|ministerstw\w*)|"
                      # the envoy first, in the passive: 'Japan's ambassador was called to the Russian Foreign Ministry'
                      r"\b(?:ambassador|envoy|chargé)\b[^.;]{0,40}?\b(?:was|were)\s+(?:called|summoned)\s+(?:in\s+)?to\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:foreign\s+ministry|ministry|MFA|foreign\s+office)", _I)
# A decree, an order or a law signed or passed: 'signed a government decree ending the exchanges'
DECREE = re.compile(r"\b(?:signed|issued|passed|adopted|podpisa\w*|wyda\w*|uchwali\w*|przyję\w*)\s+(?:\S+\s+){0,3}?"
                    r"(?:decree|executive\s+order|law\b|dekret\w*|rozporządzeni\w*|ustaw\w*|zarządzeni\w*)", _I)
# People held or sent away: neither a statement nor a meeting (GOLD 2.5 other). 'Wezwano ambasadora w
# sprawie zatrzymania' is the summons (SUMMONED comes first); 'uwolnienia zatrzymanych' asks for a release.
DETAINED = re.compile(r"\b(?:detain(?:s|ed)|arrest(?:s|ed)|zatrzyma(?:ł|ła|li|ły|no)\b(?!\s+się)|aresztowa(?:ł|ła|li|ły|no)|"
                      r"declared\s+(?:\S+\s+){0,4}?persona\s+non\s+grata|uzna\w*\s+(?:\S+\s+){0,3}?za\s+persona\s+non\s+grata|"
                      r"expelled|ordered\s+(?:\S+\s+){1,6}?to\s+leave|ordered\s+(?:him|her|them|\S+\s+\S+)\s+out\b|nakaza\w*\s+(?:\S+\s+){1,6}?opu(?:ścić|szczenie)|"
                      r"wydali(?:ł|ła|li|ły)\s+(?:\S+\s+){0,3}?(?:dyplomat|konsul|attaché|pracownik)\w*)", _I)
_FREED = re.compile(r"\b(?:release|releasing|freed|free|frees|return\w*|uwolni\w*|zwolni\w*|powrót|of\s+the)\s+(?:\S+\s+){0,2}$", _I)
# missile and rocket families, named without the word 'missile'
_MISSILE_NAMES = (r"Hwasong|Hwasal|Pukguksong|Musudan|Nodong|Taepodong|Chollima|Iskander|Kinzhal|Kalibr|Oreshnik|"
                  r"Zircon|Cyrkon|Chunmoo|Hyunmoo")
MILITARY = re.compile(r"\b(?:launch(?:ed|es)|fire[sd]|test-fire[sd])\s+(?:\S+\s+){0,4}?(?:missile|rocket|projectile|shell)s?\b|\banektowa\w*|\bannex(?:ed|ation)\b|\bseized\b|\bretak(?:en|e|es)\b|\bretook\b|\brecaptur\w*|"
                      r"\bodbi(?:ł|ła|li|ły)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|\bzestrzel\w*|\bshot\s+down\b|\bzaj(?:ął|ęła|ęli|ęły)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|"
                      r"\b(?:missile|rocket)s?\s+(?:\S+\s+){0,2}?(?:launched|fired|(?:lift|blast)(?:s|ed)?[\s-]+off)|\bviolat\w+\s+(?:\S+\s+){0,2}?airspace|"
                      r"\bnaruszy\w*\s+(?:\S+\s+){0,2}?przestrze\w*\s+powietrzn\w*|\bwlecia\w*\s+(?:\S+\s+){0,3}?przestrze\w*\s+powietrzn\w*|"
                      r"\b(?:entered|intruded\s+into)\s+(?:\S+\s+){0,2}?airspace|\bmyśliwc\w*|\bfighter\s+jets?\b|\bscrambled\b|\bflares\b|"
                      r"\bdron\w*|\bzaatakowa\w*|\batak(?:u|iem|i|ów|ach|ami|om)?\b|\bostrzela\w*|\bostrzał\w*|\bzbombardowa\w*|\bnalot\w*|\bdrones?\b|"
                      r"\battack(?:ed|s)?\b|\bair\s*strikes?|\bshelled\b|\bbombed\b|"
                      r"\bwojsk(?:a|o|om|ami|ach)?\b|\bżołnierz\w*|\brakiet\w*|\bpocisk\w*|\bamunicj\w*|\bmanewr\w*|"
                      r"\bćwiczeni\w*\s+(?:wojskow|powietrzn|morsk|militarn)\w*|\bćwiczeni\w*\s+(?:\S+\s+){0,2}?(?:flot|armii|wojsk|marynark|lotnictw)\w*|\bostrzał\w*|\bbombowc\w*|\bokręt\w*|"
                      r"\btroops\b|\bsoldiers\b|\bcaptured\b|\bpojman\w*|\bmissiles?\b|\bmunitions\b|\bammunition\b|\bweapons?\b|\bdrills?\b|"
                      r"\bmanoeuvr\w*|\bmaneuv\w*|\bmarines\b|\bartillery\b|\blaunchers?\b|\bwyrzutni\w*|\bwyrzutn[iey]\b|\bwar\s*games?\b|\bartyleri\w*|\bpiechot\w*\s+morsk\w*|"
                      r"\bfiring\s+ranges?\b|\bpoligon\w*|"
                      r"\boddzia\w+\s+(?:\w+\s+)?(?:KRLD|wojsk\w*|armii|północnokoreańsk\w*|rosyjsk\w*)|\bprzerzuc\w*|"
                      r"\bbattalions?\b|\bbatalion\w*|\bstruck\b|\bair\s+raids?\b|"
                      r"\bmilitary\s+exercises?\b|\bdeploy\w*|\bshelling\b|\bwarships?\b|\bbombers?\b|"
                      r"\bnaval\s+(?:vessels|ships|forces|drills?|exercises?|patrols?)\b|\bflotill\w*|"
                      r"\bjoint\s+(?:naval\s+|air\s+|bomber\s+)?patrols?\b|\bwspóln\w*\s+patrol\w*|"
                      r"\bwysadzi\w*|\bwysadzon\w*|\bblew\s+up\b|\bblown\s+up\b|\bdemolish\w*|"
                      # missile and rocket families named alone: 'a Pukguksong-3 was fired'
                      rf"\b(?-i:{_MISSILE_NAMES})\w*|\bKN-\d+", _I)
# Missiles fired, airspace violated, a nuclear test: military whatever else the entry says.
# a ship or an aircraft lost, its cause untold
_LOST = re.compile(r"\b(?:sank|sunk|capsized|ran\s+aground|broke\s+in\s+two|zaton(?:ął|ęła|ęło|ęły)|wywróci(?:ł|ła|ło)\s+się|"
                   r"przełama(?:ł|ła|ło)\s+się|rozbi(?:ł|ła|ło)\s+się|crashed)\b", _I)
_FIRED = re.compile(r"\b(?:launched|fired|test-fired|wystrzeli(?:ła|ł|li|ły|ło))\b", _I)
MILITARY_STRONG = re.compile(r"\b(?:launch(?:ed|es)|fire[sd]|test-fire[sd])\s+(?:\S+\s+){0,4}?(?:missile|rocket|projectile)s?\b|"
                             # a named missile's launch: 'Another Musudan launch near Kusong failed'
                             rf"\b(?-i:{_MISSILE_NAMES})\S*\s+(?:launch|test)\w*|"
                             rf"\b(?:launched|fired|test-fired|wystrzeli\w*)\s+(?:\S+\s+){{0,3}}?(?-i:{_MISSILE_NAMES}|KN-)\S*|"
                             r"\b(?:missile|rocket|ICBM|SLBM|IRBM)s?,?\s+(?:\S+\s+){0,5}?(?:launched|fired)\b|\bviolat\w+\s+(?:\S+\s+){0,2}?airspace|"
                             r"\btest(?:s|ed|ing)?\s+(?:of\s+)?(?:\S+\s+){0,4}?(?:missile|rocket)s?\b|"
                             r"\bpróbn\w+\s+(?:\S+\s+){0,3}?(?:pocisk|rakiet)\w*|\btest\w*\s+(?:\S+\s+){0,3}?(?:pocisk|rakiet)\w*|"
                             r"\bnuclear\s+test|\bwystrzeli\w*\s+(?:\S+\s+){0,5}?(?:pocisk|rakiet)\w*|\b(?:prób|test)\w*\s+jądrow\w*", _I)
# A rocket that carries a satellite: 'put a reconnaissance satellite into orbit', 'wystrzeliła satelitę'
_SPACE_LAUNCH = re.compile(r"\b(?:satellit|satelit)\w*(?=[^.;]{0,120}?\b(?:orbit|launch|lift|rocket|plung|fail|crash|wystrzel|"
                          r"rakiet|start|umieści|awari))|"
                          r"\b(?:launch|lift|rocket|wystrzel|rakiet|start|umieści)\w*[^.;]{0,120}?\b(?:satellit|satelit)\w*|"
                          r"\b(?:into|in)\s+orbit\b|\bna\s+orbit\w*|"
                          # a rocket that leaves a spaceport: 'wystartuje z kosmodromu Naro', 'lifted off from Vostochny'
                          r"\b(?:launch|lift|rocket|wystrzel|wystart|start|rakiet)\w*[^.;]{0,80}?\b(?:kosmodrom\w*|cosmodrome|spaceport|"
                          r"space\s+(?:center|centre|port))", _I)
SATELLITE_LAUNCH = "a satellite launch"
REPORTER_REACH = 90   # characters: a speaker and a title, then the verb of saying
_NORTH_KOREA = re.compile(r"\bKRLD\b|\bNorth\s+Korea|\bPyongyang\b|\bPjongjang\w*|\bKore\w*\s+Północn\w*|\bpółnocnokoreańsk\w*|"
                          r"\bSohae\b|\bTonghae\b|\bChollima\b|\bUnha\b|\bKwangmyongsong\b|\bMalligyong\b", _I)
# An ambassador received by a host official, calling on one, or presenting credentials, meets where he
# is posted (GOLD 2.5 meeting), whatever the rest of the entry says of travel.
_ADVISORY = re.compile(_ADVISORY_WORDS, _I)
# a guest received at a named place by a host (an envoy received where he is posted is a meeting, above)
_RECEIVED_THERE = re.compile(r"\b(?:was|were)\s+received\s+(?:on\s+\w+\s+)?(?:in|at)\s+(?-i:[A-Z])[\w'’-]+\s+by\b|"
                             r"\bzosta(?:ł|ła|li|ły)\s+przyję(?:ty|ta|ci|te)\s+w\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+\s+przez\b", _I)
_ENVOY_WORD = re.compile(r"\b(?:ambassador|envoy|consul|chargé|ambasador\w*|konsul\w*|posł\w*)\b", _I)
AMBASSADOR_CALL = re.compile(
    r"\b(?:ambassador|envoy|ambasador\w*)\b[^.;]{0,80}?\b(?:(?:was|were)\s+(?:received|called\s+in|summoned)\s+(?:on\s+(?:\w+\s+){1,2}?)?(?:at\s+[^.;,]{3,40}?\s+)?by|called\s+on\s+(?:the\s+)?(?-i:[A-Z])|"
    r"paid\s+a\s+courtesy\s+call|present\w*\s+(?:\S+\s+)?credentials|został\w*\s+przyję\w*\s+(?:\S+\s+){0,5}?przez|"
    r"złożył\w*\s+(?:\S+\s+){0,3}?list\w*\s+uwierzytelniając\w*|złożył\w*\s+(?:pożegnaln\w*\s+)?wizyt\w*\s+(?:kurtuazyjn\w*|pożegnaln\w*|u)\b|"
    # a call paid to an official, who stands in the dative: 'złożył wizytę pierwszemu wicepremierowi'
    r"złożył\w*\s+wizyt\w*\s+(?:\S+\s+){0,1}?(?:minist|wicemin|premier|wicepremier|prezydent|gubernator|merowi|"
    r"burmistrz|przewodnicząc|szef)\w*(?:owi|emu)\b|"
    r"złożył\w*\s+pożegnaln\w*\s+wizyt\w*)|"
    r"\b(?:przyj(?:ął|ęła|ęli|ęły|muje)|przyjmowa\w*|received|summoned|called\s+in|wezwa(?:ł|ła|li|ły))\s+(?:\S+\s+){0,3}?(?:ambasador\w*|ambassadors?|envoy)\b|"
    r"\b(?:ambasador\w*|ambassador)\b[^.;]{0,60}?\bprzyj(?:ął|ęła|ęli|ęły)\b", _I)
LECTURE = re.compile(r"\bwykład\w*|\blectur\w*|\bprelekcj\w*|\bodczyt\w*", _I)
# An address to a body of listeners, in person or by video (GOLD 2.5 statement)
# a sentence that opens on the gathering and goes on to what someone announced there
SPOKE_AT = re.compile(r"\s*(?:in\s+(?:a|his|her)\s+speech\s+)?(?:at|na)\s+(?:a|an|the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:symposium|conference|forum|seminar|rally|sympozj\w*|konferencj\w*|forum|seminari\w*|" + _RALLY_PL + r")\b"
                      r"[^.;]{0,80}?\b(?P<verb>announced|pledged|promised|said|declared|zapowiedzia\w*|ogłosi\w*|"
                      r"obieca\w*|oświadczy\w*|zadeklarowa\w*)\b", _I)
ADDRESS = re.compile(r"\b(?:spoke|speaks|speaking|addressed|przemawia\w*|przemówi\w*|wystąpi\w*)\b[^.;]{0,40}?\b(?:to|before|przed)\s+"
                     r"(?:\S+\s+){0,4}?(?:members|lawmakers|legislators|parliament\w*|deputies|senators|students|audience|"
                     r"reporters|journalists|press|"
                     r"posł\w*|deputowan\w*|parlament\w*|senator\w*|studen\w*|publiczno\w*|dziennikarz\w*)\b", _I)
# a gathering told something: 'told a G20 foreign ministers' meeting in Rio that …', 'told the rally'
TOLD_GATHERING = re.compile(r"\btold\s+(?:a|an|the|this|its)\s+(?:\S+\s+){0,5}?(?:meeting|conference|session|forum|"
                            r"rally|assembly|gathering|plenary)\b|\b(?:told|briefed)\s+(?:\S+\s+){0,2}?(?:lawmakers|legislators|"
                            r"MPs|deputies|senators|parliament\w*)\b", _I)
# Speaking to an audience, at whatever occasion, is taking a position (GOLD 2.5 statement).
SPEECH = re.compile(r"\bwystąpi\w*\s+(?:\S+\s+){0,3}?na\s+(?:otwarciu|posiedzeniu|sesji|forum|plenarn\w*|konferencji)|"
                    r"\bprzemawia\w*|\bprzemówi\w*|\bwygłosi\w*|\bdelivered\s+(?:a|an|his|her)\s+(?:\w+\s+)?(?:speech|address|lecture)|"
                    r"\bgave\s+(?:a|an)\s+(?:\w+\s+)?(?:speech|address|lecture)|\baddressed\s+the\b|"
                    r"\btold\s+(?:the\s+)?(?:\S+\s+){0,12}?that\b", _I)
# Troops arriving or deployed, and weapons delivered or received, are military (GOLD 2.5), not a
# visit or a shipment.
# (not men named by where they were sent: 'medals for the commanders of the units sent to Kursk')
TROOPS_MOVE = re.compile(r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bto\sthe\s)\b(?:troops|soldiers|units|forces|servicemen|warships?|bombers?|żołnierz\w*|wojsk(?:a|o)\b|"
                         r"oddział\w*|okręt\w*|bombowc\w*|destroyers?|frigates?|niszczyciel\w*|fregat\w*|(?:navy|naval)\s+(?:ships|vessels))\b"
                         r"[^.;]{0,40}?\b(?:arriv\w*|deploy\w*|sent|moved|"
                         r"redeployed|crossed|entered|sailed|transited|passed\s+through|invaded|przyby\w*|dotar\w*|rozmieszcz\w*|"
                         r"przerzuc\w*|wysła\w*|skierowa\w*|wkroczy\w*|przepłynęł\w*|przepłynął|wpłynęł\w*|wpłynął)", _I)
# A warship's call is a move of armed forces, not a shipment: 'niszczyciel zawinął do Wonsanu'
WARSHIP = re.compile(r"\b(?:niszczyciel\w*|okręt\w*|fregat\w*|krążownik\w*|korwet\w*|warships?|destroyers?|"
                     r"frigates?|cruisers?|corvettes?|submarines?)\b", _I)
PORT_CALL = re.compile(r"\bzawin\w*|\bwpłyn\w*|\bprzypłyn\w*|\bcall(?:ed|s)?\s+at\b|\bport\s+call|\barriv\w*|"
                       r"\bdocked\b|\bvisit(?!ors?\b)\w*", _I)
SHIP = re.compile(r"\b(?:żaglow\w*|statk\w*\s+szkoln\w*|training\s+ship|sail(?:ing)?\s+ship|tall\s+ship)\b", _I)
GOODWILL_CALL = re.compile(r"\b(?:goodwill|friendly|courtesy)\s+(?:call|visit|port\s+call)|\bprzyjacielsk\w*\s+wizyt\w*|"
                           r"\bkurtuazyjn\w*\s+wizyt\w*|\bdzień\s+otwarty|\bopen\s+(?:ship|deck|day)\b|"
                           r"\bcumował\w*|\bmoored\b", _I)
_WEAPONS = (r"(?:shells|missiles|weapons|ammunition|munitions|artillery|rockets|drones|rifles|"
            r"guns|tanks|howitzers|launchers|pocisk\w*|amunicj\w*|broni\b|broń\b|rakiet\w*|dron\w*|uzbrojeni\w*|"
            r"karabin\w*|czołg\w*|haubic\w*|wyrzutni\w*)\b(?!\s+(?:detection|detectors?|wykrywa\w*|obrony))")
ARMS = re.compile(r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bnie\s)\b(?:received|delivered|supplied|sent|shipped|transferred|handed\s+over|carried|dostarczy\w*|przekaza\w*|"
                  r"otrzyma\w*|wysła\w*|przewi(?:ozł|eźl|ezi)\w*|przetransportowa\w*)(?:\s+(?!(?:to|for|about|on|do|w|na|o|delegac\w*|delegation|envoy|wysłannik\w*)\b)"
                  r"[\w,-]+){0,5}?\s+" + _WEAPONS, _I)
# a trip told of as coming: '…, że Kim "w najbliższych dniach złoży oficjalną wizytę w Rosji"' is the
# trip (GOLD 2.4), not the telling
_TRIP_AHEAD = re.compile(r"\bzłoż(?:y|ą)\s+(?:\w+\s+){0,2}?wizyt\w*|\bodwiedz(?:i|ą)\b|\bwill\s+(?:pay\s+(?:\w+\s+){0,2}?)?visit", _I)
# a person shot or killed: 'został postrzelony podczas wiecu', 'was assassinated'
_VIOLENCE = re.compile(r"\bzamach\w*\s+na\s+(?:\S+\s+){0,3}?(?:premier|prezydent|polityk|minist)\w*|\bpostrzel\w*|"
                       r"\bzastrzel\w*|\bzamordowa\w*|\bassassinat\w*|\bwas\s+shot\b|\bshot\s+dead\b|\bgunned\s+down\b", _I)
# a sentence that opens on another happening of the same day
_OTHER_OPENER = re.compile(r"\s*(?:Tego\s+(?:samego\s+)?dnia|W\s+tym\s+samym\s+dniu|(?:On\s+|Later\s+)?(?:the|that)\s+same\s+day|"
                           r"Later\s+that\s+day|Separately|Meanwhile|Tymczasem)\b", _I)
# weapons or units put in place: 'rozmieszczono dywizjon', 'placed on combat duty'
# (or a unit that has taken its post: 'na wyspie Matua stanął dywizjon systemu Bastion')
_DEPLOYED = re.compile(r"\b(?:rozmieszcz\w*|rozmieści\w*|deployed|stationed|stan(?:ął|ęła|ęli|ęły)\s+(?:\S+\s+){0,2}?"
                       r"(?:dywizjon|batalion|pułk|brygad|wyrzutni)\w*|(?:placed|put)\s+on\s+(?:combat\s+)?(?:duty|alert)|"
                       r"combat\s+duty|dyżur\w*\s+bojow\w*)\b", _I)
# a place named in the text's own words: 'w Seulu', 'na wyspie Paramuszyr', 'on Iturup'
_LOCATIVE = re.compile(r"\b(?i:w|we|na|in|on|at|near|off)\s+(?:(?i:wyspie|the)\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w")
_SETTING = re.compile(r"\b(?:podczas|w\s+trakcie|w\s+ramach|przy\s+okazji|na\s+marginesie|during|"
                      r"(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of)\s+(?:\S+\s+){0,4}", _I)

MEETING_STRONG = re.compile(r"\bcalled\s+on\s+(?:the\s+)?(?-i:[A-Z])|"
                            # 'called at the Gaimusho on 4/3 on Senior Vice-Minister Fukuyama', 'called on 16/3 on Hryshchenko'
                            r"\bcalled\s+(?:at\s+(?:the\s+)?(?-i:[A-Z])[\w-]*\s+)?on\s+[\d./]+\s+on\s+(?:the\s+)?(?:\w+\s+)?(?-i:[A-Z])|\bpaid\s+a\s+courtesy\s+call|\bcredentials\b|\bletters?\s+of\s+credence\b|"
                            r"\blist\w*\s+uwierzytelniając\w*|\bhost\w*\s+(?:\S+\s+){0,3}?ministers\b|\bspotka\w*\s+się\s+(?:(?:w|we|na)\s+(?:\S+\s+){1,2}?)?z\b|\bspotkani\w*\s+z\b|\bodby\w*\s+spotkani\w*|\brozmawia\w*\s+z|"
                            r"\bskontaktowa\w*|\brozmow\w*\s+telefoniczn\w*|\bmet\s+(?:with\s+)?(?-i:[A-Z])|"
                            r"\bmet\s+(?:with\s+)?(?:his|her|their|the)\s+(?:\w+\s+){0,2}?(?:counterparts?|colleagues?|ministers?|"
                            r"president|prime\s+minister|ambassadors?|envoys?|leaders?|delegations?)\b|\bmet\s+(?:in|at)\s+(?-i:[A-Z])|\bheld\s+talks|"
                            # people met where they are: 'met both soldiers in Kyiv', 'met families of the abductees'
                            r"\bmet\s+(?:with\s+)?(?:\w+\s+){0,3}?(?:soldiers|prisoners|POWs|families|residents|veterans|survivors|"
                            r"students|evacuees|refugees)\b|"
                            r"\bheld\s+(?:their|his|her|a|an|the)\s+(?:\w+\s+){0,2}?(?:meeting|round\s+of\s+talks)\b|\bomówil[iy]\b|"
                            r"\bphone\s+call|\btalked\s+(?:by\s+phone\s+)?with|"
                            # a meeting of ministers, whatever its verb: 'uczestniczył w spotkaniu ministerialnym',
                            # the ASEAN Regional Forum (written 'ARF' by classify, so its 'Forum' is no fair)
                            r"\b(?:spotkani|posiedzeni)\w*\s+ministerialn\w*|\bministerialn\w*\s+(?:spotkani|posiedzeni)\w*|"
                            r"\bministerial\s+meeting|\bARF\b", _I)
# the ASEAN Regional Forum is a meeting of foreign ministers, not a forum in the sense of GOLD 2.5
_REGIONAL_FORUM = re.compile(r"\bASEAN\s+Regional\s+Forum|\bRegionaln\w*\s+Forum\w*\s+ASEAN\b|\bForum\w*\s+Regionaln\w*\s+ASEAN\b", _I)
MEETING_WEAK = re.compile(r"\bomówi\w*|\bomówion\w*|\bdiscuss\w*|\bprzyj(?:ął|ęła|ęli|ęły|muje|mują)\b|\bpodejmowa(?:ł|ła|li|ły)\b|"
                          r"\bhosted\b|\bwelcomed\b|\breceived\b", _I)

# a paper adopted is no guest received: 'Strategię … rząd przyjął', 'przyjęła rezolucję'
_PAPER = r"(?:strategi|dokument|rezolucj|ustaw|uchwał|doktryn|budżet|deklaracj|koncepcj)\w*"
ADOPTED = re.compile(r"\b" + _PAPER + r"\b[^.;]{0,70}?\bprzyj(?:ął|ęła|ęli|ęło|ęto)\b|"
                     r"\bprzyj(?:ął|ęła|ęli|ęło|ęto)\s+(?:\S+\s+){0,3}?" + _PAPER + r"\b", _I)

_SANCTION = r"(?:sanction|sankcj|asset\s+freez|zamrożeni\w*\s+aktywów|export\s+ban|zakaz\w*\s+eksportu|export\s+control)\w*"
SANCTIONS_IMPOSED = re.compile(
    r"\b(?:approved|adopted|imposed|expanded|extended|tightened|zatwierdzi\w*|nałoży\w*|rozszerzy\w*|wprowadzi\w*|"
    r"zaostrzy\w*)\b[^.;]{0,60}?\b" + _SANCTION + r"|\badded\s+(?:\S+\s+){0,8}?to\s+(?:its\s+|the\s+)?(?:\S+\s+){0,2}?"
    r"(?:sanctions?|export[- ]ban|blacklist|end[- ]user)\s*list\b|\bdopisa\w*\s+(?:\S+\s+){0,8}?do\s+listy\s+sankcyjn\w*", _I)
_ANNOUNCING = re.compile(r"\b(?:announc\w*|ogłosi\w*|zapowiedzia\w*|zapowiada\w*|said|says|oświadczy\w*|powiedzia\w*)\b", _I)

# (type, pattern, strength): where a stronger and a weaker pattern of one type hit the same
# words, only the stronger counts.
_CUES = (("agreement", AGREEMENT, 3.0), ("summit", SUMMIT, 2.0), ("visit", VISIT, 2.0),
         ("ceremony_forum", CEREMONY_STRONG, 2.0), ("ceremony_forum", CEREMONY, 1.5),
         ("meeting", MEETING_STRONG, 1.5), ("meeting", MEETING_WEAK, 0.5), ("meeting", MEETING, 1.0),
         ("statement", STATEMENT_STRONG, 2.0), ("statement", STATEMENT, 1.5), ("statement", ADOPTED, 2.0),
         ("military", MILITARY_STRONG, 2.0), ("military", MILITARY, 1.5))


def _in_setting(text: str, pos: int) -> bool:
    for m in _SETTING.finditer(text, max(0, pos - 60), pos + 1):
        if m.start() <= pos <= m.end() + 2:
            return True
    return False


# A host receiving a guest: 'Putin przyjął Łukaszenkę', 'hosted', 'welcomed'.
RECEIVE = re.compile(r"\bprzyj(?:ął|ęła|ęli|muje)\b|\bgości(?:ł|ła|li)\b|\breceived\b|\bhosted\b|\bwelcomed\b", _I)


def before_reported(sentence: str) -> str:
    """The sentence up to what it reports: a leader named in what another says ('prezydent w
    przemówieniu odnotowała, że premier Japonii …') is talked about, not met."""
    return THAT_CLAUSE.split(sentence, maxsplit=1)[0]


# the sender of a letter handed over is not at the meeting: 'handed over a letter from President Zelensky'
SENT_BY = re.compile(r"\b(?:letters?|messages?|greetings|list\w*|przesłani\w*|posłani\w*|wiadomoś\w*)\s+(?:\w+\s+){0,2}?"
                      r"(?:from|od)\s+(?:\w+\s+){0,2}?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+){0,2}", _I)


# a newspaper or an agency that reports is the source, not an actor (GOLD 2.3): what it reports is the event
_OUTLET = re.compile(r"\b(?:gazet\w*|dziennik\w*|agencj\w*|portal\w*|telewizj\w*|media|mediów|newspaper|daily|"
                     r"agency|outlet|broadcaster|state\s+TV|(?-i:KCNA|KCTV|TASS|RIA|Interfax|Yonhap|Kyodo|NHK|Jiji|Rodong|"
                     r"Nodong|Asahi|Yomiuri|Nikkei|Izwiestia|Izvestia|Kommiersant|Kommersant))\b", _I)


# drills that began or were held: a happening, whoever announced it and whatever was said of it after
DRILLS_HELD = re.compile(r"\b(?:ćwiczeni\w*|manewr\w*|exercises?|drills?|manoeuvres?|maneuvers?)\b[^.;]{0,40}?"
                         r"\b(?:rozpoczęł\w*|rozpoczął|odbył\w*|odbywaj\w*|began|begun|started|were\s+held|got\s+under\s+way)\b|"
                         r"\b(?:rozpoczęł\w*\s+się|rozpoczęł\w*|rozpoczął|began|begun|started|launched|held|staged|conducted|opened|"
                         r"przeprowadzi\w*)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:ćwiczeni\w*|manewr\w*|exercises?|drills?|manoeuvres?|maneuvers?)\b", _I)



def _reported_by_outlet(headline: str, told: int) -> bool:
    """Whether a newspaper or an agency is who tells, right before the verb ('Gazeta Floty … „Bojewaja
    Wachta” poinformowała, że'), not the outlet an item is credited to ('Gazeta Bałtycka — „…” Rzecznik …')."""
    outlets = list(_OUTLET.finditer(headline, max(0, told - 60), told))
    return bool(outlets) and not re.search(r"[—–:|]", headline[outlets[-1].end():told])


# leaders who only look on, or join by a link, do not meet each other: 'a parade watched by Xi and
# Lukashenko', 'a ceremony the two premiers joined by video link' are the parade and the ceremony
APART = re.compile(r"\bprzez\s+łącz\w*\s+wideo|\bby\s+video(?:\s+link)?\b|\bvia\s+video\b|\bzdaln\w*|\bremotely\b|"
                   r"\boglądal\w*|\bwatched\b|\bz\s+(?:honorowej\s+)?trybuny\b|\bfrom\s+the\s+(?:reviewing\s+)?stand\b", _I)


def leaders_meet(sentence: str) -> bool:
    """Two leaders in one sentence that also speaks of meeting, talks or a forum."""
    heads = LEADER.findall(SENT_BY.sub(" ", before_reported(sentence)))
    # 'the leaders met' counts; 'to carry out the leaders' agreement' names no meeting of them
    # ('what the two leaders had agreed' looks back to another time)
    # ('business and political leaders', 'liderzy biznesu' are an audience, not heads of states)
    plural = re.search(r"(?<!business\s)(?<!business\sand\spolitical\s)(?<!community\s)(?<!religious\s)(?<!industry\s)"
                       r"\b(?:przywódcy|leaders)\b(?!['’])(?!\s+had\s+(?:agreed|decided|promised|signed)\b)", sentence, _I)
    if len(heads) < 2 and not plural or APART.search(sentence):
        return False
    return bool(MEETING.search(sentence) or CEREMONY.search(sentence) or SUMMIT.search(sentence)
                or RECEIVE.search(sentence)
                or re.search(r"\bpodję\w*|\bpostanowi\w*|\bdecyzj\w*|\bdecided|(?<!\bhad\s)\bagreed|\buzgodni\w*", sentence, _I))


# Where a cue word names the subject of talks ('rozmawiał o wystawie światowej Expo', 'talks about
# the exhibition'), it says what was discussed, not what happened.
_TOPIC = re.compile(r"\b(?:o|w\s+sprawie|wobec|dotycząc\w*|dotyczył\w*|na\s+temat|about|concerning|regarding|on\s+the\s+subject\s+of|"
                    r"(?:to\s+)?discuss(?:ed|ing)?|omówi\w*|omawia\w*)"
                    r"\s+(?:\S+\s+){0,2}$", _I)


# ('held talks in Moscow with Morgulov on the Security Council's response': 'on' after talks gives their subject)
_TALKS_ON = re.compile(r"\b(?:talks|consultations|discussions|talked|spoke|conferred)\b[^.;]{0,70}?\bon\s+(?!the\s+(?:sidelines|margins?)\b)"
                       r"(?:\S+\s+){0,2}$", _I)


def _is_topic(text: str, pos: int) -> bool:
    return bool(_TOPIC.search(text[max(0, pos - 40):pos]) or _TALKS_ON.search(text[max(0, pos - 110):pos]))


@dataclass(frozen=True)
class TypeDecision:
    """An event type, how sure, the rule that chose it and the words that cued it."""
    type: str
    confidence: float
    rule: str
    cue: str = ""


def _cue(rx: re.Pattern, text: str) -> str:
    m = rx.search(text)
    return m.group() if m else ""


_ATTRIBUTION = re.compile(r"(?<=\w),\s+(?:(?:the\s+|of\s+)?[A-Z][\w.'’-]*\s+){1,6}(?:(?:state|military|government|"
                          r"news|media|officials?|sources?)\s+){0,2}(?:said|says|told\s+\w+|reported)"
                          r"(?:\s+on\s+\w+)?\s*\.?\s*$"
                          # an office as the source: ', the foreign ministry said.', ', its defence ministry said.'
                          r"|(?<=\w),\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ministry|office|agency|military|"
                          r"government|embassy|presidency|spokes(?:man|woman|person))\s+(?:said|says|reported)"
                          r"(?:\s+on\s+\w+)?\s*\.?\s*$"
                          # or inside the sentence: '…, South Korea's military said, days after …'
                          r"|(?<=\w),\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s+(?:said|says|reported)(?=,)")


@lru_cache(maxsize=8192)
def _cue_matches(text: str) -> tuple[tuple[str, float, float, bool, str], ...]:
    """The cue words of one sentence: type, strength (lowered in a setting or a topic) and words.
    A sentence is weighed again for every event built around it; its cues are read once."""
    out = []
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)   # a word two cues of one type share counts once
    for typ, rx, strength in _CUES:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken[typ]):
                continue
            taken[typ].append((m.start(), m.end()))
            out.append((typ, strength, 0.4 if _in_setting(text, m.start()) else 1.0, _is_topic(text, m.start()), m.group()))
    return tuple(out)


def classify(parts: list[tuple[str, float]], hints: frozenset[str] = frozenset()) -> TypeDecision:
    """The type of an event from its text parts, each with a weight (headline first).

    `hints` come from outside the words: 'visit' (a visited or inviting place), 'summit' (two
    leaders meet here), 'passing' (an event mentioned in passing). Framings decide first, in this order: a phone or video call; a shipment;
    a trip in the headline; an ambassador summoned; a trip in the first sentences, unless the
    headline frames a meeting or an event of its own; a signed treaty; a summit; two leaders
    meeting. Otherwise the cue words, weighted by where they stand, vote.
    """
    # ', President Zelensky said on Saturday.' only tells who says so: the act is what comes before
    parts = [(_REGIONAL_FORUM.sub("ARF", _ATTRIBUTION.sub(".", t)), w) for t, w in parts]
    scores: dict[str, float] = defaultdict(float)
    best_cue: dict[str, tuple[float, str]] = {}
    primary = [t for t, w in parts if w >= 2.0]
    for text, weight in parts:
        for typ, strength, setting, topic, cue in _cue_matches(text):
            w = weight * strength * setting
            if topic:
                w *= 0.3
            scores[typ] += w
            if w > best_cue.get(typ, (0.0, ""))[0]:
                best_cue[typ] = (w, cue)
    primary_text = " ".join(primary)
    headline = parts[0][0] if parts else ""
    if GOODWILL_CALL.search(primary_text) and (WARSHIP.search(headline) or SHIP.search(headline)):
        # a ship's friendly call, with wreaths and an open deck: a visit (GOLD 2.5), not a deployment
        return TypeDecision("visit", 0.75, "a goodwill call by a ship", _cue(GOODWILL_CALL, primary_text))
    told = THAT_TOLD.search(headline)
    # 'Kulik told reporters in Seoul that arms for Ukraine would …': a saying with a place of its own is
    # the event, whatever it tells; an unplaced one that tells of arms moved at a place is that move
    said_at = bool(told and told["conj"] and told.start() <= REPORTER_REACH
                   and _LOCATIVE.search(headline, max(0, told.start() - 35), told.end()))
    if told and told["conj"] and not said_at and (moved := _DEPLOYED.search(headline, told.end())) and \
            _LOCATIVE.search(headline, told.end()):
        # 'announced that S-300V4 systems had been put on combat duty on Iturup': the deployment
        return TypeDecision("military", 0.7, "a deployment announced", moved.group())
    if said_at:
        pass
    elif ARMS.search(headline) or TROOPS_MOVE.search(headline) or (WARSHIP.search(headline) and PORT_CALL.search(headline)):
        return TypeDecision("military", 0.75, "troops moved or weapons handed over",
                            _cue(ARMS, headline) or _cue(TROOPS_MOVE, headline))
    if _SPACE_LAUNCH.search(headline) and not MEETING_STRONG.search(headline) and not UN_BODY.search(headline) and \
            not re.search(r"\bmissile|\bpocisk|\bICBM\b|\bbalistyczn|\bballistic", headline, _I):
        # a satellite sent up, or its rocket failing, is no weapon used (GOLD 2.5 other); North Korea's
        # rockets, banned by the Security Council as missile tests, are read as military
        if any(_NORTH_KOREA.search(t) for t, _w in parts):
            return TypeDecision("military", 0.7, SATELLITE_LAUNCH, _cue(_SPACE_LAUNCH, headline))
        return TypeDecision("other", 0.7, SATELLITE_LAUNCH, _cue(_SPACE_LAUNCH, headline))
    if (fired := MILITARY_STRONG.search(headline)) and not STATEMENT.search(headline) and not SUMMONED.search(primary_text) \
            and not REMOTE.search(headline, 0, fired.start()):
        # ('rozmawiał przez telefon o próbie jądrowej': the call is the event, the test its subject)
        # 'two missiles … were launched at dawn …; Kim watched the launch': the launch, not a ceremony
        return TypeDecision("military", 0.8, "a missile fired", _cue(MILITARY_STRONG, headline))
    if MISSILE_LANDS.search(headline):
        return TypeDecision("military", 0.8, "a missile or drone came down", _cue(MISSILE_LANDS, headline))
    if (lost := _LOST.search(headline)) and not MILITARY.search(headline):
        # 'the corvette broke in two and sank off Baengnyeong Island': an accident, whatever is said of it after
        return TypeDecision("other", 0.7, "a ship or an aircraft lost", lost.group())
    # 'Suga told reporters that Kishida's trip to Russia would go ahead': the act is the telling, when
    # nothing before what is told frames a trip, talks or a gathering
    if told and told["conj"] is None and re.search(r",\s+(?:and|but|while)\s", headline[:told.start()]):
        told = None   # '… in Vladivostok on Sept. 2, and officials said North Korea would …': a remark after the act
    if told and told.start() <= REPORTER_REACH and told["conj"] and (fired := MILITARY_STRONG.search(headline, told.end())) \
            and _FIRED.match(fired.group()) and fired.start() - told.end() <= 70:
        # 'the Joint Chiefs said that North Korea fired a ballistic missile': the report is the source,
        # the launch the event (GOLD 2.3)
        return TypeDecision("military", 0.75, "a launch reported", fired.group()[:40])
    if told and told.start() <= REPORTER_REACH and not (
            _reported_by_outlet(headline, told.start()) or DRILLS_HELD.search(headline, told.end())
            or VISIT.search(headline, 0, told.start()) or MEETING_STRONG.search(headline, 0, told.start())
            or AMBASSADOR_CALL.search(headline, 0, told.start())   # 'was received by X, who told him that …'
            or _framing_summit(headline, told.start()) or CEREMONY_STRONG.search(headline, 0, told.start())
            or _TRIP_AHEAD.search(headline, told.end())):
        return TypeDecision("statement", 0.75, "what is said", told.group()[:40])
    if (imposed := SANCTIONS_IMPOSED.search(headline)) and not _ANNOUNCING.search(headline) and \
            not UN_BODY.search(headline) and not re.search(r"\bveto|\bwet\w*\b|\bwould\b", headline, _I):
        # a cabinet that approves asset freezes acts, it does not speak (GOLD 2.5 other); one that
        # announces sanctions makes a statement
        return TypeDecision("other", 0.7, "sanctions imposed", imposed.group()[:40])
    if (drills := DRILLS_HELD.search(headline)) and not STATEMENT.search(headline, 0, drills.start()):
        # 'drills began on the island; Tokyo lodged a protest': the drills are the happening, the protest answers them
        return TypeDecision("military", 0.85, "drills held", drills.group()[:40])
    if (spoke := SPOKE_AT.match(headline)) is not None:
        # 'In a speech at a symposium in Tokyo, Kishida announced …', 'Na sympozjum w Tokio premier
        # zapowiedział …': the gathering is where it was said; the saying is the event
        return TypeDecision("statement", 0.7, "said at a gathering", spoke.group("verb"))
    # a forum some guests joined remotely ('z częścią gości łączących się zdalnie') is still a forum
    if ADDRESS.search(headline) or TOLD_GATHERING.search(primary_text):
        # 'spoke by video link to members of both houses': a speech to an audience, wherever the speaker was
        return TypeDecision("statement", 0.75, "an address to an audience",
                            _cue(ADDRESS, headline) or _cue(TOLD_GATHERING, primary_text))
    remote_head = REMOTE.search(headline) and not VISIT.search(headline)
    # (a sentence that turns to another happening of the day is not this one's: '… spotkał się z
    # przewodniczącym. Tego samego dnia ministrowie rozmawiali przez telefon.')
    own_text = " ".join(t for t in primary if not _OTHER_OPENER.match(t))
    if (remote_head or REMOTE.search(own_text) and not VISIT.search(primary_text)) and \
            not CEREMONY_STRONG.search(REMOTE.sub(" ", headline)):
        if _signed(primary_text, "passing" in hints) and (signed := AGREEMENT.search(primary_text)):
            # 'talks held by video ended; the sides signed a protocol on this year's quotas'
            return TypeDecision("agreement", 0.75, "signed at the end of remote talks", signed.group()[:40])
        return TypeDecision("meeting", 0.8, "remote contact", _cue(REMOTE, primary_text))
    said = STATEMENT.search(headline)
    delivered = DELIVERY.search(headline)
    if delivered and _is_topic(headline, delivered.start()):
        delivered = None   # 'na rozmowy o dostawach gazu': supplies talked about, not delivered
    # 'ogłosił sankcje … statki, które zawinęły do portów': what was announced, not a shipment
    if delivered and not (said and said.start() < delivered.start()) and not (
            MEETING_STRONG.search(headline) or PEOPLE_TRAVEL.search(headline) or AGREEMENT.search(headline)):
        if HANDOVER.search(primary_text) or HANDOVER.search(" ".join(t for t, _w in parts)):
            return TypeDecision("ceremony_forum", 0.7, "a gift handed over", _cue(HANDOVER, " ".join(t for t, _w in parts)))
        if re.search(r"\b" + _WEAPONS, headline, _I):
            return TypeDecision("military", 0.75, "a shipment of weapons", _cue(DELIVERY, headline))
        return TypeDecision("other", 0.7, "delivery", _cue(DELIVERY, headline))
    un = UN_BODY.search(headline)
    if un and not _in_setting(headline, un.start()) and not MEETING_STRONG.search(headline) and not VISIT.search(headline):
        return TypeDecision("statement", 0.7, "a United Nations organ acts", _cue(UN_BODY, headline))
    if INAUGURATION.search(headline):
        return TypeDecision("ceremony_forum", 0.8, "a swearing-in", _cue(INAUGURATION, headline))
    if AMBASSADOR_CALL.search(headline):
        return TypeDecision("meeting", 0.85, "an ambassador received or calling", _cue(AMBASSADOR_CALL, headline))
    if (received := _RECEIVED_THERE.search(headline)) and not _ENVOY_WORD.search(headline, 0, received.start()):
        # 'the Sakhalin governor was received in Sapporo by the Hokkaido governor': a guest who came (GOLD 2.5 visit)
        return TypeDecision("visit", 0.75, "a guest received at a place", received.group()[:60])
    if advice := _ADVISORY.search(headline):
        # an embassy's word to its nationals, whatever it tells them to avoid (GOLD 2.5 statement)
        return TypeDecision("statement", 0.75, "advice to nationals", advice.group()[:60])
    if MESSAGES.search(headline) and not MEETING_STRONG.search(headline):
        return TypeDecision("statement", 0.75, "messages exchanged", _cue(MESSAGES, headline))
    # officials' own talks in the headline are not made a summit by the leaders a later sentence names
    leaders = "summit" in hints or any(leaders_meet(t) for t in ([headline] if "officials" in hints else primary))
    # the whole sentence a headline clause stands in ('przebywał w New Delhi, | gdzie omawiał z premierem …')
    sentence = next((t for t, _w in parts[1:] if headline and headline in t and len(t) > len(headline)), headline)
    if (decree := DECREE.search(headline)) and not re.search(r"\bratif|\bratyfik", headline, _I):
        # a decision put in writing takes a position (GOLD 2.5 statement); ratifying a treaty is its agreement
        return TypeDecision("statement", 0.7, "a decree or law signed", decree.group())
    if (summons := SUMMONED.search(headline)) and not VISIT.search(headline, 0, summons.start()):
        # 'lodged a protest with Ambassador Galuzin over the Iturup visit': the visit is what the protest is about
        return TypeDecision("meeting", 0.8, "ambassador summoned", summons.group()[:60])
    if (trip := _FUTURE_TRIP.search(headline)) and not re.search(r"\btalks\s+with|\brozmow\w*\s+z\b|\bmeeting\s+with|\bspotkani\w*\s+z\b", headline, _I):
        # a trip announced to a gathering ('will go to Vladivostok for the forum', 'przyjedzie do Osaki na
        # szczyt G20') is the traveller's visit; what happens there is told when it happens
        return TypeDecision("visit", 0.7, "a trip announced", trip.group())
    if leaders and (purpose := _FOR_TALKS.search(headline)):
        # 'Abe flew to Sochi for an unofficial summit with Putin': the trip is framed by the leaders' talks
        return TypeDecision("summit", 0.8, "two leaders, a trip made for their talks", purpose.group())
    if not leaders and (stay := _VERBLESS_STAY.match(headline)) and not (
            _POLISH_VERB.search(stay.group("who")) or PAST_VERB.search(stay.group("who"))):
        # 'Gubernator obwodu sachalińskiego na Hokkaido.', 'Wiceminister Morgułow w Seulu:': a note of
        # who is where, the verb left out, is a trip (GOLD 2.5 visit)
        return TypeDecision("visit", 0.7, "someone noted at a place", stay.group().strip()[:60])
    if (call := _ENVOY_CALL.search(headline)) and not _ENVOY_TRAVELS.search(headline):
        # 'Konsul generalny Japonii był w Jużnosachalińsku gościem gubernatora': a diplomat calling on
        # a host official where he is posted meets him (GOLD 2.5 meeting); he made no trip
        return TypeDecision("meeting", 0.75, "an envoy calls on a host", call.group()[:60])
    if _visit_framed(headline, leaders, sentence, "passing" in hints) and not LOCAL_CALL.search(headline) \
            and not _frames_other(headline):
        return TypeDecision("visit", 0.8, "trip in the headline", _cue(VISIT, headline))
    if SUMMONED.search(primary_text):
        return TypeDecision("meeting", 0.8, "ambassador summoned", _cue(SUMMONED, primary_text))
    if (shot := _VIOLENCE.search(headline)) is not None:
        # a person shot or killed, whatever gathering it happened at (GOLD 2.5 other)
        return TypeDecision("other", 0.7, "an attack on a person", shot.group())
    if (held := DETAINED.search(headline)) and not _FREED.search(headline, max(0, held.start() - 30), held.start()):
        return TypeDecision("other", 0.7, "a detention or an expulsion", held.group())
    # a later sentence that moves on ('Po południu dyplomata udał się do Daejeon') is the next stop's
    own = " ".join([headline] + [t for t, w in parts[1:] if w >= 2.0 and not ONWARD.search(t)])
    visit = ("visit" in hints or _visit_framed(own, leaders, sentence)) and not LOCAL_CALL.search(primary_text)
    if visit and _signed(primary_text, "passing" in hints) and all(_in_setting(own, m.start()) for m in VISIT.finditer(own)):
        # 'podpisano 19 czerwca podczas wizyty Putina': the visit is the occasion of the signing
        return TypeDecision("agreement", 0.8, "signed during a visit", _cue(AGREEMENT, primary_text))
    if visit and not SUMMIT.search(headline) and not _frames_other(headline) and \
            not (leaders and MEETING_STRONG.search(headline) and not VISIT.search(headline)) and \
            not (CEREMONY_STRONG.search(headline) and not VISIT.search(headline)):   # ('held its national day at Expo …; the delegation met …')
        # two leaders whose headline says they met hold a summit, whatever trip a later sentence tells
        return TypeDecision("visit", 0.8, "trip in the first sentences", _cue(VISIT, primary_text) or "visited place")
    if PRESENCE.search(headline) and AGREEMENT.search(primary_text) and not AGREEMENT.search(headline) \
            and not SUMMIT.search(headline) and not leaders_meet(headline):
        return TypeDecision("visit", 0.7, "a stay during which something was signed", _cue(PRESENCE, headline))
    conference = CEREMONY_STRONG.search(headline) and not AGREEMENT.search(headline)
    if leaders and (talks := _TALKS_THEN_SIGNED.search(headline)):
        # 'Kim and Moon met at Panmunjom and signed a declaration': the leaders' meeting, with its signing
        return TypeDecision("summit", 0.8, "two leaders meet and sign", talks.group()[:60])
    if _signed(primary_text, "passing" in hints) and not conference:   # deals struck at a conference stay the conference's
        return TypeDecision("agreement", 0.85, "agreement signed or in force", _cue(AGREEMENT, primary_text))
    if SPEECH.search(headline) and not SUMMIT.search(headline) and not leaders:
        if LECTURE.search(headline):
            # a lecture given is a presentation (GOLD 2.5 ceremony_forum), not a position taken
            return TypeDecision("ceremony_forum", 0.7, "a lecture", _cue(LECTURE, headline))
        return TypeDecision("statement", 0.7, "a speech", _cue(SPEECH, headline))
    if PRESS.search(headline):
        return TypeDecision("statement", 0.75, "a press conference or interview", _cue(PRESS, headline))
    # a summit named after the headline speaks of something said or talked at it: it names the
    # occasion, not this event ('zapowiedział …; zaprzeczył, jakoby podczas szczytu …')
    summit_text = headline if (MEETING_STRONG.search(headline) or STATEMENT.search(headline)) else primary_text
    if any(not _SINCE_THEN.search(summit_text, max(0, m.start() - 40), m.start()) for m in SUMMIT.finditer(summit_text)):
        return TypeDecision("summit", 0.85, "summit named", _cue(SUMMIT, summit_text))
    # 'Putin surprises Abe with offer of peace treaty': a headline that frames an offer, not talks
    if OFFER.search(headline) and not (MEETING.search(headline) or SUMMIT.search(headline)
                                       or VISIT.search(headline) or AGREEMENT.search(headline)):
        return TypeDecision("statement", 0.7, "an offer or proposal", _cue(OFFER, headline))
    if (issued := _ISSUED.search(headline)) and not MEETING_STRONG.search(headline, 0, issued.start()):
        return TypeDecision("statement", 0.75, "a statement issued", issued.group())
    if leaders and not STATEMENT_STRONG.search(primary_text):
        if scores.get("statement", 0) <= scores.get("meeting", 0) + scores.get("ceremony_forum", 0):
            return TypeDecision("summit", 0.75, "two leaders meet", _cue(LEADER, primary_text))
    # 'Kono met Lavrov …' with what each said after it: what was said was said at the meeting
    if MEETING_STRONG.search(headline) and not (STATEMENT.search(headline) or CEREMONY_STRONG.search(headline)
                                                or MILITARY.search(headline)):
        return TypeDecision("meeting", 0.8, "a meeting in the headline", _cue(MEETING_STRONG, headline))
    scores.pop("agreement", None)
    scores.pop("summit", None)
    scores.pop("visit", None)
    if LOCAL_CALL.search(primary_text):
        scores["meeting"] += 3.0
    if not scores or max(scores.values()) <= 0:
        return TypeDecision("other", 0.3, "no cue")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = round(min(0.9, 0.5 + 0.4 * (top - second) / max(top, 1e-9)), 2)
    return TypeDecision(best, conf, "strongest cue words", best_cue.get(best, (0, ""))[1])


_NOT = re.compile(r"\b(?:nie|not|no|never|without|bez|failed\s+to|did\s+not|didn['’]t)\s+(?:\S+\s+){0,1}$", _I)


def _signed(text: str, mentioned: bool = False) -> bool:
    """An agreement cue that is not denied ('nie podpisano żadnego dokumentu', 'no deal was signed'), not
    still to come ('liczy, że zostanie podpisana umowa') and not the subject of talks ('Omówiono wykonanie
    porozumień zawartych w marcu'), unless the event is that signing, `mentioned` in passing ('Rozmowa
    dotyczyła traktatu, podpisanego w czerwcu w Pjongjangu')."""
    return any(not _NOT.search(text[max(0, m.start() - 25):m.start()]) and not _TO_COME.search(m.group())
               and not _TO_COME_BEFORE.search(text[max(0, m.start() - 25):m.start()])
               and (mentioned or not _is_topic(text, m.start()))
               for m in AGREEMENT.finditer(text))


# a signing still to come: 'zostanie podpisana umowa', 'the treaty will be signed', 'ma zostać podpisane'
_WILL_BE = r"zostanie|zostaną|zostać|będzie|będą|will\s+be|would\s+be|to\s+be|could\s+be|may\s+be"
_TO_COME = re.compile(rf"\b(?:{_WILL_BE})\s+(?:\S+\s+)?(?:podpisan|zawart|ratyfikowan|signed|concluded|ratified)\w*", _I)
_TO_COME_BEFORE = re.compile(rf"\b(?:{_WILL_BE}|ma(?:ją)?\s+(?:zostać\s+)?|planuje\w*|plans?\s+to|expected\s+to)\s*(?:\S+\s+)?$", _I)


# a stay is a trip whoever is met later (GOLD 2.5 'przebywała'), unless its own sentence tells the talks
# ('przebywał w New Delhi, gdzie omawiał z premierem Modim …' is the leaders' meeting)
_STAYED = re.compile(r"przebywa\w*|stay(?:ed|ing|s)?(?:\s+in)?", _I)


# a clause that dates the event by another act: what it tells is that act, not this one
# (a trip the clause itself names, 'returned after a three-day visit', is the event's own)
_EARLIER_ACT = re.compile(r"\b(?:after|before|following|po\s+tym,?\s+jak|zanim)\s+[^,.;]*$", _I)
_DEMANDED = re.compile(r"\b(?:wznowieni\w*|zawieszeni\w*|przywróceni\w*|resum\w*|suspen\w*|restor\w*|"
                       r"domaga\w*|demand\w*|apel\w*\s+o)\s+(?:(?:of|the|o)\s+)?(?:[\w-]+\s+)?$", _I)


_RELATIVE_BEFORE = re.compile(r",\s+(?:któr\w+|who|which)\b[^.;,]*$", _I)


_PLANNED_BEFORE = re.compile(r"\b(?:agree\w*|decided|promised|plann?\w*|prepar\w*|work(?:ing)?\s+on|uzgodni\w*|zgodzi\w*|"
                             r"przygotow\w*|planowan\w*|pracować\s+nad)\b[^.;:]{0,40}$", _I)
# a position put in writing together: 'issued a joint statement', 'przyjęli wspólną deklarację'
_ISSUED = re.compile(r"\b(?:issued|released|adopted|put\s+out|wydal\w*|wyda(?:ł|ła|li|ły)|przyję\w*|ogłosi\w*)\s+"
                    r"(?:a\s+|the\s+)?(?:\w+\s+)?(?:joint\s+|wspóln\w+\s+)?(?:statement|declaration|communiqu\w*|"
                    r"oświadczeni\w*|deklaracj\w*|komunikat\w*)", _I)


def _framing_summit(text: str, end: int) -> bool:
    """A summit named before `end` that is not only a time ('Dzień po zakończeniu szczytu', 'after the summit')."""
    return any(not _AFTER_IT.search(text, max(0, m.start() - 30), m.start()) for m in SUMMIT.finditer(text, 0, end))


_AFTER_IT = re.compile(r"\b(?:po|after|przed|before|since|od)\s+(?:\w+\s+){0,2}$", _I)


_OWN_OPENING = 30   # characters: how far into a passing event's words its own act may stand after 'after'
_VISIT_BY = re.compile(r"\b(?:visits?|wizyt\w*)\s+(?:by\s+)?(?:\S+\s+){0,3}$", _I)


def _visit_framed(text: str, leaders: bool, sentence: str = "", passing: bool = False) -> bool:
    """A trip framed as one; mere presence ('przebywał w', 'arrived in') does not frame a visit
    when two leaders talk there. (An event mentioned in passing may be told as the earlier act
    itself: 'after Kim had toured the Bureya station on 21 August'.)"""
    for m in VISIT.finditer(text):
        if m.group().lower().endswith(("ed", "ł", "ła", "li", "ły")) and not (passing and m.start() < _OWN_OPENING) and \
                _EARLIER_ACT.search(text, max(0, m.start() - 80), m.start()):
            continue   # 'fired two missiles, days after the Russian minister visited Pyongyang'
        if _in_setting(text, m.start()) and _signed(text, True):
            continue   # 'Dokument podpisano podczas wizyty Putina': the visit is the signing's occasion
        if _DEMANDED.search(text, max(0, m.start() - 40), m.start()):
            continue   # 'domagania się wznowienia wizyt na grobach': visits asked for, not made
        if _is_topic(text, m.start()) or ((of := _VISIT_BY.search(text, max(0, m.start() - 40), m.start()))
                                           and _is_topic(text, of.start())):
            continue   # 'rozmawiał z ambasadorem o wizycie byłych mieszkańców': a visit talked about
            # ('discussed a visit by a Korean trade mission': nor the mission that would make it)
        if _PLANNED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue   # 'agreeing to keep working on a Putin visit to Japan': a visit planned, not made
        if leaders and _RELATIVE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue   # 'rozmawiał z prezydentem Yoon, który przyjechał z wizytą': how the guest came, not the frame
        if not (leaders and PRESENCE.fullmatch(m.group())) or (
                _STAYED.fullmatch(m.group()) and not MEETING.search(sentence or text)):
            return True
    return False


_OWN_FRAME = re.compile(r"\bARF\b|\b(?:spotkani|posiedzeni)\w*\s+ministerialn\w*|\bministerial\s+meeting|\bfestiwal\w*|\bfestivals?\b|\bzgromadzeni\w+\s+z\s+okazji|\bdoroczn\w+\s+zgromadzeni\w*|\b" + _RALLY_PL + r"\b|\brall(?:y|ies)\b|\bweek\s+of\s+(?:\w+\s+){0,2}?(?:cinema|films?|culture|music)\b|"
                        r"\btydzie\w+\s+(?:kina|kultury|filmu|filmów)\b|\bscreenings?\b|\bpokaz\w*\s+film\w*|"
                        r"\bobradowa\w*|\bobrady\b|\bposiedzeni\w*|\bzebra\w*\s+się|\bconvened\b|\bgrup\w*\s+robocz\w*|\bworking\s+group|"
                        r"\bsession\b|\bprom(?:owa|ocj)\w*|\bwieczór\b|"
                        r"\bevening\b|\bforum\b|\bkonferencj\w*|\bconference\b|\bseminar\w*|\bwystaw\w*|"
                        r"\bexhibition\b|\bceremoni\w*|\bceremony\b|\bkomisj\w*\s+\w+\s+(?:obradowa|zebra)\w*|"
                        # a stand at a show: 'exhibited at ADEX', 'wystawiała się na targach'
                        r"\bexhibit(?:ed|s|ing|ors?)\b|\bwystawc\w*|\bwystawia\w*|\btrade\s+(?:fair|show)s?\b|"
                        r"\bair\s*shows?\b|\btarg(?:i|ach|ów|ami)\b", _I)


def _frames_other(headline: str) -> bool:
    """A headline that frames a session, a show or a forum: a delegation attending it does not make
    it a visit ('w Mińsku obradowała grupa robocza', 'w Tokio promowano kulturę')."""
    return bool(_OWN_FRAME.search(headline)) and not re.search(
        r"\bwizyt\w*|\bvisit(?!ors?\b)\w*|\bodwiedzi\w*|\bprzyby\w*|\barriv\w*", headline, _I)
