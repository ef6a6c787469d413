"""Identity across articles: spelling variants and surnames merge; types never do."""

import shutil
from pathlib import Path

import pytest

import graphbuild.lang
from graphbuild.errors import LexiconError
from graphbuild.model import Article
from graphbuild.pipeline import extract
from graphbuild.resolve import name_skeleton

LANG = Path(graphbuild.lang.__file__).parent


def arts(*texts, lang="en"):
    return [Article(id=f"a{n}", title="", text=t, lang=lang) for n, t in enumerate(texts)]


def officials(exs):
    return {e.id: e for ex in exs for e in ex.entities if e.type == "Official"}


def test_skeleton_folds_transliterations():
    assert name_skeleton("Fathi Bashagha") == name_skeleton("Fathi Bashaga")
    assert name_skeleton("Fayez Al-Serraj") == name_skeleton("Fayez al-Sarraj")
    assert name_skeleton("Fayez Al-Serraj") != name_skeleton("Fayez Mansour")


def test_skeleton_folds_arabic_variants():
    assert name_skeleton("أحمد معيتيق") == name_skeleton("احمد معيتيق")
    assert name_skeleton("عبد الرحمن السويحلي") == name_skeleton("عبد الرحمن سويحلي")


def test_transliteration_variants_are_one_official():
    exs = extract(
        arts(
            "Interior Minister Fathi Bashagha met the envoy.",
            "Interior Minister Fathi Bashaga said the talks went well and were frank.",
        )
    )
    offs = officials(exs)
    assert len(offs) == 1
    (o,) = offs.values()
    names = {e.name for ex in exs for e in ex.entities if e.type == "Official"} | {
        a for ex in exs for e in ex.entities if e.type == "Official" for a in e.aliases
    }
    assert {"Fathi Bashagha", "Fathi Bashaga"} <= names
    assert any("same name skeleton" in m for ex in exs for e in ex.entities for m in e.merges)


def test_surname_alone_in_another_article_joins_the_full_name():
    exs = extract(
        arts(
            "Interior Minister Fathi Bashagha met the envoy.",
            "Minister Bashagha said the talks went well and were frank.",
        )
    )
    assert len(officials(exs)) == 1


def test_different_people_stay_apart():
    exs = extract(
        arts(
            "Interior Minister Fathi Bashagha met the envoy.",
            "Interior Minister Omar Nabil said the talks went well.",
        )
    )
    assert len(officials(exs)) == 2


def test_types_never_merge():
    """A family name that is also a nisba ("هاني المصري") stays a person, Egypt stays a country."""
    exs = extract(
        arts(
            "قال محافظ البنك المركزي هاني المصري إن الأسعار مستقرة تماما.",
            "وصل الوفد المصري إلى بغداد.",
            lang="ar",
        )
    )
    ids = {e.id: e.type for ex in exs for e in ex.entities}
    assert ids.get("Country:EGY") == "Country"
    assert any(t == "Official" and "المصري" in i for i, t in ids.items())


# ------------------------------------------------------------- the skeleton rules are language data
def test_skeleton_rules_come_from_each_language_folder():
    from graphbuild.lang import SUPPORTED_LANGS, load_skeleton

    assert all((LANG / code / "skeleton.tsv").is_file() for code in SUPPORTED_LANGS)
    en, ar = load_skeleton("en"), load_skeleton("ar")
    assert (
        ("gh", "g") in en.digraphs
        and {"al", "el"} <= en.particles
        and en.doubles
        and "a" in en.vowels
    )
    assert (ar.article, ar.article_keeps) == ("ال", 3) and not ar.digraphs and not ar.doubles
    assert name_skeleton("Bashagha") == ("bsg",)
    assert name_skeleton("السويحلي") == ("سويحلي",) and name_skeleton("الأمن الحق") == (
        "امن",
        "الحق",
    )  # three letters must stay


@pytest.mark.parametrize(
    "row, message",
    [
        ("syllable\tba", r"unknown skeleton rule 'syllable'"),
        ("digraph\tGH\tg", r"digraph: lower-case letters"),
        ("vowel\tae", r"vowel: one lower-case letter"),
        ("particle\tbin abu", r"particle: one word"),
        ("doubles\tyes", r"doubles: takes no form or value"),
        ("article\tthe\tx", r"article: an article and how many letters"),
    ],
)
def test_a_bad_skeleton_row_names_file_and_line(tmp_path, monkeypatch, row, message):
    import graphbuild.lang as lang_pkg
    from graphbuild.lang import load_skeleton

    shutil.copytree(LANG / "en", tmp_path / "en")
    path = tmp_path / "en" / "skeleton.tsv"
    lines = path.read_text(encoding="utf-8").splitlines() + [row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(lang_pkg, "LANG_DIR", tmp_path)
    load_skeleton.cache_clear()
    try:
        with pytest.raises(LexiconError, match=rf"skeleton\.tsv:{len(lines)}: {message}") as exc:
            load_skeleton("en")
        assert exc.value.exit_code == 3
    finally:
        load_skeleton.cache_clear()
