"""English: a style that addresses one person ("His Royal Highness", "HRH") before "the A and B",
two posts with one article, names one official holding both posts, even where another country's
holder of post B is named in the article; a later bare mention of the pair takes B along. Two
articles ("the A and the B") stay two people, and Arabic's "wa-" between two construct posts
does not join them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

_HEADLINE = "HRH the Crown Prince and Prime Minister hosts Malta's head of government"
_BODY = (
    "On Sunday, His Royal Highness the Crown Prince and Prime Minister met at"
    " Sakhir Palace with the Prime Minister of Malta, Luca Borg Camilleri, during his two-day"
    " stay. HRH the Crown Prince and Prime Minister later gave a dinner in honour of the"
    " Maltese Prime Minister."
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
        "وفي المساء شارك سمو ولي العهد ورئيس الوزراء المهندس ماجد حسن العبدلي في حفل الاستقبال.",
        "ar",
    )
    got = names(ex, "Official")
    assert "ماجد حسن العبدلي" in got
    assert "ولي العهد ورئيس الوزراء" not in got
