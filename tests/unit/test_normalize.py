import pytest

from graphbuild.nlp.normalize import is_arabic, normalize_ar, normalize_key


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مُحَمَّد", "محمد"),
        ("وزيـــر", "وزير"),
        ("مؤكدًا", "موكدا"),
    ],
)
def test_normalize_ar_folds_variants(raw, expected):
    assert normalize_ar(raw) == expected


def test_normalize_ar_leaves_latin_alone():
    assert normalize_ar("Fathi Bashagha") == "Fathi Bashagha"


@pytest.mark.parametrize(
    "a, b",
    [
        ("فتحي باشاغا", "فتحى باشاغا"),
        ("«باشاغا»", "باشاغا"),
        ("Al-Serraj", "al serraj"),
        ("Abdelatty ", "ABDELATTY"),
        ("José", "jose"),
    ],
)
def test_normalize_key_identifies_spelling_variants(a, b):
    assert normalize_key(a) == normalize_key(b)


def test_normalize_key_keeps_different_names_apart():
    assert normalize_key("محمد") != normalize_key("أحمد")


def test_is_arabic():
    assert is_arabic("وزير")
    assert not is_arabic("minister")
