"""The acronym of a body that spells a function word ("WHO") names the body only when written
in capitals; the relative pronoun, lower-case or opening a sentence, stays a word (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Cholera wards in Mongu\n\n"
    "Talks on the cholera wards brought Health Minister Esnart Mabunda together with WHO "
    "Representative Dr. Pilar Etxeberria in Mongu on Thursday.\n\n"
    "WHO, which funds the wards, will send two more field teams. Nurses who met the "
    "teams said the wards were full. Who will pay for the fuel was left open.\n"
)


def test_en_capital_acronym_is_the_body_and_its_official_belongs_to_it():
    ex = run(TEXT, "en")
    assert ("Pilar Etxeberria", "WHO") in rels(ex, "MEMBER_OF")


def test_en_relative_pronoun_is_no_body():
    ex = run("Nurses who met the visitors in Ndola praised the plan of Dr. Rui Tembo.\n", "en")
    assert not any(n.casefold() == "who" for n in names(ex, "Agency"))


def test_en_pronoun_in_a_sentence_written_in_capitals_is_no_body():
    text = "Ndola, 9 May\n\nThey left early. NURSES WHO MET THE VISITORS PRAISED THE PLAN.\n"
    assert not any("WHO" in n for n in names(run(text, "en"), "Agency"))


def test_en_pronoun_after_a_speaker_label_in_capitals_is_no_body():
    text = "Press briefing\n\nQUESTION: WHO WILL PAY FOR THE FUEL?\n\nMINISTER: We will.\n"
    assert not any("WHO" in n for n in names(run(text, "en"), "Agency"))
