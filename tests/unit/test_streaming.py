"""The streamed main job writes the bytes of the in-memory one, and keeps nothing per article."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.graph import build_graph
from graphbuild.pipeline import Timings, extract, filter_confidence, run_streamed, write_outputs
from graphbuild.sinks import OUTPUT_FILES, output_sinks
from graphbuild.sources import iter_articles, read_articles


@pytest.mark.parametrize("threshold", [0.0, 0.9])
def test_streamed_run_writes_the_files_of_the_in_memory_path(
    tmp_path: Path, eval_dir: Path, seeds_dir: Path, threshold: float
) -> None:
    # both dev sets and the seed: several batches, and officials merged across articles
    paths = [eval_dir / "dev" / "articles", eval_dir / "dev2" / "articles", seeds_dir]
    exs = [filter_confidence(ex, threshold) for ex in extract(read_articles(paths))]
    write_outputs(exs, build_graph(exs), tmp_path / "memory")
    assert any(m for ex in exs for e in ex.entities for m in e.merges)

    timings = Timings()
    outcome = run_streamed(
        iter_articles(paths),
        output_sinks(tmp_path / "streamed"),
        threshold=threshold,
        timings=timings,
    )
    assert outcome.articles == len(exs)
    for name in OUTPUT_FILES.values():
        streamed = (tmp_path / "streamed" / name).read_bytes()
        assert streamed == (tmp_path / "memory" / name).read_bytes(), name
    assert {"read", "extract", "resolve", "replay", "graph", "write json"} <= set(timings.seconds)


def test_no_article_is_an_input_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing here"):
        run_streamed(iter([]), output_sinks(tmp_path / "out"), empty_error="nothing here")
    assert not (tmp_path / "out").exists()


def test_extraction_line_is_the_json_of_to_dict(eval_dir: Path) -> None:
    import json

    from graphbuild.sinks import extraction_line

    exs = extract(read_articles([eval_dir / "dev2" / "articles"]))
    assert any(e.merges for ex in exs for e in ex.entities)
    for ex in exs:
        assert extraction_line(ex) == json.dumps(ex.to_dict(), ensure_ascii=False, sort_keys=True)
