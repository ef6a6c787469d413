"""Two Arabic rules of bodies' names (sentences written for these tests):

* an adjective that governs its own «ل» phrase ("fit for", of drinking water) keeps that phrase
  in a body's name after the body's field: no second complement of the body;
* a body named right after "in her office" and a preposition of place is the building a host
  met a guest in, no body of the text's own.
"""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "قال رئيس الهيئة العامة للمياه الصالحة للشرب جوزيف تارلو إن ثلاث محطات جديدة ستدخل الخدمة "
    "في مونروفيا هذا الصيف."
)


def test_ar_fit_for_phrase_stays_in_the_body_name():
    ex = run(TEXT, "ar")
    body = "الهيئة العامة للمياه الصالحة للشرب"
    assert body in names(ex, "Agency")
    assert ("جوزيف تارلو", body) in rels(ex, "MEMBER_OF")


VENUE = (
    "التقت وزيرة التعليم الغانية أما ساربا بالسفير اللاتفي يانيس أوزولس في مكتبها بمعهد البحوث "
    "الزراعية، واتفقا على منح دراسية لطلاب البلدين."
)


def test_ar_body_after_her_office_is_the_venue_only():
    agencies = names(run(VENUE, "ar"), "Agency")
    assert not any(a.startswith("معهد البحوث") for a in agencies)
