"""A title's reach towards a name stops at a possessive ("the Peruvian minister and his Chilean
counterpart X": X is the counterpart, not the minister); Arabic writes the possessive as a suffix
(«ونظيره»), read as its own title. Sentences written for these tests."""

from .helpers import ent, met, run


def test_en_title_and_his_counterpart_are_two_people():
    ex = run(
        "President Pablo Moreno received the Peruvian Trade Minister and his Chilean counterpart "
        "Lena Holm.",
        "en",
    )
    assert ent(ex, "Lena Holm").country == "CHL"
    assert frozenset({"Pablo Moreno", "Lena Holm"}) in met(ex)


def test_ar_minister_and_his_counterpart_are_two_people():
    ex = run("استقبل الرئيس بابلو مورينو وزير التجارة البيروفي ونظيره التشيلي سامي عزيز.", "ar")
    assert ent(ex, "سامي عزيز").country == "CHL"
