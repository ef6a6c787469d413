""" "Mr X Y, the … minister" names a person even with a given name outside the name list (an
honorific opens a person's name, no place's), and a list of fields is still read whole. Sentences
written for these tests."""

from .helpers import ent, run


def test_en_list_of_fields_closed_by_and_is_kept():
    ex = run(
        "Minister for Foreign Affairs, Trade and Development Lena Holm met Chilean President "
        "Pablo Reyes.",
        "en",
    )
    assert "Trade and Development" in (ent(ex, "Lena Holm").title or "")


def test_en_honorific_name_then_apposition():
    ex = run(
        "President Pablo Reyes met Mr Quilapan Rapu, the Chilean Minister for Foreign Affairs.",
        "en",
    )
    assert ent(ex, "Quilapan Rapu").country == "CHL"


def test_ar_honorific_name_then_apposition():
    ex = run("التقى الرئيس بابلو مورينو السيد كيلابان رابو، وزير الخارجية التشيلي.", "ar")
    assert ent(ex, "كيلابان رابو").country == "CHL"
