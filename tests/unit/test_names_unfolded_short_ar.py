"""The preposition على folds onto the given name علي: written as the preposition it is never a
short mention of an official whose name holds علي (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run, said

TEXT = (
    "استقبل وزير الداخلية الكويتي فهد الصباح نظيره الأردني مازن علي. "
    "وشدد على ضرورة التنسيق الأمني. وقال علي إن التعاون قائم."
)


def test_ar_preposition_is_no_alias_of_the_name():
    ex = run(TEXT, "ar")
    assert "على" not in ent(ex, "مازن علي").aliases


def test_ar_name_spelled_as_the_name_is_still_a_short_mention():
    ex = run(TEXT, "ar")
    assert "علي" in ent(ex, "مازن علي").aliases
    assert ("مازن علي", "إن التعاون قائم") in [(n, q[:15]) for n, q in said(ex)]


def test_ar_stance_verb_with_the_preposition_is_not_the_named_speaker():
    ex = run(TEXT, "ar")
    speakers = {n for n, q in said(ex) if "التنسيق" in q}
    assert "مازن علي" not in speakers
