"""Arabic: two posts side by side with no "and", neither held by a named official and the second
with no country of its own ("رئيس مجلس الوزراء وزير الخارجية"), are one unnamed person's double
office (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unnamed_double_hatted_office_is_one_official():
    ex = run(
        "ومن المقرر أن يلتقي الوفد البيروفي بعد غد معالي نائب رئيس مجلس الوزراء وزير الدفاع.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "نائب رئيس مجلس الوزراء وزير الدفاع" in officials
    assert "نائب رئيس مجلس الوزراء" not in officials


def test_ar_second_post_with_its_own_country_stays_another_person():
    ex = run("واستقبل رئيس مجلس الوزراء وزير الخارجية البيروفي في مكتبه اليوم.", "ar")
    officials = names(ex, "Official")
    assert "رئيس مجلس الوزراء وزير الخارجية البيروفي" not in officials
