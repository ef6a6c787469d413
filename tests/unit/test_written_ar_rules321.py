"""Sides listed in a dispatch of the host's capital: the guest side's official implied ministry
is not the host's ministry named bare in the host official's title, so that one does not take the
guest's country (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

TEXT = (
    "مشاورات سياسية قبرصية بيروفية في نيقوسيا\n\n"
    "نيقوسيا، 5 مايو (كنا) - عُقدت في نيقوسيا اليوم جولة المشاورات السياسية بين وزارة "
    "الخارجية في جمهورية قبرص ووزارة الخارجية في جمهورية بيرو، ترأسها من الجانب القبرصي "
    "السيد أندرياس خريستو مدير عام وزارة الخارجية، ومن الجانب البيروفي السيدة لوسيا كيسبي "
    "نائبة وزير الخارجية.\n"
    "وتناول الجانبان سبل تعزيز التبادل التجاري وتسهيل منح التأشيرات.\n"
)


def test_ar_guest_side_ministry_does_not_give_the_host_its_country():
    ex = run(TEXT, "ar")
    host, guest = ent(ex, "أندرياس خريستو"), ent(ex, "لوسيا كيسبي")
    assert guest.country == "PER"
    assert host.country != "PER"
    members = rels(ex, "MEMBER_OF")
    guest_bodies = {t for s, t in members if s == "لوسيا كيسبي"}
    assert guest_bodies
    assert not {t for s, t in members if s == "أندرياس خريستو"} & guest_bodies
