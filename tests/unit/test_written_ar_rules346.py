"""A chamber named with two nisbas, a country's then a region's («غرفة التجارة <country> <region>»,
a joint chamber of the two sides): the region's nisba stays in the chamber's name, which keeps the
country's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "بعثة تجارية إلى لاغوس\n\n"
    "أعلنت غرفة التجارة النرويجية الإفريقية في بيان صدر أمس أن بعثة من مصدري الأسماك ستزور لاغوس "
    "الشهر المقبل.\n"
)


def test_ar_chamber_keeps_the_region_nisba_after_the_country_nisba():
    ex = run(TEXT, "ar")
    assert "غرفة التجارة النرويجية الإفريقية" in names(ex, "Agency")
    assert ("غرفة التجارة النرويجية الإفريقية", "النرويج") in rels(ex, "MEMBER_OF")
