"""A title right before a one-word role and its name («رئيس مجلس النواب المستشار X Y») is the same
person's: the title does not reach past the role into the name; sentences written for these
tests."""

from .helpers import ent, names, run


def test_ar_body_head_then_counsellor_and_name():
    ex = run("التقى رئيس مجلس الشيوخ المستشار سامي فريد عزيز في ليما.", "ar")
    assert names(ex, "Official") == {"سامي فريد عزيز"}
    assert "رئيس مجلس الشيوخ" in (ent(ex, "سامي فريد عزيز").title or "")


def test_en_head_of_body_then_ambassador_and_name():
    ex = run("Head of the EU Delegation Ambassador Sami Aziz met Pablo Moreno.", "en")
    assert "Sami Aziz" in names(ex, "Official")
    assert not any("Ambassador Sami" in n for n in names(ex, "Official"))
