"""The acronym of a body that spells a function word ("WHO") names the body only when written
in capitals; the relative pronoun, lower-case or opening a sentence, stays a word (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Lusaka clinic pledge\n\n"
    "Zambia's Minister of Health, Dr. Chanda Mwale, met the WHO Representative in Zambia, "
    "Dr. Ingrid Halvorsen, at the Ndeke House offices on Thursday.\n\n"
    "WHO, which funds the cholera wards, will send two more field teams. Nurses who met the "
    "teams said the wards were full. Who will pay for the fuel was left open.\n"
)


def test_en_capital_acronym_is_the_body_and_its_official_belongs_to_it():
    ex = run(TEXT, "en")
    assert ("Ingrid Halvorsen", "WHO") in rels(ex, "MEMBER_OF")
    assert frozenset({"Chanda Mwale", "Ingrid Halvorsen"}) in met(ex)


def test_en_relative_pronoun_is_no_body():
    ex = run("Nurses who met the visitors in Ndola praised the plan of Dr. Rui Tembo.\n", "en")
    assert not any(n.casefold() == "who" for n in names(ex, "Agency"))


def test_en_pronoun_in_a_sentence_written_in_capitals_is_no_body():
    text = "Ndola, 9 May\n\nThey left early. NURSES WHO MET THE VISITORS PRAISED THE PLAN.\n"
    assert not any("WHO" in n for n in names(run(text, "en"), "Agency"))
