"""HTTP for feeds and pages (httpx): limits, retries, bounded concurrency, a conditional cache."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..config import HttpConfig
from ..store import write_atomic


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


class Fetcher:
    """Fetches URLs with the configured limits, reusing cached bodies when the server says 304."""

    def __init__(self, settings: HttpConfig, cache: Path | None = None) -> None:
        self.settings = settings
        self.cache = cache
        self.client = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent},
            trust_env=False,
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
            "url": str(response.url),
            "content-type": response.headers.get("content-type", ""),
        }
        write_atomic(paths[1], body)
        write_atomic(paths[0], json.dumps(meta).encode())

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
            if response.status_code >= 500 or response.status_code == 429:
                raise _Retry(f"HTTP {response.status_code} {response.reason_phrase}")
            if response.status_code >= 400:
                raise ValueError(f"HTTP {response.status_code} {response.reason_phrase}")
            declared = int(response.headers.get("content-length") or 0)
            if declared > self.settings.max_bytes:
                raise ValueError(f"larger than {self.settings.max_bytes} bytes")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.settings.max_bytes:
                    raise ValueError(f"larger than {self.settings.max_bytes} bytes")
            self._store(url, response, bytes(body))
            return _fetched(
                str(response.url), bytes(body), response.headers.get("content-type", "")
            )

    def fetch(self, url: str) -> Fetched:
        """The body at `url`; ValueError with a one-line reason when it cannot be had."""
        if not url.lower().startswith(("http://", "https://")):
            raise ValueError("only http and https URLs are read")
        tries = self.settings.retries + 1
        for attempt in range(tries):
            try:
                return self._once(url)
            except httpx.TooManyRedirects:
                raise ValueError(
                    f"more than {self.settings.max_redirects} redirects (a loop?)"
                ) from None
            except httpx.UnsupportedProtocol:
                raise ValueError("redirected away from http/https") from None
            except (httpx.TimeoutException, httpx.TransportError, _Retry) as exc:
                reason = _reason(exc)
                if attempt + 1 == tries:
                    raise ValueError(f"{reason} (after {tries} tries)") from None
                time.sleep(self.settings.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def fetch_all(self, urls: Iterable[str]) -> dict[str, Fetched | str]:
        """Each URL's body, or the reason it failed; at most `concurrency` requests at once."""
        urls = list(dict.fromkeys(urls))

        def one(url: str) -> Fetched | str:
            try:
                return self.fetch(url)
            except ValueError as exc:
                return str(exc)

        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency)) as pool:
            return dict(zip(urls, pool.map(one, urls), strict=True))


def _fetched(url: str, body: bytes, content_type: str, cached: bool = False) -> Fetched:
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return Fetched(url, body, kind.strip().lower(), charset, cached)


def _reason(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return "connection failed"
    return str(exc) or type(exc).__name__
