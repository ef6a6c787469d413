"""Plural and joint subjects of a meeting: an apposition inside a coordinated subject,
"representatives of the X member states", a body and its own official in one group, and the joint
statement that follows (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

HADDAD, BERG, SG = "Karim Haddad", "Anna Berg", "Leila Ben Salah"


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_en_apposition_between_commas_inside_the_subject():
    ex = run(
        "Foreign Minister Karim Haddad, who also holds the trade portfolio, together with "
        "Danish Foreign Minister Anna Berg, met in Geneva on Monday.",
        "en",
    )
    assert met(ex) == {pair(HADDAD, BERG)}


def test_en_representatives_of_member_states_a_minister_and_the_bodys_own_head():
    ex = run(
        "The representatives of the Arab League member states and Minister Karim Haddad, "
        "Minister of State for Trade and Development Affairs of Norway, together with Arab "
        "League Secretary General Leila Ben Salah, met in Cairo on Friday.",
        "en",
    )
    pairs = met(ex)
    assert pair(HADDAD, SG) in pairs
    assert any(HADDAD in p and "Arab League" in p for p in pairs)
    assert not any(SG in p and "Arab League" in p for p in pairs)  # her own body


def test_en_ministers_welcomed_gives_one_statement_per_side_not_the_bodys_official():
    ex = run(
        "The representatives of the Arab League member states and Norwegian Foreign Minister "
        "Karim Haddad, together with Arab League Secretary General Leila Ben Salah, met in "
        "Cairo. Ministers welcomed the progress of the peace talks in the region.",
        "en",
    )
    speakers = {sp for sp, q in said(ex) if q.startswith("the progress")}
    assert speakers == {HADDAD, "Arab League"}


def test_ar_together_with_in_the_subject_group():
    ex = run(
        "وعقد وزير الخارجية الأردني كريم حداد، إلى جانب نظيره العراقي سالم الجبوري، مؤتمرا صحفيا "
        "مشتركا في عمان.",
        "ar",
    )
    assert pair("كريم حداد", "سالم الجبوري") in met(ex)
