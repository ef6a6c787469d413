"""Round-23 agency rule (English): a plural's possessive mark inside a capitalised name
("Confederation of Employers' Organisations") does not end the name; when another body's head
follows the mark ("the Ministry of Foreign Affairs' Consular Department") the owner's name ends
there as before. Sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_plural_possessive_inside_a_name_keeps_the_name_whole():
    ex = run(
        "Talks in Lisbon\n"
        "LISBON, May 3 - The minister met the president of the Portuguese Confederation of "
        "Employers' Organisations, Joao Silva, on Monday.\n",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Portuguese Confederation of Employers' Organisations" in agencies
    assert "Portuguese Confederation of Employers" not in agencies
    assert ("Joao Silva", "Portuguese Confederation of Employers' Organisations") in rels(
        ex, "MEMBER_OF"
    )


def test_en_a_plural_possessive_before_another_bodys_head_ends_the_owner():
    ex = run(
        "Talks in Lisbon\n"
        "LISBON, May 3 - The minister met the head of the Ministry of Foreign Affairs' "
        "Consular Department, Ana Costa, on Monday.\n",
        "en",
    )
    assert not any(a.endswith("Consular") for a in names(ex, "Agency"))
