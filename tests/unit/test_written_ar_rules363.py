"""The Levantine style «دولة السيد» before a name (a prime minister's or a chamber speaker's):
a protocol style skipped when naming the person; «دولة» alone stays a state
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "لقاء برلماني\n"
    "استقبل وزير الخارجية الليبي، سالم عمر الفيتوري، اليوم رئيس مجلس الشيوخ، دولة السيد "
    "منصور كامل الحديدي، الذي نوه بتنامي العلاقات بين البلدين."
)


def test_ar_state_style_before_name_names_the_person():
    ex = run(_TEXT, "ar")
    assert "منصور كامل الحديدي" in names(ex, "Official")
    assert ("منصور كامل الحديدي", "مجلس الشيوخ") in rels(ex, "MEMBER_OF")


def test_ar_state_alone_is_no_style():
    ex = run("زيارة\nوصل الوزير سالم عمر الفيتوري إلى دولة الكويت في زيارة رسمية.", "ar")
    assert "الكويت" in names(ex, "Country")
