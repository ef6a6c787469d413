"""Arabic: the names listed after a dual or plural title may each be followed by a preposition
and the country the member stands for ("the two members X for Kuwait and Y for Bahrain"): the
list goes on after the country (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_listed_names_each_with_country():
    ex = run(
        "ويضم الوفد عضوي اللجنة سعادة الدكتورة نوال سالم الحربي عن دولة الكويت"
        " وسعادة السيد هلال بن سعيد الريامي عن مملكة البحرين.",
        "ar",
    )
    assert {"نوال سالم الحربي", "هلال بن سعيد الريامي"} <= names(ex, "Official")
