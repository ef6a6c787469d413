"""A minister "of the Middle East and North Africa" (a region, no portfolio word) holds the whole
region in the title, implies no ministry, and a name set off after it is read; sentences written
for these tests."""

from .helpers import ent, names, run


def test_ar_region_title_then_name_in_apposition():
    ex = run("وصل وزير الشرق الأوسط وشمال أفريقيا، سامي فريد، إلى ليما.", "ar")
    assert "وشمال أفريقيا" in (ent(ex, "سامي فريد").title or "")
    assert not [a for a in names(ex, "Agency") if "الشرق" in a]


def test_ar_portfolio_title_still_implies_its_ministry():
    ex = run("وصل وزير الخارجية، سامي فريد، إلى ليما.", "ar")
    assert "وزارة الخارجية" in names(ex, "Agency")


def test_en_region_minister_implies_no_ministry():
    ex = run("Minister for the Middle East and North Africa Sami Farid arrived in Lima.", "en")
    assert ent(ex, "Sami Farid").type == "Official"
    assert not names(ex, "Agency")
