"""A capitalised word after a name particle is the family name even when it spells a verb ("Al
Said"), and the word is then no cue; sentences written for these tests."""

from .helpers import ent, met, run, said


def test_en_family_name_spelling_a_say_verb():
    ex = run("Ambassador Lena Holm hosted Foreign Minister Badr Al Said at her residence.", "en")
    assert ent(ex, "Badr Al Said").type == "Official"
    assert frozenset({"Lena Holm", "Badr Al Said"}) in met(ex)
    assert not said(ex)


def test_en_family_name_then_the_verb():
    ex = run("Foreign Minister Khalid Al Said said the talks were useful.", "en")
    assert said(ex) == [("Khalid Al Said", "the talks were useful")]


def test_en_lower_case_verb_after_a_particle_is_still_the_verb():
    ex = run("Foreign Minister Khalid Al said the talks were useful.", "en")
    assert [q for _sp, q in said(ex)] == ["the talks were useful"]


def test_ar_family_name_after_the_particle():
    ex = run("وقال وزير الخارجية بدر آل سعيد إن المحادثات كانت مفيدة.", "ar")
    assert said(ex)[0][0] == "بدر آل سعيد"
