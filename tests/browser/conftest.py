"""Debian's chromium, driven by Playwright, offline.

Every request is routed: anything that is not ``file:``/``data:``/``about:``
is aborted and recorded, and the context is offline too. Console errors,
uncaught page errors and dialogs (``alert``) are recorded for the tests to
assert on.

Chromium is required: without it these tests fail with a clear message,
unless ``GRAPHBUILD_SKIP_BROWSER=1`` is set (developers without chromium).
The binary is ``/usr/bin/chromium`` or ``$GRAPHBUILD_CHROMIUM``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .chromium import CHROMIUM_ARGS, chromium_candidate

LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
INSTALL_HINT = (
    "apt-get install -y chromium fonts-dejavu-core (and pip install playwright; "
    "do not run `playwright install`). Set GRAPHBUILD_SKIP_BROWSER=1 to skip browser tests."
)


def _unavailable(reason: str):
    if os.environ.get("GRAPHBUILD_SKIP_BROWSER") == "1":
        pytest.skip(f"browser tests skipped (GRAPHBUILD_SKIP_BROWSER=1): {reason}")
    pytest.fail(f"{reason}. {INSTALL_HINT}", pytrace=False)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = chromium_candidate()
    if not Path(path).exists():
        _unavailable(
            f"chromium not found (looked for $GRAPHBUILD_CHROMIUM, `chromium` on PATH, {path})"
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:  # noqa: BLE001 - report any launch failure clearly
        pw.stop()
        _unavailable(f"chromium at {chromium_path} would not start: {exc}")
    yield b
    b.close()
    pw.stop()


@dataclass
class Loaded:
    """A page opened from disk, with what happened while it ran."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def wait_ready(self, timeout_s: float = 60) -> float:
        """Wait until the page says it is laid out; return the page's own ms figure."""
        # a selector wait: the page's CSP forbids the eval that wait_for_function uses
        self.page.wait_for_selector(
            'body[data-ready="1"]', state="attached", timeout=timeout_s * 1000
        )
        return float(self.page.evaluate("window.graphbuildStabilizedMs"))

    def assert_clean(self) -> None:
        assert not self.outside, f"requests left the machine: {self.outside}"
        assert not self.page_errors, f"uncaught page errors: {self.page_errors}"
        assert not self.console_errors, f"console errors: {self.console_errors}"
        assert not self.dialogs, f"dialogs fired: {self.dialogs}"

    def panel_text(self) -> str:
        return self.page.inner_text("#panel")


@pytest.fixture
def open_page(browser):
    """``open_page(path, width=1400, height=850) -> Loaded``; contexts are closed after the test."""
    contexts = []

    def _open(path: Path, width: int = 1400, height: int = 850) -> Loaded:
        ctx = browser.new_context(
            viewport={"width": width, "height": height}, offline=True, java_script_enabled=True
        )
        contexts.append(ctx)
        page = ctx.new_page()
        loaded = Loaded(page)

        def on_console(msg):
            if msg.type == "error":
                loaded.console_errors.append(msg.text)

        def on_dialog(dialog):
            loaded.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def on_route(route):
            url = route.request.url
            loaded.requests.append(url)
            if url.startswith(LOCAL_SCHEMES):
                route.continue_()
            else:
                loaded.outside.append(url)
                route.abort()

        page.on("console", on_console)
        page.on("pageerror", lambda exc: loaded.page_errors.append(str(exc)))
        page.on("dialog", on_dialog)
        ctx.route("**/*", on_route)
        page.goto(Path(path).resolve().as_uri())
        return loaded

    yield _open
    for ctx in contexts:
        ctx.close()
