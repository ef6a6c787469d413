"""English: a style that addresses one person ("His Royal Highness", "HRH") before "the A and B",
two posts with one article, names one official holding both posts, even where another country's
holder of post B is named in the article; a later bare mention of the pair takes B along. Two
articles ("the A and the B") stay two people, and Arabic's "wa-" between two construct posts
does not join them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

_HEADLINE = "HRH the Crown Prince and Prime Minister receives Maltese Prime Minister"
_BODY = (
    "Manama, May 4 (BNA) -- His Royal Highness the Crown Prince and Prime Minister received at"
    " Riffa Palace today Prime Minister of the Republic of Malta Luca Borg Camilleri, who is on"
    " an official visit to the Kingdom. HRH the Crown Prince and Prime Minister welcomed the"
    " Maltese Prime Minister, affirming the depth of the relations."
)


def test_en_styled_pair_of_posts_is_one_official():
    ex = run(_BODY, "en", title=_HEADLINE)
    got = names(ex, "Official")
    assert "Crown Prince and Prime Minister" in got
    assert "Crown Prince" not in got and "Prime Minister" not in got
    assert frozenset({"Crown Prince and Prime Minister", "Luca Borg Camilleri"}) in met(ex)


def test_en_hrh_is_a_style():
    ex = run("HRH the Crown Prince received the delegation at the palace.", "en")
    assert "Crown Prince" in names(ex, "Official")
    assert any("HRH the Crown Prince" in e.aliases for e in ex.entities if e.type == "Official")


def test_ar_crown_prince_and_named_prime_minister_stay_two():
    ex = run(
        "أقام الملك مأدبة غداء تكريما للضيف، حضرها سمو ولي العهد ورئيس الوزراء الدكتور"
        " سامي فايز الرواشدة.",
        "ar",
    )
    got = names(ex, "Official")
    assert "سامي فايز الرواشدة" in got
    assert "ولي العهد ورئيس الوزراء" not in got
