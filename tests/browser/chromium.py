"""How graphbuild's browser tests, page benchmark and screenshot script start Debian's
Chromium (one list, so the three agree): headless on a machine with no network, no
first-run, sync or background fetches, and /tmp instead of a small /dev/shm."""

from __future__ import annotations

import os
import shutil

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_candidate() -> str:
    """Where Chromium should be: ``$GRAPHBUILD_CHROMIUM``, ``chromium`` on the PATH, or
    Debian's ``/usr/bin/chromium`` (the caller checks that it exists)."""
    return os.environ.get("GRAPHBUILD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
