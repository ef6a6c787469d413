"""Round-21 MET_WITH and SAID rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run, said


def test_en_an_adjective_before_the_second_listed_title_keeps_the_list():
    ex = run(
        "President receives envoys\n"
        "President Anna T. Mbeki met the Finance Minister on Monday. Later in the day, the "
        "President accepted the credentials of the new Ambassador of Brazil, Ms. Laura Pinto "
        "Ferreira, and the new Ambassador of Chile, Mr. Diego Ramos Fuentes, in separate "
        "ceremonies.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Anna T. Mbeki", "Laura Pinto Ferreira"}) in pairs
    assert frozenset({"Anna T. Mbeki", "Diego Ramos Fuentes"}) in pairs


def test_en_a_pronoun_subject_before_an_auxiliary_and_also_carries_the_visitor():
    ex = run(
        "Minister visits Ghana\n"
        "Accra - Foreign Minister Paulo R. Mendes arrived in Accra on Monday for a two-day "
        "visit. During his stay, he was also received by President Kwame A. Boateng and met "
        "with Finance Minister Efua S. Owusu.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Paulo R. Mendes", "Kwame A. Boateng"}) in pairs
    assert frozenset({"Paulo R. Mendes", "Efua S. Owusu"}) in pairs
    assert frozenset({"Kwame A. Boateng", "Efua S. Owusu"}) not in pairs


def test_en_the_party_told_before_that_is_no_inverted_speaker():
    ex = run(
        "Malaysian envoy meets GCC official\n"
        "Kuwait City - Malaysian Ambassador Rahim Sulaiman bin Omar met GCC Assistant "
        "Secretary-General Khalid N. Al-Mutairi on Sunday. Rahim told KUNA after the meeting "
        "that Kuala Lumpur hoped to conclude a trade agreement soon.",
        "en",
    )
    assert "KUNA" not in {source for source, _quote in said(ex)}


def test_en_she_keeps_the_unmarked_caller_when_the_marked_woman_was_not_on_the_call():
    ex = run(
        "Foreign Secretary meets Kenyan minister\n"
        "Foreign Secretary Eleanor J. Pryce-Hollis met Kenya's Foreign Minister, Peter Kamau "
        "Njoroge, in London today.\n"
        "Minister Njoroge later met the Chair of the Defence Committee, Dame Alison "
        "Grey-Fenwick MP, at the House of Commons.\n"
        "Separately, the Foreign Secretary spoke by phone to Ghana's Foreign Minister, Kofi "
        "Mensah Boateng, about the ECOWAS summit. She welcomed Ghana's leadership in the region.",
        "en",
    )
    speakers = {source for source, quote in said(ex) if "leadership" in quote}
    assert speakers == {"Eleanor J. Pryce-Hollis"}


def test_en_also_present_at_the_talks_was_one_attendee():
    ex = run(
        "Minister holds talks with Kenyan counterpart\n"
        "Doha (QNA) - HE Minister of State Dr. Salem bin Ali Al-Kuwari held talks in Doha on "
        "Tuesday with HE Cabinet Secretary for Foreign Affairs of Kenya Joseph M. Kariuki. The "
        "talks dealt with bilateral cooperation in energy. Also present at the talks was HE "
        "Director of the Department of African Affairs Nasser Saad Al-Marri.",
        "en",
    )
    assert frozenset({"Nasser Saad Al-Marri", "Joseph M. Kariuki"}) in met(ex)


def test_en_together_with_x_comma_i_received_y_in_a_transcript_turn():
    ex = run(
        "Interview: Minister of State on Yemen\n"
        "Transcript of an interview given by Minister of State for Foreign Affairs Salem Hamad "
        "Al-Dosari to a television programme, broadcast on Sunday.\n"
        "ANCHOR: There were reports of a meeting in Riyadh with Yemeni officials.\n"
        "AL-DOSARI: Yes. Together with Ambassador Nawaf Saad Al-Harbi, I received Yemen's "
        "Foreign Minister, Dr. Ahmed Saleh Al-Amoudi, on Saturday. We reviewed the roadmap.\n",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Salem Hamad Al-Dosari", "Ahmed Saleh Al-Amoudi"}) in pairs
    assert frozenset({"Nawaf Saad Al-Harbi", "Ahmed Saleh Al-Amoudi"}) in pairs
