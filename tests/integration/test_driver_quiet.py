"""The server's notifications never reach the user: graphbuild reports what happened itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_render_query_on_articles_without_urls_prints_no_driver_notices(tmp_path):
    # The seed has no url or source: the article query names properties that do not
    # exist, which the server would answer with warnings the driver logs to stderr.
    env_cmd = [sys.executable, "-m", "graphbuild"]
    load = subprocess.run(
        [*env_cmd, "load", str(ROOT / "seeds"), "-q"], capture_output=True, text=True, check=False
    )
    assert load.returncode == 0, load.stderr
    page = tmp_path / "ego.html"
    res = subprocess.run(
        [
            *env_cmd,
            "render",
            "--query",
            "ego_network",
            "-p",
            "entity=باشاغا",
            "-p",
            "depth=1",
            "-o",
            str(page),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    assert page.is_file()
    assert "notification" not in res.stderr.lower()
    assert "GqlStatusObject" not in res.stderr
