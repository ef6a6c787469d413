"""A country's mission «لدى» an international body named in full is named with that body in one
of its forms, and the body stays a node of its own (no parent of the mission), round 26
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_mission_of_a_country_to_an_international_body():
    ex = run(
        "لقاء\nوحضر اللقاء رئيس بعثة الأردن لدى الاتحاد الأوروبي سامر خالد النمري.",
        "ar",
    )
    e = ent(ex, "بعثة الأردن")
    assert "بعثة الأردن لدى الاتحاد الأوروبي" in {e.name, *e.aliases}
    assert "الاتحاد الأوروبي" in names(ex, "Agency")
    assert (e.name, "الاتحاد الأوروبي") not in rels(ex, "MEMBER_OF")
