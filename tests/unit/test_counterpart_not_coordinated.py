"""A counterpart title names another person than the title right before it («التقى X وزير الخارجية
المصري نظيره الأردني Y»): the two titles are not one person's; sentences written for these
tests."""

from .helpers import ent, met, run


def test_ar_title_of_the_subject_then_counterpart_of_the_object():
    ex = run("التقى سامي عزيز وزير التجارة البيروفي نظيره التشيلي بابلو مورينو في ليما.", "ar")
    assert ent(ex, "سامي عزيز").country == "PER"
    assert ent(ex, "بابلو مورينو").country == "CHL"
    assert frozenset({"سامي عزيز", "بابلو مورينو"}) in met(ex)


def test_en_two_titles_of_one_person_still_join():
    ex = run("Qatari Prime Minister and Foreign Minister Lena Holm met Pablo Moreno.", "en")
    title = ent(ex, "Lena Holm").title or ""
    assert "Prime Minister" in title and "Foreign Minister" in title
