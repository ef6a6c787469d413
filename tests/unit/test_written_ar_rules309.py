"""«رئيس الدبلوماسية» + nisba is the press's style of that country's foreign minister: a later
mention of it is the minister already named as the counterpart, not a new official (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

TEXT = (
    "اتصال هاتفي بين وزيري خارجية تشيلي وماليزيا\n\n"
    "سانتياغو – تلقى وزير خارجية تشيلي، أندريس موراليس بيغا، مساء الخميس اتصالاً هاتفياً من "
    "نظيره الماليزي، عزيز رحمن حمدان، تناول التحضير لمنتدى تجاري في كوالالمبور.\n\n"
    "وشدد رئيس الدبلوماسية الماليزية خلال المكالمة على أن بلاده "
    '"تريد مضاعفة صادراتها من زيت النخيل إلى أمريكا الجنوبية".\n'
)


def test_ar_head_of_diplomacy_is_the_foreign_minister_named_before():
    ex = run(TEXT, "ar")
    assert "رئيس الدبلوماسية الماليزية" not in names(ex, "Official")
    assert "رئيس الدبلوماسية الماليزية" in ent(ex, "عزيز رحمن حمدان").aliases
    assert any(sp == "عزيز رحمن حمدان" and "زيت النخيل" in q for sp, q in said(ex))
