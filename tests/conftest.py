"""Shared fixtures: the seed folder, the default configuration, and small articles on disk."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.config import Config, load_config

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m briefing ARGS` in `cwd`, as a user would, and capture what it prints."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_only(folder: Path) -> Callable[[], None]:
    """Make `folder` and its files unwritable, for root too (chattr +i); restore afterwards."""
    paths = [*folder.iterdir(), folder]
    for path in paths:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    immutable = os.geteuid() == 0 and shutil.which("chattr")

    def restore() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", folder], capture_output=True)
        for path in paths:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)

    if immutable and subprocess.run(["chattr", "+i", folder], capture_output=True).returncode:
        restore()
        pytest.skip("running as root and chattr +i does not work here")
    return restore


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """The shipped defaults, read from an empty working directory."""
    monkeypatch.chdir(tmp_path)
    return load_config()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a text (or bytes) file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


class Route:
    """What the test server answers on one path."""

    def __init__(
        self,
        body: bytes | str = b"",
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict | None = None,
        delay: float = 0.0,
        etag: str | None = None,
        trickle: float = 0.0,
        raw: bytes | None = None,
    ) -> None:
        self.body = body.encode() if isinstance(body, str) else body
        self.status, self.content_type, self.delay, self.etag = status, content_type, delay, etag
        self.headers = headers or {}
        self.trickle = trickle  # seconds between bytes of the body (or of `raw`)
        self.raw = raw  # bytes sent as the whole answer, status line and headers included


class Server:
    """A real HTTP server on 127.0.0.1 for the tests, with routes they set and a request log."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.routes: dict[str, Route] = {}
        self.closed = False
        self.log: list[tuple[str, dict]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                import time

                server.log.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, Route(b"not found", 404, "text/plain"))
                time.sleep(route.delay)
                if route.raw is not None:
                    self.send_slowly(route.raw, route.trickle)
                    self.close_connection = True
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.send_slowly(route.body, route.trickle)

            def send_slowly(self, data: bytes, pause: float) -> None:
                """Send `data`, a byte at a time with `pause` between when pause > 0."""
                import time

                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if not pause:
                        self.wfile.write(data)
                        return
                    for n in range(len(data)):
                        if server.closed:
                            return
                        self.wfile.write(data[n : n + 1])
                        self.wfile.flush()
                        time.sleep(pause)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.closed = True
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    """A fresh local HTTP server; tests add routes to `server.routes`."""
    instance = Server()
    yield instance
    instance.close()


class SocketGuard:
    """Every outgoing connection and name lookup of a test, refused unless the test allowed
    it: content cannot make the tool reach anything but the hosts a test names, and no lookup
    leaves the machine. `stall` makes a name's lookup hang, as a dead resolver does."""

    def __init__(self) -> None:
        self.allowed: set[tuple[str, int]] = set()
        self.stalls: dict[str, float] = {}
        self.refused: list[object] = []

    def allow(self, host: str, port: int) -> None:
        self.allowed.add((host, port))


def _numeric(host: str) -> bool:
    """True for a name the resolver answers without asking anyone (an address, localhost)."""
    import ipaddress

    try:
        ipaddress.ip_address(host.split("%")[0])
        return True
    except ValueError:
        return host == "localhost" or host.replace(".", "").isdigit()


@pytest.fixture
def sockets(monkeypatch: pytest.MonkeyPatch):
    """A socket guard for the test (see SocketGuard); the test fails if anything else was
    tried."""
    import socket
    import time

    guard = SocketGuard()
    connect, getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def guarded_connect(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and tuple(address[:2]) not in (
            guard.allowed
        ):
            guard.refused.append(address)
            raise ConnectionRefusedError(f"socket guard: {address} is not allowed in this test")
        return connect(sock, address)

    def guarded_lookup(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in guard.stalls:
            time.sleep(guard.stalls[name])
            raise socket.gaierror(socket.EAI_AGAIN, f"socket guard: {name} stalled")
        if not _numeric(name):
            guard.refused.append(name)
            raise socket.gaierror(socket.EAI_NONAME, f"socket guard: no lookup of {name}")
        return getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_lookup)
    yield guard
    assert not guard.refused, f"the tool tried to reach {guard.refused}"


@contextlib.contextmanager
def endless_pipe(path: Path, chunk: bytes, most: int = 64_000_000) -> Iterator[Path]:
    """A named pipe at `path` a thread fills with `chunk` until the reader stops reading (or
    `most` bytes are written): a stream that does not end, as /dev/zero or `yes` gives."""
    import threading

    os.mkfifo(path)

    def fill() -> None:
        with contextlib.suppress(BrokenPipeError), open(path, "wb") as pipe:
            for _ in range(most // len(chunk)):
                pipe.write(chunk)

    writer = threading.Thread(target=fill, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        writer.join(timeout=30)
