"""Email and chat together: each goes out whatever the other does, and the exit status says
which failed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.config import Config
from briefing.deliver.chat import ChatDelivery, deliver_chat
from briefing.deliver.editions import addressees
from briefing.deliver.smtp import Delivery, deliver
from briefing.errors import AlreadySent, BriefingError, NotAllDelivered
from briefing.models import Briefing

EMAIL_FAILED, CHAT_FAILED, BOTH_FAILED = 3, 5, 6


@dataclass(frozen=True)
class Outcome:
    """What each channel did, or the error that stopped it (None: not configured or fine)."""

    email: Delivery | None = None
    email_error: BriefingError | None = None
    chat: ChatDelivery | None = None
    chat_error: BriefingError | None = None

    @property
    def problems(self) -> list[str]:
        """One line per failure: "email: ..." and "chat: ...", already-sent refusals included."""
        lines = [f"email: {self.email_error}"] if self.email_error else []
        lines += [f"chat: {self.chat_error}"] if self.chat_error else []
        lines += [f"chat: {failure}" for failure in (self.chat.failed if self.chat else ())]
        return lines

    @property
    def exit_code(self) -> int:
        """0 when all went (or was sent before, alongside something new); 3 email failed, 5
        chat failed, 6 both; 4 when all of it had been sent that day already."""
        email_failed = self.email_error is not None and not isinstance(
            self.email_error, AlreadySent
        )
        chat_failed = self.chat_error is not None or bool(self.chat and self.chat.failed)
        if email_failed and chat_failed:
            return BOTH_FAILED
        if email_failed:
            return self.email_error.exit_code if self.email_error else EMAIL_FAILED
        if chat_failed:
            return CHAT_FAILED
        delivered = bool(self.email and self.email.messages) or bool(
            self.chat and (self.chat.posted or self.chat.file)
        )
        refused = isinstance(self.email_error, AlreadySent) or bool(self.chat and self.chat.already)
        return AlreadySent.exit_code if refused and not delivered else 0

    def check(self) -> None:
        """Raise NotAllDelivered (or AlreadySent) with every problem when the exit status is
        not 0."""
        code = self.exit_code
        if code == AlreadySent.exit_code:
            raise AlreadySent("; ".join(self.problems) or "already sent today")
        if code:
            raise NotAllDelivered("; ".join(self.problems), code)


def deliver_everywhere(
    config: Config,
    briefing: Briefing,
    pdf: bytes,
    recipients: Sequence[str] = (),
    dry_run: bool = False,
    force: bool = False,
    out: Path | None = None,
) -> Outcome:
    """Email the editions (when there are addresses), then post to chat (when [chat] urls are
    set); neither stops the other."""
    email_wanted = bool(recipients) or bool(addressees(config))
    if not email_wanted and not config.chat.urls:
        raise BriefingError(
            "no recipients: set email.recipients, [[recipients]] or [chat] urls, or give --to"
        )
    email = email_error = chat = chat_error = None
    if email_wanted:
        try:
            email = deliver(config, briefing, pdf, recipients, dry_run, force, out=out)
        except BriefingError as exc:
            email_error = exc
    if config.chat.urls:
        try:
            chat = deliver_chat(config, briefing, dry_run, force, out=out)
        except BriefingError as exc:
            chat_error = exc
    return Outcome(email, email_error, chat, chat_error)
