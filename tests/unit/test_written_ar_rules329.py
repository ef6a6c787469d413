"""A reception told from the guest's side («حظي X باستقبال من لدن Y», also «من طرف»/«من قبل»):
the host Y meets the guest X, and the verbal noun bi + istif'al after a title is no given name
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "زيارة عمل\n"
    "وصل إلى الرباط أمس السيد بيتر هولمغرين، وزير التجارة السويدي، في زيارة تستمر يومين.\n"
    "وحظي الوزير السويدي باستقبال من لدن رئيس الحكومة، الذي نوّه بتنامي المبادلات بين البلدين."
)


def _met(ex) -> set[frozenset]:
    return {frozenset(p) for p in rels(ex, "MET_WITH")}


def test_ar_received_by_host_meets_guest():
    ex = run(_TEXT, "ar")
    assert frozenset({"بيتر هولمغرين", "رئيس الحكومة"}) in _met(ex)


def test_ar_bi_istifal_after_title_is_no_name():
    ex = run(_TEXT, "ar")
    assert "باستقبال" not in names(ex, "Official")


def test_ar_received_by_other_preposition():
    text = (
        "لقاء\n"
        "قدم السفير مارتن كروغ إلى مقر البرلمان صباح الأحد، "
        "وحظي السفير باستقبال من طرف رئيس الجمعية الوطنية."
    )
    assert frozenset({"مارتن كروغ", "رئيس الجمعية الوطنية"}) in _met(run(text, "ar"))
