"""Arabic delegation forms of round 22: the accompanying delegation named again, bare ("the guest
and the accompanying delegation"), is the one named before (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run


def _delegations(ex) -> set[str]:
    return {n for n in names(ex, "Agency") if "الوفد" in n}


def test_ar_bare_accompanying_delegation_again_is_the_first():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس الوزراء التونسي كمال منير العياري اليوم في قصر الحكومة بالقصبة رئيس وزراء "
        "فيتنام نغوين هوانغ لونغ والوفد المرافق له.\n"
        "وأقام رئيس الوزراء مأدبة عشاء تكريما للضيف والوفد المرافق.",
        "ar",
    )
    assert len(_delegations(ex)) == 1


def test_ar_accompanying_delegation_again_joins_the_official_one():
    ex = run(
        "خبر\n\n"
        "استقبل ولي العهد اليوم رئيس وزراء تايلاند سوتشارت بونياكيت والوفد الرسمي المرافق له.\n"
        "وحضر اللقاء من جانب الضيف الوفد المرافق له.",
        "ar",
    )
    assert len(_delegations(ex)) == 1
