"""The Makefile's system-packages step, which `make test` and `make run` wait for."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not shutil.which("make"), reason="no make")
def test_system_packages_names_what_is_missing_and_never_fails_without_apt(tmp_path):
    """Where apt-get cannot install (no dpkg nor apt-get: not Debian, root or not), the step
    names the missing packages on one line and lets `make test` go on."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("sh", "id", "make"):
        (tools / tool).symlink_to(shutil.which(tool))
    done = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "system-packages", "DEB_PACKAGES=fonts-a fonts-b"],
        env={"PATH": str(tools)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Missing Debian packages" in done.stderr and "fonts-a fonts-b" in done.stderr
