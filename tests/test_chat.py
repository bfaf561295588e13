"""Chat delivery through apprise to a real webhook on 127.0.0.1 (its json:// scheme), beside a
real SMTP server: once a day per URL, retries, secrets from the environment, exit codes."""

from __future__ import annotations

import base64
import datetime as dt
import http.server
import json
import re
import shutil
import threading
from dataclasses import replace

import pytest
from aiosmtpd.controller import Controller

from briefing.config import load_config
from briefing.deliver.channels import deliver_everywhere
from briefing.deliver.chat import deliver_chat, post, post_text, targets
from briefing.errors import BriefingError
from briefing.pipeline import Run, build, load_built
from briefing.store.history import History

from .conftest import SEEDS, run_cli
from .test_coming import announced
from .test_deliver import Inbox, free_port

DAY = dt.date(2026, 11, 28)


class Webhook:
    """A webhook on 127.0.0.1 that keeps each POST, answering 500 to the first `failures`."""

    def __init__(self, failures: int = 0) -> None:
        self.posts: list[tuple[str, dict, dict]] = []
        self.failures = failures
        hook = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if hook.failures > 0:
                    hook.failures -= 1
                    self.send_response(500)
                    self.end_headers()
                    return
                hook.posts.append((self.path, dict(self.headers), json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed briefing, built once into a project folder."""
    root = tmp_path_factory.mktemp("project")
    (root / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n')
    build(Run.of(load_config(root / "briefing.toml"), day=DAY))
    return root


@pytest.fixture
def project(built, tmp_path):
    """A copy of the built project, so each test starts with an empty send log."""
    root = tmp_path / "project"
    shutil.copytree(built, root)
    return root


def configure(root, urls, email_port=None, retries=1):
    """briefing.toml with these chat URLs (and email to a local SMTP server when given)."""
    lines = [f'sources = ["{SEEDS}"]', "[chat]", f"urls = {json.dumps(urls)}"]
    lines += [f"retries = {retries}", "backoff = 0.0"]
    if email_port:
        lines += [
            "[email]",
            'host = "127.0.0.1"',
            f"port = {email_port}",
            'security = "none"',
            'recipients = ["analyst@example.org"]',
            "retries = 0",
            "timeout = 5.0",
        ]
    (root / "briefing.toml").write_text("\n".join(lines) + "\n")
    return load_config(root / "briefing.toml")


def _briefing(config):
    return load_built(Run.of(config, day=DAY))


def test_posts_the_top_stories_with_links_and_coming_up_once_a_day(project, webhook):
    config = configure(project, [f"json://127.0.0.1:{webhook.port}/hooks/desk"])
    briefing, _ = _briefing(config)
    briefing = replace(briefing, coming=announced(briefing))  # the seed's page prints them
    first = deliver_chat(config, briefing)
    second = deliver_chat(config, briefing)
    assert first.posted == (f"json://127.0.0.1:{webhook.port}/hooks/desk",) and not first.failed
    assert second.posted == () and second.already == first.posted
    ((path, _, payload),) = webhook.posts
    assert path == "/hooks/desk"
    assert payload["title"] == "Daily briefing, 28 November 2026"
    assert payload["message"].startswith(
        "1. Top US, Chinese diplomats to meet at ASEAN talks · US–China relations"
    )  # the seed has no link or outlet: nothing invented
    assert (
        "**Coming up**\n- Thu 3 Dec: The top US and Chinese diplomats will hold"
        in (payload["message"])
    )
    with History(config.history_path()) as history:
        (sent,) = history.sends(DAY)
    assert sent.target.startswith("chat:") and sent.recipients == first.posted
    assert deliver_chat(config, briefing, force=True).posted == first.posted  # --force


def test_a_coming_up_line_is_cited_by_its_outlet_and_place(project, webhook):
    """tidy15: the page's Coming up lines name the dateline's place beside the outlet ("(AP ·
    Dili)", review14); the chat post gave the outlet alone."""
    config = configure(project, [f"json://127.0.0.1:{webhook.port}/hooks/desk"])
    briefing, _ = _briefing(config)
    first, *rest = announced(briefing)
    article = replace(first.sentence.article, outlet="AP", place="Jakarta")
    first = replace(first, sentence=replace(first.sentence, article=article))
    deliver_chat(config, replace(briefing, coming=(first, *rest)))
    ((_, _, payload),) = webhook.posts
    assert "The top US and Chinese diplomats will hold" in payload["message"]
    assert " (AP · Jakarta)\n" in payload["message"] + "\n"


def test_a_story_with_a_link_is_posted_as_a_markdown_link(tmp_path, webhook):
    text = (SEEDS / "asean-talks-us-china.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Source: AFP\nURL: https://example.org/asean?utm_source=x\n\n" + text, encoding="utf-8"
    )
    config = configure(tmp_path, [f"json://127.0.0.1:{webhook.port}/hook"])
    result = build(Run.of(config, [tmp_path / "a.txt"], DAY))
    deliver_chat(config, result.briefing)
    message = webhook.posts[0][2]["message"]
    assert message.startswith(
        "1. [Top US, Chinese diplomats to meet at ASEAN talks](https://example.org/asean) · AFP"
    )


def test_markdown_a_source_writes_is_shown_not_obeyed_in_the_post(tmp_path):
    """A title's own link or emphasis is escaped: a source must not put a link of its own
    (past the link rules) or formatting into the desk's chat."""
    text = (SEEDS / "asean-talks-us-china.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (tmp_path / "a.txt").write_text(
        "Title: Top US, Chinese [diplomats](https://phish.example) to *meet*\nSource: A_B\n"
        "URL: https://example.org/asean_(talks)\n\n" + text,
        encoding="utf-8",
    )
    config = configure(tmp_path, ["json://127.0.0.1:9/hook"])
    _, body = post_text(config, build(Run.of(config, [tmp_path / "a.txt"], DAY)).briefing)
    assert body.startswith(
        r"1. [Top US, Chinese \[diplomats\](https://phish.example) to \*meet\*]"
        r"(https://example.org/asean_%28talks%29) · A\_B"  # a bracket in it ends no link
    )


def test_a_day_of_untitled_stories_is_not_posted_as_nothing(tmp_path):
    """A story whose text gives no headline is no top story; the post said "Nothing on the
    followed topics" of a day whose briefing told it (the words before the verb run past
    HEADLINE_CHARS, so no run-on to it makes a headline either)."""
    (tmp_path / "a.txt").write_text(
        "Of the " * 20 + "junta were all in Yangon.\n\nThe junta extended the emergency in "
        "Myanmar on Friday for six more months, state media said.\n",
        encoding="utf-8",
    )
    config = configure(tmp_path, ["json://127.0.0.1:9/hook"])
    briefing = build(Run.of(config, [tmp_path / "a.txt"], DAY)).briefing
    assert any(s.items for s in briefing.sections) and not briefing.top_stories()
    assert post_text(config, briefing)[1] == "No headline to post today: the briefing has 2 items."


def test_the_wires_underscore_dash_is_posted_as_a_dash(tmp_path, webhook):
    text = (SEEDS / "asean-talks-us-china.txt").read_text(encoding="utf-8")
    titled = text.replace("Top US, Chinese diplomats", "Top US _ and Chinese _ diplomats", 1)
    (tmp_path / "a.txt").write_text(titled, encoding="utf-8")
    config = configure(tmp_path, [f"json://127.0.0.1:{webhook.port}/hook"])
    result = build(Run.of(config, [tmp_path / "a.txt"], DAY))
    deliver_chat(config, result.briefing)
    assert webhook.posts[0][2]["message"].startswith("1. Top US — and Chinese — diplomats")


def test_a_failed_post_is_retried_with_backoff(project, webhook):
    webhook.failures = 2
    config = configure(project, [f"json://127.0.0.1:{webhook.port}/hook"], retries=3)
    (target,), _ = targets(config.chat)
    pauses: list[float] = []
    settings = config.chat.model_copy(update={"backoff": 0.5})
    assert post(target, "t", "b", settings, pauses.append) == 3
    assert pauses == [0.5, 1.0] and len(webhook.posts) == 1


def test_one_failing_url_does_not_stop_the_others_and_is_posted_on_the_next_send(project, webhook):
    broken = Webhook(failures=10)
    try:
        urls = [f"json://127.0.0.1:{broken.port}/hook", f"json://127.0.0.1:{webhook.port}/hook"]
        config = configure(project, urls)
        briefing, _ = _briefing(config)
        first = deliver_chat(config, briefing)
        assert first.posted == (urls[1],)
        assert len(first.failed) == 1 and first.failed[0].startswith(urls[0])
        failure = first.failed[0]  # apprise's reason, without its log's time and level
        assert failure.startswith(f"{urls[0]}: Failed to send") and "500" in failure
        assert failure.endswith("(gave up after 2 tries)") and "WARNING" not in failure
        broken.failures = 0
        second = deliver_chat(config, briefing)
        assert (second.posted, second.already) == ((urls[0],), (urls[1],))
        assert len(webhook.posts) == len(broken.posts) == 1
    finally:
        broken.close()


def test_a_url_that_cannot_be_used_is_named_and_the_others_are_posted(project, webhook):
    """hostile18: one URL whose variable cron's environment lacks (or apprise cannot read)
    raised before any post, so every other chat went unposted too; each is a failure of its
    own, as a failed post is, and the exit code says chat failed."""
    good = f"json://127.0.0.1:{webhook.port}/hook"
    urls = [good, "json://127.0.0.1:9/${HOSTILE18_UNSET}", "nope://x"]
    config = configure(project, urls)
    briefing, _ = _briefing(config)
    done = deliver_chat(config, briefing)
    assert done.posted == (good,) and len(webhook.posts) == 1
    assert done.failed == (
        "chat.urls[1]: environment variable HOSTILE18_UNSET is not set",
        "chat.urls[2]: apprise cannot post to a nope:// URL like this one",
    )
    assert deliver_chat(config, briefing, dry_run=True).failed == done.failed


def test_secrets_come_from_the_environment_only(project, webhook, monkeypatch):
    monkeypatch.setenv("CHAT_PASSWORD", "s3cret")
    url = f"json://desk:${{CHAT_PASSWORD}}@127.0.0.1:{webhook.port}/hook"
    config = configure(project, [url])
    briefing, _ = _briefing(config)
    done = deliver_chat(config, briefing)
    assert "s3cret" not in done.posted[0]  # shown masked
    headers = webhook.posts[0][1]
    assert base64.b64decode(headers["Authorization"].split()[1]) == b"desk:s3cret"
    with History(config.history_path()) as history:
        assert "s3cret" not in json.dumps([s.__dict__ for s in history.sends()], default=str)
    monkeypatch.delenv("CHAT_PASSWORD")
    assert targets(config.chat) == (
        [],
        ["chat.urls[0]: environment variable CHAT_PASSWORD is not set"],
    )
    literal = configure(project, [f"json://desk:s3cret@127.0.0.1:{webhook.port}/hook"])
    [], [problem] = targets(literal.chat)
    assert re.match(r"chat.urls\[0\]: .*secret written in the config", problem)
    monkeypatch.setenv("HOOK", "hook")  # a variable elsewhere does not excuse a written secret
    mixed = configure(project, [f"json://desk:s3cret@127.0.0.1:{webhook.port}/${{HOOK}}"])
    [], [problem] = targets(mixed.chat)
    assert problem.startswith("chat.urls[0]: json://desk:****@")
    for name, token in (("A", "T1JJ3T3L2"), ("B", "A1BRTD4JD"), ("C", "TIiajkdnlazkcOXrIdevi7FQ")):
        monkeypatch.setenv(f"SLACK_{name}", token)
    slack = configure(project, ["slack://${SLACK_A}/${SLACK_B}/${SLACK_C}/#briefing"])
    (target,), [] = targets(slack.chat)
    assert target.shown.startswith("slack://T...2/A...D/T...Q/") and "T1JJ3T3L2" in target.url
    assert targets(configure(project, ["nope://x"]).chat)[1] == [
        "chat.urls[0]: apprise cannot post to a nope:// URL like this one"
    ]


def test_bad_chat_urls_are_configuration_errors(project):
    for urls, problem in (
        (["127.0.0.1/hook"], "chat.urls: Value error, urls[0] has no scheme"),
        (
            ["json://127.0.0.1/$HOOK"],
            "chat.urls: Value error, urls[0]: a variable is written ${NAME}",
        ),
    ):
        with pytest.raises(BriefingError, match=re.escape(problem)):
            configure(project, urls)


def test_dry_run_writes_the_post_and_sends_nothing(project, webhook):
    config = configure(project, [f"json://127.0.0.1:{webhook.port}/hook"])
    briefing, pdf = _briefing(config)
    outcome = deliver_everywhere(config, briefing, pdf, dry_run=True)
    assert outcome.exit_code == 0 and not webhook.posts
    text = (project / "output" / "2026-11-28" / "chat.md").read_text(encoding="utf-8")
    assert text.startswith("# Daily briefing, 28 November 2026\n\n1. Top US, Chinese")


def test_a_dry_run_counts_the_chat_urls_it_wrote_for_not_the_unusable_ones(project, webhook):
    """hostile19: since hostile18 a dry run writes the post beside an unusable URL's failure,
    but said "for 2 chat URL(s)" of a good URL and one apprise cannot read."""
    configure(project, [f"json://127.0.0.1:{webhook.port}/hook", "nope://x"])
    done = run_cli(project, "send", "--date", "2026-11-28", "--dry-run")
    assert done.returncode == 5 and "for 1 chat URL(s)" in done.stdout, done.stdout
    assert "chat.urls[1]: apprise cannot post to a nope:// URL" in done.stderr and not webhook.posts


def test_a_failing_chat_never_blocks_the_email_and_the_exit_code_says_which_failed(
    project, webhook
):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    broken = Webhook(failures=100)
    try:
        configure(project, [f"json://127.0.0.1:{broken.port}/hook"], controller.port)

        def send(*args):
            return run_cli(project, "send", "--date", "2026-11-28", *args)

        chat_down = send()
        assert chat_down.returncode == 5, chat_down.stderr
        assert len(inbox.messages) == 1 and "Sent 'Daily briefing" in chat_down.stdout
        assert f"error: chat: json://127.0.0.1:{broken.port}/hook: " in chat_down.stderr
        broken.failures = 0
        chat_back = send()  # the email went yesterday; the chat post goes now, once
        assert chat_back.returncode == 0, chat_back.stderr
        assert f"Posted to json://127.0.0.1:{broken.port}/hook" in chat_back.stdout
        assert "note: email: the briefing for 2026-11-28 was sent" in chat_back.stderr
        assert len(inbox.messages) == 1 and len(broken.posts) == 1
        everything_sent = send()
        assert everything_sent.returncode == 4, everything_sent.stderr
        controller.stop()
        configure(project, [f"json://127.0.0.1:{webhook.port}/hook"], controller.port)
        email_down = send("--force")
        assert email_down.returncode == 3, email_down.stderr
        assert len(webhook.posts) == 1 and "error: email: " in email_down.stderr
        broken.failures = 100
        configure(project, [f"json://127.0.0.1:{broken.port}/hook"], controller.port)
        both_down = send("--force")
        assert both_down.returncode == 6, both_down.stderr
        assert "email: " in both_down.stderr and "chat: " in both_down.stderr
    finally:
        broken.close()
        if controller._thread is not None:
            controller.stop()


def test_a_topic_name_is_posted_as_the_pages_print_it(tmp_path):
    """The pages print a topic's name as written ("US_China *ties*"); the post made emphasis
    of it and dropped its marks."""
    config = configure(tmp_path, ["json://127.0.0.1:9/hook"])
    briefing = build(Run.of(config, [SEEDS], DAY)).briefing
    named = replace(
        briefing, sections=tuple(replace(s, name="US_China *ties*") for s in briefing.sections)
    )
    first = post_text(config, named)[1].split("\n", 1)[0]
    assert first.endswith(r" · US\_China \*ties\*"), first


@pytest.mark.parametrize(
    ("headline", "posted"),
    [
        ("# Breaking: mill fire", r"1. \# Breaking: mill fire · "),
        ("1984. The year talks began", r"1. 1984\. The year talks began · "),
        ("> Talks resume", r"1. \> Talks resume · "),
        ("- Talks resume", r"1. \- Talks resume · "),
    ],
)
def test_a_headline_opening_like_a_markdown_block_is_shown_as_written(tmp_path, headline, posted):
    """An unlinked headline is the list item's first text: "# ..." posted a heading inside the
    list, "1984. ..." a list of its own."""
    config = configure(tmp_path, ["json://127.0.0.1:9/hook"])
    briefing = build(Run.of(config, [SEEDS], DAY)).briefing
    section = next(s for s in briefing.sections if s.stories)
    story = replace(section.stories[0], headline=headline)
    named = replace(briefing, sections=(replace(section, stories=(story,)),))
    assert post_text(config, named)[1].startswith(posted)
