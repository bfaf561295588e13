"""Send the day's briefing by email: a message per edition, all in one SMTP session, retried
when the failure is temporary, each recorded so that a day is sent once."""

from __future__ import annotations

import contextlib
import logging
import os
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path

from briefing.config import Config, EmailConfig, email_address
from briefing.deliver.editions import Addressee, Editions, addressees, eml_name, not_yet
from briefing.deliver.headers import check_headers, folding_bug, header_text
from briefing.errors import BriefingError, DeliveryError
from briefing.files import write_atomic
from briefing.models import Briefing
from briefing.store.history import History, SendRecord

log = logging.getLogger(__name__)
PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"


def compose(
    subject: str,
    text: str,
    html: str | None,
    pdf: bytes | None,
    sender: str,
    recipients: Sequence[str],
    day: date,
    now: datetime,
) -> EmailMessage:
    """The text (and HTML, as an alternative), then the PDF when there is one; UTF-8,
    quoted-printable. Header values are decoded and free of control characters; a message
    whose headers would still carry a line break is refused (BriefingError)."""
    message = EmailMessage()
    message["Subject"] = header_text(subject)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(now.astimezone(UTC), usegmt=True)
    message["Message-ID"] = make_msgid("briefing", sender.rpartition("@")[2] or None)
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html is not None:
        message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if pdf is not None:
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=f"briefing-{day.isoformat()}.pdf"
        )
    check_headers(message)
    return message


class _Temporary(Exception):
    """A failure worth another try."""


class _Deadline:
    """One deadline for a whole SMTP session: when it passes, the connection is shut, so a
    server that trickles its answers cannot hold a send past `email.timeout`."""

    def __init__(self, smtp: smtplib.SMTP, seconds: float) -> None:
        self.smtp, self.seconds, self.passed = smtp, seconds, False
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        self.passed = True
        sock = self.smtp.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.cancel()


def _client(settings: EmailConfig) -> smtplib.SMTP:
    """An SMTP client, not yet connected."""
    if settings.security == "ssl":
        context = ssl.create_default_context(cafile=settings.ca_file)
        return smtplib.SMTP_SSL(timeout=settings.timeout, context=context)
    return smtplib.SMTP(timeout=settings.timeout)


def _connect(smtp: smtplib.SMTP, settings: EmailConfig) -> None:
    smtp._host = settings.host  # the name TLS checks the certificate against (set by __init__)
    smtp.connect(settings.host, settings.port)
    if settings.security == "starttls":
        smtp.ehlo()
        smtp.starttls(context=ssl.create_default_context(cafile=settings.ca_file))
        smtp.ehlo()


def _quit(smtp: smtplib.SMTP) -> None:
    """Say QUIT and close; what the server answers to QUIT changes nothing already accepted."""
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.quit()
    smtp.close()


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in with the first mechanism the server offers, without falling through to weaker
    ones after a refusal (smtplib's login would try each in turn)."""
    smtp.ehlo_or_helo_if_needed()
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    for mechanism in ("CRAM-MD5", "PLAIN", "LOGIN"):
        if mechanism in offered:
            smtp.user, smtp.password = username, password
            method = getattr(smtp, "auth_" + mechanism.lower().replace("-", "_"))
            smtp.auth(mechanism, method, initial_response_ok=mechanism != "CRAM-MD5")
            return
    raise smtplib.SMTPNotSupportedError("the server offers no supported AUTH mechanism")


def _reply(text: bytes | str) -> str:
    return " ".join((text.decode(errors="replace") if isinstance(text, bytes) else text).split())


def _refused(refused: dict[str, tuple[int, bytes]]) -> str:
    """Refused recipients as "a@x.org (550 no such mailbox), b@y.org (452 …)"."""
    return ", ".join(f"{a} ({code} {_reply(reply)})" for a, (code, reply) in refused.items())


def _refusal(exc: smtplib.SMTPException, where: str) -> Exception:
    """A server's refusal as a temporary failure (4xx: try again) or a DeliveryError."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {code for code, _ in exc.recipients.values()}
        if all(400 <= code < 500 for code in codes):
            return _Temporary(f"{where}: recipients refused for now: {_refused(exc.recipients)}")
        return DeliveryError(f"{where}: not delivered to {_refused(exc.recipients)}")
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = _reply(exc.smtp_error)
        if 400 <= exc.smtp_code < 500:
            return _Temporary(f"{where}: {exc.smtp_code} {reply}")
        return DeliveryError(f"{where}: server refused the message: {exc.smtp_code} {reply}")
    return _Temporary(f"{where}: {type(exc).__name__}: {exc}".rstrip(": "))


Sent = Callable[[EmailMessage, tuple[str, ...]], None]  # a message and who accepted it


def _recipients(message: EmailMessage) -> tuple[str, ...]:
    return tuple(address for _, address in getaddresses(message.get_all("To", [])))


def _send_pending(
    smtp: smtplib.SMTP, pending: list[EmailMessage], on_sent: Sent, problems: list[str], where: str
) -> None:
    """Send the pending messages on an open session, each taken off the list once the server
    took it; recipients it refused for good are named in `problems`, not counted as sent."""
    while pending:
        try:
            refused = smtp.send_message(pending[0])
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
            failure = _refusal(exc, where)
            if isinstance(failure, _Temporary):
                raise failure from None
            problems.append(str(failure))
            pending.pop(0)
            continue
        message = pending.pop(0)
        if refused:
            problems.append(f"{where}: not delivered to {_refused(refused)}")
        on_sent(message, tuple(a for a in _recipients(message) if a not in refused))


def _session(
    pending: list[EmailMessage],
    settings: EmailConfig,
    password: str | None,
    on_sent: Sent,
    problems: list[str],
) -> None:
    """Send the pending messages in one session, bounded as a whole by `email.timeout`."""
    where = f"{settings.host}:{settings.port}"
    smtp = _client(settings)
    deadline = _Deadline(smtp, settings.timeout)
    try:
        with deadline:  # QUIT too: a server trickling its goodbye is held to it as well
            try:
                _connect(smtp, settings)
                if settings.username:
                    _login(smtp, settings.username, password or "")
                _send_pending(smtp, pending, on_sent, problems, where)
            finally:
                _quit(smtp)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{where}: authentication failed for {settings.username} ({exc.smtp_code})"
        ) from None
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
        raise _refusal(exc, where) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{where}: {exc}") from None
    except ssl.SSLError as exc:
        if deadline.passed:
            raise _Temporary(f"{where}: {_late(settings)}") from None
        raise DeliveryError(f"{where}: TLS failed: {exc.reason or exc}") from None
    except (OSError, smtplib.SMTPException) as exc:
        if deadline.passed:
            raise _Temporary(f"{where}: {_late(settings)}") from None
        raise _Temporary(f"{where}: {type(exc).__name__}: {exc}".rstrip(": ")) from None


def _late(settings: EmailConfig) -> str:
    return f"the session took longer than email.timeout ({settings.timeout:g} s)"


def send_messages(
    messages: Sequence[EmailMessage],
    settings: EmailConfig,
    password: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_sent: Sent = lambda *_: None,
) -> int:
    """Send every message in one SMTP session; a temporary failure is retried with backoff in a
    new session for the messages not yet sent. The number of sessions it took; DeliveryError
    names the messages and recipients refused for good after the others went out."""
    if settings.username and not password:
        raise BriefingError(f"email.username is set but {PASSWORD_VARIABLE} is not")
    pending, tries, problems = list(messages), settings.retries + 1, []
    for attempt in range(1, tries + 1):
        try:
            _session(pending, settings, password, on_sent, problems)
        except _Temporary as exc:
            if not pending:  # everything was accepted before the failure (a 421 to QUIT)
                break
            if attempt == tries:
                given_up = f"{exc} (gave up after {tries} tries)"
                raise DeliveryError("; ".join([*problems, given_up])) from None
            sleep(settings.backoff * 2 ** (attempt - 1))
            continue
        break
    if problems:
        raise DeliveryError("; ".join(problems))
    return attempt


def send_message(
    message: EmailMessage,
    settings: EmailConfig,
    password: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Send one message (see `send_messages`); the number of tries it took."""
    return send_messages([message], settings, password, sleep)


@dataclass(frozen=True)
class Message:
    """One message of a delivery: who it went to, with which topics and format."""

    recipients: tuple[str, ...]
    topics: tuple[str, ...]
    format: str
    subject: str
    message_id: str
    eml: Path | None = None  # the file written instead of sending (dry run)


@dataclass(frozen=True)
class Delivery:
    """What `deliver` did: its messages, and the SMTP sessions and topic sets that took."""

    day: date
    messages: tuple[Message, ...]
    tries: int = 0
    topic_sets: int = 1

    @property
    def recipients(self) -> tuple[str, ...]:
        """Every address a message went to."""
        return tuple(a for message in self.messages for a in message.recipients)

    @property
    def subject(self) -> str:
        """The first message's subject."""
        return self.messages[0].subject

    @property
    def message_id(self) -> str:
        """The first message's Message-ID."""
        return self.messages[0].message_id

    @property
    def eml(self) -> Path | None:
        """The first file a dry run wrote."""
        return self.messages[0].eml


def deliver(
    config: Config,
    briefing: Briefing,
    pdf: bytes,
    recipients: Sequence[str] = (),
    dry_run: bool = False,
    force: bool = False,
    now: datetime | None = None,
    out: Path | None = None,
) -> Delivery:
    """Send the briefing: to `recipients` (everything, one message), else to email.recipients
    and to each [[recipients]] entry its own edition, in one SMTP session. A dry run writes the
    messages under <out>/<date>/ instead: briefing.eml, or briefing-<address>.eml each."""
    settings = config.email
    if bug := folding_bug():
        log.warning("warning: %s", bug)
    try:
        to = tuple(email_address(r) for r in recipients)
    except ValueError as exc:
        raise BriefingError(f"recipient: {exc}") from None
    readers = addressees(config, to)
    if not readers:
        raise BriefingError("no recipients: set email.recipients or [[recipients]], or give --to")
    have = {section.name for section in briefing.sections}
    for reader in readers:
        if missing := [topic for topic in reader.topics if topic not in have]:
            raise BriefingError(
                f"{reader.addresses[0]} follows {missing[0]!r}, which the briefing for "
                f"{briefing.day} was built without: rebuild it (`briefing daily`, or "
                f"`briefing build --date {briefing.day}`); nothing was sent"
            )
    now = now or datetime.now(UTC)
    editions = Editions(config, briefing, pdf)

    def make(reader: Addressee) -> EmailMessage:
        parts = editions.parts(reader)
        return compose(*parts, settings.sender, reader.addresses, briefing.day, now)

    outgoing = [(reader, make(reader)) for reader in readers]
    folder = (out or config.resolve(config.output)) / briefing.day.isoformat()

    def described(reader: Addressee, message: EmailMessage, eml: Path | None = None) -> Message:
        subject, message_id = str(message["Subject"]), str(message["Message-ID"])
        return Message(reader.addresses, reader.topics, reader.format, subject, message_id, eml)

    if dry_run:
        done = []
        for reader, message in outgoing:
            path = folder / ("briefing.eml" if len(outgoing) == 1 else eml_name(reader))
            write_atomic(path, bytes(message))
            done.append(described(reader, message, path))
        return Delivery(briefing.day, tuple(done), topic_sets=editions.topic_sets)
    everyone = tuple(address for reader in readers for address in reader.addresses)
    first = described(*outgoing[0])
    sent: list[Message] = []
    with History(config.history_path(out)) as history:
        claim, got_it = history.claim_send(
            SendRecord(briefing.day, now, everyone, first.subject, first.message_id), force
        )
        if not force:  # a re-run sends only to those who did not get it
            outgoing = [
                (left, message if left == reader else make(left))
                for reader, message in outgoing
                if (left := not_yet(reader, got_it)).addresses
            ]
        reader_of = {str(message["Message-ID"]): reader for reader, message in outgoing}

        def on_sent(message: EmailMessage, accepted: tuple[str, ...]) -> None:
            reader = replace(reader_of[str(message["Message-ID"])], addresses=accepted)
            sent.append(described(reader, message))

        try:
            tries = send_messages(
                [message for _, message in outgoing],
                settings,
                os.environ.get(PASSWORD_VARIABLE),
                on_sent=on_sent,
            )
        except DeliveryError as exc:
            if not sent:
                raise
            got = ", ".join(a for m in sent for a in m.recipients)
            raise DeliveryError(
                f"{exc}; sent to {got}; `briefing send` again sends only to the others"
            ) from None
        finally:
            history.finish_send(
                claim,
                briefing.day,
                [
                    SendRecord(briefing.day, now, m.recipients, m.subject, m.message_id)
                    for m in sent
                ],
            )
    return Delivery(briefing.day, tuple(sent), tries, editions.topic_sets)
