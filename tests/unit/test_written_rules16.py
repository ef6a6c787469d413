"""Memberships of the sixteenth round that are facts of the language or the genre, English and
Arabic (issue #10): a government styled by departments names its minister "Secretary of
<portfolio>" (that portfolio's department); a state's formal name after "in" keeps its form
adjectives ("in the Federative Republic of Brazil"). Sentences written for these tests (invented
people); one case table per rule."""

from __future__ import annotations

import pytest

from .helpers import ent, rels, run


def _members(ex) -> set[tuple[str, str | None]]:
    return rels(ex, "MEMBER_OF")


def _body_of(ex, person: str) -> set[str]:
    return {a for (o, a) in _members(ex) if o == ent(ex, person).name and a is not None}


# ---- 1. "Secretary of <portfolio>": the department of that portfolio, of the title's country ----
@pytest.mark.parametrize(
    "text, person, body, country",
    [
        (
            "MANILA -- Philippine Secretary of National Defense Luis Ocampo met on Monday with "
            "the visiting Japanese Defense Minister Taro Ishikawa.",
            "Luis Ocampo",
            "Department of National Defense",
            "Philippines",
        ),
        (
            "TOKYO -- The minister held talks with Secretary of Foreign Affairs Ana Cruz of the "
            "Philippines, who is visiting Japan.",
            "Ana Cruz",
            "Department of Foreign Affairs",
            "Philippines",
        ),
        (
            "MANILA -- Philippine Secretary of Finance Jose Lim said the budget would pass.",
            "Jose Lim",
            "Department of Finance",
            "Philippines",
        ),
    ],
)
def test_en_secretary_of_portfolio_department(text, person, body, country):
    ex = run("News\n\n" + text, "en")
    (dept,) = _body_of(ex, person)
    assert body in {dept, *ent(ex, dept).aliases}
    assert (dept, country) in _members(ex)


@pytest.mark.parametrize(
    "text, person",
    [
        ("LONDON -- Party Secretary Li Wei met the delegation on Monday.", "Li Wei"),
        ("ROME -- The Secretary, Marco Bellini, said the talks would resume.", "Marco Bellini"),
    ],
)
def test_en_secretary_alone_implies_no_department(text, person):
    ex = run("News\n\n" + text, "en")
    assert not any(a.startswith("Department") for a in _body_of(ex, person))


# ---- 2. "minister of X in the Republic of Y <form adjective>": Y's minister and ministry ----
@pytest.mark.parametrize(
    "text, person, ministry, country",
    [
        (
            "استقبل وزير الخارجية سالم بن ناصر العلوي اليوم في مسقط وزير العلاقات الخارجية في "
            "جمهورية البرازيل الاتحادية جواو كارلوس سيلفا.",
            "جواو كارلوس سيلفا",
            "وزارة الخارجية البرازيلية",
            "البرازيل",
        ),
        (
            "التقى وزير الدفاع خالد بن سعيد المري اليوم وزير الدفاع في جمهورية فيتنام الاشتراكية "
            "نغوين فان هاي.",
            "نغوين فان هاي",
            "وزارة الدفاع الفيتنامية",
            "فيتنام",
        ),
        (
            "استقبل رئيس مجلس النواب أحمد سالم الكعبي وزيرة المالية في جمهورية الصومال الفيدرالية "
            "فاطمة عبدي علي.",
            "فاطمة عبدي علي",
            "وزارة المالية الصومالية",
            "الصومال",
        ),
    ],
)
def test_ar_minister_in_formal_state_name(text, person, ministry, country):
    ex = run("خبر\n" + text, "ar")
    o = ent(ex, person)
    assert o.country is not None
    (mine,) = _body_of(ex, person)
    assert ministry in {mine, *ent(ex, mine).aliases}
    assert (mine, ent(ex, country).name) in _members(ex)


# ---- 3. a holder of a portfolio's ministry with a country holds no country-less one of it ----
@pytest.mark.parametrize(
    "text, holders, generic_kept",
    [
        (
            "CANBERRA -- Joint press conference of Japanese Foreign Minister Kenji Sato and "
            "Australian Foreign Minister Mary Clarke.\n"
            "FOREIGN MINISTER SATO: Thank you. We agreed to deepen cooperation.\n"
            "FOREIGN MINISTER CLARKE: Thank you, Kenji.",
            {"Kenji Sato": "Japan", "Mary Clarke": "Australia"},
            None,
        ),
        (
            "NEW DELHI -- External Affairs Minister Anil Mehta held talks with the Minister of "
            "Foreign Affairs of the Republic of Peru, Mr. Carlos Rojas, in New Delhi today.\n"
            "Later, Foreign Minister Rojas called on the Vice President.",
            {"Carlos Rojas": "Peru"},
            "Anil Mehta",
        ),
    ],
)
def test_en_own_ministry_with_country_only(text, holders, generic_kept):
    ex = run("News\n\n" + text, "en")
    for person, country in holders.items():
        (mine,) = _body_of(ex, person)
        assert (mine, country) in _members(ex)
    if generic_kept is not None:
        (theirs,) = _body_of(ex, generic_kept)
        assert theirs not in {a for p in holders for a in _body_of(ex, p)}


# ---- 4. "its <title> X": X holds the post in the body named last before "its" ----
@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            "CAIRO -- The minister later visited the headquarters of the African Development "
            "Bank, where he was received by its President, Samuel Okoro.",
            "Samuel Okoro",
            "African Development Bank",
        ),
        (
            "AMMAN -- The minister met a delegation from the Islamic Development Bank headed by "
            "its Vice President for Operations, Omar Farouk.",
            "Omar Farouk",
            "Islamic Development Bank",
        ),
    ],
)
def test_en_its_title_is_the_body_before(text, person, body):
    ex = run("News\n\n" + text, "en")
    assert (person, ent(ex, body).name) in _members(ex)


def test_en_its_after_a_country_names_no_body():
    ex = run(
        "News\n\nTUNIS -- The minister visited the headquarters of the African Development Bank "
        "in Tunisia and its President, Samuel Okoro, welcomed him.",
        "en",
    )
    assert ("Samuel Okoro", "African Development Bank") not in _members(ex)


# ---- 5. "minister of the economy the-national in the Republic of X NAME": one title ----
@pytest.mark.parametrize(
    "text, person, ministry, country",
    [
        (
            "استقبل وزير الخارجية سالم بن ناصر العلوي اليوم وزيرة الاقتصاد الوطني في جمهورية "
            "كازاخستان أيغول نورلانوفنا بكيروفا والوفد المرافق لها.",
            "أيغول نورلانوفنا بكيروفا",
            "وزارة الاقتصاد الوطني",
            "كازاخستان",
        ),
        (
            "التقى رئيس مجلس الشورى علي بن سالم الكندي وزير التعليم العالي في جمهورية السنغال "
            "مامادو أحمد ديوب.",
            "مامادو أحمد ديوب",
            "وزارة التعليم العالي",
            "السنغال",
        ),
    ],
)
def test_ar_portfolio_adjective_then_in_country(text, person, ministry, country):
    ex = run("خبر\n" + text, "ar")
    o = ent(ex, person)
    assert o.country is not None
    (mine,) = {a for a in _body_of(ex, person) if "وزارة" in a}
    assert ministry in {mine, *ent(ex, mine).aliases}
    assert (mine, ent(ex, country).name) in _members(ex)


# ---- 6. "Minister of State and Foreign Affairs": that portfolio's minister, both languages ----
@pytest.mark.parametrize(
    "text, lang, person, ministry, country",
    [
        (
            "LISBON -- The Portuguese Minister of State and Foreign Affairs, Rui Costa, met his "
            "Spanish counterpart on Monday.",
            "en",
            "Rui Costa",
            "Portuguese Ministry of Foreign Affairs",
            "Portugal",
        ),
        (
            "استقبل وزير الخارجية سالم بن ناصر العلوي اليوم جواو مانويل فيريرا وزير الدولة "
            "والخارجية في جمهورية البرتغال.",
            "ar",
            "جواو مانويل فيريرا",
            "وزارة الخارجية البرتغالية",
            "البرتغال",
        ),
    ],
)
def test_minister_of_state_and_portfolio(text, lang, person, ministry, country):
    ex = run(("News\n\n" if lang == "en" else "خبر\n") + text, lang)
    (mine,) = _body_of(ex, person)
    assert ministry in {mine, *ent(ex, mine).aliases}
    assert (mine, ent(ex, country).name) in _members(ex)


def test_ar_minister_of_state_and_another_title_is_no_ministry():
    ex = run("خبر\nوحضر اللقاء وزير الدولة والسفير أحمد علي الكعبي.", "ar")
    assert not any(a.startswith("وزارة") for a in _body_of(ex, "أحمد علي الكعبي"))
