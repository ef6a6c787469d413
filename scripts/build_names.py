#!/usr/bin/env python
"""Build the person-name lexicons of graphbuild from the arabnamer and US Census name lists.

Run it (from the repo root)::

    .venv/bin/pip install -e ".[names]"                   # the arabnamer and names packages
    .venv/bin/python scripts/build_names.py
        # writes graphbuild/lang/{ar,en}/given_names.tsv
    .venv/bin/python scripts/build_names.py --source arabnamer-0.1.3-py3-none-any.whl
        # or a wheel / dict_FINAL.json
    .venv/bin/python scripts/build_names.py --out DIR      # writes DIR/{ar,en}/given_names.tsv
    .venv/bin/python scripts/build_names.py --census names-0.3.0.tar.gz
        # the Western given names from a downloaded ``names`` sdist (default: the installed package)

Source: ``arabnamer/data/dict_FINAL.json`` in the ``arabnamer`` wheel (PyPI), an
English → Arabic dictionary of personal names (22,797 pairs): given names first of
all, and family names. Its data is licensed CC BY 4.0 (the wheel's LICENSE-DATA):
"Uses arabnamer's Arabic name dictionary (Yousef, E., 2026).
https://github.com/sayedyousef/arabnamer Licensed under CC-BY-4.0." The code of
the package is not used, only its data file (``--source`` reads it straight from a
downloaded wheel, so the package's own dependencies need not be installed).

Changes made to the data (the licence asks that they be indicated), the same for
every entry, no name picked by hand (the one hand-made list, :data:`COMMON_WORDS`, holds
English words, months and places to leave out):

* Arabic (``ar/given_names.tsv``): the Arabic side of each pair, diacritics and
  tatweel stripped, Arabic letters only. Kept: one-word names of two letters or
  more, and the compounds "abd + X" / "abu + X" (also written glued, as news
  writers do: the glued form is added), and from each patronymic pair "bin X" / "ibn X" /
  "bint X" the word X alone (a father's given name: some given names, such as Yahya, are
  in the dictionary only so). Left out: forms starting with the article
  (family names and nisbas: the name grammar reads them), other multi-word forms
  (the chains themselves: the name grammar reads them; a few non-name phrases)
  and spaCy's Arabic stop words.
* English (``en/given_names.tsv``): the English side (the keys), capitalised.
  Kept: one word of letters (an apostrophe allowed), two letters or more. Left
  out: forms with a space or a hyphen ("bin ali", "al-masri": the name grammar
  reads particles), spaCy's English stop words and :data:`COMMON_WORDS` (below).

Second source, English only: the US Census Bureau's 1990 first-name frequency
files ``dist.male.first`` and ``dist.female.first`` as shipped in the ``names``
package (PyPI, 0.3.0, by Trey Hunner, MIT licence; its README: "Data in the
following files are public domain (derived from 1990 Census data)"). The
arabnamer keys are transliterations of Arabic names, so Western given names
(Peter, Theresa) were missing. Changes, the same for every entry: capitalised;
kept when the name's frequency is at least :data:`CENSUS_MIN_PERCENT` per cent of
men or of women; left out: spaCy's English stop words, every whole form of the
English lexicons (titles, agencies, ministries, countries, cues, function words,
stop words: "Jordan", "Chad", "August"; not a word of a longer form: "Martin" of
Saint Martin stays) and :data:`COMMON_WORDS`, given names that are also everyday
English words, months or places, which a sentence or a headline may start with
capitalised ("Will", "Mark", "Grace", "Hope", "Virginia"). A listed name only
opens a name when a capitalised name word follows it (see
``graphbuild/nlp/names.py`` and ``titles.py``).

Outputs: UTF-8, a ``#`` header naming the sources, licences and attribution, a
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
import tarfile
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
CENSUS_FILES = ("dist.male.first", "dist.female.first")
CENSUS_ATTRIBUTION = (
    "US Census Bureau, 1990 census first-name frequencies (public domain), as shipped in the "
    "names package by Trey Hunner (MIT licence), https://github.com/treyhunner/names."
)
CENSUS_MIN_PERCENT = 0.005  # about 2,500 names of the 5,494: down to Boris (0.006 % of men)
LEXICON_FILES = (
    "titles.tsv",
    "agencies.tsv",
    "ministries.tsv",
    "countries.tsv",
    "countries_overrides.tsv",
    "cues.tsv",
    "words.tsv",
    "skeleton.tsv",
    "stopwords.txt",
)
# given names of the census list that are also everyday English words, months, seasons, places
# or institutions, which news writes capitalised at the start of a sentence, in a headline or in
# a name of its own ("Will the minister", "Grace period", "Christian Democrats", "Sterling fell")
_COMMON_WORDS_TEXT = """
    will mark grace bill rose hope faith don chase guy long may june april august summer autumn
    winter spring dawn joy iris ivy pearl ruby daisy lily holly heather violet olive hazel amber
    crystal jade angel christian frank earnest sterling rich royal king prince duke earl baron
    major general chance young art sue pat rob jack buck bob carol ray gene glen dale clay cliff
    wood forest lane ward mason gay norman german miles lance rod drew bud penny candy sandy rusty
    dusty misty sunny cherry ginger honey star sky river brook stone reed hunter porter page
    destiny trinity harmony patience prudence charity mercy liberty justice precious princess
    queen lady baby buddy sonny junior dean jan bishop cash price best hall west north
    king marshal church grant fay gray grey green white black brown hardy
    virginia carolina dakota florida nevada montana arizona indiana tennessee washington austin
    dallas houston denver orlando phoenix madison sydney paris florence vienna geneva savannah
    sierra cheyenne asia africa america europe china india kenya israel jordan chad georgia
    alpha brain numbers noble easter ivory fern berry gale opal merry jewel dixie dolly kitty
    tiara raven roma marquis mercedes aura eve son sun sang hung mac tad kip wade chuck dick basil
    pansy myrtle hilton sherry brandy laurel candida lacy lacey les mi chi trinidad lourdes jesus
    cleveland lincoln clinton homer walker foster
"""
COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
_AR_WORD = re.compile(r"^[\u0621-\u064a]+$")
_EN_WORD = re.compile(r"^[a-z]+('[a-z]+)?$")
AR_ARTICLE = "\u0627\u0644"  # the definite article, glued
AR_COMPOUND_FIRST = (
    "\u0639\u0628\u062f",
    "\u0623\u0628\u0648",
)  # abd, abu: they form one name with the next word


AR_PATRONYMIC = (
    "\u0628\u0646",
    "\u0627\u0628\u0646",
    "\u0628\u0646\u062a",
)  # bin, ibn, bint: the word after them is the father's given name


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
        elif len(words) == 2 and words[0] in AR_PATRONYMIC:
            w = words[1]  # "bin X": X is a father's given name
            if len(w) >= 2 and not w.startswith(AR_ARTICLE) and _fold_ar(w) not in stop:
                out.add(w)
    return sorted(out)


def english_forms(pairs: dict[str, str]) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    out = {k.strip().lower() for k in pairs}
    return sorted(
        k.capitalize()
        for k in out
        if _EN_WORD.match(k) and len(k) >= 2 and k not in STOP_WORDS and k not in COMMON_WORDS
    )


def read_census(source: Path | None) -> tuple[dict[str, float], str]:
    """Each census given name (lower case) → its highest frequency (per cent of men or of women),
    and where the files were read from: a ``names`` sdist or wheel, a folder, or the installed
    package."""
    texts: list[str] = []
    if source is None:
        from importlib import metadata, resources

        folder = resources.files("names")
        texts = [folder.joinpath(f).read_text(encoding="ascii") for f in CENSUS_FILES]
        origin = f"names {metadata.version('names')}"
    elif source.is_dir():
        texts = [(source / f).read_text(encoding="ascii") for f in CENSUS_FILES]
        origin = source.name
    else:
        texts = [_member(source, f) for f in CENSUS_FILES]
        origin = source.name.removesuffix(".tar.gz").removesuffix(".whl").replace("-", " ", 1)
    freq: dict[str, float] = {}
    for text in texts:
        for line in text.splitlines():
            cells = line.split()
            if len(cells) == 4:
                name = cells[0].lower()
                freq[name] = max(freq.get(name, 0.0), float(cells[1]))
    return freq, origin


def _member(archive: Path, filename: str) -> str:
    """The text of ``names/<filename>`` inside a downloaded sdist (.tar.gz) or wheel."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as whl:
            name = next(n for n in whl.namelist() if n.endswith(f"names/{filename}"))
            return whl.read(name).decode("ascii")
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(f"/names/{filename}"))
        stream = tar.extractfile(member)
        assert stream is not None
        return stream.read().decode("ascii")


def lexicon_words(folder: Path) -> set[str]:
    """The whole forms (lower case) of the language's lexicons: a name never spells one."""
    out: set[str] = set()
    for filename in LEXICON_FILES:
        lines = [
            ln
            for ln in (folder / filename).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ]
        if filename.endswith(".txt"):
            out.update(ln.strip().lower() for ln in lines)
            continue
        column = lines[0].split("\t").index("form")
        for ln in lines[1:]:
            cells = ln.split("\t")
            if column < len(cells):
                out.add(cells[column].strip().lower())
    return out


def census_forms(freq: dict[str, float], exclude: set[str]) -> list[str]:
    """The census given names kept for the English list (see the docstring)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return sorted(
        name.capitalize()
        for name, percent in freq.items()
        if percent >= CENSUS_MIN_PERCENT
        and _EN_WORD.match(name)
        and len(name) >= 2
        and name not in STOP_WORDS
        and name not in COMMON_WORDS
        and name not in exclude
    )


def header(lang: str, origin: str, count: int, census: str | None = None) -> str:
    side, changed = {
        "ar": ("the Arabic side", "diacritics stripped, glued abd/abu compounds added"),
        "en": ("the English side", "capitalised"),
    }[lang]
    lines = [
        f"# Personal names, {side} of the dictionary: a word here may start a person's name "
        "(given names",
        "# first of all, and family names). Generated by scripts/build_names.py - "
        "do not edit by hand.",
        f"# Source: the name dictionary dict_FINAL.json of the arabnamer package ({origin}).",
        f"# {ATTRIBUTION}",
        f"# Licence: CC BY 4.0 ({LICENCE_URL}).",
    ]
    if census:
        lines += [
            f"# Also: Western given names, {' and '.join(CENSUS_FILES)} of the names package "
            f"({census}),",
            f"# at least {CENSUS_MIN_PERCENT} % of men or of women. {CENSUS_ATTRIBUTION}",
        ]
    lines += [
        f"# Changed: {changed}, filtered as the script's docstring says; {count} forms.",
        "form",
    ]
    return "\n".join(lines)


def write(path: Path, text_header: str, forms: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text_header + "\n" + "\n".join(forms) + "\n", encoding="utf-8", newline="\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        help="a downloaded arabnamer wheel or dict_FINAL.json (default: the installed package)",
    )
    ap.add_argument(
        "--census",
        type=Path,
        help="a downloaded names sdist or wheel, or its names/ folder (default: the installed "
        "package)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "graphbuild" / "lang")
    args = ap.parse_args()
    pairs, origin = read_dictionary(args.source)
    freq, census = read_census(args.census)
    exclude = lexicon_words(ROOT / "graphbuild" / "lang" / "en")
    en = sorted(set(english_forms(pairs)) | set(census_forms(freq, exclude)))
    outputs = (
        ("ar", arabic_forms(pairs), header("ar", origin, len(arabic_forms(pairs)))),
        ("en", en, header("en", origin, len(en), census)),
    )
    for lang, forms, text_header in outputs:
        target = args.out / lang / "given_names.tsv"
        write(target, text_header, forms)
        print(f"{target}: {len(forms)} forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
