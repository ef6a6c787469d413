"""An embassy's attaché is a post ("الملحق الثقافي في سفارة X", "the Cultural Attaché at the
Embassy of X"): the name after it, past the embassy, its city and an honorific, is the holder's
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_attache_of_an_embassy_in_a_city_before_honorific_and_name():
    ex = run("ويضم الوفد الملحق التجاري بسفارة تونس في داكار، السيد منير الطرابلسي.", "ar")
    assert "منير الطرابلسي" in names(ex, "Official")


def test_ar_attache_before_the_embassy_and_a_name():
    ex = run("يرافقه الملحق الثقافي في سفارة بلجيكا بالرياض السيدة آن دوبوا.", "ar")
    assert "آن دوبوا" in names(ex, "Official")


def test_en_attache_at_an_embassy_before_a_name():
    ex = run(
        "The meeting was attended by the Cultural Attaché at the Embassy of Belgium, Anne Dubois.",
        "en",
    )
    assert ("Anne Dubois", "Embassy of Belgium") in rels(ex, "MEMBER_OF")
