"""A story's headline: one of its articles' titles, outlet suffix removed and shouting turned to
sentence case, or, when none has a title, its news sentence's or a lead's cut (`sentence_cut`) that
tells what happened."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

from briefing.day.happened import says_what_happened
from briefing.day.names import entities, read_names
from briefing.day.opinion import opinion_reason
from briefing.day.sentence_cut import attribution_only, from_sentence
from briefing.day.verbs import WORD
from briefing.models import Article, Item, Story
from briefing.text.news_marks import is_dateline, without_dateline
from briefing.text.standalone import stands_alone
from briefing.text.vectorize import content_terms, stop_words
from briefing.text.words import MONTHS, WEEKDAYS, shouts
from briefing.text.words import lower as lower_case

_SUFFIX = re.compile(r"\s+(?:[-|–—:]|::)\s+([^-|–—:]{2,40})$")
_AGENCY = re.compile(
    r"^(?:the\s+)?(?:AP|AFP|Reuters|Xinhua|BBC|CNN|Bloomberg|Kyodo|Yonhap|Bernama|Al Jazeera|"
    r"Associated Press|Agence France-Presse|Nikkei|SCMP)\b(?:\s+News)?(?:\.com)?$",
    re.IGNORECASE,
)
_HERE = re.compile(r"\bhere\b", re.I)  # a place only the article's dateline names
# "here" and the preposition that already places it ("from here"), else none ("arrived here")
_HERE_AFTER = re.compile(r"\b((?:from|near|to|around|outside|of|in|at)\s+)?here\b")
# a verb of coming or going that "here" ends ("flew here": to the place, not in it)
_TOWARD = re.compile(
    r"\b(?:came|comes?|coming|flew|fly|flies|flown|returned|returns?|moved|went|travell?ed|"
    r"brought|sent|rushed|fled|headed|drove|sailed)\s+$"
)
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))  # capitalised, but naming no one and nothing
# "President Clinton expressed sympathy to Israel Friday | after a car-bomb explosion ...", "The
# United States offered help to Turkey | after a severe earthquake ...": a main clause reacting to
# the event that the clause after it tells (`_reacts`)
_REACTION = re.compile(
    r"\b(?:(?:expressed|voiced|conveyed|offered|sent|extended|pledged)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sympathy|sympathies|condolences|help|aid|support|regret|outrage|shock|sorrow|grief|"
    r"dismay|horror)|condemned|denounced|deplored|mourned|decried)\b"
)
_EVENT_AFTER = re.compile(r"\s*,?\s*(?:after|following)\s")
# the content words a lead shares with the news to tell the same development before the news's
# own clause: one alone ("jets": the FAA's review of aging airliners beside Swissair's wiring)
# comes after it, when the news's verb is out of reach ("Earth": the Leonids)
_SAME_WORDS = 2


def headline(article: Article, outlets: Sequence[str]) -> str:
    """The article's title without an outlet suffix (" - Reuters", " | AP News"), in sentence
    case when it shouts (all capitals), proper names kept as the article's text writes them."""
    title = " ".join(article.title.split())
    match = _SUFFIX.search(title)
    if match:
        suffix = match.group(1).strip().lower()
        names = {o.lower() for o in outlets if o}
        if _AGENCY.match(suffix) or any(n and (n in suffix or suffix in n) for n in names):
            title = title[: match.start()].rstrip()
    return sentence_case(title, article.sentences or article.paragraphs) if shouts(title) else title


def sentence_case(title: str, text: Sequence[str]) -> str:
    """A capitalised title in sentence case: each word as the text writes it inside a sentence
    (names keep their capitals, "US" stays), else in lower case; the first word capitalised."""
    seen: dict[str, str] = {}
    starts: dict[str, str] = {}  # a sentence's first word: capitalised anyway, a name if no stop
    for sentence in text:
        for n, match in enumerate(WORD.finditer(sentence)):
            word = match.group()
            if n == 0:
                starts.setdefault(word.lower(), word)
            elif seen.get(word.lower()) != word.lower():  # once in lower case, it is lower case
                seen[word.lower()] = word
    stops = stop_words()
    for lower, word in starts.items():
        if lower not in seen and lower not in stops:
            seen[lower] = word
    shown = WORD.sub(lambda m: seen.get(m.group().lower(), m.group().lower()), title)
    return shown[:1].upper() + shown[1:]


def own_headline(article: Article) -> str:
    """What names the article itself: its headline, else one cut from its first sentence; never
    another article's title."""
    if article.title:
        return headline(article, (article.outlet,))
    return from_sentence(first_sentence(article))


def known_by(story: Story, told: Sequence[Item]) -> str:
    """The headline a reader of a section knows a told story by: its first line `told` cut as a
    headline, run on to the clause end past what the cut announces ("... his rightful chance…")."""
    cited = {own_headline(item.sentence.article) for item in told}
    if not told or story.headline in cited:  # a line's citation printed it (its article's title)
        return story.headline
    cut = from_sentence(told[0].text)
    if not _plain(cut):  # "here" named by the line's dateline where it did not print the headline
        placed = _placed(cut, told[0].sentence.article.place)
        return placed if _plain(placed) and not _printed(story.headline, told) else story.headline
    if not says_what_happened(cut.rstrip("…")):  # the cut stops before its main clause's verb:
        # the story's own where the lines printed its words (the run-on costs a line or two),
        # else the cut, not another report's lead the reader never saw
        return story.headline if _printed(story.headline, told) else cut
    # the printed line's words, not a phrase cut past the verb (a name on two lines: review25)
    return from_sentence(told[0].text, reach=True, phrase=False)


def _printed(headline: str, told: Sequence[Item]) -> bool:
    """Whether the lines `told` printed `headline`'s words (a cut of one, less its setting or
    aside; "here" named by its dateline's place), not another report's lead's."""
    read = (_content_words(f"{item.text} {item.sentence.article.place}") for item in told)
    return _content_words(headline) <= set().union(*read)


def first_sentence(article: Article) -> str:
    """The article's first sentence with news in it: no blank and no dateline unit."""
    text = article.sentences or article.paragraphs
    return next((s for s in text if s.strip() and not is_dateline(s)), "")


def _content_words(text: str) -> set[str]:
    """The words of `text` that say what it is about, in lower case: no stop word, day or month."""
    left_out = stop_words() | _CALENDAR
    return {w for w in map(str.lower, WORD.findall(text)) if w not in left_out}


def story_headline(articles: Sequence[Article], outlets: Sequence[str], news: str) -> str:
    """The first titled article's headline, else a cut (`from_sentence`) of `news` (the story's
    news sentence), of a report's lead that stands alone, or of the first article's lead."""
    titled = next((a for a in articles if a.title), None)
    if titled:
        return headline(titled, outlets)
    leads = [(a, first_sentence(a)) for a in articles]
    # the leads that stand alone (not "It plowed over ...") of news reports, not a feature's
    told = ((a, s) for a, s in leads if s and stands_alone(s) and not opinion_reason(a))
    holder = next((a for a in articles if news in a.sentences), articles[0]) if news else None
    sources = chain(
        [(holder, news, True)] if holder else [],
        ((a, s, True) for a, s in told),
        ((a, s, False) for a, s in leads if s),
    )
    cuts = ((from_sentence(s), s, trusted, a) for a, s, trusted in sources)
    first, told_first, _, first_article = next(cuts, ("", "", False, None))
    if _plain(first) and _tells(first, told_first):  # no unplaced "here", and what happened
        return first
    plain = first if _plain(first) else None
    about = _content_words(told_first)
    fitting = []  # the leads' cuts that say what happened, by the words they share with the news
    for cut, lead, trusted, _ in cuts:
        fits = trusted and _plain(cut) and _tells(cut, lead)
        if fits and (count := len(about & _content_words(lead))):
            fitting.append((count, cut, lead))
        if plain is None and cut and _plain(cut):
            plain = cut
        if plain is not None and not trusted:
            break
    shared, best, lead = 0, "", ""
    if fitting:  # most words shared with the news, then the event's own; the earliest of equals
        held = [set(content_terms(s)) for _, s in leads]
        shared, best, lead = max(fitting, key=lambda fit: (fit[0], _shared(fit[1], held)))
    if shared >= _SAME_WORDS:  # another lead's cut that tells the same development
        return best
    reached = from_sentence(told_first, reach=True)  # on to the verb the first cut stopped before
    if reached != first and _plain(reached) and _tells(reached, told_first):
        return reached
    if best and _names_alike(told_first, lead):  # one word shared ("Earth"), its verb out of reach
        return best
    if plain is None:  # every cut says "here" or quotes: the first, "here" its dateline's place
        return _placed(first, first_article.place if first_article else "")
    return plain  # the first cut that says no unplaced "here" and quotes no one


def _names_alike(news: str, lead: str) -> bool:
    """Whether `lead` names something `news` names, or `news` names nothing: not the FAA's
    "Federal Aviation Administration" beside "Swissair Flight 111"."""
    named = _name_words(without_dateline(news), opening=True)
    return not named or bool(named & _name_words(without_dateline(lead)))


def _name_words(text: str, opening: bool = False) -> set[str]:
    """The words of the names in `text`, in lower case: no stop word, day or month; `opening`:
    a one-word name starting it too ("Swissair's chief engineer ...", none of `entities`)."""
    names = [n for n, _, _, entity in read_names(text) if entity] if opening else entities(text)
    return {w for name in names for w in name.split()} - stop_words() - _CALENDAR


def _placed(cut: str, place: str) -> str:
    """`cut` with its "here" naming `place`, the dateline's ("arrived in New York", "flew from
    Hong Kong", "flew to London"); as it is when no place was read."""
    if not place:
        return cut

    def named(here: re.Match[str]) -> str:
        toward = _TOWARD.search(cut, 0, here.start())
        return f"{here.group(1) or ('to ' if toward else 'in ')}{place}"

    return _HERE_AFTER.sub(named, cut)


def _tells(cut: str, sentence: str) -> bool:
    """Whether `cut`, from `sentence`, tells what happened: it `says_what_happened`, is no
    reaction to the event (`_reacts`) and not its attribution alone (`attribution_only`)."""
    return (
        says_what_happened(cut)
        and not _reacts(cut, sentence)
        and not attribution_only(cut, sentence)
    )


def _plain(cut: str) -> bool:
    """Whether `cut` says no "here" (no dateline shows where that is) and opens on no quotation
    ('"Things are changing in Bangkok ...," Rajinder Singh, manager of ...': what someone said,
    not what happened)."""
    return not _HERE.search(cut) and cut[:1] not in "\"“‘'"


def _reacts(cut: str, sentence: str) -> bool:
    """Whether `cut`, from `sentence`, is a reaction (sympathy, help, a condemnation) to the
    event that the clause the cut left out tells ("... after a car-bomb explosion ..."); the
    cut is found ignoring case (capitalised where a setting before it was left out)."""
    text = without_dateline(" ".join(sentence.split()))
    at = lower_case(text).find(lower_case(cut))
    return bool(_REACTION.search(cut)) and at >= 0 and bool(_EVENT_AFTER.match(text, at + len(cut)))


def _shared(cut: str, held: Sequence[set[str]]) -> float:
    """How far the story's leads (`held`: each one's terms, the cut's own among them) share
    `cut`'s words: the mean over its terms of the other leads holding each."""
    terms = set(content_terms(cut))
    return sum(sum(t in h for h in held) - 1 for t in terms) / max(1, len(terms))
