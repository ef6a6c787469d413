"""A role of a country right after a titled name, with no comma, is the verb's object's post (an
unnamed guest), not a second post of the subject; sentences written for these tests."""

from .helpers import ent, rels, run


def test_ar_received_unnamed_ambassador_keeps_host_country():
    ex = run("استقبل وزير الخارجية سامي عزيز سفير اليابان لدى الأردن، وبحث معه التعاون.", "ar")
    host = ent(ex, "سامي عزيز")
    assert host.country is None
    assert "سفير" not in (host.title or "")
    ministry = ent(ex, "وزارة الخارجية")
    assert ministry.country is None
    assert ("وزارة الخارجية", "اليابان") not in rels(ex, "MEMBER_OF")


def test_ar_rank_then_name_then_post_is_one_person():
    ex = run("وصل اللواء سامي عزيز قائد القوات البحرية الأردنية إلى العقبة.", "ar")
    assert ent(ex, "سامي عزيز").country == "JOR"


def test_en_apposition_after_a_comma_is_the_same_person():
    ex = run(
        "Interior Minister Sami Aziz, Jordan's envoy to the water talks, arrived in Baghdad.", "en"
    )
    aziz = ent(ex, "Sami Aziz")
    assert aziz.country == "JOR"
    assert "envoy" in (aziz.title or "")
