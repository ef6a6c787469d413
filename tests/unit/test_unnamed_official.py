"""'The Danish official' as a subject: the official of that country the text is about (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT_EN = (
    "Foreign Minister Karim Haddad received Danish Deputy Foreign Minister Anna Berg in Amman. "
    "Berg said Denmark would fund two field hospitals. "
    "The Danish official had earlier met Interior Minister Tom Reyes."
)


def test_en_the_danish_official_is_the_danish_speaker():
    assert frozenset({"Anna Berg", "Tom Reyes"}) in met(run(TEXT_EN, "en"))


def test_en_an_official_of_no_known_country_is_no_one():
    ex = run(
        "Foreign Minister Karim Haddad received Danish Deputy Foreign Minister Anna Berg in Amman. "
        "The Swedish official had earlier met Interior Minister Tom Reyes.",
        "en",
    )
    assert not any("Tom Reyes" in p for p in met(ex))


def test_ar_the_iraqi_official():
    ex = run(
        "استقبل وزير الخارجية الأردني كريم حداد نائب وزير الخارجية العراقي فؤاد حسين في عمان. "
        "وقال حسين إن العراق سيرسل مساعدات. "
        "وكان المسؤول العراقي قد التقى في وقت سابق وزير الداخلية الأردني سالم الجبوري.",
        "ar",
    )
    assert frozenset({"فؤاد حسين", "سالم الجبوري"}) in met(ex)
