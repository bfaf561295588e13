"""Editions: the cost of sending many analysts their own topics, against rendering each one's
edition afresh (the floor to beat), and the email's size.

    .venv/bin/python benchmarks/editions.py

Recipients follow one of three topic sets; a dry run composes every message. Rendering once per
distinct topic set should keep the time nearly flat in the number of recipients.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.config import load_config  # noqa: E402
from briefing.deliver.editions import Editions, addressees  # noqa: E402
from briefing.deliver.smtp import deliver  # noqa: E402
from briefing.pipeline import Run, build  # noqa: E402
from briefing.render.renderer import Renderer  # noqa: E402

DAY = date(2026, 11, 28)
TOPIC_SETS = (["Myanmar"], ["South China Sea", "US–China relations"], [])


def _config(folder: Path, recipients: int):
    entries = "".join(
        f'[[recipients]]\naddress = "analyst{n}@example.org"\n'
        f"topics = {TOPIC_SETS[n % 3]!r}\n".replace("'", '"')
        for n in range(recipients)
    )
    (folder / "briefing.toml").write_text(f'sources = ["{ROOT / "seeds"}"]\n{entries}')
    return load_config(folder / "briefing.toml")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = _config(folder, 3)
        result = build(Run.of(config, day=DAY))
        pdf = (folder / "output" / DAY.isoformat() / "briefing.pdf").read_bytes()
        html = Renderer(config).email(result.briefing)[1]
        print(f"seed email: {len(html.encode()):,} bytes of HTML (limit 100,000)")
        Editions(config, result.briefing, pdf).pdf(["Myanmar"])  # imports WeasyPrint: warm up
        print(f"{'recipients':>10} {'once per set (s)':>17} {'each afresh (s)':>16} {'ratio':>6}")
        for recipients in (3, 12, 48):
            config = _config(folder, recipients)
            start = time.perf_counter()
            deliver(config, result.briefing, pdf, dry_run=True)
            shared = time.perf_counter() - start
            start = time.perf_counter()
            for reader in addressees(config):
                Editions(config, result.briefing, pdf).parts(reader)
            afresh = time.perf_counter() - start
            print(f"{recipients:>10} {shared:>17.2f} {afresh:>16.2f} {afresh / shared:>5.1f}x")


if __name__ == "__main__":
    main()
