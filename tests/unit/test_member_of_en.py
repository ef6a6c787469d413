"""MEMBER_OF in English: accompanying delegations.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, rels, run


def test_his_accompanying_delegation():
    ex = run(
        "Kuwaiti Foreign Minister Salem Al-Sabah received Omani Foreign Minister Badr Al-Busaidi "
        "and his accompanying delegation.",
        "en",
    )
    dele = ent(ex, "accompanying delegation")
    assert ("Badr Al-Busaidi", dele.name) in rels(ex, "MEMBER_OF")
    assert dele.country == "OMN"


def test_an_adjective_may_stand_between_accompanying_and_delegation():
    ex = run(
        "The minister received Iraqi Interior Minister Haider Al-Tamimi "
        "and his accompanying security delegation.",
        "en",
    )
    dele = ent(ex, "accompanying security delegation")
    assert ("Haider Al-Tamimi", dele.name) in rels(ex, "MEMBER_OF")


def test_a_delegation_headed_by_an_official():
    ex = run(
        "The minister received the Jordanian delegation "
        "headed by Interior Minister Mazen Al-Faraya.",
        "en",
    )
    assert ("Mazen Al-Faraya", ent(ex, "Jordanian delegation").name) in rels(ex, "MEMBER_OF")


def test_a_title_at_a_ministry():
    ex = run(
        "The meeting was attended by Dr. Noura Al Mansoori, "
        "Assistant Minister for Economic Affairs at the Ministry of Foreign Affairs.",
        "en",
    )
    ministry = ent(ex, "Ministry of Foreign Affairs").name
    assert ("Noura Al Mansoori", ministry) in rels(ex, "MEMBER_OF")


def test_a_body_at_a_ministry_is_its_sub_body():
    ex = run(
        "The delegation includes Sabah Al-Obaidi, "
        "Director of the Anti-Narcotics Directorate at the Iraqi Ministry of Interior.",
        "en",
    )
    directorate = ent(ex, "Anti-Narcotics Directorate").name
    assert ("Sabah Al-Obaidi", directorate) in rels(ex, "MEMBER_OF")
    ministry = ent(ex, "Iraqi Interior Ministry").name
    assert (directorate, ministry) in rels(ex, "MEMBER_OF")


def test_secretary_of_defense_implies_the_defense_department():
    ex = run(
        "Secretary of Defense Mark Holloway met the Jordanian delegation at the Pentagon.",
        "en",
    )
    dept = ent(ex, "Pentagon")
    assert ("Mark Holloway", dept.name) in rels(ex, "MEMBER_OF")
    assert "Defense Department" in {dept.name, *dept.aliases}


def test_a_double_dash_dateline_gives_the_unmarked_ministry_its_country():
    ex = run(
        "Talks on water\nCAIRO -- Egyptian Foreign Minister Sami Haddad met Sudanese Foreign "
        "Minister Omar Saleh on Monday. Foreign Ministry spokesperson Rana Kamal said the talks "
        "were useful.",
        "en",
    )
    # two countries' foreign ministries are named by their countries ("Egyptian Foreign Ministry")
    ministries = [
        e for e in ex.entities if e.type == "Agency" and e.name.endswith("Foreign Ministry")
    ]
    assert sorted(m.country for m in ministries) == ["EGY", "SDN"]


def test_a_counterpart_of_a_minister_is_a_member_of_his_countrys_ministry():
    ex = run(
        "Jordanian Foreign Minister Sami Haddad received his Egyptian counterpart Karim Saleh.",
        "en",
    )
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.country == "EGY")
    assert ("Karim Saleh", ministry.name) in rels(ex, "MEMBER_OF")
    assert "Egyptian Foreign Ministry" in (ministry.name, *ministry.aliases)


def test_a_counterpart_of_a_president_implies_no_ministry():
    ex = run("Jordanian President Sami Haddad received his Egyptian counterpart Karim Saleh.", "en")
    assert not [e for e in ex.entities if e.type == "Agency"]
