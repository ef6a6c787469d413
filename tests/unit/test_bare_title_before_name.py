"""A bare title before a named holder of the same role in one sentence is someone else ("the Prime
Minister met Libyan Prime Minister X": not X); sentences written for these tests."""

from .helpers import ent, met, run


def test_en_bare_title_before_the_named_guest_is_the_host():
    ex = run(
        "London — Anna Berg, Tom Reyes and Chadian Prime Minister Omar Idris discussed trade. On "
        "Monday the Prime Minister and the Foreign Secretary met with Chadian Prime Minister Omar "
        "Idris in London.",
        "en",
    )
    assert "the Prime Minister" not in ent(ex, "Omar Idris").aliases


def test_en_bare_title_after_the_name_is_the_same_person():
    ex = run(
        "Chadian Prime Minister Omar Idris arrived in London, where the Prime Minister said trade "
        "would grow.",
        "en",
    )
    assert ent(ex, "Omar Idris").type == "Official"
    assert not [e for e in ex.entities if e.type == "Official" and e.name == "Prime Minister"]


def test_ar_bare_title_before_the_named_guest_is_the_host():
    ex = run("استقبل رئيس الوزراء اليوم في عمان رئيس الوزراء التشادي عمر إدريس.", "ar")
    assert "رئيس الوزراء" not in ent(ex, "عمر إدريس").aliases
    assert frozenset({"رئيس الوزراء", "عمر إدريس"}) in met(ex)
