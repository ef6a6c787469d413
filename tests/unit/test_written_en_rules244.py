"""A title that places its holder "at" a body named in full before his name ("Minister of
State at the Ministry of Foreign Affairs X") puts him in that body when his title binds no body
of its own (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_minister_of_state_at_the_ministry_named_in_his_title():
    ex = run(
        "Doha talks\n"
        "Minister of State for Foreign Affairs Dr. Khalifa bin Saad Al-Ansari met the visiting "
        "envoy on Monday.\n"
        "Meanwhile, Minister of State at the Ministry of Foreign Affairs Hessa bint Jaber "
        "Al-Mannai took part in a meeting on water security.",
        "en",
    )
    ministry = ent(ex, "Ministry of Foreign Affairs").name
    assert ("Hessa bint Jaber Al-Mannai", ministry) in rels(ex, "MEMBER_OF")
