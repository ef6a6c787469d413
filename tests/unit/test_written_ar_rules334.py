"""A later title whose governed noun takes the article («أمير المنطقة», «مدير الهيئة») names the
one official whose title has that noun governing a name («أمير منطقة …», «مدير هيئة …»): the
noun drops its article before the name, so the short mention is the same post (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said


def test_ar_region_governor_mention_is_the_named_holder():
    ex = run(
        "التقى الأمير فيصل بن خالد بن سلطان، أمير منطقة تبوك الغربية، وفدا من رجال الأعمال "
        "الإيطاليين برئاسة السيد ماركو روسي.\n\n"
        "وأوضح أمير المنطقة أن الاستثمار السياحي يحظى بأولوية كبيرة.",
        "ar",
    )
    assert "أمير المنطقة" not in names(ex, "Official")
    speakers = {sp for sp, q in said(ex) if "الاستثمار السياحي" in q}
    assert speakers == {"فيصل بن خالد بن سلطان"}


def test_ar_body_head_mention_is_an_alias_of_the_named_head():
    ex = run(
        "اجتمع المهندس سامي عادل الفرا، مدير هيئة الموانئ البحرية، بالسفير الهولندي السيد يان "
        "دي فريس.\n\n"
        "وأوضح مدير الهيئة أن الموانئ تحظى بأولوية كبيرة.",
        "ar",
    )
    assert "مدير الهيئة" in ent(ex, "سامي عادل الفرا").aliases
