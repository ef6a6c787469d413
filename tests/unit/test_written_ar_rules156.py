"""Arabic: a bare head alias ("al-lajna", the committee) names none of the bodies when two
agencies' names open with that noun (the host house's committee and a visiting friendship
committee); with one such body it stays its alias (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_ar_bare_committee_of_two_committees_names_neither():
    ex = run(
        "الكويت - بحثت لجنة الشؤون الخارجية البرلمانية في مجلس الأمة برئاسة النائب مبارك سالم "
        "الهاجري اليوم مع وفد من لجنة الصداقة في البرلمان البلجيكي سبل التعاون. وقال رئيس "
        "اللجنة الهاجري إن اللجنة ترحب بالوفد.",
        "ar",
    )
    assert "اللجنة" not in ent(ex, "لجنة الصداقة").aliases
    assert "اللجنة" not in ent(ex, "لجنة الشؤون الخارجية البرلمانية").aliases


def test_ar_bare_committee_of_one_committee_is_kept():
    ex = run(
        "الكويت - بحثت لجنة الشؤون الخارجية البرلمانية في مجلس الأمة برئاسة النائب مبارك سالم "
        "الهاجري اليوم سبل التعاون مع بلجيكا. وقال رئيس اللجنة الهاجري إن اللجنة ترحب "
        "بالتعاون.",
        "ar",
    )
    assert "اللجنة" in ent(ex, "لجنة الشؤون الخارجية البرلمانية").aliases
