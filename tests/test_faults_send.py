"""Fault injection on the sending side: real SMTP servers on 127.0.0.1 that refuse some
recipients, answer QUIT with 421, trickle their answers, and a send log with a stale claim. The
rule each test keeps: a send tells the truth about who got the briefing, a re-run sends only
to those who did not, and nothing holds a send past its deadline."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import threading
import time

import pytest

from briefing.config import load_config
from briefing.deliver.smtp import deliver
from briefing.errors import AlreadySent, BriefingError, DeliveryError
from briefing.pipeline import Run, load_built
from briefing.store.history import History, SendRecord

from . import test_deliver as delivery
from .conftest import run_cli
from .test_deliver import DAY, Inbox, _serving, configure

built = delivery.built  # the seed briefing, built once into a project folder
fresh = delivery.fresh  # a copy of it for each test, with an empty send log


class Sink(Inbox):
    """An SMTP server that refuses some recipients (address -> reply) and may answer QUIT
    with 421, counting its sessions."""

    def __init__(self, refuse: dict[str, str] | None = None, quit_reply: str = "") -> None:
        super().__init__()
        self.refuse = refuse or {}
        self.quit_reply = quit_reply
        self.sessions = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        return self.quit_reply or "221 Bye"

    def got(self) -> list[str]:
        return sorted(a for envelope in self.messages for a in envelope.rcpt_tos)


def _sent(root) -> list[str]:
    with sqlite3.connect(root / "output" / "history.sqlite") as db:
        rows = db.execute("SELECT recipients FROM sends WHERE state = 'sent'").fetchall()
    return sorted(a for (names,) in rows for a in names.split(", "))


TEAM = ["desk@example.org", "gone@example.org", "full@example.org", "chief@example.org"]


def test_refused_recipients_are_named_not_recorded_and_a_rerun_sends_only_to_them(fresh):
    sink = Sink(
        {"gone@example.org": "550 5.1.1 no such mailbox", "full@example.org": "452 4.2.2 full"}
    )
    with _serving(sink) as controller:
        configure(fresh, controller.port, security="none", recipients=TEAM, retries=0)
        first = run_cli(fresh, "send", "--date", "2026-11-28")
        assert sink.got() == ["chief@example.org", "desk@example.org"]
        assert _sent(fresh) == ["chief@example.org", "desk@example.org"]
        sink.refuse.clear()
        second = run_cli(fresh, "send", "--date", "2026-11-28")
        third = run_cli(fresh, "send", "--date", "2026-11-28")
    assert first.returncode == 3, first.stderr
    error = first.stderr.splitlines()[-1]
    assert "not delivered to gone@example.org (550 5.1.1 no such mailbox)" in error
    assert "full@example.org (452 4.2.2 full)" in error
    assert "sends only to the others" in error and "Traceback" not in first.stderr
    assert second.returncode == 0, second.stderr
    assert "Sent" in second.stdout and "to gone@example.org, full@example.org" in second.stdout
    assert sink.got() == sorted(TEAM)  # each once: the re-run went only to the two refused
    assert _sent(fresh) == sorted(TEAM)
    assert third.returncode == 4 and "--force" in third.stderr
    assert all(address in third.stderr for address in TEAM)


def test_a_421_to_quit_after_delivery_counts_as_delivered_in_one_session(fresh):
    sink = Sink(quit_reply="421 4.3.2 shutting down")
    with _serving(sink) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        done = deliver(config, briefing, pdf)
    assert done.tries == 1 and sink.sessions == 1 and len(sink.messages) == 1
    assert done.recipients == ("analyst@example.org",)
    assert _sent(fresh) == ["analyst@example.org"]


class Trickler:
    """An SMTP server that never finishes its greeting, a byte every 50 ms, forever; or, with
    `goodbye`, one that takes the message and then trickles its answer to QUIT."""

    def __init__(self, goodbye: bool = False) -> None:
        self.goodbye = goodbye
        self.received = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while not self.stop.is_set():
                conn, _ = self.listener.accept()
                threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            if self.goodbye:
                self._converse(conn)
            while not self.stop.is_set():
                for byte in b"220-still saying hello\r\n":
                    conn.sendall(bytes([byte]))
                    time.sleep(0.05)

    def _converse(self, conn: socket.socket) -> None:
        """Plain SMTP up to QUIT: every command answered 250 (354 to DATA)."""
        lines = conn.makefile("rb")
        conn.sendall(b"220 ready\r\n")
        for line in lines:
            command = line.strip().upper()
            if command == b"QUIT":
                return
            if command == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                while next(lines).rstrip(b"\r\n") != b".":
                    pass
                self.received += 1
            conn.sendall(b"250 OK\r\n")

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


def test_a_trickling_server_cannot_hold_a_send_past_its_timeout(fresh):
    trickler = Trickler()
    try:
        config = configure(fresh, trickler.port, security="none", timeout=1.5, retries=1)
        briefing, pdf = load_built(Run.of(config, day=DAY))
        start = time.monotonic()
        with pytest.raises(DeliveryError, match=r"longer than email.timeout \(1.5 s\)"):
            deliver(config, briefing, pdf)
        elapsed = time.monotonic() - start
    finally:
        trickler.close()
    assert elapsed < 6, f"two sessions of 1.5 s took {elapsed:.1f} s"
    assert _sent(fresh) == []
    with sqlite3.connect(fresh / "output" / "history.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM sends").fetchone() == (0,)  # claim released


def test_a_server_trickling_its_answer_to_quit_is_held_to_the_timeout(fresh):
    trickler = Trickler(goodbye=True)
    try:
        config = configure(fresh, trickler.port, security="none", timeout=1.5)
        briefing, pdf = load_built(Run.of(config, day=DAY))
        start = time.monotonic()
        done = deliver(config, briefing, pdf)
        elapsed = time.monotonic() - start
    finally:
        trickler.close()
    assert elapsed < 4 and trickler.received == 1 and done.tries == 1
    assert _sent(fresh) == ["analyst@example.org"]


def test_a_stale_claim_whose_pid_is_alive_does_not_block(fresh):
    sink = Sink()
    with _serving(sink) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, pdf = load_built(Run.of(config, day=DAY))
        deliver(config, briefing, pdf, dry_run=True)  # makes no claim
        with sqlite3.connect(fresh / "output" / "history.sqlite") as db:
            db.execute(
                "INSERT INTO sends (day, sent_at, recipients, subject, message_id, state, pid) "
                "VALUES ('2026-11-28', '2026-11-28T06:00:00+00:00', 'x', 's', 'm', 'sending', 1)"
            )  # PID 1 always runs: the crashed sender's PID, reused
        done = deliver(config, briefing, pdf)
    assert done.recipients == ("analyst@example.org",) and len(sink.messages) == 1


def test_a_send_in_progress_is_still_refused(fresh):
    sink = Sink()
    with _serving(sink) as controller:
        config = configure(fresh, controller.port, security="none")
        briefing, _ = load_built(Run.of(config, day=DAY))

        with History(config.history_path()) as other:  # another process's claim, held
            record = SendRecord(DAY, briefing.generated, ("a@b.org",), "s", "m")
            claim, _ = other.claim_send(record)
            helper = run_cli(fresh, "send", "--date", "2026-11-28")
            other.finish_send(claim, DAY, [])
    assert helper.returncode == 1 and "being sent right now by process" in helper.stderr
    assert sink.messages == []


def test_duplicate_recipients_in_any_case_are_mailed_once(fresh):
    sink = Sink()
    with _serving(sink) as controller:
        config = configure(
            fresh,
            controller.port,
            security="none",
            recipients=["Desk Team <Desk@Example.org>", "desk@example.org", "chief@example.org"],
        )
        briefing, pdf = load_built(Run.of(config, day=DAY))
        done = deliver(config, briefing, pdf, recipients=["a@example.org", "A@example.org"])
        with pytest.raises(AlreadySent):
            deliver(config, briefing, pdf, recipients=["A@EXAMPLE.org"])
        again = deliver(config, briefing, pdf)
        with pytest.raises(AlreadySent):  # the display name changes nobody
            deliver(config, briefing, pdf)
    assert done.recipients == ("a@example.org",)
    assert again.recipients == ("Desk@Example.org", "chief@example.org")
    assert sink.got() == ["Desk@Example.org", "a@example.org", "chief@example.org"]


def test_dry_run_file_names_do_not_collide(fresh):
    editions = "".join(
        f'[[recipients]]\naddress = "{a}"\n' for a in ("a+b@example.org", "a_b@example.org")
    )
    configure(fresh, 25, security="none", recipients=[])
    (fresh / "briefing.toml").write_text((fresh / "briefing.toml").read_text() + editions)
    config = load_config(fresh / "briefing.toml")
    briefing, pdf = load_built(Run.of(config, day=DAY))
    done = deliver(config, briefing, pdf, dry_run=True)
    names = [message.eml.name for message in done.messages]
    assert len(set(names)) == 2 and "briefing-a_b@example.org.eml" in names


def test_auth_without_tls_is_refused_except_to_localhost(fresh, monkeypatch):
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
    with pytest.raises(BriefingError, match=r"email\.security.*clear"):
        configure(fresh, 25, host="mail.example.org", security="none", username="briefing")
    for host in ("localhost", "127.0.0.1", "::1"):
        configure(fresh, 25, host=host, security="none", username="briefing")
    configure(fresh, 25, host="mail.example.org", security="starttls", username="briefing")


def test_an_edition_whose_topic_the_built_briefing_lacks_is_rebuilt_or_refused(fresh):
    sink = Sink()
    with _serving(sink) as controller:
        configure(fresh, controller.port, security="none", recipients=[])
        (fresh / "briefing.toml").write_text(
            (fresh / "briefing.toml").read_text()
            + '[[topics]]\nname = "Jakarta talks"\nterms = { "Jakarta" = 1.0 }\n'
            + '[[recipients]]\naddress = "jakarta@example.org"\ntopics = ["Jakarta talks"]\n'
        )
        config = load_config(fresh / "briefing.toml")
        briefing, pdf = load_built(Run.of(config, day=DAY))  # built with the old topics
        with pytest.raises(BriefingError, match="follows 'Jakarta talks', which the briefing"):
            deliver(config, briefing, pdf)
        assert sink.messages == []
        sent = run_cli(fresh, "send", "--date", "2026-11-28")
    assert sent.returncode == 0, sent.stderr
    assert "Built the briefing" in sent.stdout
    [envelope] = sink.messages
    assert b"Jakarta" in envelope.original_content and envelope.rcpt_tos == ["jakarta@example.org"]
