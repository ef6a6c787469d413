"""Regression guard: extraction quality on the dev sets (eval/dev, eval/dev2) must not fall.

The figures come from ``graphbuild eval`` itself (the CLI), which gives exactly
the reference scorer's (eval/score.py) figures, so this also guards the command
users run; one test checks that agreement on dev2.

dev: issue 4's thresholds, entity F1 >= 0.90 and relation F1 >= 0.75, overall
and in each language.

dev2: the target of the issue "Extraction that holds on real news" is entity
F1 >= 0.90 and relation F1 >= 0.80 on dev2.  The thresholds below are not that
target: they sit about 0.02-0.03 below what the extractor measured when they were
last raised (entity / relation F1: all 0.911 / 0.812, ar 0.902 / 0.819, en 0.934 / 0.790),
to guard the ground gained.  Raise them as the extractor improves.  dev2 is
extracted once per test session (about 1 s once the lexicons are loaded).
"""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

THRESHOLDS = {"entities": 0.90, "relations": 0.75}

DEV2_THRESHOLDS = {
    "all": {"entities": 0.89, "relations": 0.79},
    "ar": {"entities": 0.88, "relations": 0.79},
    "en": {"entities": 0.91, "relations": 0.77},
}


def _eval_json(*args):
    res = CliRunner().invoke(app, ["eval", *map(str, args), "--json", "--quiet"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def report(dev_dir):
    return _eval_json(dev_dir / "gold", dev_dir / "articles")


@pytest.fixture(scope="session")
def dev2_extraction(dev2_dir, tmp_path_factory):
    """dev2's articles extracted once a session (graphbuild extract) to a JSONL file."""
    out = tmp_path_factory.mktemp("dev2") / "dev2.jsonl"
    res = CliRunner().invoke(app, ["extract", str(dev2_dir / "articles"), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="session")
def dev2_report(dev2_dir, dev2_extraction):
    return _eval_json(dev2_dir / "gold", dev2_extraction)


@pytest.mark.parametrize("lang", ["all", "ar", "en"])
@pytest.mark.parametrize("block", sorted(THRESHOLDS))
def test_dev_f1_stays_above_threshold(report, lang, block):
    f1 = report["languages"][lang][block]["f1"]
    assert f1 is not None and f1 >= THRESHOLDS[block], f"{block} F1 on {lang} fell to {f1:.3f}"


def test_no_dev_article_is_missing(report):
    assert report["missing_articles"] == []


@pytest.mark.parametrize("lang", sorted(DEV2_THRESHOLDS))
@pytest.mark.parametrize("block", ["entities", "relations"])
def test_dev2_f1_stays_above_threshold(dev2_report, lang, block):
    f1 = dev2_report["languages"][lang][block]["f1"]
    bar = DEV2_THRESHOLDS[lang][block]
    assert f1 is not None and f1 >= bar, f"dev2 {block} F1 on {lang} fell to {f1:.3f} (< {bar})"


def test_no_dev2_article_is_missing(dev2_report):
    assert dev2_report["missing_articles"] == [] and dev2_report["articles"]["all"] >= 66


def test_dev2_figures_are_the_reference_scorers(eval_dir, dev2_dir, dev2_extraction, dev2_report):
    """eval/score.py on the same extraction file gives the same counts, type by
    type, overall and per language (bench/check_scorer.py shows them side by side)."""
    out = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            str(dev2_dir / "gold"),
            str(dev2_extraction),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    ref = json.loads(out)["scores"]
    assert set(ref) == set(dev2_report["languages"])
    for lang, block in ref.items():
        for key, v in block.items():
            kind, typ = key.split(":")
            ours = dev2_report["languages"][lang][
                typ if typ != "ALL" else {"ent": "entities", "rel": "relations"}[kind]
            ]
            got = (ours["tp"], ours["tp"] + ours["fp"], ours["tp"] + ours["fn"])
            assert got == (v["tp"], v["pred"], v["gold"]), (lang, key)
            assert round(ours["f1"] or 0.0, 3) == v["f"], (lang, key)
