"""Can a sentence be read without its neighbours? The reasons one leans on what came before."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.models import Sentence
from briefing.text.news_marks import opens_block
from briefing.text.words import MONTH

_OPEN = r"^[\"“‘'(]?"
# A leading connective or a bare pronoun subject: "But ...", "He said ...", "This ...", "One, ...".
_CONNECTIVE = re.compile(
    _OPEN + r"(?:But|However|Also|And|Or|So|Yet|Still|Meanwhile|Moreover|Furthermore|Instead|"
    r"Nevertheless|Nonetheless|Besides|Likewise|Similarly|Otherwise|Thus|Hence|Therefore|"
    r"Then|That|This|These|Those|It|He|She|They|His|Her|Its|Their|Such|"
    r"In addition|In contrast|On the other hand|As a result|By contrast|Even so|"
    r"At the same time|The same|The (?:\w+ )?other|Another|Others|Later|Earlier|Afterwards|"
    r"Though|Although|Even then|Soon after|Shortly after|Soon afterwards|Shortly afterwards|"
    r"(?:Hours|Days|Weeks|Months|A day|A week|Minutes) later|No kidding|Indeed|Of course|"
    r"Sure enough|Not so|"
    # a bare numeral standing for ones named before: "One, led by researchers at ...", "Both
    # were ...", "One of them", "Two of the three" (after "two studies ...")
    r"(?:One|Two|Three|Both|Each|Neither|Either|The first|The second)(?=,)|"
    r"(?:One|Two|Three|Both|Each|Neither|Either) of (?:them|these|those(?! who)|the two|the three)|"
    r"Both (?:are|were|have|had|will|would|say|said))\b"
)
# "On Dec. 7, they submitted ...", "In an interview, his father said ...": a bare pronoun or a
# possessive one opening the subject after an opening phrase of time or place (not "While the
# guerrillas ..., they promised", where the phrase names who they are).
_PRONOUN_AFTER_OPENING = re.compile(
    r"^[\"“]?(?:On|In|At|By|Since|Until|Last|Earlier|Later|Today|Yesterday|Now|Then)\b[^,]{0,60},"
    r"\s+(?:he|she|they|his|her|its|their)\s+[a-z]"
)
# "Unfortunately for residents, ...", "Ironically, ...": the writer's stance on the news, weighed
# against what the reader was told to expect before it (an opening word then a comma or "for";
# in a quotation it is a speaker's, attributed).
_STANCE = re.compile(
    r"^(?:(?:Un)?[Ff]ortunately|Luckily|Unluckily|Sadly|Happily|Thankfully|Mercifully|"
    r"Regrettably|Alas|Ironically|(?:Not |Un)?[Ss]urprisingly|Predictably|Inevitably|Naturally|"
    r"Curiously|Oddly|Strangely|Interestingly|Remarkably|Fittingly|Worse|Better still|"
    r"Even (?:worse|better)|As expected|Needless to say)(?: still| yet| enough)?(?:,| for\b)"
)
# "X was one, and ...": counts someone among a group named before it.
_ONE_OF = re.compile(r"\b(?:was|is|were|are) (?:one|another|among them|one of them)\s*[,.;]")
# "such a plan": a kind named before it ("such a plan is only one of six possibilities"); "on
# similar charges": like what was named before it (not "similar to ...", "Napster and similar
# services", where the sentence names it).
_SUCH = re.compile(
    r"\b[Ss]uch (?:a|an) [a-z]+(?! as\b)|(?<!\band )(?<!\bor )\b[Ss]imilar (?!to\b|in\b)[a-z]+"
)
# "Police said another 173 people were injured", "With another 17 people in intensive care, ...":
# "another" opening a reported clause or a "with" phrase counts on ones named before, as an
# opening "Another" does (not "detained another 187 members ..., bringing the total to 702");
# so does an ordinal opening the sentence or the clause, "A third leading advocate ...", "the
# fourth hostage" (not a series the sentence names, "The fifth anniversary of ...")
# (not a rank: "the second-largest", "the third biggest bank", "the fourth most populous")
_RANKED = (
    r"most|least|largest|biggest|highest|lowest|best|worst|greatest|smallest|richest|poorest"
    r"|busiest|oldest|longest|tallest|deadliest|strongest|fastest|heaviest|wealthiest"
)
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    rf"(?!-|\s+(?:{_RANKED})\b)"
)
_ANOTHER = re.compile(
    r"^[\"“]?(?:With\s+|[^,]{0,60}?\b(?:said|says|reported|added|told\s+\w+)\s+(?:that\s+)?)?"
    rf"(?:(?<=\s)another\b|[Aa]n?\s+{_ORDINAL}|[Tt]he\s+{_ORDINAL}(?!(?:\s+[a-z][\w-]*){{1,2}}\s+of\b))"
)
# "People in East Asia, however, will ...", "..., though.", "It, too, ...": a contrast, a sequel
# or an addition set off by commas answers a line before it, wherever it stands (not "though it
# kept ...", a conjunction, nor "a lean-to, too poor to ...", a degree).
_SET_OFF = re.compile(
    r",\s+(?:however|though|too|meanwhile|nevertheless|nonetheless|therefore|moreover|furthermore|"
    r"instead|in turn|in contrast|by contrast|as a result|on the other hand|even so)\s*[,.;:!?]"
)
# A quotation or clause attributed to a bare pronoun: "..., he said." / "... she told reporters."
_PRONOUN_SAID = re.compile(
    r"[,”\"’'?!]\s*(?:he|she|they|it)\s+(?:said|says|added|told|noted|stated|wrote|argued|warned|"
    r"explained|insisted|asked|continued|declared)\b"
)
# "X also ...", "... too": continues something said just before (within the first words).
_CONTINUES = re.compile(r"^(?:\S+\s+){0,6}(?:also|too|again|likewise)\b(?!\s+known)", re.I)
# "The Israeli Cabinet immediately suspended ...": a reaction at once to what came before (a
# sentence that says after what is none; "not immediately returned" is no reaction, nor a verb
# to come, "will immediately set up", nor one ending in 'eed' that is no past, "need")
_AT_ONCE = re.compile(
    r"^(?:(?!(?:will|would|shall|should|can|could|may|might|must|to)\s|\S*'ll\s)\S+\s+){1,6}?"
    r"(?:(?:was|were)\s+)?(?<!not )(?<!n't )immediately\s+"
    r"(?!(?:need|feed|heed|seed|weed|speed|bleed|breed|proceed|succeed|exceed|embed|shed|wed)\b)"
    r"(?:[a-z]+ed|sent|left|set|took|went|began|made|gave)\b"
    r"(?!.*\b(?:after|following|upon|when|once)\b)"
)
# "the strategic waterway", "the move": a generic noun standing for something named earlier.
_BACK_NOUNS = (
    r"(?:waterway|move|decision|deal|agreement|plan|proposal|"
    r"incident|meeting|country|nation|group|company|city|island|islands|dispute|"
    r"arrests?|visit|trip|measures?|bill|announcement|statement|case|issue|summit|attack|"
    r"remarks|comments|report|accord|pact|talks|event|episode|operation|offensive|protests?|"
    r"latter|former|ban|vote|ruling|verdict|resolution|law|airline|carrier|plane|ship|vessel)\b"
)
_BACK_NOUN = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _BACK_NOUNS
    + r"(?!\s+(?:of|in|at|on|between|over|with|to|for|by|from|that|which|who|where|said)\b)"
    r"(?!\s+[A-Z])"
)
# "in that and other attacks", "in that attack", "this decision": a demonstrative pointing at
# what the article named before ("that" only after a preposition: "said that talks ..." reports)
_DEMONSTRATIVE = re.compile(
    r"\b(?:[Tt]h(?:is|ese|ose)|(?:in|of|on|at|by|for|to|from|after|since|with|before) that)"
    r"\s+(?:and (?:other|similar)\b|(?:[a-z][\w-]*\s+)?" + _BACK_NOUNS + r")"
)
# "... to Suu Kyi's demand": a possessive pointing at something the article stated before.
_BACK_POSSESSIVE = re.compile(
    r"\w['’]s\s+(?:demand|demands|call|request|statement|remarks|comments|announcement|decision|"
    r"move|claim|claims|offer|proposal|warning|threat|accusation|accusations)\b(?!\s+(?:for|to|that|of)\b)"
)
# A sentence opening on a definite article: "The storm was ...", "The storm's cost ...", or a
# reported clause doing so: "Syria claims the ties are ...".
_DEFINITE = re.compile(
    r"^[\"“‘']?(?:The|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:says|said|claims|claimed|argues|"
    r"argued|insists|insisted|believes|believed)\s+(?:that\s+)?the)\s+(?=[a-z])"
)
_SAID_WORD = re.compile(r"[\w-]+")  # a word as `_Said.used` looks for it ("storm", "storm's")
# Attribution to a body named before by a generic noun: "..., the observatory said."
_THE_SAID = re.compile(
    r"[,”\"’']\s*the\s+([a-z]+)\s+(?:said|says|added|told|reported|announced|stated)\b"
)
# Words after a noun that say which one it is ("the rains in Taiwan"): no longer a back-reference.
_QUALIFIERS = frozenset("of in at on between over with to for by from that which who where".split())
# A reaction line that follows the news: "There was no immediate response ...".
_FOLLOW_UP = re.compile(
    r"\bno immediate (?:comment|response|reaction|word)\b|could not be reached for comment|"
    r"did not (?:immediately )?(?:respond|reply|return)",
    re.I,
)
# "Dec. 17 - The Justice Department asks ...", "1994 _ Microsoft signs ...": an entry of a
# chronology, a date then a dash or a colon: a step in the story's past told in a list, not news
_CHRONOLOGY = re.compile(
    rf"^(?:{MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?"
    r"|\d{4})\s*(?:[-–—]{1,2}|_|:)\s+(?=[\"“]?[A-Z])"
)
# A closing quotation mark before any opening one: the sentence starts inside a quotation
# (a straight quote closes before a space or a stop, or ends the sentence: 'on Monday."').
_MID_QUOTE = re.compile(r"^[^\"“”]*[”]|^[^\"“”]*\"(?:[\s,.;:!?)]|$)")
_LOWER_START = re.compile(r"^[\"“‘'(]?[a-z…]|^\.\.\.")
# A person's name: a run of capitalised words, its last two the name ("Xu Wenli", "Israeli Prime
# Minister Benjamin Netanyahu", "Mustafa Mahmoud Said Ahmed"), read with its middle initial left
# out ("Donald K. Yeomans" is "Donald Yeomans").
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
_INITIAL = re.compile(r"\b[A-Z]\. (?=[A-Z][a-z])")
# Where a bare surname stands for a person: the subject, after an opening phrase ("According to
# officials, Ahmed walked ...") or after "that" ("urged that Xu ...").
_SURNAME_USE = re.compile(r"(?:^[\"“‘']?|\bthat )([A-Z][a-z]+)\b(?! [A-Z])")
_SURNAME_AFTER_OPENING = re.compile(r"^[^,]{3,80},\s+([A-Z][a-z]+)\b(?! [A-Z])")
# Or the speaker a line is attributed to: '"...," Yeomans said.' / '"...," said Yeomans.'
_SURNAME_SAID = re.compile(
    r"[,?!][\"”’']?\s+(?:([A-Z][a-z]+) (?:said|says|added|told)\b|"
    r"(?:said|says|added) ([A-Z][a-z]+)\b(?! [A-Z]))"
)
_NOT_NAMES = frozenset(
    """The A An In On At For But And Of To As By From With After Before When While If This That
    These Those It He She They We His Her Its Their Our Mr Mrs Ms Dr President Minister Secretary
    Foreign State Prime General Chinese American British French Russian Japanese Indian""".split()
)


class _Names:
    """People an article has named in full so far, read sentence by sentence."""

    def __init__(self) -> None:
        self.introduced: dict[str, str] = {}  # a first or last name -> the full name
        self.alone: set[str] = set()  # first met on its own: a place or a body, not a surname

    def bare(self, text: str) -> list[str]:
        """Last names this sentence uses alone that the article introduced in full ("Xu"
        after "Xu Wenli"): the reader of this sentence alone does not know who they are."""
        said = [word for pair in _SURNAME_SAID.findall(text) for word in pair if word]
        plain = _INITIAL.sub("", text)
        return [
            word
            for word in dict.fromkeys(
                _SURNAME_USE.findall(text) + _SURNAME_AFTER_OPENING.findall(text) + said
            )
            if word in self.introduced and self.introduced[word] not in plain
        ]

    def read(self, text: str) -> None:
        """Learn the names a sentence introduces."""
        in_names = set()
        for found in _NAME.finditer(_INITIAL.sub("", text)):
            parts = [part for part in found.group().split() if part not in _NOT_NAMES]
            in_names.update(parts)
            if len(parts) >= 2:  # "Dissident Xu Wenli": the words before the last two are no name
                for part in parts[-1:-3:-1]:
                    if part not in self.alone:
                        self.introduced.setdefault(part, " ".join(parts[-2:]))
        self.alone.update(w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w not in in_names)


class _Said:
    """What an article has said so far, to tell "The storm" that refers back."""

    def __init__(self) -> None:
        from briefing.text.vectorize import stop_words

        self.stops = stop_words()
        self.stems: set[str] = set()  # each word read, lower-cased, without its final s's

    def used(self, noun: str) -> bool:
        """Whether the article used the noun before (singular or plural, names' words too:
        "observatory" from "The Hong Kong Observatory")."""
        stems = {word.rstrip("s") for word in _SAID_WORD.findall(noun.lower())}
        return bool(stems) and stems <= self.stems

    def refers_back(self, text: str) -> str | None:
        """The noun of a "the ..." phrase that stands for something the article named before:
        the sentence opens with it and nothing in it says which one ("The storm" for Typhoon
        Babs; not "The rains in Taiwan", not "The top US diplomats"; or its reported clause
        does: "Syria claims the ties are ..."), or a line is attributed to
        it ("..., the observatory said" after the Hong Kong Observatory). The phrase ends at a
        stop word or a past verb after its noun ("The cold front arrived on ...")."""
        said = _THE_SAID.search(text)
        if said and self.used(said.group(1)):
            return said.group(1)
        found = _DEFINITE.match(text)
        if not found:
            return None
        head = ""
        for word in text[found.end() :].split()[:5]:
            bare = re.sub(r"(?:['’]s)?[,.;:!?]*$", "", word)
            if not bare or not bare[0].islower() or bare in _QUALIFIERS:
                return None  # a name or a qualifier says which one
            if bare in self.stops or (head and bare.endswith("ed")):
                break  # a past verb after the noun ends its phrase ("The cold front arrived")
            head = bare
            if bare != word:
                break  # "storm's", "storm,": the phrase ends here
        return head if head and self.used(head) else None

    def read(self, text: str) -> None:
        """Remember what a sentence said: its words, looked up, not searched, later."""
        self.stems.update(word.rstrip("s") for word in _SAID_WORD.findall(text.lower()))


def _back_reference(text: str, said: _Said, opening: bool) -> bool:
    """A "the ..." phrase, a demonstrative ("that attack") or a possessive standing for something
    named before it; in an article's opening sentence nothing was, so one past its first words
    points inside the sentence ("after a car bomb ..., said the attack should not derail ...")."""
    found = [
        m for m in (p.search(text) for p in (_BACK_NOUN, _BACK_POSSESSIVE, _DEMONSTRATIVE)) if m
    ]
    if any(not opening or m.start() == 0 for m in found):
        return True
    return said.refers_back(text) is not None


def _reasons(text: str, names: _Names, said: _Said, opening: bool = False) -> list[str]:
    reasons = []
    if _LOWER_START.match(text):
        reasons.append("starts mid-sentence")
    if _MID_QUOTE.match(text):
        reasons.append("starts inside a quotation")
    if _CONNECTIVE.match(text) or _PRONOUN_AFTER_OPENING.match(text):
        reasons.append("starts with a connective or pronoun")
    if _PRONOUN_SAID.search(text) and not re.search(r"\b[A-Z][a-z]+\s+(?:said|says|told)\b", text):
        reasons.append("attributed to a bare pronoun")
    if _CONTINUES.match(text):
        reasons.append("continues what came before (also, too)")
    if _SET_OFF.search(text):
        reasons.append("answers what came before (, however, / , meanwhile, / , too,)")
    if _STANCE.match(text):
        reasons.append("opens on the writer's stance (unfortunately, ironically)")
    if _AT_ONCE.match(text):
        reasons.append("reacts at once to what came before (immediately)")
    if _ONE_OF.search(text) or _SUCH.search(text) or _ANOTHER.match(text):
        reasons.append(
            "counts on a group or kind named before it (was one, such a, similar, another, a third)"
        )
    if _back_reference(text, said, opening):
        reasons.append("a back-reference ('the ...') to something named before")
    if _FOLLOW_UP.search(text):
        reasons.append("a reaction to news stated before it")
    if _CHRONOLOGY.match(text):
        reasons.append("an entry of a chronology (a date, a dash)")
    surnames = names.bare(text)
    if surnames:
        reasons.append(f"names introduced before it ({', '.join(surnames)})")
    return reasons


def _read_article(
    texts: Sequence[str],
    asked: Sequence[bool],
    opens: bool = False,
    paragraphs: Sequence[int] = (),
) -> list[list[str] | None]:
    """Why each asked sentence cannot stand alone (None for the others), reading the article
    once, in order, up to its last asked sentence: linear in the article's length. `opens`: the
    first text is the article's opening sentence (not a line met out of its context);
    `paragraphs`, when known, each text's paragraph, to tell a block a colon lead-in opens."""
    names, said = _Names(), _Said()
    found: list[list[str] | None] = [None] * len(texts)
    last = max((n for n, ask in enumerate(asked) if ask), default=-1)
    block: str | None = None  # the mark closing the lead-in block being read ("": its paragraph)
    for n, text in enumerate(texts[: last + 1]):
        if not paragraphs or (n and paragraphs[n] != paragraphs[n - 1]):
            block = None
        if asked[n]:
            found[n] = _reasons(text, names, said, opens and n == 0)
            if block is not None:  # 'Beijing responded: We will watch.' / 'We will talk ...'
                found[n].append("inside a block of sentences a colon lead-in opens")
        if block:
            block = None if block in text else block
        elif block is None and paragraphs:
            block = opens_block(text)
        names.read(text)
        said.read(text)
    return found


def lean_reasons(article: Sequence[str]) -> list[list[str]]:
    """For each sentence of an article, in order, why it cannot stand alone ([] when it can)."""
    return [reasons or [] for reasons in _read_article(article, [True] * len(article))]


def leans_on(text: str, earlier: Sequence[str] = ()) -> list[str]:
    """Why the sentence cannot stand alone ([] when it can); `earlier` is what its article said
    before it, to tell names introduced there."""
    return lean_reasons([*earlier, text])[-1]


def leaning_of(
    sentences: Sequence[Sentence], wanted: Collection[int] | None = None
) -> dict[int, bool]:
    """sentence id -> whether it cannot stand alone, for the sentences with `wanted` ids
    (default: all), given in article order with their paragraphs; an article is read up to its
    last wanted one, and from its opening sentence (index 0) when that is given."""
    by_article: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article.id, []).append(sentence)
    leaning = {}
    for found in by_article.values():
        asked = [wanted is None or s.id in wanted for s in found]
        texts, paragraphs = [s.text for s in found], [s.paragraph for s in found]
        read = _read_article(texts, asked, found[0].index == 0, paragraphs)
        for sentence, reasons in zip(found, read, strict=True):
            if reasons is not None:
                leaning[sentence.id] = bool(reasons)
    return leaning


def starts_leaning(text: str) -> bool:
    """True when the sentence's first words are a connective or a pronoun ("But", "He")."""
    return bool(_CONNECTIVE.match(text))


def stands_alone(text: str, earlier: Sequence[str] = ()) -> bool:
    """True when nothing in the sentence leans on the sentences before it."""
    return not leans_on(text, earlier)
