"""Arabic agency forms of the ninth round (issue #10: bodies on unseen text): a body named with the
nisba its text gives the country, whatever the lexicon's first form (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, run


# ---- a body is named with the nisba its text gives the country ----
def test_ar_implied_ministry_takes_the_texts_own_nisba():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية الأردني سامر نبيل الحديدي اليوم في عمان وزير الخارجية القيرغستاني "
        "أسان توروبيكوف.",
        "ar",
    )
    # the title says «القيرغستاني»: its ministry is «القيرغستانية», not only the table's first form
    assert ent(ex, "وزارة الخارجية القيرغستانية").country == "KGZ"
