"""In a chain of titles after a name, a role of another country right after the holder's own
titles is the guest's post («… ولي العهد رئيس مجلس الوزراء الرئيس الفرنسي»); sentences written for
these tests."""

from .helpers import ent, run


def test_ar_chain_of_titles_then_the_guests_post():
    ex = run(
        "استقبل الأمير سامي بن عزيز ولي العهد رئيس مجلس الوزراء الرئيس التشيلي في الرياض.", "ar"
    )
    host = ent(ex, "سامي بن عزيز")
    assert host.country is None
    assert "التشيلي" not in (host.title or "")


def test_ar_chain_of_one_countrys_titles_stays():
    ex = run("وصل الأمير سامي بن عزيز ولي العهد رئيس مجلس الوزراء السعودي إلى باريس.", "ar")
    assert ent(ex, "سامي بن عزيز").country == "SAU"


def test_en_apposition_chain_stays_with_the_holder():
    ex = run(
        "Prince Sami bin Aziz, Crown Prince and Prime Minister of Saudi Arabia, arrived in Paris.",
        "en",
    )
    assert ent(ex, "Sami bin Aziz").country == "SAU"
