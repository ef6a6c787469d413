"""English: a capitalised run listed with officials is no person when it holds a word of an agency
or title name and does not start with a known given name."""

from .helpers import names, run


def officials(text):
    return names(run(text, "en"), "Official")


def test_listed_full_name_with_a_known_given_name_is_an_official():
    found = officials(
        "London — Sarah Collins, Peter Hart and Libyan Prime Minister Omar Salem "
        "discussed the ceasefire."
    )
    assert {"Sarah Collins", "Peter Hart", "Omar Salem"} <= found


def test_portfolio_words_after_a_title_are_no_person():
    found = officials("He met the Minister for Foreign Affairs, Karim Nasser, in Rabat.")
    assert "Karim Nasser" in found
    assert "Foreign Affairs" not in found


def test_a_coordinated_portfolio_is_no_person():
    found = officials(
        "Minister Jane Porter, Secretary of State for Trade, Industry and Energy Affairs, "
        "met Minister Ali Hassan."
    )
    assert not any("Affairs" in n for n in found), found


def test_a_security_directorate_listed_with_an_official_is_no_person():
    found = officials(
        "Minister Ali Hassan received the Director of Anti-Corruption and Electronic Security, "
        "Brigadier Omar Saleh."
    )
    assert not any("Security" in n for n in found), found


def test_the_minister_is_not_the_deputy_minister_en():
    found = officials(
        "Acting Foreign Minister Ali Karimi received Iranian deputy foreign minister "
        "Reza Tavakoli. "
        "Tavakoli conveyed the greetings of the Iranian Foreign Minister "
        "to his Kuwaiti counterpart."
    )
    assert "Iranian Foreign Minister" in found
    assert "Reza Tavakoli" in found


def test_the_minister_is_not_the_deputy_minister_ar():
    found = names(
        run(
            "استقبل وزير الخارجية علي كريمي نائب وزير الخارجية الإيراني رضا توكلي. "
            "ونقل توكلي تحيات وزير الخارجية الإيراني إلى نظيره الكويتي.",
            "ar",
        ),
        "Official",
    )
    assert "رضا توكلي" in found
    assert any(n.startswith("وزير الخارجية الإيراني") for n in found), found


def test_fm_is_the_foreign_minister_title_in_a_headline():
    ex = run(
        "KUWAIT, May 3 -- Acting Foreign Minister Ali Karimi received on Sunday "
        "Iranian Deputy Foreign Minister "
        "Reza Tavakoli. Tavakoli said ties were strong.",
        "en",
        title="Acting Foreign Minister receives Iranian deputy FM, discusses trade",
    )
    found = names(ex, "Official")
    assert "FM" not in found
    assert "Reza Tavakoli" in found
