""" "Ambassador-designate" (hyphened or not) is the post of an ambassador who has not yet presented
the credentials: a role like "Ambassador"; a city word closing a Spanish double surname is a
name word; "lawmaker" is a member of parliament's post, and so is a hyphened "vice-chairman" a
post (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run

TEXT = (
    "Deputy minister receives two new envoys\n\n"
    "Zambia's Ambassador-designate Mutale Chanda paid a courtesy call on Deputy Foreign Minister "
    "Halvard Moe in Oslo on Wednesday.\n\n"
    "Mongolia's Ambassador designate Saruul Tumurbaatar met Halvard Moe the same afternoon.\n"
)


def test_en_ambassador_designate_is_a_post():
    ex = run(TEXT, "en")
    assert ent(ex, "Mutale Chanda").country == "ZMB"
    assert ent(ex, "Saruul Tumurbaatar").country == "MNG"
    pairs = met(ex)
    assert frozenset({"Halvard Moe", "Mutale Chanda"}) in pairs
    assert frozenset({"Halvard Moe", "Saruul Tumurbaatar"}) in pairs


TEXT_CITY = (
    "Peruvian lawmakers in Jakarta\n\n"
    "The visiting group was led by Congresswoman Yesenia Huamani Lima of the Peruvian Congress, "
    "who met Indonesian Speaker Budi Hartono on Tuesday.\n"
)


def test_en_city_word_closing_a_double_surname():
    """A Spanish or Portuguese name's second family name that spells a city ("Lima") after two
    name words, one of them listed, is still the name."""
    ex = run(TEXT_CITY, "en")
    assert ent(ex, "Yesenia Huamani Lima").type == "Official"
    assert frozenset({"Yesenia Huamani Lima", "Budi Hartono"}) in met(ex)


TEXT_LAWMAKER = (
    "Zambian parliamentarians visit Oslo\n\n"
    "The Norwegian Speaker Ingunn Brekke received on Friday a group that included lawmaker "
    "Chileshe Mwamba Phiri and lawmakers Mutinta Hachipuka and Bwalya Kasonde.\n"
)


def test_en_lawmaker_is_a_member_of_parliament():
    """ "lawmaker X Y" (the wire copy's word for a member of a legislature) is a post before the
    name; the plural "lawmakers X and Y" gives the post to each name it lists."""
    officials = names(run(TEXT_LAWMAKER, "en"), "Official")
    assert {"Chileshe Mwamba Phiri", "Mutinta Hachipuka", "Bwalya Kasonde"} <= officials


TEXT_VICE = (
    "Chamber hosts Malaysian trade mission\n\n"
    "The council's vice-chairman Hamdan Saeed Al-Qahtani welcomed the Malaysian delegation to "
    "the forum.\n"
)


def test_en_hyphened_vice_chairman_is_a_post():
    """ "vice-chairman" (hyphened, lower-case after a possessive) is a post before the name."""
    ex = run(TEXT_VICE, "en")
    assert ent(ex, "Hamdan Saeed Al-Qahtani").type == "Official"
