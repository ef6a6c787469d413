"""What a talks verb governs right after the guest's name («بحث … مع نظيره X التطورات») is no part
of the name (and English never glues a lower-case object to a name); sentences written for these
tests."""

from .helpers import ent, names, run


def test_ar_developments_after_the_guests_name():
    ex = run("بحث وزير الخارجية البيروفي سامي عزيز مع نظيره التشيلي بابلو مورينو التطورات.", "ar")
    assert ent(ex, "بابلو مورينو").country == "CHL"
    assert "بابلو مورينو التطورات" not in names(ex, "Official")


def test_ar_situation_after_the_guests_name():
    ex = run("بحث وزير الخارجية البيروفي سامي عزيز مع نظيره التشيلي بابلو مورينو الأوضاع.", "ar")
    assert ent(ex, "بابلو مورينو").type == "Official"


def test_en_developments_after_the_guests_name():
    ex = run("Peruvian Foreign Minister Sami Aziz discussed with Pablo Moreno developments.", "en")
    assert "Sami Aziz" in names(ex, "Official")
