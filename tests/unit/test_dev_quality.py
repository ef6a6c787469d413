"""Regression guard: extraction quality on the dev set (eval/dev) must not fall below the bar.

Issue 4's thresholds: entity F1 >= 0.90 and relation F1 >= 0.75, overall and in
each language. The figures come from ``graphbuild eval`` itself (the CLI), so
this also guards the command users run.
"""

import json

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

THRESHOLDS = {"entities": 0.90, "relations": 0.75}


@pytest.fixture(scope="module")
def report(dev_dir):
    res = CliRunner().invoke(app, ["eval", str(dev_dir / "gold"), str(dev_dir / "articles"), "--json", "--quiet"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.mark.parametrize("lang", ["all", "ar", "en"])
@pytest.mark.parametrize("block", sorted(THRESHOLDS))
def test_dev_f1_stays_above_threshold(report, lang, block):
    f1 = report["languages"][lang][block]["f1"]
    assert f1 is not None and f1 >= THRESHOLDS[block], f"{block} F1 on {lang} fell to {f1:.3f}"


def test_no_dev_article_is_missing(report):
    assert report["missing_articles"] == []
