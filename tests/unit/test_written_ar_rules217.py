"""Arabic spokesman readouts of round 25: "sarraha al-mutahaddith X bi-anna al-duktur Y, wazir …,
iltaqa Z" / "… haythu istaqbalahu Z": the meeting verb of the reported clause (its subject set off
by an apposition, or a pronoun object) belongs to the official opening that clause, after his
honorific, not to the spokesman who reports it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_SPOKESMAN = (
    "صرح السفير كمال حسن، المتحدث الرسمي باسم وزارة الخارجية، بأن الدكتور سامي نور، وزير الخارجية، "
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_reported_subject_with_apposition_meets():
    ex = run(_SPOKESMAN + "التقى رئيس الوزراء الكيني وليام كاماو في نيروبي.\n", "ar")
    assert pair("سامي نور", "وليام كاماو") in met(ex)
    assert not any("كمال حسن" in p for p in met(ex))


def test_ar_reported_subject_received_by_pronoun():
    ex = run(
        _SPOKESMAN + "بدأ جولته يوم الاثنين بزيارة العاصمة الكينية نيروبي، حيث استقبله الرئيس "
        "الكيني وليام كاماو.\n",
        "ar",
    )
    assert pair("سامي نور", "وليام كاماو") in met(ex)
    assert not any("كمال حسن" in p for p in met(ex))
