"""Delivery through a real SMTP server (aiosmtpd on 127.0.0.1): plain, STARTTLS + AUTH, TLS."""

import asyncio
import contextlib
import datetime as dt
import email
import email.policy
import io
import json
import os
import re
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import time

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pypdf import PdfReader

from briefing.config import load_config
from briefing.deliver.smtp import deliver, send_message
from briefing.errors import AlreadySent, BriefingError, DeliveryError
from briefing.pipeline import Run, build, load_built

from .conftest import ROOT, SEEDS, run_cli

DAY = dt.date(2026, 11, 28)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An SMTP handler that keeps what it receives, or answers with a set code."""

    def __init__(self, answers: list[str] | None = None, delay: float = 0.0) -> None:
        self.messages: list = []
        self.answers = answers or []
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        if self.answers:
            return self.answers.pop(0)
        self.messages.append(envelope)
        return "250 Message accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (auth_data.login, auth_data.password) == (b"briefing", b"s3cret")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends 235 or 535


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, made for these tests."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            folder / "key.pem",
            "-out",
            folder / "cert.pem",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context, folder / "cert.pem"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed briefing, built once into a project folder with its own config."""
    root = tmp_path_factory.mktemp("project")
    (root / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n')
    config = load_config(root / "briefing.toml")
    build(Run.of(config, day=DAY))
    return root


def configure(root, port, **email):
    settings = {
        "host": "127.0.0.1",
        "port": port,
        "sender": "briefing@example.org",
        "recipients": ["analyst@example.org"],
        "backoff": 0.0,
        "retries": 2,
        "timeout": 5.0,
    } | email
    lines = "\n".join(f"{k} = {json.dumps(v)}" for k, v in settings.items())
    (root / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n[email]\n{lines}\n')
    return load_config(root / "briefing.toml")


@pytest.fixture
def fresh(built, tmp_path):
    """A copy of the built project, so each test starts with an empty send log."""
    import shutil

    root = tmp_path / "project"
    shutil.copytree(built, root)
    return root


@contextlib.contextmanager
def _serving(handler, **kwargs):
    """An SMTP server on a free local port answering with `handler`, stopped on leaving."""
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def _check_message(raw: bytes, pdf: bytes) -> None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    # The subject names the top story; Python's folder puts a long ASCII subject on a line of
    # its own, which its parser reads back with the folding space.
    assert message["Subject"].strip() == (
        "Daily briefing, 28 Nov 2026: Top US, Chinese diplomats to meet at ASEAN talks"
    )
    assert message["Date"] and message["Message-ID"].startswith("<")
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    text, html = alternative.get_payload()
    assert (text.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    for part in (text, html):
        assert part["Content-Transfer-Encoding"] == "quoted-printable"
        assert part.get_content_charset() == "utf-8"
    assert "Myanmar" in text.get_content() and "<table" in html.get_content()
    assert 'style="' in html.get_content()  # CSS inlined
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "briefing-2026-11-28.pdf"
    assert attachment.get_content() == pdf
    assert len(PdfReader(io.BytesIO(attachment.get_content())).pages) == 1


def test_plain_smtp_delivers_every_part(fresh):
    inbox = Inbox()
    with _serving(inbox) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        done = deliver(config, briefing, pdf)
    [envelope] = inbox.messages
    assert envelope.mail_from == "briefing@example.org"
    assert envelope.rcpt_tos == ["analyst@example.org"]
    _check_message(envelope.original_content, pdf)
    assert done.tries == 1


@pytest.mark.parametrize(
    ("security", "server_tls"),
    [
        ("starttls", {"require_starttls": True}),  # STARTTLS + AUTH
        ("ssl", {"auth_require_tls": False}),  # implicit TLS + AUTH
    ],
)
def test_tls_modes_with_auth(fresh, certificate, monkeypatch, security, server_tls):
    context, cert = certificate
    inbox = Inbox()
    tls = {"tls_context": context} if security == "starttls" else {"ssl_context": context}
    with _serving(
        inbox, authenticator=authenticator, auth_required=True, **tls, **server_tls
    ) as controller:
        monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
        config = configure(
            fresh, controller.port, security=security, username="briefing", ca_file=str(cert)
        )
        briefing, pdf = load_built(Run.of(config, day=DAY))
        deliver(config, briefing, pdf, recipients=["desk@example.org"])
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["desk@example.org"]
    _check_message(envelope.original_content, pdf)


def test_wrong_password_stops_at_once(fresh, certificate, monkeypatch):
    context, cert = certificate
    with _serving(
        Inbox(),
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    ) as controller:
        monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "wrong-password")
        config = configure(fresh, controller.port, username="briefing", ca_file=str(cert))
        briefing, pdf = load_built(Run.of(config, day=DAY))
        with pytest.raises(DeliveryError, match="authentication failed for briefing") as info:
            deliver(config, briefing, pdf)
    assert "wrong-password" not in str(info.value)


def test_5xx_stops_and_4xx_is_retried(fresh):
    inbox = Inbox(["554 5.7.1 Message rejected"])
    with _serving(inbox) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        with pytest.raises(DeliveryError, match="server refused the message: 554"):
            deliver(config, briefing, pdf)
        inbox.answers = ["451 4.3.0 Try again later"]
        done = deliver(config, briefing, pdf)
    assert done.tries == 2 and len(inbox.messages) == 1


def test_server_down_gives_up_after_bounded_retries(fresh):
    config = configure(fresh, free_port(), security="none", retries=2)
    _, pdf = load_built(Run.of(config, day=DAY))
    waits = []
    from briefing.deliver.smtp import compose

    message = compose("s", "t", "<p>h</p>", pdf, "a@b.c", ["d@e.f"], DAY, dt.datetime.now(dt.UTC))
    with pytest.raises(DeliveryError, match=r"Connection refused.*gave up after 3 tries"):
        send_message(
            message, config.email.model_copy(update={"backoff": 1.0}), None, sleep=waits.append
        )
    assert waits == [1.0, 2.0]


def test_once_per_day_unless_forced_and_dry_run_sends_nothing(fresh):
    inbox = Inbox()
    with _serving(inbox) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        dry = deliver(config, briefing, pdf, dry_run=True)
        assert dry.eml.name == "briefing.eml" and inbox.messages == []
        _check_message(dry.eml.read_bytes(), pdf)
        deliver(config, briefing, pdf)
        with pytest.raises(AlreadySent, match=r"was sent at .*--force"):
            deliver(config, briefing, pdf)
        deliver(config, briefing, pdf, force=True)
    assert len(inbox.messages) == 2


def test_username_without_password_is_a_clear_error(fresh, monkeypatch):
    monkeypatch.delenv("BRIEFING_SMTP_PASSWORD", raising=False)
    config = configure(fresh, free_port(), username="briefing")
    briefing, pdf = load_built(Run.of(config, day=DAY))
    with pytest.raises(BriefingError, match="BRIEFING_SMTP_PASSWORD is not"):
        deliver(config, briefing, pdf)


def test_cli_send_exit_codes(fresh):
    inbox = Inbox()
    with _serving(inbox) as controller:
        configure(fresh, controller.port, security="none")

        def send(*args):
            return run_cli(fresh, "send", "--date", "2026-11-28", *args)

        first, second = send(), send()
    assert first.returncode == 0, first.stderr
    assert "Sent 'Daily briefing, 28 Nov 2026" in first.stdout
    assert second.returncode == 4 and "--force sends it again" in second.stderr


@pytest.mark.parametrize(
    ("to", "problem"),
    [
        ("v@x.org\r\nBcc: e@y.org", "control character"),
        ("", "empty email address"),
        ("not an address", "not an email address"),
        ("a@", "not one email address"),
    ],
)
def test_bad_to_is_a_usage_error_and_nothing_is_sent(fresh, to, problem):
    inbox = Inbox()
    with _serving(inbox) as controller:
        configure(fresh, controller.port, security="none")
        done = run_cli(fresh, "send", "--date", "2026-11-28", "--to", to)
    assert done.returncode == 2, done.stderr
    assert problem in done.stderr and "Traceback" not in done.stderr
    assert inbox.messages == []


@pytest.mark.parametrize(
    ("email_settings", "problem"),
    [
        ({"sender": "briefing@x.org\r\nBcc: e@y.org"}, "email.sender: .*control character"),
        ({"recipients": ["desk@x.org", "not an address"]}, "email.recipients: .*not an email"),
        ({"recipients": [""]}, "email.recipients: .*empty email address"),
    ],
)
def test_bad_configured_address_is_a_config_error(fresh, email_settings, problem):
    configure_text = "\n".join(f"{k} = {json.dumps(v)}" for k, v in email_settings.items())
    (fresh / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n[email]\n{configure_text}\n')
    done = run_cli(fresh, "send", "--date", "2026-11-28", "--dry-run")
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert re.search(problem, done.stderr), done.stderr


@pytest.mark.parametrize("content", ["[]", "null", "{garbage", '{"date": 5}', "\x00\xff"])
def test_send_refuses_a_briefing_json_that_is_not_a_briefing(fresh, content):
    (fresh / "output" / "2026-11-28" / "briefing.json").write_bytes(content.encode("latin-1"))
    done = run_cli(fresh, "send", "--date", "2026-11-28", "--dry-run")
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert "briefing.json: not a briefing" in done.stderr and "briefing build --date" in done.stderr


def _send_process(root):
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "send", "--date", "2026-11-28", "--quiet"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _claims(root):
    with sqlite3.connect(root / "output" / "history.sqlite") as db:
        return db.execute("SELECT state, pid FROM sends").fetchall()


def test_two_sends_at_once_on_a_slow_server_deliver_once(fresh):
    inbox = Inbox(delay=3.0)
    with _serving(inbox) as controller:
        configure(fresh, controller.port, security="none")
        first, second = _send_process(fresh), _send_process(fresh)
        results = [(p.wait(timeout=60), p.stderr.read()) for p in (first, second)]
    assert len(inbox.messages) == 1
    codes = sorted(code for code, _ in results)
    assert codes[0] == 0 and codes[1] in (1, 4), results
    loser = max(results)[1]
    # the winner holds the lock a moment before its claim names its PID: either wording
    assert "being sent right now by " in loser or "was sent at" in loser
    assert _claims(fresh) == [("sent", None)]


def test_failed_send_releases_its_claim_and_a_killed_one_is_taken_over(fresh):
    inbox = Inbox(["554 5.7.1 Message rejected"])
    with _serving(inbox) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        with pytest.raises(DeliveryError):
            deliver(config, briefing, pdf)
        assert _claims(fresh) == []  # released
        inbox.delay = 30.0  # the next send hangs in DATA until it is killed
        hung = _send_process(fresh)
        deadline = time.monotonic() + 30
        while not _claims(fresh) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _claims(fresh) == [("sending", hung.pid)]
        os.kill(hung.pid, signal.SIGKILL)
        hung.wait()
        inbox.delay = 0.0
        done = deliver(config, briefing, pdf)
    assert done.tries == 1 and len(inbox.messages) == 1
    assert _claims(fresh) == [("sent", None)]
