"""A transcript's heading "Joint press conference of A and B" / "Joint press availability with A
and B" (no host named before the cue; "al-mu'tamar al-sahafi al-mushtarak li-A wa-B"): the two
officials listed right after the genitive or comitative word gave it together and so met
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_joint_news_conference_of_two_ministers_in_a_heading():
    text = (
        "Joint news conference of Dutch Defence Minister Pieter Bakker and Philippine Defense "
        "Secretary Nestor Villacorte on coastal patrols\n"
        "Manila, 2 July 2026\n"
    )
    assert frozenset({"Pieter Bakker", "Nestor Villacorte"}) in met(run(text, "en"))


def test_en_news_conference_with_two_ministers_in_a_heading():
    text = (
        "Video and text: news conference with Health Minister Sofia Engstrand and Vietnamese "
        "Health Minister Tran Quoc Lam, 14 March 2026\n\n"
        "Both ministers took questions on vaccine plants.\n"
    )
    assert frozenset({"Sofia Engstrand", "Tran Quoc Lam"}) in met(run(text, "en"))


def test_en_host_before_the_press_conference_still_meets_the_guest_only():
    text = (
        "Talks in Oslo\n\n"
        "After their talks, Finnish Trade Minister Aino Rautio gave a joint press conference with "
        "Peruvian Trade Minister Julio Quispe in Helsinki.\n"
    )
    assert met(run(text, "en")) == {frozenset({"Aino Rautio", "Julio Quispe"})}


def test_ar_joint_press_conference_of_two_ministers():
    text = (
        "عنوان\n\n"
        "وجاء ذلك في المؤتمر الصحفي المشترك لوزير الزراعة الغاني كوفي أمواه ووزيرة الزراعة "
        "الهولندية آنا برومسما في أكرا أمس\n"
    )
    assert frozenset({"كوفي أمواه", "آنا برومسما"}) in met(run(text, "ar"))
