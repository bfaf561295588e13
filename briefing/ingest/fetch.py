"""HTTP for feeds and pages (httpx): limits, retries, bounded concurrency, a conditional cache."""

from __future__ import annotations

import hashlib
import json
import logging
import ssl
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from briefing.config import HttpConfig
from briefing.errors import INTERNAL
from briefing.files import write_atomic
from briefing.ingest import scrub
from briefing.ingest.decode import ACCEPTED, decoded
from briefing.ingest.links import url_problem
from briefing.ingest.reach import Reach

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fetched:
    """A response body with what is needed to read it."""

    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None
    cached: bool = False


class _Retry(Exception):
    """A temporary failure worth another try."""


_DEADLINE = threading.local()  # .at: the monotonic time the current thread's request must end


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket timeout that never reaches past the thread's deadline; `error` once it passed."""
    at = getattr(_DEADLINE, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write stops at the request's deadline, so a server
    that trickles a byte at a time cannot hold a request longer than that."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout=None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> object:
        return self.inner.get_extra_info(info)


def _trusted(host: str) -> bool:
    """True when `host` is the host of the URL the user gave for this request (any port: an
    intranet feed may move from http to https)."""
    return getattr(_DEADLINE, "origin", None) == host.strip("[]").lower()


class _DeadlineBackend(httpcore.SyncBackend):
    """Sockets that honour the request's deadline, to addresses the request may reach (names
    resolved within the deadline, then connected to by the address checked)."""

    def __init__(self, reach: Reach) -> None:
        self.reach = reach

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        def within() -> float | None:
            return _bounded(timeout, httpcore.ConnectTimeout)

        try:
            addresses = self.reach.addresses(host, port, _trusted(host), within)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from None
        except OSError as exc:  # socket.gaierror: the name does not resolve
            raise httpcore.ConnectError(f"name lookup failed ({exc.strerror or exc})") from None
        failure: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, within(), local_address, socket_options)
                return _DeadlineStream(stream)
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure


class _Transport(httpx.HTTPTransport):
    """httpx's transport over connections that honour the request's deadline and reach."""

    def __init__(self, concurrency: int, reach: Reach) -> None:
        context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=concurrency * 2,
            max_keepalive_connections=concurrency,
            keepalive_expiry=5.0,
            network_backend=_DeadlineBackend(reach),
        )


class Fetcher:
    """Fetches URLs with the configured limits, reusing cached bodies when the server says 304.
    Each URL has `deadline` seconds, retries included; all fetching together has `budget`."""

    def __init__(self, settings: HttpConfig, cache: Path | None = None) -> None:
        self.settings = settings
        self.cache = cache
        self.budget_end: float | None = None  # set by the first request
        self.lock = threading.Lock()
        self.reach = Reach(settings.allow)
        self.client = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPTED},
            transport=_Transport(settings.concurrency, self.reach),
            event_hooks={"request": [self._check_reach], "response": [_check_redirect]},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.client.close()

    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.cache / f"{key}.json", self.cache / f"{key}.body"

    def _cached(self, url: str) -> tuple[dict, bytes] | None:
        paths = self._cache_paths(url)
        if not paths or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            return json.loads(paths[0].read_text()), paths[1].read_bytes()
        except (OSError, ValueError):
            return None

    def _store(self, url: str, response: httpx.Response, body: bytes) -> None:
        paths = self._cache_paths(url)
        validators = {k: response.headers.get(k) for k in ("etag", "last-modified")}
        if not paths or not any(validators.values()):
            return
        meta = {
            **validators,
            "url": scrub.url(str(response.url)),  # no password from the URL on disk
            "content-type": response.headers.get("content-type", ""),
        }
        try:
            write_atomic(paths[1], body)
            write_atomic(paths[0], json.dumps(meta).encode())
        except OSError:
            pass  # the cache only saves bandwidth next time; the body is in hand

    def _once(self, url: str) -> Fetched:
        cached = self._cached(url)
        headers = {}
        if cached:
            meta = cached[0]
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last-modified"):
                headers["If-Modified-Since"] = meta["last-modified"]
        with self.client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304 and cached:
                meta, body = cached
                return _fetched(meta["url"], body, meta.get("content-type", ""), cached=True)
            # the server's words: its escape sequences go (one_line would show them escaped)
            status = f"HTTP {response.status_code} {scrub.text(response.reason_phrase)}"
            if response.status_code >= 500 or response.status_code == 429:
                raise _Retry(status)
            if response.status_code >= 400:
                raise ValueError(status)
            declared = int(response.headers.get("content-length") or 0)
            if declared > self.settings.max_bytes:
                raise ValueError(f"larger than {self.settings.max_bytes} bytes")
            body = bytearray()
            encoding = response.headers.get("content-encoding", "")
            for chunk in decoded(response.iter_raw(), encoding, self.settings.max_bytes):
                body += chunk
                if len(body) > self.settings.max_bytes:
                    raise ValueError(f"larger than {self.settings.max_bytes} bytes")
            self._store(url, response, bytes(body))
            return _fetched(
                str(response.url), bytes(body), response.headers.get("content-type", "")
            )

    def _check_reach(self, request: httpx.Request) -> None:
        """Refuse a request (the first or a redirect) that may not reach its host, before a
        connection kept open from another request could carry it."""
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        host = request.url.host
        try:
            self.reach.addresses(
                host, port, _trusted(host), lambda: _bounded(None, httpx.ConnectTimeout)
            )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc)) from None
        except OSError:
            pass  # the connection says it the usual way: the name does not resolve

    def fetch(self, url: str, content: bool = False) -> Fetched:
        """The body at `url`; ValueError with a one-line reason when it cannot be had.
        `content`: the URL came from content (a feed entry), not from the user, so it may not
        reach private addresses (see `reach`)."""
        problem = url_problem(url)
        if problem:
            raise ValueError(problem)
        _DEADLINE.origin = None if content else (urlsplit(url).hostname or "").lower()
        start = time.monotonic()
        with self.lock:
            self.budget_end = self.budget_end or start + self.settings.budget
        if start >= self.budget_end:
            raise ValueError(f"not fetched: the fetch budget of {self.settings.budget:g} s ran out")
        _DEADLINE.at = min(start + self.settings.deadline, self.budget_end)
        try:
            return self._tries(url)
        finally:
            _DEADLINE.at = _DEADLINE.origin = None

    def _tries(self, url: str) -> Fetched:
        tries = self.settings.retries + 1
        for attempt in range(tries):
            try:
                return self._once(url)
            except (httpx.HTTPError, httpx.InvalidURL, _Retry) as exc:
                reason, retry = self._reason(exc)
                if not retry:
                    raise ValueError(reason) from None
                pause = self.settings.backoff * 2**attempt
                log.debug("%s: %s; try %d of %d", scrub.url(url), reason, attempt + 1, tries)
                if attempt + 1 == tries or time.monotonic() + pause >= _DEADLINE.at:
                    raise ValueError(f"{reason} (after {attempt + 1} tries)") from None
                time.sleep(pause)
        raise AssertionError("unreachable")

    def _reason(self, exc: Exception) -> tuple[str, bool]:
        """What went wrong, in a few words, and whether another try may help."""
        if time.monotonic() >= _DEADLINE.at:
            if _DEADLINE.at >= self.budget_end:
                return f"cut off: the fetch budget of {self.settings.budget:g} s ran out", False
            return f"no complete answer within {self.settings.deadline:g} s", False
        if isinstance(exc, httpx.TooManyRedirects):
            return f"more than {self.settings.max_redirects} redirects (a loop?)", False
        if isinstance(exc, httpx.InvalidURL):
            return f"invalid URL ({exc})", False
        if isinstance(exc, httpx.DecodingError):
            return f"body does not match its Content-Encoding ({exc})", False
        if isinstance(exc, httpx.TimeoutException):
            return "timed out", True
        if isinstance(exc, httpx.ConnectError):
            return "connection failed", True
        if isinstance(exc, httpx.RemoteProtocolError):
            return f"broken HTTP answer ({exc})", False
        return str(exc) or type(exc).__name__, isinstance(exc, httpx.TransportError | _Retry)

    def fetch_all(self, urls: Iterable[str], content: bool = False) -> dict[str, Fetched | str]:
        """Each URL's body, or the reason it failed; at most `concurrency` requests at once.
        `content`: the URLs came from content (see `fetch`)."""
        urls = list(dict.fromkeys(urls))

        def one(url: str) -> Fetched | str:
            try:
                return self.fetch(url, content)
            except ValueError as exc:
                return str(exc)
            except Exception as exc:  # one URL's surprise must not sink the others
                log.debug("internal error fetching %s", scrub.url(url), exc_info=exc)
                return f"{INTERNAL} ({type(exc).__name__}: {exc})"

        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency)) as pool:
            return dict(zip(urls, pool.map(one, urls), strict=True))


def _check_redirect(response: httpx.Response) -> None:
    """Refuse, with what it is, a redirect to anything but an http(s) URL with a host."""
    if not response.is_redirect:
        return
    location = response.headers.get("location", "")
    try:
        target = urljoin(str(response.url), location)
    except ValueError:
        target = location
    problem = url_problem(target)
    if problem:
        shown = target if len(target) <= 60 else target[:57] + "..."
        raise ValueError(f"redirected to {shown!r}: {problem}")


def _fetched(url: str, body: bytes, content_type: str, cached: bool = False) -> Fetched:
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return Fetched(url, body, kind.strip().lower(), charset, cached)
