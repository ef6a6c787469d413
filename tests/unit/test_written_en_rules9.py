"""English agency forms of the ninth round (issue #10: bodies on unseen text): a sub-body placed
"at the Ministry" named before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


# ---- "Director of the X Department at the Ministry": the department is the ministry's ----
def test_en_department_at_the_ministry_is_its_part_not_its_alias():
    ex = run(
        "News\n\n"
        "Tunisian Foreign Minister Mounir Trabelsi received Japanese Ambassador Kenji Nakamura in "
        "Tunis on Monday. Sami Jeribi, Director of the Asia Pacific Department at the Ministry, "
        "attended the meeting.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Sami Jeribi", "Asia Pacific Department") in member
    # "the Ministry" repeats the head of the foreign ministry, not the department's
    assert ("Asia Pacific Department", "Foreign Ministry") in member


def test_en_directorate_at_a_named_ministry_after_the_title():
    ex = run(
        "News\n\n"
        "The Jordanian delegation includes Brigadier Omar Khaled Haddad, Director of the Border "
        "Security Directorate at the Jordanian Ministry of Interior, and Ambassador Rania Qasem.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Omar Khaled Haddad", "Border Security Directorate") in member
    assert ("Border Security Directorate", "Interior Ministry") in member


def test_en_side_phrase_gives_the_named_ministry_its_country():
    ex = run(
        "News\n\n"
        "Saudi Foreign Minister Faisal bin Farhan received Mauritanian Foreign Minister Mohamed "
        "Salem Ould Merzouk in Riyadh on Monday.\n"
        "On the Mauritanian side, the meeting was attended by the Secretary-General of the "
        "Ministry of Foreign Affairs Ahmedou Ould Fall.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    mauritanian = next(a for (o, a) in member if o == "Mohamed Salem Ould Merzouk")
    assert ("Ahmedou Ould Fall", mauritanian) in member


def test_en_at_the_head_of_a_delegation_after_a_relative_is_its_antecedents():
    ex = run(
        "News\n\n"
        "Jordanian Senate President Faisal Al-Fayez received Juan Martinez, Chairman of the "
        "Friendship Committee of the Spanish Parliament, who is visiting the Kingdom at the head "
        "of a parliamentary delegation.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Juan Martinez", "parliamentary delegation") in member
    assert ("Faisal Al-Fayez", "parliamentary delegation") not in member


def test_en_a_body_named_without_its_purpose_is_the_one_named_in_full():
    ex = run(
        "News\n\n"
        "The Saudi Fund for African Economic Development signed a loan agreement with Senegal on "
        "Monday. Saudi Fund director Khaled Al-Otaibi said the loan would finance water projects.",
        "en",
    )
    agencies = [e for e in ex.entities if e.type == "Agency" and "Saudi Fund" in e.name]
    assert len(agencies) == 1


# ---- any body "of" an international organisation is its organ ----
def test_en_court_of_the_union_is_its_organ():
    ex = run(
        "News\n\n"
        "The minister said an appeal had been brought before the General Court of the European "
        "Union on Monday.",
        "en",
    )
    assert ("General Court", "European Union") in rels(ex, "MEMBER_OF")


def test_en_cabinet_in_a_coordinated_title_is_the_members_countrys():
    ex = run(
        "News\n\n"
        "Saudi Interior Minister Faisal bin Mishaal received a phone call from Deputy Chairman of "
        "the Council of Ministers and Kuwaiti Interior Minister Nawaf Al-Sabah on Monday.\n"
        "He also met Iraqi Prime Minister Mohammed Al-Sudani, Chairman of the Council of Ministers "
        "of Iraq.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    kuwaiti = next(a for (o, a) in member if o == "Nawaf Al-Sabah" and "Council" in a)
    assert (kuwaiti, "Kuwait") in member
    assert kuwaiti != "Council of Ministers of Iraq"


def test_en_a_body_named_after_a_well_known_one_is_not_it():
    ex = run(
        "News\n\n"
        "The African Union Commission said on Monday that the African Union would send observers.",
        "en",
    )
    names = {e.name for e in ex.entities if e.type == "Agency"}
    assert "African Union Commission" in names and "African Union" in names
