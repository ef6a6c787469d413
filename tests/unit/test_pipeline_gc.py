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


def test_collection_is_on_while_a_batch_is_handed_on(tmp_path: Path, seeds_dir: Path) -> None:
    """A sink's own work (a Neo4j driver, say) runs with the caller's collector."""
    from graphbuild.sinks import ExtractionsFile

    seen: list[bool] = []

    class Watching(ExtractionsFile):
        def add(self, batch):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return super().add(batch)

    was = gc.isenabled()
    try:
        gc.enable()
        sinks = [Watching(tmp_path / "out" / "extractions.jsonl")]
        outcome = run_streamed(iter_articles([seeds_dir]), sinks)
        assert outcome.articles > 0
        assert seen and all(seen)
    finally:
        (gc.enable if was else gc.disable)()
