"""Arabic belonging of round 23: the dual or plural of member followed by a body and a list of
officials ("حضر اللقاء عضوا اللجنة X وY", "وضم الوفد عضوي البرلمان X وY"): each official listed
is a member of the body; a bare "اللجنة" stands for the committee of that head named last before,
not the body a visiting delegation is from (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_OPEN = (
    "التقت لجنة الصداقة البرلمانية الأردنية التشيلية بمجلس الأعيان برئاسة العين سامر فؤاد "
    "الحديدي اليوم وفدا من لجنة العلاقات الدولية في مجلس الشيوخ التشيلي. "
)


def test_ar_two_members_of_the_committee_listed():
    ex = run(
        _OPEN + "وحضر اللقاء عضوا اللجنة الدكتورة ريم بنت سالم العطيوي والمهندس فراس بن نزار "
        "القضاة.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    for name in ("ريم بنت سالم العطيوي", "فراس بن نزار القضاة"):
        assert (name, "لجنة الصداقة البرلمانية الأردنية التشيلية") in members, members
        assert (name, "لجنة العلاقات الدولية") not in members


def test_ar_two_members_of_a_named_body_listed():
    ex = run(
        "استقبل وزير الخارجية الدكتور نادر الشوبكي اليوم وفدا من البرلمان الأوروبي. "
        "وضم الوفد عضوي البرلمان الأوروبي النائبة ماريكا نيمينن والنائب لوكا بيانكيني.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("لوكا بيانكيني", "البرلمان الأوروبي") in members, members
    assert ("ماريكا نيمينن", "البرلمان الأوروبي") in members, members
