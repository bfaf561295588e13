"""Editions: each analyst gets the topics they follow, as HTML, PDF or both. Each distinct topic
set is rendered once, however many analysts share it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.config import Config, mailbox
from briefing.models import Briefing
from briefing.render.renderer import Renderer


@dataclass(frozen=True)
class Addressee:
    """Who gets one message: the addresses in its To line, its topics and its format."""

    addresses: tuple[str, ...]
    topics: tuple[str, ...]  # in the configured order
    format: str = "both"  # "html", "pdf" or "both"


def addressees(config: Config, to: Sequence[str] = ()) -> list[Addressee]:
    """`--to` (everything, one message), else `email.recipients` (everything, one message) and
    each `[[recipients]]` entry (its own edition)."""
    everything = tuple(topic.name for topic in config.topics)
    if to:
        return _once([Addressee(tuple(to), everything)])
    found = (
        [Addressee(tuple(config.email.recipients), everything)] if config.email.recipients else []
    )
    for recipient in config.recipients:
        wanted = set(recipient.topics) or set(everything)
        topics = tuple(name for name in everything if name in wanted)
        found.append(Addressee((recipient.address,), topics, recipient.format))
    return _once(found)


def _once(found: list[Addressee]) -> list[Addressee]:
    """Each mailbox in one message only, however it is spelt: the first that names it."""
    seen: set[str] = set()
    kept = []
    for addressee in found:
        addresses = []
        for address in addressee.addresses:
            if mailbox(address) not in seen:
                seen.add(mailbox(address))
                addresses.append(address)
        if addresses:
            kept.append(replace(addressee, addresses=tuple(addresses)))
    return kept


def not_yet(addressee: Addressee, got_it: frozenset[str]) -> Addressee:
    """The addressee with only the addresses whose mailbox is not in `got_it`."""
    return replace(
        addressee, addresses=tuple(a for a in addressee.addresses if mailbox(a) not in got_it)
    )


def eml_name(addressee: Addressee) -> str:
    """The dry-run file for one addressee's message: briefing-<address>.eml, with a short hash
    of the address when characters had to be replaced (a+b@ and a_b@ stay apart)."""
    address = addressee.addresses[0]
    name = re.sub(r"[^\w.@-]+", "_", address)
    if name != address:
        name += "-" + hashlib.sha256(address.encode()).hexdigest()[:8]
    return f"briefing-{name}.eml"


@dataclass(frozen=True)
class Rendered:
    """One topic set's edition: its briefing, subject and bodies (the email HTML is under the
    size cap with and without the note that the PDF is attached)."""

    briefing: Briefing
    subject: str
    text: str
    html: dict[bool, str]


class Editions:
    """The editions of one built briefing, each topic set rendered once, its PDF only when an
    addressee wants it."""

    def __init__(self, config: Config, briefing: Briefing, pdf: bytes) -> None:
        self.config = config
        self.briefing = briefing
        self.renderer = Renderer(config)
        self.everything = tuple(section.name for section in briefing.sections)
        self._rendered: dict[tuple[str, ...], Rendered] = {}
        self._pdfs: dict[tuple[str, ...], bytes] = {self.everything: pdf}

    def _key(self, topics: Sequence[str]) -> tuple[str, ...]:
        return tuple(name for name in self.everything if name in set(topics))

    def edition(self, topics: Sequence[str]) -> Briefing:
        """The briefing with only these topics' sections, and the events on them or of their
        stories."""
        keep = set(self._key(topics))
        sections = tuple(s for s in self.briefing.sections if s.name in keep)
        told = {story.id for section in sections for story in section.stories}
        return replace(
            self.briefing,
            sections=sections,
            coming=tuple(e for e in self.briefing.coming if e.topic in keep or e.story in told),
        )

    def rendered(self, topics: Sequence[str]) -> Rendered:
        """The edition's subject, text and email HTML, rendered on first use."""
        key = self._key(topics)
        if key not in self._rendered:
            html = {
                attached: self.renderer.email(self.edition(key), attached=attached)
                for attached in (True, False)
            }
            shown = html[True][0]
            self._rendered[key] = Rendered(
                shown,
                self.renderer.subject(shown),
                self.renderer.text(shown),
                {attached: page for attached, (_, page) in html.items()},
            )
        return self._rendered[key]

    def pdf(self, topics: Sequence[str]) -> bytes:
        """The edition's one-page PDF, rendered on first use (the built PDF for every topic)."""
        key = self._key(topics)
        if key not in self._pdfs:
            self._pdfs[key] = self.renderer.outputs(self.edition(key))[1]["briefing.pdf"]
        return self._pdfs[key]

    @property
    def topic_sets(self) -> int:
        """How many distinct topic sets were rendered."""
        return len(self._rendered)

    def parts(self, addressee: Addressee) -> tuple[str, str, str | None, bytes | None]:
        """Subject, text, HTML and PDF of one addressee's message: text + HTML ("html"), the PDF
        with a short note ("pdf"), or both."""
        edition = self.rendered(addressee.topics)
        pdf = self.pdf(addressee.topics) if addressee.format in ("pdf", "both") else None
        if addressee.format == "pdf":
            day = self.briefing.day.strftime("%-d %B %Y")
            note = (
                f"{self.config.title}, {day}: {', '.join(self._key(addressee.topics))}.\n"
                "The one-page PDF is attached.\n"
            )
            return edition.subject, note, None, pdf
        return edition.subject, edition.text, edition.html[pdf is not None], pdf
