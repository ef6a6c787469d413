"""The streamed run's second pass pauses cyclic garbage collection and gives it back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from graphbuild.pipeline import run_streamed
from graphbuild.sinks import output_sinks
from graphbuild.sources import iter_articles


@pytest.mark.parametrize("enabled", [True, False])
def test_collection_state_is_restored_after_a_streamed_run(
    tmp_path: Path, seeds_dir: Path, enabled: bool
) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        outcome = run_streamed(iter_articles([seeds_dir]), output_sinks(tmp_path / "out"))
        assert outcome.articles > 0
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
