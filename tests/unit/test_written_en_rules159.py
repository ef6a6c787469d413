"""English "X was received by Y": the host Y is the agent after "by", so the attendees named next
("in the presence of Z", "Z was also present at the meeting") sit on the host's side and meet the
guest X; "the meetings" attended after it include the guest's other meetings (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_attendee_of_a_passive_reception_meets_the_guest():
    ex = run(
        "Brazilian Foreign Minister Paulo Ramos was later received by President Karim Haddad at"
        " the Presidential Palace, in the presence of Finance Minister Samir Lounes.",
        "en",
    )
    assert frozenset({"Samir Lounes", "Paulo Ramos"}) in met(ex)
    assert frozenset({"Samir Lounes", "Karim Haddad"}) not in met(ex)


def test_en_also_present_at_the_meeting_after_a_passive_reception():
    ex = run(
        "Latvian Foreign Minister Ilze Berzina arrived in Santiago on Monday. Berzina was received"
        " by Chilean President Tomas Reyes at La Moneda Palace. Chilean Deputy Foreign Minister"
        " Ana Soto was also present at the meeting.",
        "en",
    )
    assert frozenset({"Ana Soto", "Ilze Berzina"}) in met(ex)
    assert frozenset({"Ana Soto", "Tomas Reyes"}) not in met(ex)


def test_en_the_meetings_attended_include_the_reception_of_the_guest():
    ex = run(
        "Latvian Foreign Minister Ilze Berzina held talks in Santiago with Chilean Foreign Minister"
        " Tomas Reyes. Later in the day, the Latvian minister was received by Chilean President"
        " Andres Soto. She also met with the President of the Senate, Carla Munoz. Attending the"
        " meetings from the Latvian side was Ambassador Janis Ozols.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Janis Ozols", "Andres Soto"}) in pairs
    assert frozenset({"Janis Ozols", "Carla Munoz"}) in pairs
