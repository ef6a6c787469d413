"""Relations, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run, said


def test_en_members_of_a_body_after_and_are_one_more_party_met():
    ex = run(
        "Trade visit\n"
        "OTTAWA - Minister Elena Varga also met with the Honourable Tom Reilly, Minister of "
        "International Trade, and with members of the Canada-Hungary Parliamentary Friendship "
        "Group.",
        "en",
    )
    assert frozenset({"Elena Varga", "Tom Reilly"}) in met(ex)
    assert frozenset({"Elena Varga", "Canada-Hungary Parliamentary Friendship Group"}) in met(ex)
    ex = run(
        "Trade visit\n"
        "OTTAWA - Minister Elena Varga also met with the Honourable Tom Reilly and members of "
        "the Canada-Hungary Parliamentary Friendship Group.",
        "en",
    )
    assert frozenset({"Elena Varga", "Canada-Hungary Parliamentary Friendship Group"}) in met(ex)


def test_en_attendees_do_not_meet_the_guests_accompanying_delegation():
    # the guest is no named party ("a senior Chilean official"): the attendee meets no one, the
    # delegation that came with the guest is no side of its own for the attendees
    ex = run(
        "Talks in Doha\n"
        "DOHA - Minister of State Khalid bin Saad Al-Marri received on Monday a senior Chilean "
        "official and his accompanying delegation. The meeting was attended by Ambassador Hamad "
        "Nasser Al-Kuwari, Director of the Americas Department.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Khalid bin Saad Al-Marri", "accompanying delegation"}) in pairs
    assert not any("Hamad Nasser Al-Kuwari" in p for p in pairs)


def test_en_members_of_a_delegation_stop_at_the_next_meeting_verb():
    ex = run(
        "Trade visit\n"
        "MUSCAT - The Chilean delegation, which includes Senator Rosa Villca Quispe, also met "
        "with Khalid bin Saif Al Busaidi, Chairman of the Oman Chamber of Commerce and Industry.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Rosa Villca Quispe", "Chilean delegation") in members
    assert ("Khalid bin Saif Al Busaidi", "Chilean delegation") not in members


def test_en_the_two_sides_name_the_guest_not_his_accompanying_delegation():
    ex = run(
        "Talks in Manama\n"
        "MANAMA - Foreign Minister Khalid bin Ahmed Al Mansoori received at the Ministry today "
        "Mr. Bakhrom Tursunov, First Deputy Minister of Foreign Affairs of the Republic of "
        "Uzbekistan, and his accompanying delegation. The two sides affirmed the importance of "
        "direct flights between the two capitals.",
        "en",
    )
    speakers = {name for name, _ in said(ex)}
    assert {"Khalid bin Ahmed Al Mansoori", "Bakhrom Tursunov"} <= speakers
    assert "accompanying delegation" not in speakers
