"""`briefing init`: a folder a new user can build in at once: a commented briefing.toml (the
default topics, the sources, email and chat), a sources/ folder with the sample article, and
how to run it every morning."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefing.errors import BriefingError
from briefing.files import write_atomic

SOURCES = "sources"
_SCHEDULE = """\
briefing is set up in {folder}:
  briefing.toml   the topics (boolean queries), sources, email and chat; every key is commented
  {sources}/        the sample article; add files, or list feeds and pages in briefing.toml

Build today's briefing now:
  cd {folder} && {command} build

Every morning at 06:05, with cron (crontab -e):
  5 6 * * *  cd {folder} && BRIEFING_SMTP_PASSWORD=... {command} daily --quiet

Or with systemd: /etc/systemd/system/briefing.service
  [Unit]
  Description=Daily briefing
  [Service]
  Type=oneshot
  WorkingDirectory={folder}
  EnvironmentFile=/etc/briefing/smtp.env
  ExecStart={command} daily --quiet
  # exit code 4 (already sent today) is not a failure
  SuccessExitStatus=4

and /etc/systemd/system/briefing.timer, then: systemctl enable --now briefing.timer
  [Unit]
  Description=Daily briefing at 06:05
  [Timer]
  OnCalendar=*-*-* 06:05:00
  Persistent=true
  [Install]
  WantedBy=timers.target
"""


@dataclass(frozen=True)
class Started:
    """What `init` wrote, and the README to print."""

    files: tuple[Path, ...]
    readme: str


def _samples() -> list[Path]:
    """The sample articles: briefing/seeds in the wheel, the project's seeds/ in a checkout."""
    for folder in (Path(__file__).parent / "seeds", Path(__file__).parents[1] / "seeds"):
        if folder.is_dir():
            return sorted(folder.glob("*.txt"))
    return []


def config_text() -> str:
    """The commented briefing.toml: the starter settings, then the default topics as shipped
    (briefing/default.toml without its opening paragraph)."""
    package = resources.files("briefing")
    topics = package.joinpath("default.toml").read_text(encoding="utf-8").split("\n\n", 1)[1]
    return package.joinpath("starter.toml").read_text(encoding="utf-8") + topics


def _command() -> str:
    """How to run briefing as installed here, for cron and systemd (absolute paths)."""
    script = Path(sys.executable).parent / "briefing"
    return str(script) if script.is_file() else f"{sys.executable} -m briefing"


def init_folder(folder: Path, force: bool = False) -> Started:
    """Write briefing.toml and sources/ with the sample article into `folder` (made when
    missing). An existing file is overwritten only with `force`: otherwise nothing is written."""
    samples = _samples()
    if not samples:
        raise BriefingError("the sample article is missing from this installation of briefing")
    folder = folder.resolve()
    targets = {folder / "briefing.toml": config_text().encode("utf-8")}
    targets.update({folder / SOURCES / s.name: s.read_bytes() for s in samples})
    folders = [path for path in targets if path.is_dir()]
    if folders:
        raise BriefingError(f"{folders[0]} is a folder: move it away to write the file there")
    existing = [path for path in targets if path.exists()]
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise BriefingError(f"{existing[0]} exists{more}: use --force to overwrite")
    for path, data in targets.items():
        write_atomic(path, data)
    readme = _SCHEDULE.format(folder=folder, sources=SOURCES, command=_command())
    return Started(tuple(targets), readme)
