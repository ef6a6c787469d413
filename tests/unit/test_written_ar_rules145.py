"""Round-24 SAID rule (Arabic), on sentences written for the tests: "وفي ما يلي نص البيان:"
after a sentence naming a joint statement announces a text that is no statement of the one
official named before it (the visitor)."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "لشبونة - صدر، يوم الخميس بلشبونة، بيان مشترك في ختام الزيارة الرسمية التي قام بها وزير "
    "الخارجية المغربي، السيد كريم عبد الواحد التازي، إلى البرتغال. وفي ما يلي نص البيان:\n"
    "1. بدعوة من السيد جواو بيدرو ألفيش، وزير الخارجية البرتغالي، قام السيد كريم عبد الواحد "
    "التازي بزيارة رسمية إلى البرتغال يومي 3 و4 مارس.\n"
)


def test_ar_text_of_a_joint_statement_is_no_statement_of_the_visitor():
    statements = said(run(_TEXT, "ar"))
    assert not any("بدعوة من" in q for _s, q in statements)


def test_ar_colon_after_a_named_speaker_still_quotes_him():
    ex = run(
        "الرباط (وكالة) - قال وزير الخارجية المغربي كريم عبد الواحد التازي في تصريح صحفي ما "
        "يلي:\n"
        '"إن المغرب والبرتغال شريكان استراتيجيان في غرب المتوسط."\n',
        "ar",
    )
    assert any(s == "كريم عبد الواحد التازي" for s, _q in said(ex))
