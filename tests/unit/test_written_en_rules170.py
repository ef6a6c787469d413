"""English MEMBER_OF: a delegation's members listed after "which includes" end before the subject
of the main clause that follows the fronted clause ("During her meeting with X and his
delegation, which includes Y, Minister Z said …": Z is no member) (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_subject_after_a_fronted_clause_is_no_member_of_the_delegation():
    got = rels(
        run(
            "During her meeting with Mensah and his accompanying delegation, which includes the "
            "Bank's Country Director for Africa, Clara Osei, Minister Nadia Haddad said the plan "
            "needed partners.",
            "en",
        ),
        "MEMBER_OF",
    )
    assert ("Clara Osei", "accompanying delegation") in got
    assert ("Nadia Haddad", "accompanying delegation") not in got


def test_en_members_listed_with_commas_all_join_the_delegation():
    got = rels(
        run(
            "The Peruvian delegation included Vice Minister Rosa Quispe, Ambassador Luis Pardo, "
            "and Director Ana Salas.",
            "en",
        ),
        "MEMBER_OF",
    )
    assert {("Rosa Quispe", "Peruvian delegation"), ("Luis Pardo", "Peruvian delegation")} <= got
