"""An official's "of <country>" ("Foreign Minister X of Austria", the readout's order) ends the
official's mention: it does not break a coordinated group of meeting parties. Sentences written for
these tests; the Arabic construct ("وزير خارجية النمسا X") is the same form with the country inside
the title."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_en_object_group_of_countries():
    ex = run(
        "Secretary of State Paul Grant met with Foreign Minister Hans Berger of Austria and "
        "Foreign Minister Sari Wulan of Indonesia.",
        "en",
    )
    assert met(ex) == {pair("Paul Grant", "Hans Berger"), pair("Paul Grant", "Sari Wulan")}


def test_en_coordinated_subject_with_of_country():
    ex = run(
        "Foreign Minister Hans Berger of Austria and President Ali Rahman met in Vienna on Monday.",
        "en",
    )
    assert met(ex) == {pair("Hans Berger", "Ali Rahman")}


def test_en_talks_between_with_of_country():
    ex = run(
        "The talks between Foreign Minister Hans Berger of Austria and President Ali Rahman "
        "focused on trade.",
        "en",
    )
    assert met(ex) == {pair("Hans Berger", "Ali Rahman")}


def test_en_joint_press_conference_with_of_country():
    ex = run(
        "Foreign Minister Hans Berger of Austria and President Ali Rahman held a joint press "
        "conference.",
        "en",
    )
    assert met(ex) == {pair("Hans Berger", "Ali Rahman")}


def test_en_of_country_on_both_sides():
    ex = run(
        "Foreign Minister Hans Berger of Austria met President Ali Rahman of Kenya and Prime "
        "Minister Lars Holm of Sweden in Nairobi.",
        "en",
    )
    assert met(ex) == {pair("Hans Berger", "Ali Rahman"), pair("Hans Berger", "Lars Holm")}


def test_ar_object_group_construct_country():
    ex = run(
        "التقى وزير الخارجية المصري كريم عادل وزير خارجية النمسا هانز برغر ووزير خارجية إندونيسيا"
        " ساري وولان.",
        "ar",
    )
    assert met(ex) == {pair("كريم عادل", "هانز برغر"), pair("كريم عادل", "ساري وولان")}


def test_ar_talks_between_construct_country():
    ex = run("وجرت المباحثات بين وزير خارجية النمسا هانز برغر ورئيس كينيا علي رحمن في فيينا.", "ar")
    assert met(ex) == {pair("هانز برغر", "علي رحمن")}
