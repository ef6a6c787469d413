"""Language profiles and function-word lists.

Loaded from lang/<code>/, validated with file and line.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from graphbuild.errors import LexiconError
from graphbuild.lang import SUPPORTED_LANGS, load_profile
from graphbuild.lang import profile as profile_mod

LANG = Path(profile_mod.__file__).parent


def test_supported_languages_are_the_folders_with_a_profile():
    assert SUPPORTED_LANGS == ("ar", "en")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_profile_loads(lang):
    p = load_profile(lang)
    assert p.code == lang and p.words.conjunction and p.stop_words
    assert p.fold("X") in ("x", "X")


def test_profiles_state_language_properties():
    ar, en = load_profile("ar"), load_profile("en")
    assert (ar.word_order, en.word_order) == ("VSO", "SVO")
    assert ar.head_initial and not en.head_initial
    assert en.cased and not ar.cased
    assert ar.proclitics and not en.proclitics
    assert ar.is_definite(ar.fold("الوزارة")) and not en.is_definite("alwazara")


def test_words_are_folded_on_load():
    ar = load_profile("ar")
    assert ar.fold("إلى") in ar.words.phrase_break
    assert ar.fold("أن") in ar.words.complementiser
    assert ar.fold("على") in ar.words.statement_prep


def _copy_lang(tmp_path: Path, lang: str) -> Path:
    dest = tmp_path / lang
    shutil.copytree(LANG / lang, dest)
    return dest


def _load_from(monkeypatch, tmp_path: Path, lang: str):
    import graphbuild.lang as lang_pkg

    monkeypatch.setattr(lang_pkg, "LANG_DIR", tmp_path)
    profile_mod.load_profile.cache_clear()
    try:
        return profile_mod.load_profile(lang)
    finally:
        profile_mod.load_profile.cache_clear()


def test_unknown_word_role_names_file_and_line(tmp_path, monkeypatch):
    folder = _copy_lang(tmp_path, "en")
    path = folder / "words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("no_such_role\tword")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        LexiconError, match=rf"words\.tsv:{len(lines)}: unknown word role 'no_such_role'"
    ) as exc:
        _load_from(monkeypatch, tmp_path, "en")
    assert exc.value.exit_code == 3


def test_bad_token_pattern_names_file_and_line(tmp_path, monkeypatch):
    folder = _copy_lang(tmp_path, "en")
    path = folder / "patterns.jsonl"
    path.write_text(
        path.read_text(encoding="utf-8") + '{"label": "MONTH", "pattern": [{"NOSUCHATTR": "x"}]}\n',
        encoding="utf-8",
    )
    n = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError, match=rf"patterns\.jsonl:{n}: bad token pattern"):
        _load_from(monkeypatch, tmp_path, "en")


def test_pattern_line_that_is_not_json(tmp_path, monkeypatch):
    folder = _copy_lang(tmp_path, "en")
    (folder / "patterns.jsonl").write_text('{"label": "MONTH", "pattern": [}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"patterns\.jsonl:1: not JSON"):
        _load_from(monkeypatch, tmp_path, "en")


@pytest.mark.parametrize(
    "edit, message",
    [
        (
            lambda t: t.replace('word_order = "SVO"', 'word_order = "OVS"'),
            "word_order 'OVS' is not one of",
        ),
        (lambda t: t.replace("cased = true", 'cased = "yes"'), "'cased' must be bool"),
        (lambda t: t + "\nsurprise = 1\n", "unknown profile key 'surprise'"),
        (lambda t: t + "\nname = \n", "line"),
    ],
)
def test_bad_profile_is_a_lexicon_error(tmp_path, monkeypatch, edit, message):
    folder = _copy_lang(tmp_path, "en")
    path = folder / "profile.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        _load_from(monkeypatch, tmp_path, "en")


def test_text_module_imports_nothing_from_the_package():
    import graphbuild.text

    tree = ast.parse(Path(graphbuild.text.__file__).read_text(encoding="utf-8"))
    imported = [
        n.module or ""
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and (n.level or "graphbuild" in (n.module or ""))
    ]
    imported += [
        a.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import)
        for a in n.names
        if a.name.startswith("graphbuild")
    ]
    assert imported == []


def test_old_normalize_imports_still_work():
    from graphbuild.nlp.normalize import normalize_ar, normalize_key
    from graphbuild.text import normalize_ar as new_ar, normalize_key as new_key

    assert normalize_ar is new_ar and normalize_key is new_key


def test_long_tables_reject_an_unknown_language(tmp_path, monkeypatch):
    import graphbuild.lang as lang_pkg

    (tmp_path / "ministries.tsv").write_text(
        "key\tlang\tform\nforeign\txx\tMinisterie\n", encoding="utf-8"
    )
    monkeypatch.setattr(lang_pkg, "LANG_DIR", tmp_path)
    lang_pkg.load_ministries.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"ministries\.tsv:2: unknown language 'xx'"):
            lang_pkg.load_ministries()
    finally:
        lang_pkg.load_ministries.cache_clear()


def test_country_names_come_from_the_long_table():
    from graphbuild.lang import load_countries

    egy = load_countries()["EGY"]
    assert (egy.iso2, egy.name("en"), egy.name("ar")) == ("EG", "Egypt", "مصر")
    assert egy.name("xx") == "Egypt"


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_fold_is_set_once_and_survives_pickling(lang):
    import copy
    import dataclasses
    import pickle

    p = load_profile(lang)
    assert p.fold is p.fold is profile_mod._folder(p.normaliser, p.unfolded)
    assert "fold" not in {f.name for f in dataclasses.fields(p) if f.init or f.compare}
    for q in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p), dataclasses.replace(p)):
        assert q == p
        assert q.fold is p.fold
    word = "Ministers" if p.cased else "الوزراء"
    assert p.fold(word) == profile_mod.NORMALISERS[p.normaliser](word)
