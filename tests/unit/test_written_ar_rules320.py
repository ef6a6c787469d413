"""After a meeting verb, a named and titled subject, then with no comma a post of lower or higher
rank in the same ministry of another country: the verb's object, another person, not a second
post of the subject (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run

TEXT = (
    "وزير الزراعة الغاني يستقبل نائب وزير الزراعة البرازيلي\n\n"
    "أكرا 3 أبريل (غنا) - استقبل معالي السيد كوفي منساه وزير الزراعة نائب وزير الزراعة "
    "البرازيلي والوفد المرافق له، وبحث معه سبل تطوير زراعة الكاكاو.\n"
)


def test_ar_other_rank_of_another_country_after_subject_is_the_object():
    ex = run(TEXT, "ar")
    host = ent(ex, "كوفي منساه")
    assert host.country == "GHA"
    assert "نائب" not in (host.title or "")
    assert "نائب وزير الزراعة البرازيلي" in names(ex, "Official")
    assert frozenset({"كوفي منساه", "نائب وزير الزراعة البرازيلي"}) in met(ex)
