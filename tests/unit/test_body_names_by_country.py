"""Two bodies of one generic name, one of no known country (the host's "the ministry") and one a
title gives a country: the second is named by its country and the generic name stays the
first's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run


def _agencies(ex) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {e.name: (e.country, e.aliases) for e in ex.entities if e.type == "Agency"}


def test_ar_guest_ministry_is_named_by_its_nisba_and_the_bare_name_is_the_hosts():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية سامر نبيل الحديدي في مقر الوزارة اليوم وزير الخارجية الإسباني "
        "خوسيه مانويل ألباريس.",
        "ar",
    )
    agencies = _agencies(ex)
    assert agencies["وزارة الخارجية الإسبانية"][0] == "ESP"
    assert "وزارة الخارجية" not in agencies["وزارة الخارجية الإسبانية"][1]
    assert agencies["وزارة الخارجية"][0] is None  # the host's, the one the text calls so


def test_ar_a_name_with_a_word_that_is_no_nisba_never_names_the_body():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية سامر نبيل الحديدي في مقر الوزارة اليوم وزير الخارجية البرتغالي "
        "باولو رانجيل.",
        "ar",
    )
    names = set(_agencies(ex))
    assert "وزارة الخارجية البرتغالية" in names
    assert not any(n.startswith("وزارة الخارجية") and "رانجيل" in n for n in names)


def test_en_guest_ministry_is_named_by_its_demonym():
    ex = run(
        "News\n\n"
        "Foreign Minister Samer Haddadin received Spanish Foreign Minister Jose Albares at the "
        "Foreign Ministry on Sunday.",
        "en",
    )
    agencies = _agencies(ex)
    assert agencies["Spanish Foreign Ministry"][0] == "ESP"
    assert "Foreign Ministry" not in agencies["Spanish Foreign Ministry"][1]
