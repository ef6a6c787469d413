"""Arabic MEMBER_OF: the members listed after «ويضم الوفد» all join the delegation, the last one
set off by a comma before the next clause included (the English rule that ends such a list
before a main clause's subject leaves the Arabic order alone) (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_members_listed_after_compose_cue_all_join_the_delegation():
    got = rels(
        run(
            "استقبل وزير الخارجية سالم فهد العتيبي وفدا برلمانيا بيروفيا، ويضم الوفد النائبة "
            "روسا كيسبي، والنائب لويس باردو، وبحث الجانبان سبل التعاون.",
            "ar",
        ),
        "MEMBER_OF",
    )
    members = {s for s, t in got if t is not None and "وفد" in t}
    assert {"روسا كيسبي", "لويس باردو"} <= members
