"""Send the day's briefing by email: a message per edition, all in one SMTP session, retried
when the failure is temporary, each recorded so that a day is sent once."""

from __future__ import annotations

import os
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from briefing.config import Config, EmailConfig, email_address
from briefing.deliver.editions import Addressee, Editions, addressees, eml_name
from briefing.errors import BriefingError, DeliveryError
from briefing.files import write_atomic
from briefing.models import Briefing
from briefing.store.history import History, SendRecord

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
    quoted-printable."""
    message = EmailMessage()
    message["Subject"] = subject
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
    return message


class _Temporary(Exception):
    """A failure worth another try."""


def _connect(settings: EmailConfig) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=settings.ca_file)
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    if settings.security == "starttls":
        smtp.ehlo()
        smtp.starttls(context=context)
        smtp.ehlo()
    return smtp


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


def _refusal(exc: smtplib.SMTPException, where: str) -> Exception:
    """A server's refusal as a temporary failure (4xx: try again) or a DeliveryError."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {code for code, _ in exc.recipients.values()}
        refused = ", ".join(exc.recipients)
        if all(400 <= code < 500 for code in codes):
            return _Temporary(f"{where}: recipients refused for now ({refused})")
        return DeliveryError(f"{where}: recipients refused: {refused}")
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        if 400 <= exc.smtp_code < 500:
            return _Temporary(f"{where}: {exc.smtp_code} {reply}")
        return DeliveryError(f"{where}: server refused the message: {exc.smtp_code} {reply}")
    return _Temporary(f"{where}: {type(exc).__name__}: {exc}".rstrip(": "))


def _session(
    pending: list[EmailMessage],
    settings: EmailConfig,
    password: str | None,
    on_sent: Callable[[EmailMessage], None],
    problems: list[str],
) -> None:
    """Send the pending messages in one session, taking each off the list once it went out; a
    message the server refuses for good is set aside, its reason added to `problems`."""
    where = f"{settings.host}:{settings.port}"
    try:
        with _connect(settings) as smtp:
            if settings.username:
                _login(smtp, settings.username, password or "")
            while pending:
                try:
                    smtp.send_message(pending[0])
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
                    failure = _refusal(exc, where)
                    if isinstance(failure, _Temporary):
                        raise failure from None
                    problems.append(str(failure))
                    pending.pop(0)
                    continue
                on_sent(pending.pop(0))
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{where}: authentication failed for {settings.username} ({exc.smtp_code})"
        ) from None
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
        raise _refusal(exc, where) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{where}: {exc}") from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"{where}: TLS failed: {exc.reason or exc}") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise _Temporary(f"{where}: {type(exc).__name__}: {exc}".rstrip(": ")) from None


def send_messages(
    messages: Sequence[EmailMessage],
    settings: EmailConfig,
    password: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_sent: Callable[[EmailMessage], None] = lambda _: None,
) -> int:
    """Send every message in one SMTP session; a temporary failure is retried with backoff in a
    new session for the messages not yet sent. The number of sessions it took; DeliveryError
    names the messages refused for good after the others went out."""
    if settings.username and not password:
        raise BriefingError(f"email.username is set but {PASSWORD_VARIABLE} is not")
    pending, tries, problems = list(messages), settings.retries + 1, []
    for attempt in range(1, tries + 1):
        try:
            _session(pending, settings, password, on_sent, problems)
        except _Temporary as exc:
            if attempt == tries:
                given_up = f"{exc} (gave up after {tries} tries)"
                raise DeliveryError("; ".join([*problems, given_up])) from None
            sleep(settings.backoff * 2 ** (attempt - 1))
            continue
        if problems:
            raise DeliveryError("; ".join(problems))
        return attempt
    raise AssertionError("unreachable")


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
    try:
        to = tuple(email_address(r) for r in recipients)
    except ValueError as exc:
        raise BriefingError(f"recipient: {exc}") from None
    readers = addressees(config, to)
    if not readers:
        raise BriefingError("no recipients: set email.recipients or [[recipients]], or give --to")
    now = now or datetime.now(UTC)
    editions = Editions(config, briefing, pdf)
    outgoing = [
        (
            reader,
            compose(*editions.parts(reader), settings.sender, reader.addresses, briefing.day, now),
        )
        for reader in readers
    ]
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
    reader_of = {str(message["Message-ID"]): reader for reader, message in outgoing}
    with History(config.history_path(out)) as history:
        claim = history.claim_send(
            SendRecord(briefing.day, now, everyone, first.subject, first.message_id), force
        )
        try:
            tries = send_messages(
                [message for _, message in outgoing],
                settings,
                os.environ.get(PASSWORD_VARIABLE),
                on_sent=lambda message: sent.append(
                    described(reader_of[str(message["Message-ID"])], message)
                ),
            )
        finally:
            history.finish_send(
                claim,
                [
                    SendRecord(briefing.day, now, m.recipients, m.subject, m.message_id)
                    for m in sent
                ],
            )
    return Delivery(briefing.day, tuple(sent), tries, editions.topic_sets)
