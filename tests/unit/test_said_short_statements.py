"""A stance verb may govern a short statement ("condemned the attack", «رحب بالقرار»); a verb of
saying that may precede its speaker does not ("told reporters") (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from .helpers import run, said


@pytest.mark.parametrize(
    "verb, obj", [("condemned", "the shelling"), ("welcomed", "the truce"), ("urged", "restraint")]
)
def test_en_stance_verb_with_a_short_object(verb, obj):
    ex = run(f"Foreign Minister Karim Haddad {verb} {obj}.", "en")
    assert said(ex) == [("Karim Haddad", obj)]


@pytest.mark.parametrize("tail", ["told reporters.", "said on Monday.", "said."])
def test_en_no_statement_after_told_or_a_circumstance(tail):
    assert said(run(f"Foreign Minister Karim Haddad {tail}", "en")) == []


def test_ar_welcomed_the_decision():
    ex = run("ورحب وزير الخارجية العراقي فؤاد حسين بالقرار.", "ar")
    assert [sp for sp, _q in said(ex)] == ["فؤاد حسين"]


def test_ar_said_to_the_press_is_no_statement():
    assert said(run("وقال وزير الخارجية العراقي فؤاد حسين للصحفيين.", "ar")) == []
