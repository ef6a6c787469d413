"""A rank of a service ("brigadier of-the-police") between a title and its holder's name.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, rels, run


def test_a_rank_of_a_service_stands_between_a_title_and_its_holder():
    ex = run(
        "ويقود الوفد مدير الشرطة القضائية بالمديرية العامة للأمن، عميد أول للشرطة سمير بن سالم.",
        "ar",
    )
    assert names(ex, "Official") == {"سمير بن سالم"}
    assert ("سمير بن سالم", "الشرطة القضائية") in rels(ex, "MEMBER_OF")
