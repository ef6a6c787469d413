"""Arabic: a shorter unnamed title of the same country («الوزير التشيكي») after an unnamed post
whose words it repeats («وزير الداخلية التشيكي») names that post's holder, not a second official
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_short_title_of_same_country_is_the_earlier_post():
    ex = run(
        "وتلقى الوزير اتصالا هاتفيا من وزير الداخلية التشيكي، وأعرب خلاله الوزير التشيكي عن "
        "تقدير بلاده للتعاون الأمني.",
        "ar",
    )
    assert "الوزير التشيكي" not in names(ex, "Official")
    assert "الوزير التشيكي" in ent(ex, "وزير الداخلية التشيكي").aliases


def test_ar_short_title_with_two_candidate_posts_stays_apart():
    ex = run(
        "والتقى الوفد وزير الداخلية التشيكي ووزير الدفاع التشيكي، ثم أقام الوزير التشيكي "
        "مأدبة عشاء.",
        "ar",
    )
    assert "الوزير التشيكي" not in ent(ex, "وزير الداخلية التشيكي").aliases
