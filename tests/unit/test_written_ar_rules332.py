"""A style with a pronoun suffix as a verb's subject («وأكد سموه») stands for the official named
after that style; the style right before the host's post is the host's, not the guest's whose
foreign post follows it («التقى جلالة الملك رئيس جمهورية X السيد Y»), even when a sentence
naming another styled official comes between (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "مباحثات في القصر الملكي\n"
    "التقى جلالة الملك رئيس جمهورية تشيلي السيد غابرييل أورتيث سالاس صباح الجمعة.\n"
    "وشارك في المباحثات، التي تناولت تجارة اللحوم والحبوب، سمو ولي العهد.\n"
    "وشدد جلالته على أن الشراكة الزراعية بين البلدين ستشهد قفزة كبيرة."
)


def test_ar_style_pronoun_is_the_host_not_the_guest():
    got = {who for who, q in said(run(_TEXT, "ar")) if "الشراكة الزراعية" in q}
    assert got == {"الملك"}
