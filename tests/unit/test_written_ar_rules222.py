"""Arabic publishing bodies of round 25: "wa-qalat al-wizara fi bayan inna …": a bare "the
ministry" right after the verb of saying, with "in a statement" after it, is the release's
publisher, the ministry of the lead's first official, not the guest's ministry named last, as
"afada bayan li-l-wizara" already was (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "وزارة الاقتصاد توقع مذكرة تفاهم مع ماليزيا\n"
    "المنامة – بيان صحفي\n"
    "استقبل معالي خالد بن علي المناعي، وزير الاقتصاد، بديوان عام الوزارة اليوم الأحد، سعادة "
    "أحمد فاضل رزاق، نائب وزير التجارة الدولية والصناعة في ماليزيا، والوفد المرافق له.\n"
    "وقالت الوزارة في بيان إن الجانبين استعرضا فرص زيادة التبادل التجاري بين البلدين.\n"
)


def test_ar_the_ministry_in_a_statement_is_the_publisher():
    found = said(run(_TEXT, "ar"))
    speakers = [s for s, q in found if "التبادل التجاري" in q]
    assert speakers == ["وزارة الاقتصاد"]
