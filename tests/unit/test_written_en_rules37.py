"""English meetings of round 17: a first-person release whose headline names the guest, and the
author's own attendees ("Joining me were"), in sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run, said

_RELEASE = (
    "Minister for Energy's meeting with Chilean Minister of Mining\n"
    "MEDIA RELEASE\n\n"
    "The Hon Gareth Pellow MP\n"
    "Minister for Energy and Resources\n\n"
    "This morning I met my Chilean counterpart, Minister of Mining Valentina Arrieta Soto, in "
    "Perth to open the third Australia-Chile Critical Minerals Dialogue.\n\n"
    "Minister Arrieta was accompanied by Chile's Ambassador to Australia, Rodrigo Vial Montes. "
    "Joining me from the Australian side were Senator the Hon Bronwyn Tealby, Assistant "
    "Minister for Resources, and the Secretary of the Department of Industry, Ms Harriet Oduya.\n"
)


def test_en_first_person_release_author_is_not_the_guest_the_headline_names():
    pairs = met(run(_RELEASE, "en"))
    assert frozenset({"Gareth Pellow", "Valentina Arrieta Soto"}) in pairs
    assert frozenset({"Rodrigo Vial Montes", "Gareth Pellow"}) in pairs


def test_en_joining_me_are_the_authors_attendees():
    pairs = met(run(_RELEASE, "en"))
    assert frozenset({"Bronwyn Tealby", "Valentina Arrieta Soto"}) in pairs
    assert frozenset({"Harriet Oduya", "Valentina Arrieta Soto"}) in pairs
    assert frozenset({"Bronwyn Tealby", "Gareth Pellow"}) not in pairs


def test_en_two_titled_ministers_coordinated_with_mr_issue_one_statement_each():
    ex = run(
        "Joint statement by Norway and Chile\n\n"
        "The Honourable Ingrid Solberg Haug, Minister of Foreign Affairs of Norway, and Mr. "
        "Felipe Araya Rojas, Minister of Foreign Affairs of Chile, issued the following "
        "statement in Oslo on May 2:\n\n"
        '"Today we opened a dialogue on the ocean economy and on fisheries."\n',
        "en",
    )
    speakers = {sp for sp, _q in said(ex)}
    assert speakers == {"Ingrid Solberg Haug", "Felipe Araya Rojas"}


def test_en_two_titled_ministers_coordinated_with_mr_both_said():
    ex = run(
        "Health ministers meet\n\n"
        "KAMPALA - Dr. Achieng Otieno Wambui, Minister of Health of Kenya, and Mr. Moses Kizza "
        "Ssali, Minister of Health of Uganda, said on Monday that the two countries would share "
        "vaccine stocks.\n",
        "en",
    )
    speakers = {sp for sp, _q in said(ex)}
    assert speakers == {"Achieng Otieno Wambui", "Moses Kizza Ssali"}


def test_en_attendee_of_the_meetings_after_several_meetings_meets_each_guest():
    pairs = met(
        run(
            "Minister meets officials in Vienna\n\n"
            "VIENNA, March 3 (QNA) - Minister of State Dr. Khalifa bin Saad Al Nuaimi met with "
            "Minister of Foreign Affairs of Austria Lukas Brandauer Steiner.\n\n"
            "Dr. Al Nuaimi also met with Minister of Defence of Slovenia Maja Kovačič Horvat.\n\n"
            "Ambassador of Qatar to Austria Saad bin Hamad Al Kuwari attended the meetings.\n",
            "en",
        )
    )
    assert frozenset({"Saad bin Hamad Al Kuwari", "Lukas Brandauer Steiner"}) in pairs
    assert frozenset({"Saad bin Hamad Al Kuwari", "Maja Kovačič Horvat"}) in pairs


def test_en_speaker_of_a_trailing_attribution_attended_nothing():
    pairs = met(
        run(
            "Ministers hold talks\n\n"
            "LIMA, June 4 (Andina) - Foreign Minister Carmen Rosales Vidal held talks with her "
            "Korean counterpart Min Jae-sung, followed by expanded talks attended by members of "
            "the two delegations, Foreign Ministry Spokesman Diego Paredes Luna said in a "
            "statement.\n",
            "en",
        )
    )
    assert frozenset({"Carmen Rosales Vidal", "Min Jae-sung"}) in pairs
    assert not any("Diego Paredes Luna" in pair for pair in pairs)


def test_en_each_quoted_paragraph_after_quotes_attributable_to_is_a_statement():
    ex = run(
        "Minister for Trade meets Chilean counterpart\n\n"
        "MEDIA RELEASE\n\n"
        "The Hon Gareth Pellow MP\nMinister for Trade\n\n"
        "Today I met Chilean Minister of Trade Valentina Arrieta Soto in Perth.\n\n"
        "Quotes attributable to Minister Pellow:\n\n"
        '"Chile is one of our closest partners in the Pacific."\n\n'
        '"Our farmers and miners all stand to gain from the agreement."\n\n'
        "Quotes attributable to Minister Arrieta:\n\n"
        '"Chile values Australia as a partner."\n',
        "en",
    )
    found = said(ex)
    assert any(sp == "Gareth Pellow" and q.startswith("Our farmers") for sp, q in found)
    assert any(sp == "Valentina Arrieta Soto" and q.startswith("Chile values") for sp, q in found)
