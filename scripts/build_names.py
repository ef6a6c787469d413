#!/usr/bin/env python
"""Build the person-name lexicons of graphbuild from the arabnamer name dictionary.

Run it (from the repo root)::

    .venv/bin/pip install -e ".[names]"                   # the arabnamer wheel
    .venv/bin/python scripts/build_names.py
        # writes graphbuild/lang/{ar,en}/given_names.tsv
    .venv/bin/python scripts/build_names.py --source arabnamer-0.1.3-py3-none-any.whl
        # or a wheel / dict_FINAL.json
    .venv/bin/python scripts/build_names.py --out DIR      # writes DIR/{ar,en}/given_names.tsv

Source: ``arabnamer/data/dict_FINAL.json`` in the ``arabnamer`` wheel (PyPI), an
English → Arabic dictionary of personal names (22,797 pairs): given names first of
all, and family names. Its data is licensed CC BY 4.0 (the wheel's LICENSE-DATA):
"Uses arabnamer's Arabic name dictionary (Yousef, E., 2026).
https://github.com/sayedyousef/arabnamer Licensed under CC-BY-4.0." The code of
the package is not used, only its data file (``--source`` reads it straight from a
downloaded wheel, so the package's own dependencies need not be installed).

Changes made to the data (the licence asks that they be indicated), the same for
every entry, no entry picked by hand:

* Arabic (``ar/given_names.tsv``): the Arabic side of each pair, diacritics and
  tatweel stripped, Arabic letters only. Kept: one-word names of two letters or
  more, and the compounds "abd + X" / "abu + X" (also written glued, as news
  writers do: the glued form is added). Left out: forms starting with the article
  (family names and nisbas: the name grammar reads them), other multi-word forms
  (patronymic chains "bin X": the name grammar reads them; a few non-name phrases)
  and spaCy's Arabic stop words.
* English (``en/given_names.tsv``): the English side (the keys), capitalised.
  Kept: one word of letters (an apostrophe allowed), two letters or more. Left
  out: forms with a space or a hyphen ("bin ali", "al-masri": the name grammar
  reads particles) and spaCy's English stop words.

Outputs: UTF-8, a ``#`` header naming the source, licence and attribution, a
``form`` header line, rows sorted and unique, LF endings. The extraction reads
them with :func:`graphbuild.lang.load_lexicon` (``Lexicon.names``); a form that
is also a lexicon word (a title, an agency head, a country form, a cue, a stop
word) is never taken as a name there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.text import strip_diacritics  # noqa: E402

DICT_MEMBER = "arabnamer/data/dict_FINAL.json"
ATTRIBUTION = (
    "Uses arabnamer's Arabic name dictionary (Yousef, E., 2026). "
    "https://github.com/sayedyousef/arabnamer Licensed under CC-BY-4.0."
)
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
_AR_WORD = re.compile(r"^[\u0621-\u064a]+$")
_EN_WORD = re.compile(r"^[a-z]+('[a-z]+)?$")
AR_ARTICLE = "\u0627\u0644"  # the definite article, glued
AR_COMPOUND_FIRST = (
    "\u0639\u0628\u062f",
    "\u0623\u0628\u0648",
)  # abd, abu: they form one name with the next word


def read_dictionary(source: Path | None) -> tuple[dict[str, str], str]:
    """The dictionary (English key → Arabic form) and where it was read from."""
    if source is None:
        from importlib import metadata, resources

        path = resources.files("arabnamer").joinpath("data", "dict_FINAL.json")
        return json.loads(
            path.read_text(encoding="utf-8")
        ), f"arabnamer {metadata.version('arabnamer')}"
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            meta = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
            version = next(
                ln.split(":", 1)[1].strip()
                for ln in whl.read(meta).decode("utf-8").splitlines()
                if ln.startswith("Version:")
            )
            return json.loads(whl.read(DICT_MEMBER).decode("utf-8")), f"arabnamer {version}"
    return json.loads(source.read_text(encoding="utf-8")), source.name


def _fold_ar(text: str) -> str:
    from graphbuild.text import normalize_ar

    return normalize_ar(text)


def arabic_forms(pairs: dict[str, str]) -> list[str]:
    from spacy.lang.ar.stop_words import STOP_WORDS

    stop = {_fold_ar(w) for w in STOP_WORDS}
    out: set[str] = set()
    for value in pairs.values():
        words = strip_diacritics(value).split()
        if not words or not all(_AR_WORD.match(w) for w in words):
            continue
        if len(words) == 1:
            w = words[0]
            if len(w) >= 2 and not w.startswith(AR_ARTICLE) and _fold_ar(w) not in stop:
                out.add(w)
        elif len(words) == 2 and words[0] in AR_COMPOUND_FIRST and len(words[1]) >= 2:
            out.add(" ".join(words))
            out.add("".join(words))
    return sorted(out)


def english_forms(pairs: dict[str, str]) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    out = {k.strip().lower() for k in pairs}
    return sorted(
        k.capitalize() for k in out if _EN_WORD.match(k) and len(k) >= 2 and k not in STOP_WORDS
    )


def header(lang: str, origin: str, count: int) -> str:
    side, changed = {
        "ar": ("the Arabic side", "diacritics stripped, glued abd/abu compounds added"),
        "en": ("the English side", "capitalised"),
    }[lang]
    return "\n".join(
        [
            f"# Personal names, {side} of the dictionary: a word here may start a person's name "
            "(given names",
            "# first of all, and family names). Generated by scripts/build_names.py - "
            "do not edit by hand.",
            f"# Source: the name dictionary dict_FINAL.json of the arabnamer package ({origin}).",
            f"# {ATTRIBUTION}",
            f"# Licence: CC BY 4.0 ({LICENCE_URL}).",
            f"# Changed: {changed}, filtered as the script's docstring says; {count} forms.",
            "form",
        ]
    )


def write(path: Path, lang: str, origin: str, forms: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        header(lang, origin, len(forms)) + "\n" + "\n".join(forms) + "\n",
        encoding="utf-8",
        newline="\n",
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        help="a downloaded arabnamer wheel or dict_FINAL.json (default: the installed package)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "graphbuild" / "lang")
    args = ap.parse_args()
    pairs, origin = read_dictionary(args.source)
    for lang, forms in (("ar", arabic_forms(pairs)), ("en", english_forms(pairs))):
        target = args.out / lang / "given_names.tsv"
        write(target, lang, origin, forms)
        print(f"{target}: {len(forms)} forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
