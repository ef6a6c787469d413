"""Round-23 meeting rule (Arabic): a guest's visit told in a relative clause after a reception
(«استقبل X … Y، الذي يزور البلاد حالياً، حيث جرت مباحثات … بحضور Z») meets no one: Z, after the
attendance word, attends the reception and meets the guest, not the host (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_ar_attendee_after_a_relative_visit_clause_meets_the_guest():
    ex = run(
        "استقبل الرئيس التونسي كمال بن سالم الدريدي، في قصر قرطاج اليوم الاثنين، رئيس وزراء "
        "جمهورية البرتغال، جواو مانويل سيلفا، الذي يزور البلاد حالياً، حيث جرت مباحثات ثنائية "
        "تبعتها مباحثات موسعة بحضور وزير الخارجية التونسي محمد علي النفطي.",
        "ar",
    )
    got = met(ex)
    assert frozenset({"محمد علي النفطي", "جواو مانويل سيلفا"}) in got
    assert frozenset({"محمد علي النفطي", "كمال بن سالم الدريدي"}) not in got
