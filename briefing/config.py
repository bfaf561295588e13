"""One validated configuration object, from the shipped defaults and an optional briefing.toml."""

from __future__ import annotations

import email.policy
import email.utils
import ipaddress
import re
import tomllib
from datetime import time
from importlib import resources
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from briefing._version import __version__
from briefing.errors import BriefingError
from briefing.files import MAX_FILE_BYTES, read_bytes
from briefing.query import QueryError, parse_query
from briefing.text.invisible import composed
from briefing.weights import Grouping, Weights

CONFIG_NAME = "briefing.toml"
USER_AGENT = f"briefing/{__version__} (offline daily briefing generator)"


def email_address(value: str) -> str:
    """One email address ("a@example.org" or "Name <a@example.org>"), checked and normalised;
    ValueError says what is wrong with it."""
    if not value.strip():
        raise ValueError("empty email address")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError(f"{value!r} is not an email address: it contains a control character")
    try:
        header = email.policy.default.header_factory("To", value)
        [group] = header.groups
        [address] = group.addresses
    except Exception:  # the header parser raises IndexError and others on some malformed input
        raise ValueError(f"{value!r} is not one email address") from None
    if header.defects or group.display_name or not address.username or not address.domain:
        raise ValueError(f"{value!r} is not an email address like name@example.org")
    return str(address)


def mailbox(address: str) -> str:
    """The bare address in lower case ("Desk <Desk@X.org>" → "desk@x.org"): how two spellings
    of one recipient compare."""
    return (email.utils.parseaddr(address)[1] or address).lower()


def _loopback(host: str) -> bool:
    """True for this machine's own name or a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower().rstrip(".") in ("localhost", "localhost.localdomain")


def _term(term: str) -> None:
    if not term.strip() or not any(c.isalnum() for c in term):
        raise ValueError(f"term {term!r} has no letters or digits to match")


MAX_JOBS = 256  # local processes at most (--jobs, [compute] jobs)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Topic(_Strict):
    """A subject the analysts follow, and how to recognise sentences about it: weighted `terms`
    (with `require`, `exclude` and `threshold`) or a boolean `query` (briefing/query.py)."""

    name: str = Field(min_length=1)
    description: str = ""
    terms: dict[str, float] = {}
    query: str | None = None
    require: list[list[str]] = []
    exclude: list[str] = []
    threshold: float = Field(default=1.0, gt=0)

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a topic name cannot be blank")
        return composed(value.strip())

    @model_validator(mode="after")
    def _one_form(self) -> Topic:
        """Weighted terms or a query, not both; a query that cannot be read names where."""
        if self.query is None:
            if not self.terms:
                raise ValueError(f"topic {self.name!r} needs terms or a query")
            return self
        given = [
            key
            for key in ("terms", "require", "exclude", "threshold")
            if key in self.model_fields_set
        ]
        if given:
            raise ValueError(
                f"topic {self.name!r} has a query and {given[0]}: write it into the query "
                "(AND, NOT, term^2) or leave the query out"
            )
        try:
            parse_query(self.query)
        except QueryError as exc:
            raise ValueError(f"topic {self.name!r}: query: {exc}") from None
        return self

    @property
    def keywords(self) -> tuple[str, ...]:
        """The words that say what the topic is about: its terms, or its query's."""
        return parse_query(self.query).words if self.query else tuple(self.terms)

    @field_validator("terms")
    @classmethod
    def _weighted(cls, value: dict[str, float]) -> dict[str, float]:
        for term, weight in value.items():
            _term(term)
            if not weight > 0:  # also refuses NaN
                raise ValueError(f"term {term!r} has weight {weight}: weights must be above 0")
        return value

    @field_validator("require")
    @classmethod
    def _groups(cls, value: list[list[str]]) -> list[list[str]]:
        for group in value:
            if not group:
                raise ValueError("an empty require group can never be met")
            for term in group:
                _term(term)
        return value

    @field_validator("exclude")
    @classmethod
    def _excluded(cls, value: list[str]) -> list[str]:
        for term in value:
            _term(term)
        return value


class CueWords(_Strict):
    """Edmundson's cue words: bonus words raise a sentence, stigma words lower it."""

    bonus: list[str] = Field(
        default=["said", "announced", "agreed", "warned", "confirmed", "signed"], min_length=1
    )
    stigma: list[str] = Field(
        default=["maybe", "perhaps", "reportedly", "allegedly", "rumoured"], min_length=1
    )
    null: list[str] = []


class SelectConfig(_Strict):
    """How many sentences each section keeps, and which ranker orders them."""

    ranker: str = "default"
    edmundson: CueWords = CueWords()
    max_items: int = Field(default=8, ge=1, le=20)  # candidates: the page keeps what fits
    max_words: int = Field(default=260, ge=10)
    max_story_items: int = Field(default=3, ge=1)  # a story's sentences at most, however few
    max_sentence_words: int = Field(default=60, ge=5)
    novelty_days: int = Field(default=7, ge=0, le=3650)  # facts briefed this far back are demoted
    min_sentence_words: int = Field(default=6, ge=1)
    coming_up: int = Field(default=4, ge=0)  # scheduled events listed under Top stories; 0: none
    weights: Weights = Weights()  # [select.weights]: every scoring weight (`briefing weights`)

    @model_validator(mode="after")
    def _lengths(self) -> SelectConfig:
        if self.min_sentence_words > self.max_sentence_words:
            raise ValueError(
                f"min_sentence_words ({self.min_sentence_words}) is above max_sentence_words "
                f"({self.max_sentence_words}): no sentence could be selected"
            )
        return self


class SourcesConfig(_Strict):
    """Where the day's news comes from: files, folders, feeds, OPML files and URLs."""

    items: list[str] = ["seeds"]
    follow_teasers: bool = True  # fetch the article page of a feed entry that is only a teaser
    teaser_words: int = Field(default=60, ge=0)  # entries shorter than this are teasers
    max_file_bytes: int = Field(default=MAX_FILE_BYTES, ge=1024)  # larger local files are skipped
    max_article_words: int = Field(default=20_000, ge=100)  # longer articles are skipped


class HttpConfig(_Strict):
    """Limits for fetching feeds and pages."""

    timeout: float = Field(default=10.0, gt=0)  # per connect, read or write
    deadline: float = Field(default=30.0, gt=0)  # per URL, whole answer and retries included
    budget: float = Field(default=300.0, gt=0)  # for all fetching in one build
    max_bytes: int = Field(default=5_000_000, ge=1024)
    max_redirects: int = Field(default=5, ge=0)
    concurrency: int = Field(default=4, ge=1, le=32)
    retries: int = Field(default=2, ge=0, le=10)
    backoff: float = Field(default=0.5, ge=0)
    user_agent: str = USER_AGENT
    cache: str | None = None  # conditional-request cache; default <output>/.cache/http
    allow: list[str] = []  # hosts, addresses or networks links in content may reach though private

    @field_validator("allow")
    @classmethod
    def _allowed(cls, value: list[str]) -> list[str]:
        from briefing.ingest.reach import check_allow

        return [check_allow(entry) for entry in value]


class ComputeConfig(_Strict):
    """Where reading, extraction and sentence splitting run: local processes or a Dask cluster."""

    jobs: int = Field(default=0, ge=0, le=MAX_JOBS)  # processes; 0 = one per core, 1 = this one
    scheduler: str | None = None  # "tcp://host:8786": run them on that Dask cluster instead
    timeout: float = Field(default=10.0, gt=0)  # seconds to reach the scheduler and a worker


class EmailConfig(_Strict):
    """SMTP delivery. The password comes only from BRIEFING_SMTP_PASSWORD, never from a file."""

    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    sender: str = "briefing@localhost"
    recipients: list[str] = []
    timeout: float = Field(default=30.0, gt=0)
    retries: int = Field(default=3, ge=0, le=10)  # for temporary failures
    backoff: float = Field(default=5.0, ge=0)  # seconds, doubled each retry
    ca_file: str | None = None  # extra CA bundle to trust (a private mail relay)

    @field_validator("sender")
    @classmethod
    def _sender(cls, value: str) -> str:
        return email_address(value)

    @model_validator(mode="after")
    def _password_in_clear(self) -> EmailConfig:
        """A password crosses the network only inside TLS (localhost may take it without)."""
        if self.username and self.security == "none" and not _loopback(self.host):
            raise ValueError(
                f'email.username is set and email.security is "none": the password would cross '
                f"the network to {self.host} in clear; use starttls or ssl (only localhost may "
                f"take a login without TLS)"
            )
        return self

    @field_validator("recipients")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        return [email_address(v) for v in value]


class ChatConfig(_Strict):
    """Chat delivery by apprise URLs (Slack, Teams, Matrix, Telegram, Discord, webhooks); a
    secret in a URL comes only from the environment, written ${VARIABLE}."""

    urls: list[str] = []
    stories: int = Field(default=5, ge=1, le=20)  # top stories per post
    retries: int = Field(default=3, ge=0, le=10)  # for failed posts
    backoff: float = Field(default=5.0, ge=0)  # seconds, doubled each retry

    @field_validator("urls")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for n, url in enumerate(value):
            if "://" not in url:
                raise ValueError(
                    f"urls[{n}] has no scheme: write it like slack://... or json://..."
                )
            if re.search(r"\$(?!\{[A-Za-z_][A-Za-z0-9_]*\})", url):
                raise ValueError(f"urls[{n}]: a variable is written ${{NAME}}")
        return value


class Recipient(_Strict):
    """An analyst with an edition of their own: the topics they follow, as HTML, PDF or both."""

    address: str
    topics: list[str] = []  # names of configured topics; empty: every topic
    format: Literal["html", "pdf", "both"] = "both"

    @field_validator("address")
    @classmethod
    def _one_address(cls, value: str) -> str:
        return email_address(value)

    @field_validator("topics")
    @classmethod
    def _topic_names(cls, value: list[str]) -> list[str]:
        return [composed(name) for name in value]


class SiteConfig(_Strict):
    """The static archive site (`briefing site`)."""

    url: str | None = None  # where it is published, for the feed's absolute links
    folder: str | None = None  # default <output>/site

    @field_validator("url")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} is not an http(s) address")
        return value if value is None or value.endswith("/") else value + "/"


class PageConfig(_Strict):
    """The printed page."""

    size: Literal["A4", "Letter"] = "A4"


class Config(_Strict):
    """Everything a build needs to know; relative paths are relative to `base_dir`."""

    title: str = "Daily briefing"
    timezone: str = "UTC"
    briefing_time: time = time(6, 0)  # a day's briefing covers the 24 hours before this
    sources: SourcesConfig = SourcesConfig()
    http: HttpConfig = HttpConfig()
    compute: ComputeConfig = ComputeConfig()
    email: EmailConfig = EmailConfig()
    chat: ChatConfig = ChatConfig()
    history: str | None = None  # the SQLite history; default <output>/history.sqlite
    output: str = "output"
    templates: str | None = None
    grouping: Grouping = Grouping()  # [grouping]: how articles group into stories
    select: SelectConfig = SelectConfig()
    page: PageConfig = PageConfig()
    site: SiteConfig = SiteConfig()
    topics: list[Topic] = Field(min_length=1)
    recipients: list[Recipient] = []  # editions: each gets the topics they follow
    base_dir: Path = Path(".")

    @model_validator(mode="after")
    def _known_topics(self) -> Config:
        """Every topic a recipient names is a configured topic."""
        names = {topic.name for topic in self.topics}
        for recipient in self.recipients:
            unknown = [name for name in recipient.topics if name not in names]
            if unknown:
                raise ValueError(
                    f"recipient {recipient.address} follows unknown topic {unknown[0]!r} "
                    f"(topics: {', '.join(sorted(names))})"
                )
        return self

    @field_validator("sources", mode="before")
    @classmethod
    def _source_list(cls, value: object) -> object:
        """`sources = [...]` is short for `[sources] items = [...]`."""
        return {"items": value} if isinstance(value, list) else value

    @field_validator("topics")
    @classmethod
    def _distinct_topics(cls, value: list[Topic]) -> list[Topic]:
        seen: set[str] = set()
        for topic in value:
            key = topic.name.casefold()
            if key in seen:
                raise ValueError(f"two topics are named {topic.name!r}")
            seen.add(key)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)

    def history_path(self, out: Path | None = None) -> Path:
        """The history database: `history` when set, else history.sqlite in the output folder."""
        return (
            self.resolve(self.history)
            if self.history
            else ((out or self.resolve(self.output)) / "history.sqlite")
        )

    def http_cache(self, out: Path | None = None) -> Path:
        """The HTTP cache: `http.cache` when set, else .cache/http in the output folder used."""
        if self.http.cache:
            return self.resolve(self.http.cache)
        return (out or self.resolve(self.output)) / ".cache" / "http"

    def resolve(self, path: str | Path) -> Path:
        """A configured path made absolute against the configuration's folder."""
        path = Path(path).expanduser()
        return path if path.is_absolute() else self.base_dir / path


def _defaults() -> dict:
    text = resources.files("briefing").joinpath("default.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict, override: dict) -> dict:
    """Tables merge key by key; any other value (lists included) replaces the default."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _first_error(path: str, exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "(top level)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: {where}: {error['msg']}{more}"


def load_config(path: str | Path | None = None) -> Config:
    """Load the defaults, overridden by `path` or by ./briefing.toml when it exists."""
    data = _defaults()
    base_dir = Path.cwd()
    if path is None and Path(CONFIG_NAME).is_file():
        path = CONFIG_NAME
    label = "default configuration"
    if path is not None:
        file = Path(path)
        label = str(file)
        try:
            text = read_bytes(file).decode("utf-8-sig")  # Notepad writes a byte-order mark
        except FileNotFoundError:
            raise BriefingError(f"{file}: configuration file not found") from None
        except (OSError, ValueError) as exc:  # a decoding error, a stream that never ends
            raise BriefingError(f"{file}: cannot read configuration: {exc}") from None
        try:
            user = tomllib.loads(text.replace("\r\n", "\n").replace("\r", "\n"))
        except tomllib.TOMLDecodeError as exc:
            raise BriefingError(f"{file}: not valid TOML: {exc}") from None
        user.pop("base_dir", None)
        data = _merge(data, user)
        base_dir = file.resolve().parent
    try:
        return Config(**data, base_dir=base_dir)
    except ValidationError as exc:
        raise BriefingError(_first_error(label, exc)) from None
