"""News writing conventions the sentence splitter keeps to: a dateline set off by a plain-text
dash is a unit of its own (one set off by a typeset dash runs into its sentence), a quotation
woven into a sentence or signed as a pull quote is never cut, an elision mark before a capital
ends a quoted sentence, and a lead-in ending on a colon before several sentences is one."""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.text.agencies import agency_names
from briefing.text.words import CAPITALS, IDEOGRAPHS, WEEKDAYS

# A dateline opening a paragraph: a place, perhaps with a date and an agency ("Evansville,
# Indiana, United States", "WASHINGTON", "LONDON, March 3 (Reuters)"), then a dash (or the wire's
# "_", spaced or glued to both: "ANDREWS, N.C._Nine days after") before a capitalised start. A
# place has a comma or is in capitals: "Group F — Sweden" is no dateline.
_LETTER = r"(?:[^\W_]|[.'’])"  # a word's character: the wire's "_" is its dash, in no name
_WORD = rf"[{CAPITALS}]{_LETTER}*(?:-{_LETTER}+)*"  # "PORT-AU-PRINCE", "Ala.", "O'Hare", "ŁÓDŹ"
# A country in brackets may follow the city before the date (Xinhua's "ISTANBUL (Turkey), August
# 21 (Xinhua) --").
_BRACKETED = r"\([A-Z][\w ]*\)"
# lower-case words inside a city's name ("Frankfurt am Main", "Frankfurt an der Oder", "FOND du
# LAC"), and an elided particle before a word in capitals ("COEUR d'ALENE")
_IN_NAME = "de|del|la|da|do|di|du|des|le|el|am|an der|im"
_ELIDED = re.compile(r"[a-z]['’]")
_INNER = rf"(?:(?:{_IN_NAME})\s)?(?:{_ELIDED.pattern})?{_WORD}"  # a place's word after its first
_PLACE = rf"(?P<place>{_WORD}(?:,?\s(?:{_INNER}|\d{{1,2}}|{_BRACKETED}))*)"
_KNOWN = "(?i:" + "|".join(re.escape(name) for name in agency_names()) + ")"
_OPENS = rf"\s+(?=[\"“‘]?[{CAPITALS}])"  # the sentence after a dateline opens on a capital
# ANSA sets its credit before the dateline ("(ANSA) - ROME, DEC 3 - Italy's ...").
_CREDIT_FIRST = rf"(?:\({_KNOWN}\)\s+[-–—]{{1,2}}\s+)?"
_GLUED = rf"_(?=[\"“‘]?[{CAPITALS}])"  # the wire's "_" between a place and its sentence
_DATELINE = re.compile(_CREDIT_FIRST + _PLACE + rf"(?:\s+(?:[-–—]{{1,2}}|_){_OPENS}|{_GLUED})")
# A place (or two, dpa's "Hamburg/Berlin"; "Ciudad de México"), perhaps a date in the wire's own
# language and order ("3 déc", "3 décembre 2026", "Dec. 3"), and a known agency in brackets
# before a dash or EFE's ".-": "PARIS, 3 déc (AFP) -", "MADRID, 3 dic (EFE).-", "Berlin (dpa) -".
# The agency marks a dateline with no comma or capitals.
# "3 dic", "Dec. 3", dpa's "3. Dezember"
_MONTH_DAY = r"\d{1,2}\.?\s[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s\d{1,2}"
_FILED_PLACE = (
    rf"(?P<place>{_WORD}(?:(?:\s|/)(?:(?:{_IN_NAME})\s)?{_WORD})*)"
    rf"(?:,\s(?:{_MONTH_DAY})(?:,?\s\d{{4}})?)?\s\({_KNOWN}\)\s?(?:\.-|[-–—]{{1,2}}|_)"
)
_FILED = re.compile(_FILED_PLACE + _OPENS)
# A known agency's credit with no place before its dash, as web copy gives a dateline whose city
# was cut ("(Reuters) - Apple Inc said ..."): no place.
_CREDITED = rf"\({_KNOWN}\)(?P<place>)\s*(?:[-–—]{{1,2}}|_)"
_CREDIT = re.compile(_CREDITED + _OPENS)
# A dateline split off as a unit of its own, with nothing after its dash.
_DATELINE_ALONE = re.compile(_CREDIT_FIRST + _PLACE + r"(?:\s+(?:[-–—]{1,2}|_)|_)\s*$")
_FILED_ALONE = re.compile(_FILED_PLACE + r"\s*$")
_CREDIT_ALONE = re.compile(_CREDITED + r"\s*$")
# A wire's dateline in another script, run into its sentence. Chinese or Japanese: an agency
# or "本报" (this paper), a place and perhaps a date before "电" (wired), perhaps a reporter's
# name in brackets ("新华社北京12月3日电", "本报华盛顿12月3日电（记者 王明）"), or a place in
# brackets ("（马尼拉综合电）"); a place then "电" needs a date ("全市停电" is none). A place
# and its agency or reporter in lenticular brackets (Kyodo's "【マニラ＝共同】", a paper's
# "【ワシントン＝山田太郎】"); a place and a known agency in brackets (Yonhap's "(서울=연합뉴스)"),
# perhaps before a reporter ("김철수 기자 ="). A place in capitals of a cased script, a date, a
# dash and perhaps an agency (RIA's "МОСКВА, 28 ноя — РИА Новости."), or an agency in slashes
# (TASS's "МОСКВА, 28 ноября. /ТАСС/."); a place, a date and an agency set off by full stops
# (Interfax's "Москва. 28 ноября. INTERFAX.RU -"). A place in an uncased script, an agency in
# brackets and a dash (Reuters' "أنقرة (رويترز) -"; "Москва (Россия) — столица" is a sentence).
# An agency after a place (but a lenticular bracket's) is one `outlets` knows: "МОСКВА, 28 ноя —
# Пожар потушен." keeps its sentence, "الرئيس (المنتخب) -" its first word.
_CJK_PLACE, _CJK_DATE, _WIRED = rf"[{IDEOGRAPHS}]{{2,8}}?", r"\d{1,2}月\d{1,2}日", "(?:专|综合)?电"
_REPORTER = r"(?:（[^）]{1,20}）)?"  # "（记者 王明）"
_BYLINE = r"(?:\s*[^\W\d_][\w· ]{0,20}?\s(?:기자|특파원)\s?=)?"  # "김철수·이영희 기자 ="
_SHOUTED = rf"[{CAPITALS}]{{2,}}(?:[\s-][{CAPITALS}]{{2,}})*"  # "МОСКВА", "НИЖНИЙ НОВГОРОД"
_DAY = r"\d{1,2}\s\w+"  # "28 ноя", "28 ноября"
# Named groups: a place, or the credit (`credit_…`) a dateline gives its agency.
_WIRE_DATELINE = re.compile(
    rf"(?:(?P<credit_wired>[{IDEOGRAPHS}]{{1,4}}社|本报)(?P<place>{_CJK_PLACE})(?:{_CJK_DATE})?"
    rf"{_WIRED}{_REPORTER}"
    rf"|(?P<dated>{_CJK_PLACE}){_CJK_DATE}{_WIRED}{_REPORTER}"
    rf"|（(?P<bracketed>{_CJK_PLACE}){_WIRED}）"
    rf"|【(?P<lenticular>[^】＝]{{1,12}})＝(?P<credit_lenticular>[^】]{{1,12}})】"
    rf"|[(（](?P<agency_place>[^)）＝=]{{1,12}})[＝=](?P<credit_bracketed>{_KNOWN})[)）]{_BYLINE}"
    rf"|(?P<shouted>{_SHOUTED}),\s{_DAY}(?:\.?\s[-–—]{{1,2}}(?:\s(?P<credit_dashed>{_KNOWN})\.)?"
    rf"|\.\s/(?P<credit_slashed>{_KNOWN})/\.)"
    rf"|(?P<stopped>[{CAPITALS}]\w+(?:[\s-]\w+){{0,2}})\.\s{_DAY}\.\s(?P<credit_stopped>{_KNOWN})\s[-–—]{{1,2}}"
    rf"|(?P<filed>(?![{CAPITALS}])[^\W\d_]\w*(?:\s\w+){{0,2}})\s\((?P<credit_filed>{_KNOWN})\)\s[-–—]{{1,2}})\s*"
)
_DASHES = "-–—_"  # what a dateline's last character is
# Wire labels set where a dateline's city goes ("BREAKING NEWS (AP) _", "UNDATED (AP) _"): no
# place; and the words a city's name holds in lower case past its first ("Rio de Janeiro").
_LABELS = frozenset(
    "UNDATED BREAKING URGENT UPDATE UPDATED FLASH BULLETIN ADVISORY CORRECTION CORRECTED "
    "REFILE EXCLUSIVE ANALYSIS FACTBOX WRAPUP EDITORS EDITOR'S".split()
)
_PARTICLES = frozenset(
    "de da das do dos del di du des es la le au aux en sur upon on of the".split()
)
_AGENCY = re.compile(rf"\s*{_BRACKETED}")  # a dateline's "(AP)", "(Reuters)", "(Turkey)"
# Where a dateline's city ends: a comma, or Interfax's full stop before the date ("MOSCOW. Dec 3").
_CITY_END = re.compile(r",|\.\s(?=\S+\s\d)")
# a note opens on a colon, or on a dash as a dateline does ("EDITOR'S NOTE _ Nicolas B. Tatro ...",
# "EDITOR'S NOTE_The ...")
_EDITORS_NOTE = re.compile(
    r"(?:(?:eds?|editors?(?:['’]s)?(?:\s+notes?)?)\s*:|editors?(?:['’]s)?\s+notes?"
    r"(?:\s+[-–—_]{1,2}|_))\s*\S",
    re.IGNORECASE,
)
# A byline ("By Jennifer Brett", "*By ROBERT W. BLACK", "By JOHN SMITH, Associated Press
# Writer", "By Ahmed al-Sharif", "By Reuters"): "By", perhaps after markup, then a name of two
# words or more (no article, preposition, determiner nor weekday: "By The Numbers", "By Land And
# Sea", "By Any Means Necessary", "By Tuesday, Turkey Had Agreed" are titles), or one word in
# capitals or an agency's ("By Design" is a title), perhaps with the writer's post after a comma
# or a slash, no clause ("By George, they did it").
_NOT_NAME = "the|a|an|and|of|in|on|for|to|with|from|at|or|any|all|every|no|some|" + "|".join(
    WEEKDAYS
)
_NAME_WORD = rf"(?!(?i:{_NOT_NAME})\b(?![.'’]))[{CAPITALS}][\w.'’-]*"
_LAST = rf"(?:{_NAME_WORD}|[a-z]{{1,3}}-[\w'’]+)"  # "al-Sharif" too
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_LAST}|[a-z]{{1,3}}|AND))*\s+{_LAST}"
_CLAUSE_OPENING = r"(?:the|an?|he|she|it|they|we|i|you|this|that|these|those|there)\b"
_BYLINE = (
    rf"[Bb][Yy]\s+(?:{_NAME}|[{CAPITALS}]{{2,}}|{_KNOWN})"
    rf"(?:\s*[,/;]\s*(?!{_CLAUSE_OPENING})[^.!?]{{0,60}})?$"
)
_BYLINE_LINE = re.compile(rf"[*_]*\s*{_BYLINE}")
# A byline run on to the end of a title line, the break between them lost: "By" right after a
# word's last letter in lower case, a digit or a closing mark ("Rudolph still eludesBy Jennifer
# Brett"); with a space between, "by" may be a passive's ("Delayed by One Day", "SCHEDULED BY
# MEDIATOR"), no byline.
_RUN_ON_BYLINE = re.compile(rf"(?<=[a-z0-9.!?'’\"”)])(?=B){_BYLINE}")
# A byline no title's words could be: a name in capitals, one with an initial ("Ben E. King"),
# one with the writer's post ("Jane Roe, Associated Press Writer"), or an agency's.
_POSTS = "writer|correspondent|reporter|editor|columnist|staff|critic"
_SURE_BYLINE = re.compile(rf"..\s+(?:[^a-z]+$|.*\s[A-Z]\.\s|.*[,/;].*\b(?i:{_POSTS})|{_KNOWN}$)")
# A line wholly in brackets not ending a sentence: a credit or a note to editors ("(Distributed by
# The New York Times Syndicate)", "(by Wang Jinyu)", "(story to move at 9:45 p.m. ET)"); not a
# writer's aside of sentences ("(Astronomers designate ... a \"meteorite.\")").
_BRACKETED_LINE = re.compile(r"\([^()]*(?<![.!?\"”])\)$")
# A wire desk's sign-off run on to a paragraph's last sentence: its editors' initials in
# brackets, joined by hyphens ("... passed out from alcohol. (ms-aet)", "(tc-pfg-dkt)").
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’'])\s+\((?:[a-z]{1,4}-)+[a-z]{1,4}\)$")
_CAPITALS = re.compile(rf"[{CAPITALS}]{{2,}}\b")
_DASH = re.compile(r"\s(?:[-–—]|_\s)")
_GLUED_DASH = re.compile(r"[^\W_]\.?_(?=\S)")  # the wire's "_" glued to a place and its sentence
_STOP_DASH = ").-"  # EFE's dateline ends on its agency's bracket, a full stop and a dash
# How long a dateline's place can be, in characters.
DATELINE_LENGTH = 60
# A typeset dash runs a dateline into its sentence ("Taipei, Taiwan — The Taipei City ...", AP's
# "WASHINGTON (AP) — The"); the wire's plain-text "-", "--" and "_" set it apart on a line of its
# own, a unit.
_RUN_IN = "—–"
_UNIT = "".join(dash for dash in _DASHES if dash not in _RUN_IN)  # wires of other scripts run in
_OPENING_QUOTE = re.compile(r"^[\"“‘']")  # a sentence opening on a quotation mark
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")  # a quotation, in straight or curly marks

# An elision mark in brackets before a capitalised word: the quoted sentence before it ends
# there ('would improve crop yields [...] Ozone is something').
_ELISION_END = re.compile(r"\[(?:\.\.\.|…)\]\s+(?=[\"“]?[A-Z][a-z])")

# A lead-in ending on a colon after a word in lower case, before a capitalised start, perhaps
# quoted ('the Church denied these allegations: She certainly wasn't ...', 'Reisman said: "We');
# not a label's or a title's colon ("Image: Jambula.", "Batman: The Animated Series").
_LEAD_IN = re.compile(r"\s[a-z][a-z'’-]*:\s+(?=([\"“]?)[A-Z])")

# The longest quotation kept whole, in characters: a quote mark with no close within it is a
# stray (an inch mark, a lost quote) and keeps no sentences together.
QUOTE_LENGTH = 600
# A quotation woven into the reporter's sentence: opened right after a word, as the object of a
# verb ('said "All those ... hospital. There are ..."'), or after a comma or colon when its first
# word is in lower case or an ellipsis ('officials, "... plied the detective', 'an individual,
# "facing the penitentiary'); not one that resumes a quotation its attribution interrupted
# ('"We are so interested," she told the press, "to show that ...', see _resumes).
_WOVEN = re.compile(r"[\"“](?:(?<=\w [\"“])|(?<=[,:] [\"“])(?=\.\.\.|…|[a-z]))")
# A pull quote signed with a dash, at the start or after a sentence ('"So far, it's the Internet:
# 1, Scientology: 0. But it's a long game." - Matthew Ingram').
_SIGNED = re.compile(rf"[\"“][^\"“”\n]{{1,{QUOTE_LENGTH}}}[\"”]\s+[-–—]{{1,2}}\s*[A-Z]")
_AFTER_SENTENCE = re.compile(r"[.!?][\"”’]?\s+$")
_CLOSING = {'"': '"', "“": "”"}
# An interrupted quotation before, in the same sentence: a comma closing a quote.
_INTERRUPTED = re.compile(r",[\"”]\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
# How far back a woven quotation's sentence is read for an interrupted quotation.
LOOK_BACK = 300


def _is_place(found: re.Match[str] | None) -> bool:
    """Whether a dateline match names a place: short, and with a comma or in capitals."""
    if not found or len(found["place"]) > DATELINE_LENGTH:
        return False
    return "," in found["place"] or bool(_CAPITALS.match(found["place"]))


def _filed(found: re.Match[str] | None) -> re.Match[str] | None:
    """A dateline crediting a known agency, if its place is short enough to be one."""
    return found if found and len(found["place"]) <= DATELINE_LENGTH else None


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline a paragraph opens with, if it has one."""
    if not text[:2].isascii() and (wired := _WIRE_DATELINE.match(text)):
        return wired
    start = text[: DATELINE_LENGTH + 6]
    glued = "_" in start and _GLUED_DASH.search(start)
    if not _DASH.search(start) and _STOP_DASH not in start and not glued:
        return None
    if (found := _DATELINE.match(text)) and _is_place(found):
        return found
    if "(" not in text[:DATELINE_LENGTH]:
        return None
    return _filed(_FILED.match(text)) or _CREDIT.match(text)


def dateline_end(text: str) -> int | None:
    """Where the sentence after a paragraph's opening dateline starts, if it has one."""
    found = _dateline(text)
    return found.end() if found else None


def opens_on_quotation(sentence: str) -> bool:
    """Whether a sentence opens on a quotation mark: a quotation colours a story, the reporter's
    own sentence states it."""
    return bool(_OPENING_QUOTE.match(sentence))


def unquoted(text: str) -> str:
    """The text with each quotation a space: the reporter's words, not a speaker's."""
    return _QUOTATION.sub(" ", text)


def dateline_unit_end(text: str) -> int | None:
    """Where the sentence after a paragraph's opening dateline starts when the dateline is a unit
    of its own (a plain-text dash: "MOBILE, Ala. (AP) --"; a full stop: TASS's "МОСКВА, 28 ноября.
    /ТАСС/."); None for one that runs in."""
    end = dateline_end(text)
    return end if end and text[:end].rstrip()[-1] in _UNIT + "." else None


def is_editors_note(line: str) -> bool:
    """Whether a line is a wire editor's note ("Eds: UPDATES with ...", "EDITOR'S NOTE: ...",
    "EDITOR'S NOTE _ ..."): a message to editors, neither a title nor news."""
    return bool(_EDITORS_NOTE.match(line.strip()))


def is_byline(line: str) -> bool:
    """Whether a line is a byline ("By Jennifer Brett", "*By ROBERT W. BLACK"): who wrote the
    article, neither its title nor news."""
    return bool(_BYLINE_LINE.match(line.strip()))


def without_byline(title: str) -> str:
    """A title line without the byline run on to its end ("Rudolph still eludesBy Jennifer
    Brett" is "Rudolph still eludes"): who wrote the article is no part of its headline. A line
    opening on a CamelCase word that ends in "By" ("StandBy Mode Activated") keeps it: a title
    of one word's first half is none, but before a byline no title's words could be, a name in
    capitals, with an initial or a post, or an agency ("CommentaryBy ROBERT W. BLACK")."""
    found = _RUN_ON_BYLINE.search(title)
    head = title[: found.start()].rstrip() if found else ""
    if found and (len(head.split()) > 1 or _SURE_BYLINE.match(found.group())):
        return head
    return title


def is_credit(line: str) -> bool:
    """Whether a line is a byline or a credit or note wholly in brackets ("(Distributed by The
    New York Times Syndicate)"): never an article's title nor news."""
    line = line.strip()
    return is_byline(line) or bool(_BRACKETED_LINE.match(line))


def without_sign_off(line: str) -> str:
    """A line without a wire desk's sign-off after its last sentence ("... from alcohol.
    (ms-aet)"): no part of the news, and a paragraph ending on one would read as no prose."""
    return _SIGN_OFF.sub("", line) if line.endswith(")") else line  # every line of a day: cheap


def without_dateline(text: str) -> str:
    """The text after the dateline it opens with, if it has one."""
    end = dateline_end(text)
    return text[end:] if end else text


def dateline_credit(text: str) -> str:
    """The agency a wire dateline of another script credits, as written ("РИА Новости"), or ""."""
    found = _dateline(text)
    if found is None or found.re is not _WIRE_DATELINE:
        return ""
    return next((v for k, v in found.groupdict().items() if v and k.startswith("credit")), "")


def dateline_place(text: str) -> str:
    """The city the text was filed from, read off the dateline it opens with or is ("SEOUL,
    South Korea (AP) _" -> "Seoul"; "LONDON, March 3 (Reuters) -" -> "London"); "" for none,
    or for a wire label or an agency where the city goes ("BREAKING NEWS (AP) _", "CNN -")."""
    found = _dateline(text) or _dateline_alone(text)
    if found is None:
        return ""
    if found.re is _WIRE_DATELINE:
        city = next(v for k, v in found.groupdict().items() if v and not k.startswith("credit"))
    else:
        city = _CITY_END.split(_AGENCY.sub("", found["place"]))[0]
        words = city.split()
        if any(w.upper() in _LABELS or any(c.isdigit() for c in w) for w in words) or (
            len(words) == 1 and city.isupper() and len(city) <= 3
        ):
            return ""
    parts = re.split(r"([\s-])", city)
    place = "".join(_unshouted(part, n == 0) for n, part in enumerate(parts))
    return place.replace("i\u0307", "i")  # "İZMİR": İ's lower case is i, not i with a dot


def _unshouted(word: str, first: bool) -> str:
    """A word of a place set in capitals, in the case it is written in ("PORT-AU-PRINCE" ->
    "Port-au-Prince", "ST." -> "St.", "MCALLEN" -> "McAllen", "D'ALENE" and "d'ALENE" ->
    "d'Alene"); initials ("U.S.", "D.C.") as they are."""
    if _ELIDED.match(word) and word[2:].isupper():  # "d'ALENE": the particle as written
        return word[:2] + _unshouted(word[2:], True)
    if not word.isupper() or all(len(letters) < 2 for letters in word.split(".")):
        return word
    if not first and word.lower() in _PARTICLES:
        return word.lower()
    before, mark, after = word.rpartition("'") if "'" in word else word.rpartition("’")
    if mark and len(before) == 1 and after:  # "D'ALENE", "O'NEILL"
        return (before if first else before.lower()) + mark + after.capitalize()
    if mark and after == "S":  # "MCDONALD'S"
        return _unshouted(before, first) + mark + "s"
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def is_dateline(sentence: str) -> bool:
    """Whether a split sentence is only a dateline ("SAN JUAN, Puerto Rico (AP) _"): no news.
    Asked of every candidate sentence, so one not ending in a dash is passed without the regex."""
    return _dateline_alone(sentence) is not None


def _dateline_alone(text: str) -> re.Match[str] | None:
    """The dateline a text is, split off as a unit with nothing after its dash, if it is one."""
    text = text.strip()
    if text[-1:] not in _DASHES:
        return None
    if (found := _DATELINE_ALONE.match(text)) and _is_place(found):
        return found
    return _filed(_FILED_ALONE.match(text)) or _CREDIT_ALONE.match(text)


def elision_ends(text: str) -> list[int]:
    """Where sentences start after an elision mark that ends the quoted sentence before."""
    return [found.end() for found in _ELISION_END.finditer(text)] if "[" in text else []


def lead_in_ends(text: str, starts: list[int]) -> list[int]:
    """Where sentences start after a lead-in ending on a colon that introduces a block of them:
    one or more sentences (`starts`, sorted) follow the first, which is unquoted or opens a
    quotation that does not close in it. A colon before one sentence keeps it."""
    if ": " not in text:
        return []
    found = []
    for lead_in in _LEAD_IN.finditer(text):
        after = bisect_right(starts, lead_in.end())
        if after == len(starts):
            continue
        quote = lead_in.group(1)
        if not quote or text.find(_CLOSING[quote], lead_in.end() + 1, starts[after]) < 0:
            found.append(lead_in.end())
    return found


def opens_block(sentence: str) -> str | None:
    """The mark closing the block of sentences a colon lead-in in `sentence` opens: "" for an
    unquoted block (it runs to its paragraph's end), the closing quote of a quotation the
    sentence leaves open, None when it opens no block."""
    if ": " not in sentence:
        return None
    lead_ins = list(_LEAD_IN.finditer(sentence))
    if not lead_ins:
        return None
    found = lead_ins[-1]  # the last lead-in opens the block
    if not found.group(1):
        return ""
    closing = _CLOSING[found.group(1)]
    return None if sentence.find(closing, found.end() + 1) >= 0 else closing


def unbroken_spans(text: str) -> list[tuple[int, int]]:
    """Spans no sentence starts inside: quotations woven into a sentence and signed pull quotes
    (from the opening quote to the closing one)."""
    if '"' not in text and "“" not in text:
        return []
    spans = [
        (found.start(), found.end())
        for found in _SIGNED.finditer(text)
        if not found.start()
        or _AFTER_SENTENCE.search(text, max(0, found.start() - 4), found.start())
    ]
    straight, counted = 0, 0  # straight quotes before: after an odd number, one closes
    for found in _WOVEN.finditer(text):
        quote, start = found.group(), found.start()
        if quote == '"':
            straight, counted = straight + text.count('"', counted, start), start
            if straight % 2:
                continue
        if not _resumes(text, start):
            end = text.find(_CLOSING[quote], start + 1, start + QUOTE_LENGTH)
            if end > 0:
                spans.append((start, end))
    return spans


def _resumes(text: str, start: int) -> bool:
    """True when the quotation opening at start resumes one interrupted by its attribution in
    the same sentence ('"We are," she said, "to show'): speech, which may hold sentences."""
    before = text[max(0, start - LOOK_BACK) : start]
    ends = [found.end() for found in _SENTENCE_END.finditer(before)]
    return bool(_INTERRUPTED.search(before, ends[-1] if ends else 0))
