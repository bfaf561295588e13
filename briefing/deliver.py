"""Send the day's briefing by email: one multipart message, retried when the failure is
temporary, recorded so that a day is sent once."""

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

from .config import Config, EmailConfig, email_address
from .errors import BriefingError, DeliveryError
from .models import Briefing
from .render import Renderer
from .store import History, SendRecord, write_atomic

PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"


def compose(
    subject: str,
    text: str,
    html: str,
    pdf: bytes,
    sender: str,
    recipients: Sequence[str],
    day: date,
    now: datetime,
) -> EmailMessage:
    """multipart/mixed: a text + HTML alternative, then the PDF; UTF-8, quoted-printable."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(now.astimezone(UTC), usegmt=True)
    message["Message-ID"] = make_msgid("briefing", sender.rpartition("@")[2] or None)
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
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


def _attempt(message: EmailMessage, settings: EmailConfig, password: str | None) -> None:
    where = f"{settings.host}:{settings.port}"
    try:
        with _connect(settings) as smtp:
            if settings.username:
                _login(smtp, settings.username, password or "")
            smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{where}: authentication failed for {settings.username} ({exc.smtp_code})"
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        codes = {code for code, _ in exc.recipients.values()}
        refused = ", ".join(exc.recipients)
        if all(400 <= code < 500 for code in codes):
            raise _Temporary(f"{where}: recipients refused for now ({refused})") from None
        raise DeliveryError(f"{where}: recipients refused: {refused}") from None
    except smtplib.SMTPResponseException as exc:
        reply = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        if 400 <= exc.smtp_code < 500:
            raise _Temporary(f"{where}: {exc.smtp_code} {reply}") from None
        raise DeliveryError(
            f"{where}: server refused the message: {exc.smtp_code} {reply}"
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{where}: {exc}") from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"{where}: TLS failed: {exc.reason or exc}") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise _Temporary(f"{where}: {type(exc).__name__}: {exc}".rstrip(": ")) from None


def send_message(
    message: EmailMessage,
    settings: EmailConfig,
    password: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Send, retrying temporary failures with backoff; the number of tries it took."""
    if settings.username and not password:
        raise BriefingError(f"email.username is set but {PASSWORD_VARIABLE} is not")
    tries = settings.retries + 1
    for attempt in range(1, tries + 1):
        try:
            _attempt(message, settings, password)
            return attempt
        except _Temporary as exc:
            if attempt == tries:
                raise DeliveryError(f"{exc} (gave up after {tries} tries)") from None
            sleep(settings.backoff * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Delivery:
    """What `deliver` did."""

    day: date
    recipients: tuple[str, ...]
    subject: str
    message_id: str
    eml: Path | None = None  # the file written instead of sending (dry run)
    tries: int = 0


def deliver(
    config: Config,
    briefing: Briefing,
    pdf: bytes,
    recipients: Sequence[str] = (),
    dry_run: bool = False,
    force: bool = False,
    now: datetime | None = None,
) -> Delivery:
    """Send one briefing (or, on a dry run, write it as output/<date>/briefing.eml)."""
    settings = config.email
    try:
        to = tuple(email_address(r) for r in recipients) or tuple(settings.recipients)
    except ValueError as exc:
        raise BriefingError(f"recipient: {exc}") from None
    if not to:
        raise BriefingError("no recipients: set email.recipients or give --to")
    renderer = Renderer(config)
    shown, html = renderer.email(briefing)
    now = now or datetime.now(UTC)
    message = compose(
        renderer.subject(shown),
        renderer.text(shown),
        html,
        pdf,
        settings.sender,
        to,
        briefing.day,
        now,
    )
    subject, message_id = str(message["Subject"]), str(message["Message-ID"])
    if dry_run:
        path = config.resolve(config.output) / briefing.day.isoformat() / "briefing.eml"
        write_atomic(path, bytes(message))
        return Delivery(briefing.day, to, subject, message_id, eml=path)
    with History(config.history_path()) as history:
        claim = history.claim_send(SendRecord(briefing.day, now, to, subject, message_id), force)
        try:
            tries = send_message(message, settings, os.environ.get(PASSWORD_VARIABLE))
        except BaseException:
            history.release(claim)
            raise
        history.mark_sent(claim)
    return Delivery(briefing.day, to, subject, message_id, tries=tries)
