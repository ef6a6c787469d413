"""Arabic VSO: a parliamentary committee right after a meeting verb is the meeting's subject side
("التقت لجنة X الوفد"); it meets the delegation, and the member named after "برئاسة" that chairs it
meets the delegation too (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_ar_committee_after_the_verb_meets_the_delegation():
    ex = run("وفي مجلس الشيوخ، التقت لجنة الشؤون العربية الوفد البرتغالي.", "ar")
    assert frozenset({"لجنة الشؤون العربية", "الوفد البرتغالي"}) in met(ex)


def test_ar_committee_and_its_chair_both_meet_the_delegation():
    ex = run(
        "التقت لجنة الصداقة البرلمانية الكويتية الكندية برئاسة النائب حمد سالم المطيري، اليوم"
        " بمقر المجلس، وفدًا من مجلس العموم الكندي.",
        "ar",
    )
    pairs = met(ex)
    delegation = next(n for p in pairs for n in p if n.startswith("وفد"))
    assert frozenset({"لجنة الصداقة البرلمانية الكويتية الكندية", delegation}) in pairs
    assert frozenset({"حمد سالم المطيري", delegation}) in pairs


def test_ar_committee_after_the_verb_does_not_meet_an_official():
    ex = run("التقت لجنة الشؤون العربية وزير الخارجية البرتغالي جواو سيلفا.", "ar")
    assert not any("لجنة الشؤون العربية" in p for p in met(ex))
