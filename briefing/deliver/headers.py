"""Email headers that carry only what they say: text decoded and free of control characters,
and a final check that no header of a composed message holds a line break."""

from __future__ import annotations

import email.policy
import re
import sys
from email.message import EmailMessage
from email.parser import BytesHeaderParser

from briefing.errors import BriefingError

# CVE-2024-6923: before these releases the email package could fold a decoded encoded word's
# CR/LF onto the wire as a header line of its own.
FIXED = {(3, 8): 20, (3, 9): 20, (3, 10): 15, (3, 11): 10, (3, 12): 5}
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_ROUNDS = 5  # encoded words inside encoded words, at most this deep


def folding_bug(version: tuple[int, ...] = tuple(sys.version_info[:3])) -> str:
    """One line naming the header-folding bug when this Python has it; "" when it does not."""
    fixed = FIXED.get(version[:2])
    if version[:2] < (3, 13) and (fixed is None or version[2] < fixed):
        shown = ".".join(map(str, version))
        release = f"{version[0]}.{version[1]}.{fixed}" if fixed else "3.13"
        return (
            f"Python {shown} has the email header-folding bug CVE-2024-6923 (fixed in {release});"
            " briefing checks every header itself, but upgrade Python"
        )
    return ""


def header_text(value: str) -> str:
    """A header value as a reader sees it: encoded words decoded (however nested), control
    characters and line breaks turned into single spaces."""
    text = " ".join(_CONTROLS.sub(" ", value).split())
    for _ in range(_ROUNDS):
        decoded = str(email.policy.default.header_factory("Subject", text))
        decoded = " ".join(_CONTROLS.sub(" ", decoded).split())
        if decoded == text:
            break
        text = decoded
    return text


def check_headers(message: EmailMessage) -> None:
    """BriefingError when a header of the message, as it will be sent, holds a line break or
    reads back as other headers than those set."""
    for name, value in message.items():
        if "\r" in str(value) or "\n" in str(value):
            raise BriefingError(f"email header {name} holds a line break: message not sent")
    sent = BytesHeaderParser(policy=email.policy.compat32).parsebytes(bytes(message))
    names = [name.lower() for name in message]
    if sorted(name.lower() for name in sent) != sorted(names):
        extra = sorted({n.lower() for n in sent} - set(names)) or names
        raise BriefingError(f"email headers would be sent as {', '.join(extra)}: message not sent")
