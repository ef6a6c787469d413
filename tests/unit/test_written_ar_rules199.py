"""Agency copy: a delegation named "from the parliament" in the headline and "from the X
committee in the parliament" below is the committee's; the committee is the parliament's, and
no link skips it (the delegation is in the parliament through the committee). Sentences
written for these tests."""

from __future__ import annotations

from .helpers import rels, run

_TITLE = "لجنة الصحة في مجلس الشورى تلتقي وفدا من البرلمان الأوروبي"
_TEXT = (
    "مسقط 3 آذار - التقت لجنة الصحة في مجلس الشورى، برئاسة الدكتور سالم بن راشد الهنائي، "
    "اليوم، وفدا من لجنة التجارة الدولية في البرلمان الأوروبي برئاسة النائبة جوليا مارتينيز.\n"
    "وضم الوفد النائب توماس بيرغر والنائبة صوفي لامبير."
)


def test_ar_delegation_of_a_committee_skips_no_parent():
    member = rels(run(_TEXT, "ar", title=_TITLE), "MEMBER_OF")
    assert ("وفدا من البرلمان الأوروبي", "لجنة التجارة الدولية") in member
    assert ("لجنة التجارة الدولية", "البرلمان الأوروبي") in member
    assert ("وفدا من البرلمان الأوروبي", "البرلمان الأوروبي") not in member


def test_ar_delegation_of_a_parliament_alone_keeps_its_link():
    title = "رئيس مجلس الشورى يستقبل وفدا من البرلمان الأوروبي"
    text = "استقبل رئيس مجلس الشورى الدكتور سالم بن راشد الهنائي، اليوم، وفدا من البرلمان الأوروبي."
    member = rels(run(text, "ar", title=title), "MEMBER_OF")
    assert ("وفدا من البرلمان الأوروبي", "البرلمان الأوروبي") in member
