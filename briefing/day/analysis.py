"""News analysis and features: articles that explain or portray rather than report, recognised by
their lead so that, like opinion, they are labelled and never lead ahead of the news.

A hard news lead tells an event: who did what, when ("on Tuesday"), on whose word ("police
said"). An analysis lead states a significance or a trend instead ("The arrest shows the growing
reach of ...", "is a sign of", "raises questions", "analysts say"); a feature lead opens on a
scene, a person or a general truth ("Among the ruins, ...", "Christmas is a sacred holiday ...",
"Things could have been worse.", or a day years back: "On Aug. 20, 1986, ...") and brings the
news later. Either is read only from a lead with no time of event (but that day years back) and,
for a feature, no source reporting it; an analysis may also open on a
claim ("Islamic militants are pulling out all the stops ...") and state the significance in a
later sentence, before any dates an event or names a source. The outlet's own word (a "NEWS
ANALYSIS" slug, an "Explainer:" or "FEATURE-" kicker, an analysis or features address) decides
alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from briefing.day.verbs import bare_word, first_verb, past
from briefing.models import Article
from briefing.text.news_marks import is_dateline, unquoted
from briefing.text.words import MONTH, month_number

ANALYSIS = "news analysis"  # how an analysis's reason opens (the page labels it Analysis)
FEATURE = "a feature"  # how a feature's reason opens (the page labels it Feature)
SHORT_LEAD = 6  # words: a lead this short, with no event, teases ("Things could have been worse.")

# A lead opening on a day years back ("On Aug. 20, 1986, a postal worker shot ..."): a feature
# retelling a past event; a news lead dates its event by the day, the year left implicit
_DATED_OPENING = re.compile(rf"^(?:On |In |Since )?({MONTH}) (\d{{1,2}}), (\d{{4}})\b")
YEAR = timedelta(days=365)  # how far back a day is "years back": a year or more
# When the event happened: the day, or a date (a month alone is background: "in 1992", "last month";
# a count "as of Wednesday" dates a tally, not an event)
_EVENT_TIME = re.compile(
    r"(?<!as of )\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
    r"yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend)|"
    r"(?:last|next) (?:night|week|weekend)|"
    rf"(?:{MONTH}) \d{{1,2}}\b|(?:early|late|mid-?) ?(?:{MONTH})\b)"
)
# A source reporting it: the reporter's attribution, not a generic "analysts say"
_REPORTED = re.compile(
    r"\b(?:said|say|says|told|announced|reported|confirmed|disclosed|according to|quoted|found|"
    r"finds|(?:studies|surveys|polls|reports|figures|data|researchers|"
    r"scientists) (?:\w+ )?(?:show|suggest|indicate))\b"
)
_EXPERTS = (
    r"(?:analysts|experts|scholars|economists|historians|observers|strategists|consultants|"
    r"diplomats|critics|specialists|commentators)"
)
_SIGNIFICANCE = re.compile(
    r"\b(?:(?:shows?|showed)(?= (?:that|how|what|why|the|an?|its|his|her|their|no|little|signs))|"
    r"underscor(?:es|ed)|underlin(?:es|ed)|highlight(?:s|ed)|"
    r"illustrat(?:es|ed)|demonstrat(?:es|ed)|exemplif(?:ies|ied)|epitomiz(?:es|ed)|"
    r"symboliz(?:es|ed)|typif(?:ies|ied)|bod(?:es|ed) (?:well|ill)|augur(?:s|ed)|"
    r"herald(?:s|ed)|signal(?:s|ed|led)|reflect(?:s|ed)|teach(?:es)? (?:a lot|much|us)|"
    r"raises? (?:new |fresh |serious |troubling |hard |deeper )?questions|"
    r"(?:marks?|marked) (?:a|an|the) (?:turning point|watershed|milestone|shift|departure|"
    r"new (?:phase|chapter|era)|end of an era)|"
    r"(?:is|was|are|were|as|in) (?:a|an|the|another|yet another|one more)(?: \w+)? "
    r"(?:sign|signal|symptom|reminder|measure|indication|illustration|test|harbinger|"
    r"barometer|litmus test) (?:of|that)|"
    r"(?:has|have) become (?:a|an) (?:factor|issue|symbol|test)|"
    rf"{_EXPERTS} (?:say|believe|agree|warn|argue|suggest)|"
    rf"say (?:\w+ ){{0,2}}{_EXPERTS})\b"
)
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+$")  # "figures that show": not the lead's verb
_PAST = re.compile(r"^(?:\w+ed|was|were)\b")  # "illustrated", "was a sign": told, not read
# "show" a noun: after a singular determiner and one word ("a new show that"), "the", "this",
# an owner ("the network's show"); "shows" only after the plural's ("This shows how": a verb)
_OWNER = r"\b(?:the|his|her|its|their|our)\s+|['’]s\s+"
_NOUN = {
    "show": re.compile(rf"(?:\b(?:an?|one|every|each)\s+(?:[\w-]+\s+)?|\bthis\s+|{_OWNER})$", re.I),
    "shows": re.compile(rf"(?:{_OWNER})$", re.I),
}
# A finding reported: "a survey showed that", "the figures show" (news of a study, not a view)
_FINDINGS = re.compile(
    r"\b(?:polls?|surveys?|study|studies|figures|data|results|reports?|statistics|census|"
    r"research|tests?|records|documents|evidence|findings|estimates|numbers)\b"
)
_SAID = re.compile(r"\b(?:said|told|announced|reported)\b")  # a source said it: news
# The outlet's own word: a slug opening the text, a title's kicker, a section of its address
_GENRE = r"(?:news )?analysis|explainer|insight|AP explains|features?"
_SLUG = re.compile(r"^\s*\(?(?:NEWS ANALYSIS|ANALYSIS|EXPLAINER|FEATURE)\b[):.]?")
_TITLE = re.compile(rf"^\s*(?:{_GENRE})\s*[:|–—-]|\bnews analysis\b", re.IGNORECASE)
_PATH = re.compile(r"(?:^|/)(?:news-?analysis|analysis|explainers?|features?)(?:/|$)", re.I)
# Feature leads: a pronoun with nothing before it to stand for ("They were teen-agers ...")
_PRONOUN = re.compile(
    r"^(?:He|She|They|It|Things|Anyone|Everyone|Everybody|Nobody|No one|Someone|You)\b"
)
# ... a scene, a sweep of time or a general view set before the subject
_SCENE = re.compile(
    r"^(?:Among|Amid|Amidst|Inside|Outside|Behind|Beneath|Beyond|From a distance|"
    r"In many ways|In some ways|Outwardly|Periodically|Once|Long before|Not long ago|"
    r"For (?:years|decades|centuries|generations|most of)|Every (?:year|day|morning|night|week)|"
    r"This time around|By all accounts|Perhaps|Whether|When)\b"
)
# ... a general truth: a plain noun phrase "is a sacred holiday", "is a narrative"
_TRUTH = re.compile(
    r"^(?:[\"“]?[A-Z][\w’'.-]*)(?: [\w’'.-]+){0,7} (?:is|are) (?:a|an|often|never|always|"
    r"rarely|seldom|usually)\b"
)
# ... a person's story: "Neal Horsley, a 54-year-old computer programmer in Carrollton, ...", or a
# named person in the present: "Krzysztof Chmiel knows about being homeless ..."
# (a full name: not a body or a country, "The IMF knows ...", "Iraq knows ..."; nor knowing the
# news's fact, "... knows who planted the bomb")
_PERSON = re.compile(
    r"^(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*, an? \d{1,3}-year-old\b|(?!(?:The|An?)\b)"
    r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)+ (?:knows(?! (?:who|where|why|whether)\b)|remembers|"
    r"recalls|loves|likes|hates|misses|wonders|worries|dreams|lives|spends|feels)\b)"
)
# ... a teaser, or a pronoun's lead: it states or supposes ("is", "would", "could have been",
# "It's been six years"), where a short news lead tells what was done ("Two vessels collided",
# "Xu was freed", "A typhoon is coming")
_SUPPOSES = re.compile(
    r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|would|could|might|can|"
    r"seems?|looks?|(?:it|that|there|he|she)['’]s)\b",
    re.IGNORECASE,
)
_HAPPENED = re.compile(
    r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't) (?:\w+ly )?(?:\w+ed|\w+ing|hurt|held|"
    r"made|sent|shot|hit|cut|built|brought|found|kept|left|lost|paid|sold|told|won|taken|given|"
    r"seen|beaten|broken|chosen|stolen|driven|written|shaken|hidden|fallen)\b"
)
_PAST_AUXILIARY = frozenset("has have had was were did".split())


def _years_back(lead: str, published: datetime | None) -> str:
    """The day a lead opens on when it is a year or more before `published` and the lead dates
    no later event ("On Jan. 1, 1999, the euro was launched; on Monday it ..." is news)."""
    found = _DATED_OPENING.match(lead)
    if not found or _EVENT_TIME.search(lead, found.end()):
        return ""
    try:
        day = date(int(found[3]), month_number(found[1]), int(found[2]))
    except ValueError:
        return ""  # no such day ("Feb. 30, 1999"): no date to weigh
    back = published is None or day <= published.date() - YEAR
    return found.group().strip() if back else ""


def analysis_reason(article: Article) -> str:
    """Why the article is news analysis or a feature ("" when its lead reports news)."""
    path = urlsplit(article.url).path if article.url else ""
    if _PATH.search(path):
        return f"{_kind(_PATH.search(path).group())}: its address files it so"
    title = _TITLE.search(article.title)
    if title:
        return f"{_kind(title.group())}: its title marks it so"
    texts = article.sentences or article.paragraphs
    sentences = [s for s in texts[:2] if not is_dateline(s)]
    if not sentences:
        return ""
    slug = _SLUG.match(sentences[0])
    if slug:
        return f"{_kind(slug.group())}: it says so: “{slug.group().strip()}”"
    lead = unquoted(sentences[0])
    back = _years_back(lead, article.published)
    if back:
        return f"{FEATURE}: its lead opens on a day years back (“{back}”)"
    if _EVENT_TIME.search(lead):
        return ""
    found = _significance(lead)
    if found:
        return f"{ANALYSIS}: its lead states a significance, not an event (“{found}”)"
    if _REPORTED.search(lead):
        return ""
    device = _feature_device(sentences[0], lead)
    if device:
        return f"{FEATURE}: its lead {device}, with no event or source"
    if _tells_event(lead):  # "... has been arrested": what happened, with no day
        return ""
    found = _explained_first(texts[texts.index(sentences[0]) + 1 :])
    return f"{ANALYSIS}: it states a significance before any event (“{found}”)" if found else ""


def _significance(text: str) -> str:
    """The significance `text` (no quotations) states in its own voice, or "": not a finding
    ("figures that show"), nor the noun ("a show that"), nor what a source said."""
    found = _SIGNIFICANCE.search(text)
    if found is None:
        return ""
    before = text[: found.start()]
    noun = found.group() in _NOUN and _NOUN[found.group()].search(before)
    if noun or _RELATIVE.search(before) or _FINDINGS.search(before) or _SAID.search(text):
        return ""
    return found.group()


def _tells_event(lead: str) -> bool:
    """Whether `lead` tells what happened: its first verb is a past form or a past auxiliary
    ("Rebels seized ...", "Pinochet has been arrested"), not a claim in the present ("Dam
    builders are pulling out all the stops ...")."""
    verb = first_verb([bare_word(word) for word in lead.split()])
    return verb in _PAST_AUXILIARY or past(verb)


def _explained_first(after: Sequence[str]) -> str:
    """The significance stated in the sentences after an undated, unsourced lead before one
    dates an event or names a source ("In recent days ... But the failure ... is an indication
    that ...": the analysis explains first, the news comes paragraphs down), or "". One in the
    past tense is the story told ("a flier illustrated a warning"), not the writer's reading."""
    for text in after:
        own = unquoted(text)  # the writer's own words
        if _EVENT_TIME.search(own) or _REPORTED.search(own):
            return ""
        found = _significance(own)
        if found and not _PAST.match(found):
            return found
    return ""


def feature_lead(article: Article) -> bool:
    """Whether the article is a feature by its lead (a scene, a general truth, a teaser, a
    person's story): a lead that names no event, and so no headline for the article."""
    return analysis_reason(article).startswith(f"{FEATURE}: its lead")


def _feature_device(text: str, lead: str) -> str:
    """Which feature lead `text` is (`lead`: it without quotations), or ""."""
    supposes = bool(_SUPPOSES.search(lead)) and not _HAPPENED.search(lead)
    if len(text.split()) <= SHORT_LEAD and _prose(text) and supposes:
        return "is a teaser"
    if _PRONOUN.match(text) and supposes:
        return "opens on a pronoun naming no one yet"
    if _SCENE.match(text):
        return "sets a scene or a span of time"
    if _TRUTH.match(lead):
        return "states a general truth"
    if _PERSON.search(lead):
        return "opens on a person's story"
    return ""


def _prose(text: str) -> bool:
    """Is `text` a sentence as prose writes it, not a headline ("Balloonists Cross Dominican
    Rep.", "OBESITY RATES RISE") or a fragment ("coffeehouse conversation.")?"""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not words or not words[0][0].isupper() or text.rstrip()[-1:] not in ".?!":
        return False
    capitals = sum(word[0].isupper() for word in words[1:])
    return capitals <= len(words[1:]) / 2


def _kind(marker: str) -> str:
    return FEATURE if "feature" in marker.lower() else ANALYSIS
