"""Editions: each [[recipients]] entry gets its topics in its format, all in one SMTP session."""

import email
import email.policy
import io
import json

import pytest
from pypdf import PdfReader

from briefing.config import load_config
from briefing.deliver.smtp import deliver
from briefing.errors import BriefingError, DeliveryError
from briefing.pipeline import Run, load_built
from briefing.store.history import History

from . import test_deliver as delivery
from .conftest import SEEDS, run_cli
from .test_deliver import DAY, Inbox, _serving, free_port

built = delivery.built  # the seed briefing, built once into a project folder
fresh = delivery.fresh  # a copy of it for each test, with an empty send log

EDITIONS = [
    {"address": "burma@example.org", "topics": ["Myanmar"], "format": "html"},
    {"address": "print@example.org", "topics": ["Myanmar"], "format": "pdf"},
    {"address": "seas@example.org", "topics": ["South China Sea", "US–China relations"]},
]


class Sessions(Inbox):
    """An inbox that notes which SMTP session each message came in, and refuses some addresses."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.sessions: list[int] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.sessions.append(id(session))
        return await super().handle_DATA(server, session, envelope)


def _project(root, port, editions=EDITIONS):
    blocks = "".join(
        "[[recipients]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in entry.items())
        for entry in editions
    )
    (root / "briefing.toml").write_text(
        f'sources = ["{SEEDS}"]\n[email]\nhost = "127.0.0.1"\nport = {port}\n'
        f'security = "none"\nsender = "briefing@example.org"\nbackoff = 0.0\n{blocks}'
    )
    return load_config(root / "briefing.toml")


def _parts(raw: bytes) -> dict:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    found = {"to": message["To"]}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("text/plain", "text/html", "application/pdf"):
            found[kind] = part.get_content()
    return found


def _headings(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_each_recipient_gets_their_topics_in_their_format_in_one_session(fresh):
    inbox = Sessions()
    with _serving(inbox) as controller:
        config = _project(fresh, controller.port)
        briefing, pdf = load_built(Run.of(config, day=DAY))
        done = deliver(config, briefing, pdf)
    assert len(set(inbox.sessions)) == 1 and len(inbox.messages) == 3
    assert done.topic_sets == 2  # Myanmar; South China Sea + US–China: each rendered once
    by_address = {m.rcpt_tos[0]: _parts(m.original_content) for m in inbox.messages}

    html_only = by_address["burma@example.org"]
    assert "application/pdf" not in html_only
    assert ">Myanmar</h2>" in html_only["text/html"]
    assert "South China Sea</h2>" not in html_only["text/html"]
    assert "PDF is attached" not in html_only["text/html"]

    pdf_only = by_address["print@example.org"]
    assert "text/html" not in pdf_only
    assert "Myanmar" in _headings(pdf_only["application/pdf"])
    assert "South China Sea" not in _headings(pdf_only["application/pdf"])

    both = by_address["seas@example.org"]
    assert "South China Sea</h2>" in both["text/html"] and ">Myanmar</h2>" not in both["text/html"]
    assert "Myanmar" not in _headings(both["application/pdf"])
    assert "== Myanmar ==" not in both["text/plain"]

    with History(config.history_path()) as history:
        sends = history.sends(DAY)
    assert sorted(r for s in sends for r in s.recipients) == [
        "burma@example.org",
        "print@example.org",
        "seas@example.org",
    ]


def test_a_refused_recipient_does_not_stop_the_others(fresh):
    inbox = Sessions(refuse=("print@example.org",))
    with _serving(inbox) as controller:
        config = _project(fresh, controller.port)
        briefing, pdf = load_built(Run.of(config, day=DAY))
        with pytest.raises(DeliveryError, match=r"not delivered to print@example.org \(550 5.1.1"):
            deliver(config, briefing, pdf)
    assert sorted(m.rcpt_tos[0] for m in inbox.messages) == [
        "burma@example.org",
        "seas@example.org",
    ]
    with History(config.history_path()) as history:
        logged = sorted(r for s in history.sends(DAY) for r in s.recipients)
    assert logged == ["burma@example.org", "seas@example.org"]  # each message that went out


def test_dry_run_writes_one_file_per_edition(built, tmp_path):
    config = _project(built, free_port())
    briefing, pdf = load_built(Run.of(config, day=DAY))
    done = deliver(config, briefing, pdf, dry_run=True, out=tmp_path / "elsewhere")
    names = sorted(m.eml.name for m in done.messages)
    assert names == [
        "briefing-burma@example.org.eml",
        "briefing-print@example.org.eml",
        "briefing-seas@example.org.eml",
    ]
    assert all(m.eml.parent == tmp_path / "elsewhere" / "2026-11-28" for m in done.messages)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"address": "a@example.org", "topics": ["Burma"]}, "unknown topic 'Burma'"),
        ({"address": "not an address"}, "recipients.0.address"),
        ({"address": "a@example.org", "format": "docx"}, "recipients.0.format"),
    ],
)
def test_bad_recipient_entries_are_clear_errors(tmp_path, entry, message):
    with pytest.raises(BriefingError, match=message):
        _project(tmp_path, 25, [entry])


def test_send_and_history_take_out_like_build(tmp_path):
    (tmp_path / "briefing.toml").write_text(
        f'sources = ["{SEEDS}"]\n[email]\nrecipients = ["desk@example.org"]\n'
    )
    args = ("--date", "2026-11-28", "--out", "elsewhere")
    sent = run_cli(tmp_path, "send", "--dry-run", *args)
    assert sent.returncode == 0, sent.stderr
    assert (tmp_path / "elsewhere/2026-11-28/briefing.eml").is_file()
    assert (tmp_path / "elsewhere/2026-11-28/briefing.pdf").is_file()  # built there first
    assert not (tmp_path / "output").exists()
    listed = run_cli(tmp_path, "history", "--out", "elsewhere")
    assert listed.returncode == 0 and "2026-11-28" in listed.stdout, listed.stderr
