""" "Vice" before a role, and a minister's field that ends where the holder's name starts even when
the given name is outside the name list; sentences written for these tests."""

from .helpers import ent, met, rels, run


def test_en_vice_minister_for_a_portfolio_then_an_unlisted_name():
    ex = run(
        "Deputy Secretary Lena Holm met with Chilean Vice Minister for Foreign Affairs Quilapan "
        "Rapu in Santiago.",
        "en",
    )
    okano = ent(ex, "Quilapan Rapu")
    assert okano.country == "CHL"
    assert ("Quilapan Rapu", "Foreign Ministry") in rels(ex, "MEMBER_OF")
    assert frozenset({"Lena Holm", "Quilapan Rapu"}) in met(ex)


def test_en_list_of_fields_is_not_cut():
    ex = run(
        "Minister for Foreign Affairs, Trade and Development Lena Holm met Chilean President "
        "Pablo Reyes.",
        "en",
    )
    assert ent(ex, "Lena Holm").type == "Official"


def test_en_vice_premier():
    ex = run("Chilean Vice Premier Quilapan Rapu said the deal was signed.", "en")
    assert "Vice" in (ent(ex, "Quilapan Rapu").title or "")


def test_ar_deputy_minister_then_an_unlisted_name():
    ex = run("التقت لينا هولم نائب وزير الخارجية التشيلي كيلابان رابو في سانتياغو.", "ar")
    assert ent(ex, "كيلابان رابو").country == "CHL"
