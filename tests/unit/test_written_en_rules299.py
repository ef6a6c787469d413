""" "met A and then B": an adverb of order right after "and" does not end the list of those met;
B is met too (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Archivist in Vientiane\n\n"
    "VIENTIANE, Oct 14 -- Bhutan's Minister of Home Affairs Karma Wangchuk Dorji met Laos's "
    "Minister of Information Somphone Keomany and then the Governor of Luang Prabang Province, "
    "Vilayvong Sisoulith, to discuss the restoration of temple archives.\n"
)

LATER = (
    "Envoy in Suva\n\n"
    "SUVA -- The Maltese Minister for Tourism, Ramona Xuereb, received Fiji's Minister for "
    "Fisheries Apisai Tora and later Tonga's Minister of Health Sione Vaipulu at the resort.\n"
)


def test_en_and_then_keeps_the_second_object_met():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Karma Wangchuk Dorji", "Somphone Keomany"}) in pairs
    assert frozenset({"Karma Wangchuk Dorji", "Vilayvong Sisoulith"}) in pairs
    assert frozenset({"Somphone Keomany", "Vilayvong Sisoulith"}) not in pairs


def test_en_and_later_keeps_the_second_object_met():
    pairs = met(run(LATER, "en"))
    assert frozenset({"Ramona Xuereb", "Apisai Tora"}) in pairs
    assert frozenset({"Ramona Xuereb", "Sione Vaipulu"}) in pairs
