"""One node per body with or without its country's nisba or name («مجلس الشيوخ» ~ «مجلس الشيوخ
الروسي», "the Federal Council" ~ "the Swiss Federal Council"), and a bare head («المجلس») is the
nearest body named by that head word; sentences written for these tests."""

from .helpers import names, run


def test_ar_body_with_and_without_its_nisba_is_one():
    ex = run(
        "استقبل رئيس مجلس النواب سامي عزيز وفدا من مجلس الشيوخ البيروفي. وبحث عزيز مع وفد "
        "مجلس الشيوخ سبل التعاون.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "مجلس الشيوخ البيروفي" in agencies
    assert "مجلس الشيوخ" not in agencies


def test_ar_bare_head_is_the_body_named_by_it():
    ex = run(
        "استقبل رئيس مجلس النواب سامي عزيز في مكتبه بالمجلس اليوم وفدا من مجلس الشيوخ البيروفي.",
        "ar",
    )
    agencies = {e.name: e for e in ex.entities if e.type == "Agency"}
    assert "المجلس" in agencies["مجلس النواب"].aliases
    assert "المجلس" not in agencies["مجلس الشيوخ البيروفي"].aliases


def test_en_body_with_and_without_its_country_is_one():
    ex = run(
        "Speaker Lena Holm received a delegation of the Peruvian Senate. Holm told the "
        "delegation of the Senate that trade would grow.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert not ({"Senate", "Peruvian Senate"} <= agencies)
