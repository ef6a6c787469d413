"""Forms of English news-agency copy met in the seventh round of eval/written articles: Gulf, Arab,
Asian and wire dispatches (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run


# ---- bodies of business, finance and administration are agencies ------------------------------
def test_en_chambers_boards_corporations_and_programmes_are_agencies():
    ex = run(
        "The minister met Sara Lund, Chair of the Danish Chamber of Commerce, and officials of"
        " the Qatar Development Board, the Korea Electric Power Corporation and the Wheat"
        " Programme.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Danish Chamber of Commerce" in agencies
    assert "Qatar Development Board" in agencies
    assert "Korea Electric Power Corporation" in agencies
    assert ("Sara Lund", "Danish Chamber of Commerce") in rels(ex, "MEMBER_OF")


# ---- "Federation of Saudi Chambers": a demonym inside a body's name is not its end ------------
def test_en_demonym_inside_an_of_phrase_keeps_its_noun():
    ex = run(
        "The envoy met President of the Federation of Jordanian Exporters Nabil Haddadin today.",
        "en",
    )
    assert "Federation of Jordanian Exporters" in names(ex, "Agency")
    assert "Nabil Haddadin" in names(ex, "Official")
    assert ("Federation of Jordanian Exporters", "Jordan") in rels(ex, "MEMBER_OF")
    ex = run("Minister of Energy of Jordan Samir Haddadin met the envoy.", "en")
    assert "Samir Haddadin" in names(ex, "Official")


# ---- a body's name in a title ends before the holder's listed personal name ---------------------
def test_en_body_in_a_title_ends_before_the_holders_name():
    ex = run(
        "The delegation met Chairman of the Abu Dhabi Fund for Arab Economic Development Khalid"
        " Saeed Al-Hameli in the capital.",
        "en",
    )
    assert "Khalid Saeed Al-Hameli" in names(ex, "Official")
    fund = next(a for a in names(ex, "Agency") if "Fund" in a)
    assert not fund.endswith("Al-Hameli")
    assert ("Khalid Saeed Al-Hameli", fund) in rels(ex, "MEMBER_OF")


def test_en_body_named_alone_keeps_its_last_words():
    ex = run("The Abu Dhabi Fund for Arab Economic Development said it would help.", "en")
    assert any(a.endswith("Arab Economic Development") for a in names(ex, "Agency"))


# ---- "Minister of State at the Ministry of X": a body of its own holder, not another country's --
def test_en_ministry_after_at_in_a_title_is_not_the_other_countrys():
    ex = run(
        "Minister of State at the Ministry of Foreign Affairs Dr. Salem Al-Nuaimi received Greek"
        " Minister of Foreign Affairs Nikos Pappas.",
        "en",
    )
    by_id = {e.id: e for e in ex.entities}
    held = {
        by_id[r.source].name: by_id[r.target]
        for r in ex.relations
        if r.type == "MEMBER_OF" and r.target in by_id and by_id[r.target].type == "Agency"
    }
    assert held["Nikos Pappas"].country == "GRC"
    assert held["Salem Al-Nuaimi"].id != held["Nikos Pappas"].id
    assert held["Salem Al-Nuaimi"].country != "GRC"
    assert frozenset({"Salem Al-Nuaimi", "Nikos Pappas"}) in met(ex)
