"""Review fixes, round 20 (3), Arabic relations (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run, said


def test_ar_members_listed_after_a_relative_clause_set_off_by_arabic_commas():
    # the Arabic comma «،» sets off the relative clause as the ASCII one does in English
    ex = run(
        "زيارة\nوصل إلى عمان وفد من مجلس الشيوخ الأمريكي. ويضم الوفد السيناتور جون سميث، "
        "الذي التقى وزير الخارجية، والسيناتور ماري جونز.",
        "ar",
    )
    members = {a for a, _b in rels(ex, "MEMBER_OF")}
    assert {"جون سميث", "ماري جونز"} <= members


def _turn(opening: str, guest: str) -> str:
    return (
        "لقاء\nاستقبل وزير الخارجية بدر البوسعيدي "
        f"{guest} لدى سلطنة عمان. وأكد البوسعيدي أهمية العلاقات. {opening} بالدور العماني."
    )


def test_ar_bare_title_after_a_turn_word_and_praise_with_bi_speaks_feminine():
    # «بالدور العماني»: the nisba after «بال» is the role's, not the British ambassador's
    ex = run(_turn("من جانبها، أشادت السفيرة", "السفيرة البريطانية ليزا كلارك"), "ar")
    assert any(sp == "ليزا كلارك" for sp, _q in said(ex))


def test_ar_bare_title_after_a_turn_word_and_praise_with_bi_speaks_masculine():
    ex = run(_turn("من جانبه، أشاد السفير", "السفير البريطاني جون كلارك"), "ar")
    assert any(sp == "جون كلارك" for sp, _q in said(ex))
