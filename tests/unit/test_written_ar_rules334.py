"""A later title whose governed noun takes the article («أمير المنطقة», «مدير الهيئة») names the
one official whose title has that noun governing a name («أمير منطقة …», «مدير هيئة …»): the
noun drops its article before the name, so the short mention is the same post (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said


def test_ar_region_governor_mention_is_the_named_holder():
    ex = run(
        "أعلن أمير منطقة الباحة الأمير سلمان بن مشعل بن فيصل أمس افتتاح ثلاثة سدود جديدة في "
        "المحافظات الجنوبية.\n\n"
        "وقال أمير المنطقة إن السدود ستوفر مياه الري لأكثر من ألف مزرعة.",
        "ar",
    )
    assert "أمير المنطقة" not in names(ex, "Official")
    speakers = {sp for sp, q in said(ex) if "مياه الري" in q}
    assert speakers == {"سلمان بن مشعل بن فيصل"}


def test_ar_body_head_mention_is_an_alias_of_the_named_head():
    ex = run(
        "قالت مديرة هيئة المتاحف الوطنية الدكتورة نوال إبراهيم السقا إن المعرض سيفتتح الأسبوع "
        "المقبل.\n\n"
        "والتقت مديرة الهيئة بعد ذلك رئيس جامعة بولونيا الإيطالية البروفيسور لوكا مانشيني.",
        "ar",
    )
    assert "مديرة الهيئة" in ent(ex, "نوال إبراهيم السقا").aliases
