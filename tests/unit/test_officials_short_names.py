"""A short name of an official found in full: a given name after an honorific or a title, and a
short official whose name starts exactly one fuller one."""

import pytest

from .helpers import ent, names, run, said


def test_en_given_name_after_an_honorific_is_the_full_official():
    ex = run(
        "Foreign Minister Sheikh Karim Nasser Al-Tamimi received the envoy. "
        "Sheikh Karim stressed that the talks were fruitful.",
        "en",
    )
    assert names(ex, "Official") == {"Karim Nasser Al-Tamimi"}
    assert ("Karim Nasser Al-Tamimi", "the talks were fruitful") in said(ex)


def test_ar_given_name_after_an_honorific_is_the_full_official():
    ex = run(
        "استقبل وزير الخارجية الشيخ كريم ناصر التميمي السفير. "
        "وأكد الشيخ كريم أن المحادثات كانت مثمرة.",
        "ar",
    )
    assert names(ex, "Official") == {"كريم ناصر التميمي"}
    assert [s for s, _ in said(ex)] == ["كريم ناصر التميمي"]


def test_a_given_name_shared_by_two_officials_stays_apart():
    ex = run(
        "Foreign Minister Sheikh Karim Nasser Al-Tamimi met Interior Minister Karim Adel Haddad. "
        "Sheikh Karim stressed that the talks were fruitful.",
        "en",
    )
    assert {s for s, _ in said(ex)} <= {"Karim"}


def _officials(ex):
    return {e.name: e for e in ex.entities if e.type == "Official"}


def test_ar_title_with_a_nisba_is_the_official_whose_title_names_the_country():
    ex = run(
        "استقبل الرئيس، السيد كريم ناصر، نائب وزير الصناعة في اليابان، السيد تارو يامادا، "
        "والوفد المرافق له. وكان نائب الوزير الياباني قد التقى وزير المالية.",
        "ar",
        title="الرئيس يستقبل نائب وزير الصناعة الياباني",
    )
    offs = _officials(ex)
    assert "نائب وزير الصناعة الياباني" not in offs
    assert "نائب الوزير الياباني" not in offs
    kim = next(e for e in offs.values() if "نائب الوزير الياباني" in e.aliases)
    assert "نائب وزير الصناعة الياباني" in kim.aliases
    assert kim.country == "JPN"


def test_ar_title_with_a_nisba_goes_to_the_official_of_that_country_only():
    # «نائب وزير الصناعة في X»: a ministry is no post abroad, so each deputy is X's; the
    # later «نائب الوزير الياباني» is then the Japanese one, never the Korean one
    ex = run(
        "التقى نائب وزير الصناعة في اليابان، السيد تارو يامادا، ونائب وزير الصناعة في "
        "جمهورية كوريا، السيد كينتا ساتو. وقال نائب الوزير الياباني إن اللقاء مثمر.",
        "ar",
    )
    officials = _officials(ex).values()
    assert sorted(e.country or "" for e in officials) == ["JPN", "KOR"]
    for e in officials:
        assert ("نائب الوزير الياباني" in e.aliases) == (e.country == "JPN")


@pytest.mark.parametrize(
    "lang, text, guest, mention",
    [
        (
            "en",
            "Foreign Minister Karim Haddad received his Omani counterpart Saif Al-Harthy. "
            "Later, the Omani minister visited the museum.",
            "Saif Al-Harthy",
            "the Omani minister",
        ),
        (
            "ar",
            "استقبل وزير الخارجية كريم حداد نظيره العماني سيف الحارثي. "
            "وزار الوزير العماني المتحف لاحقا.",
            "سيف الحارثي",
            "الوزير العماني",
        ),
    ],
)
def test_a_counterpart_holds_the_hosts_roles(lang, text, guest, mention):
    ex = run(text, lang)
    assert mention in ent(ex, guest).aliases
