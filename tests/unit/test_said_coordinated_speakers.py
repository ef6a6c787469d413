"""A joint statement by two coordinated speakers gives one SAID each (FORMAT.md: "one SAID per
speaker"): a speaker's "of <country>" belongs to its mention, and a stance verb may govern a short
object ("called for restraint") as it does for one speaker. Sentences written for these tests."""

from __future__ import annotations

from .helpers import run, said


def speakers(text: str, lang: str) -> list[str]:
    return sorted(sp for sp, _q in said(run(text, lang)))


def test_en_of_country_is_part_of_the_first_speaker():
    assert speakers(
        "Foreign Minister Hans Berger of Austria and Indonesian Foreign Minister Sari Wulan "
        "reaffirmed their commitment to multilateralism.",
        "en",
    ) == ["Hans Berger", "Sari Wulan"]


def test_en_of_country_after_each_speaker():
    assert speakers(
        "Foreign Minister Hans Berger of Austria and Foreign Minister Sari Wulan of Indonesia "
        "condemned the attack.",
        "en",
    ) == ["Hans Berger", "Sari Wulan"]


def test_en_coordinated_speakers_short_stance_object():
    ex = run(
        "Austrian Foreign Minister Hans Berger and Indonesian Foreign Minister Sari Wulan "
        "called for restraint.",
        "en",
    )
    assert sorted(said(ex)) == [("Hans Berger", "restraint"), ("Sari Wulan", "restraint")]


def test_en_a_country_subject_still_speaks():
    assert speakers("Austria and Indonesia condemned the attack on the convoy.", "en") == [
        "Austria",
        "Indonesia",
    ]


def test_ar_coordinated_speakers_construct_country():
    assert speakers(
        "أكد وزير خارجية النمسا هانز برغر ووزير خارجية إندونيسيا ساري وولان أهمية التعددية.", "ar"
    ) == ["ساري وولان", "هانز برغر"]


def test_ar_coordinated_speakers_short_stance_object():
    ex = run(
        "دعا وزير خارجية النمسا هانز برغر ووزير خارجية إندونيسيا ساري وولان إلى التهدئة.", "ar"
    )
    assert sorted(sp for sp, _q in said(ex)) == ["ساري وولان", "هانز برغر"]
