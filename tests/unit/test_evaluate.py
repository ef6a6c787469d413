"""The scorer behind ``graphbuild eval`` (rules: eval/FORMAT.md)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import InputError
from graphbuild.evaluate import (
    DEV2_KINDS,
    TYPE_KEYS,
    Counts,
    Report,
    dev2_half,
    evaluate,
    load_gold,
    load_predictions,
    name_forms,
    normalize_for_match,
    quote_overlap,
    score,
    select_half,
)
from graphbuild.model import Article, Entity, Extraction, Relation

EVAL = Path(__file__).resolve().parents[2] / "eval"
DEV_GOLD = EVAL / "dev" / "gold"
DEV2_GOLD = EVAL / "dev2" / "gold"

# A small gold article in the shape of eval/dev/gold/en01.json.
EN_GOLD = {
    "id": "en01",
    "lang": "en",
    "title": "Prime Minister and Foreign Secretary meet Libyan Prime Minister Serraj",
    "entities": [
        {
            "name": "Theresa May",
            "type": "Official",
            "aliases": ["the Prime Minister"],
            "country": "GBR",
        },
        {
            "name": "Jeremy Hunt",
            "type": "Official",
            "aliases": ["the Foreign Secretary"],
            "country": "GBR",
        },
        {"name": "Fayez Al-Serraj", "type": "Official", "aliases": ["Serraj"], "country": "LBY"},
        {"name": "Foreign Office", "type": "Agency", "aliases": ["FCO"], "country": "GBR"},
        {"name": "Libya", "type": "Country", "aliases": ["Libyan"], "country": "LBY"},
    ],
    "relations": [
        {
            "type": "MET_WITH",
            "source": "Theresa May",
            "target": "Fayez Al-Serraj",
            "evidence": "",
            "quote": None,
        },
        {
            "type": "MET_WITH",
            "source": "Jeremy Hunt",
            "target": "Fayez Al-Serraj",
            "evidence": "",
            "quote": None,
        },
        {
            "type": "MEMBER_OF",
            "source": "Jeremy Hunt",
            "target": "Foreign Office",
            "evidence": "",
            "quote": None,
        },
        {
            "type": "SAID",
            "source": "Jeremy Hunt",
            "target": None,
            # 10 normalised words: the uk government shares prime minister serraj s grave concern
            "quote": "The UK government shares Prime Minister Serraj's grave concern",
            "evidence": "",
        },
    ],
}

AR_GOLD = {
    "id": "ar01",
    "lang": "ar",
    "entities": [
        {"name": "فتحي باشاغا", "type": "Official", "aliases": ["باشاغا"]},
        {"name": "وزارة الداخلية", "type": "Agency", "aliases": []},
        {"name": "مصر", "type": "Country", "aliases": ["القاهرة", "المصرية"]},
    ],
    "relations": [
        {"type": "MEMBER_OF", "source": "فتحي باشاغا", "target": "وزارة الداخلية", "quote": None},
        {
            "type": "SAID",
            "source": "باشاغا",
            "target": None,
            "quote": "علاقاتنا مع القاهرة مهمة للغاية",
        },
    ],
}


def as_prediction(gold: dict) -> dict:
    """Gold → extraction format: entity ids are the names."""
    return {
        "id": gold["id"],
        "lang": gold.get("lang"),
        "entities": [dict(e, id=e["name"]) for e in gold["entities"]],
        "relations": [dict(r) for r in gold["relations"]],
    }


def ent(report: Report, key: str, lang: str = "all"):
    return report.counts(key, lang)


# --------------------------------------------------------------------------- #
# normalisation
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("القاهرة", "القاهره"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مُحَمَّد", "محمد"),  # diacritics
        ("محـــمد", "محمد"),  # tatweel
        ("ﻻ", "لا"),  # NFKC: presentation-form ligature
    ],
)
def test_arabic_variants_normalise_equal(a, b):
    assert normalize_for_match(a) == normalize_for_match(b)


def test_only_score_py_s_marks_and_punctuation_are_dropped():
    """The reference scorer removes U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED
    and the tatweel, and maps only its own punctuation list to spaces: an
    invisible RLM, an Extended-A mark or a "&" stay (so names with them differ)."""
    assert normalize_for_match("\u200fباشاغا\u200f") == "\u200fباشاغا\u200f"
    assert normalize_for_match("باشاغا\u08f0") != normalize_for_match("باشاغا")
    assert normalize_for_match("باشاغا\u06e5") == "باشاغا"  # U+06E5 is in 06D6–06ED
    assert normalize_for_match("AT&T") == "at&t"
    assert normalize_for_match("a–b—c_d/e") == "a b c d e"


def test_punctuation_quotes_and_space():
    assert normalize_for_match("«باشاغا»: علاقاتنا، مهمة؛ لماذا؟") == "باشاغا علاقاتنا مهمه لماذا"
    assert normalize_for_match("“Fayez  Al-Serraj’s”\n visit.") == "fayez al serraj s visit"
    assert normalize_for_match("  UK\tGovernment ") == "uk government"
    assert normalize_for_match("Ｆｏｏ") == "foo"  # NFKC full-width
    assert normalize_for_match(None) == ""
    assert normalize_for_match("«»") == ""


def test_leading_article_rule():
    assert "prime minister" in name_forms("The Prime Minister")
    assert "the prime minister" in name_forms("The Prime Minister")
    assert "داخليه الليبيه" in name_forms("الداخلية الليبية")  # only from the first word
    assert name_forms("وزارة الداخلية") == {"وزاره الداخليه"}  # no leading article
    assert name_forms("ال") == {"ال"}  # nothing would be left
    # score.py drops "ال" only from a form longer than 4 characters (the whole form)
    assert name_forms("الري") == {"الري"}
    assert name_forms("الهند") == {"الهند", "هند"}
    assert name_forms("The") == {"the"}
    assert name_forms("theology") == {"theology"}
    assert name_forms("") == frozenset()
    # the rule in matching: "المصرية" (gold alias) vs a predicted "مصرية"
    gold = {"x": {"id": "x", "lang": "ar", "entities": [AR_GOLD["entities"][2]], "relations": []}}
    pred = {
        "x": {
            "id": "x",
            "entities": [{"id": "c", "type": "Country", "name": "مصريه"}],
            "relations": [],
        }
    }
    assert ent(score(gold, pred), "Country").tp == 1


def test_quote_overlap_counts_words_of_shorter():
    assert quote_overlap("a b c", "a b c d e") == (3, 3)
    assert quote_overlap("a a b", "a b b") == (2, 2)  # distinct words, as score.py's sets
    assert quote_overlap("", "a") == (0, 0)


# --------------------------------------------------------------------------- #
# scoring
# --------------------------------------------------------------------------- #


def test_perfect_prediction_scores_one_everywhere():
    gold = {"en01": EN_GOLD, "ar01": AR_GOLD}
    report = score(gold, {k: as_prediction(v) for k, v in gold.items()})
    d = report.to_dict()
    assert set(d["languages"]) == {"all", "ar", "en"}
    for key in (
        "Official",
        "Agency",
        "Country",
        "MET_WITH",
        "MEMBER_OF",
        "SAID",
        "entities",
        "relations",
    ):
        for field in ("precision", "recall", "f1"):
            assert d["languages"]["all"][key][field] == 1.0, (key, field)
        assert d["languages"]["all"][key]["fp"] == d["languages"]["all"][key]["fn"] == 0
    assert d["languages"]["en"]["entities"]["tp"] == 5
    assert d["languages"]["ar"]["relations"]["tp"] == 2
    assert d["missing_articles"] == [] and d["unscored_articles"] == []
    assert report.misses() == []
    json.dumps(d)  # serialisable


def test_perfect_prediction_on_dev_gold():
    assert DEV_GOLD.is_dir(), f"the dev gold is missing: {DEV_GOLD}"
    gold = load_gold(DEV_GOLD)
    assert gold
    report = score(gold, {k: as_prediction(v) for k, v in gold.items()})
    for lang, block in report.to_dict()["languages"].items():
        for key, c in block.items():
            assert c["fp"] == c["fn"] == 0, (lang, key)
            assert c["f1"] in (1.0, None), (lang, key)
        assert block["entities"]["f1"] == 1.0


def test_missing_entity_and_extra_relation_exact_pr():
    pred = as_prediction(EN_GOLD)
    # drop the Foreign Office (and the relation that needs it)
    pred["entities"] = [e for e in pred["entities"] if e["name"] != "Foreign Office"]
    pred["relations"] = [r for r in pred["relations"] if r["target"] != "Foreign Office"]
    # one relation gold does not have
    pred["relations"].append({"type": "MET_WITH", "source": "Theresa May", "target": "Jeremy Hunt"})
    report = score({"en01": EN_GOLD}, {"en01": pred})

    e = ent(report, "entities")
    assert (e.tp, e.fp, e.fn) == (4, 0, 1)
    assert e.precision == 1.0 and e.recall == pytest.approx(4 / 5)
    a = ent(report, "Agency")
    assert (
        (a.tp, a.fp, a.fn) == (0, 0, 1) and a.precision is None and a.recall == 0.0 and a.f1 == 0.0
    )

    r = ent(report, "relations")
    assert (r.tp, r.fp, r.fn) == (3, 1, 1)
    assert r.precision == pytest.approx(3 / 4) and r.recall == pytest.approx(3 / 4)
    m = ent(report, "MET_WITH")
    assert (m.tp, m.fp, m.fn) == (2, 1, 0)
    assert m.precision == pytest.approx(2 / 3) and m.recall == 1.0
    assert m.f1 == pytest.approx(0.8)
    mo = ent(report, "MEMBER_OF")
    assert (mo.tp, mo.fp, mo.fn) == (0, 0, 1)

    (miss,) = report.misses()
    assert miss["article"] == "en01"
    kinds = [(x["kind"], x["type"]) for x in miss["false_negatives"]]
    assert kinds == [("entity", "Agency"), ("relation", "MEMBER_OF")]
    assert miss["false_negatives"][0]["names"] == ["Foreign Office", "FCO"]
    (fp,) = miss["false_positives"]
    assert (fp["type"], fp["source"], fp["target"]) == ("MET_WITH", "Theresa May", "Jeremy Hunt")
    assert "Foreign Office" in report.format_misses()


def test_entity_ids_and_aliases_map_relations():
    """Predicted ids are opaque; names may be any gold alias after normalisation."""
    pred = {
        "id": "en01",
        "entities": [
            {
                "id": "Official:hunt",
                "type": "Official",
                "name": "Foreign Secretary",
                "aliases": ["Hunt", "The Foreign Secretary"],
            },
            {"id": "Official:serraj", "type": "Official", "name": "SERRAJ"},
            {
                "id": "Official:may",
                "type": "Official",
                "name": "Prime Minister",
            },  # "the " dropped on gold side
        ],
        "relations": [
            {
                "type": "MET_WITH",
                "source": "Official:serraj",
                "target": "Official:hunt",
            },  # reversed
            {"type": "MET_WITH", "source": "Official:may", "target": "Official:serraj"},
        ],
    }
    report = score({"en01": EN_GOLD}, {"en01": pred})
    assert (ent(report, "Official").tp, ent(report, "Official").fp) == (3, 0)
    m = ent(report, "MET_WITH")
    assert (m.tp, m.fp, m.fn) == (2, 0, 0)


def test_met_with_reversed_matches_but_member_of_reversed_does_not():
    pred = as_prediction(EN_GOLD)
    for r in pred["relations"]:
        if r["type"] in ("MET_WITH", "MEMBER_OF"):
            r["source"], r["target"] = r["target"], r["source"]
    report = score({"en01": EN_GOLD}, {"en01": pred})
    assert (ent(report, "MET_WITH").tp, ent(report, "MET_WITH").fp) == (2, 0)
    mo = ent(report, "MEMBER_OF")
    assert (mo.tp, mo.fp, mo.fn) == (0, 1, 1)


def _said_with(quote: str) -> dict:
    pred = as_prediction(EN_GOLD)
    for r in pred["relations"]:
        if r["type"] == "SAID":
            r["quote"] = quote
    return pred


def test_said_quote_overlap_threshold():
    # the gold quote has 10 normalised words; the shorter quote decides
    at = _said_with("Serraj's grave concern about Libya")  # 6 words, 4 shared = 67%
    assert ent(score({"en01": EN_GOLD}, {"en01": at}), "SAID").tp == 1
    exactly = _said_with("shares grave concern over it")  # 5 words, 3 shared = 60%
    assert ent(score({"en01": EN_GOLD}, {"en01": exactly}), "SAID").tp == 1
    below = _said_with("shares grave worries over it")  # 5 words, 2 shared = 40%
    s = ent(score({"en01": EN_GOLD}, {"en01": below}), "SAID")
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    just_below = _said_with("government shares grave worries over it")  # 6 words, 3 shared = 50%
    assert ent(score({"en01": EN_GOLD}, {"en01": just_below}), "SAID").tp == 0
    # Arabic: normalisation applies to quotes too
    ar = as_prediction(AR_GOLD)
    ar["relations"][1]["quote"] = "«علاقاتنا مع القاهره مهمه»"
    assert ent(score({"ar01": AR_GOLD}, {"ar01": ar}), "SAID").tp == 1


def test_said_needs_the_speaker():
    pred = _said_with(EN_GOLD["relations"][3]["quote"])
    for r in pred["relations"]:
        if r["type"] == "SAID":
            r["source"] = "Theresa May"
    s = ent(score({"en01": EN_GOLD}, {"en01": pred}), "SAID")
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_one_to_one_greedy_entities_and_relations():
    pred = as_prediction(EN_GOLD)
    pred["entities"].append({"id": "dup", "type": "Official", "name": "Serraj"})
    pred["relations"].append(dict(pred["relations"][0]))  # same MET_WITH twice
    report = score({"en01": EN_GOLD}, {"en01": pred})
    o = ent(report, "Official")
    assert (o.tp, o.fp, o.fn) == (3, 1, 0)
    m = ent(report, "MET_WITH")
    assert (m.tp, m.fp, m.fn) == (2, 1, 0)
    # the first prediction takes the gold entity; the later duplicate is the fp
    (miss,) = report.misses()
    assert [x["names"] for x in miss["false_positives"] if x["kind"] == "entity"] == [["Serraj"]]


# --------------------------------------------------------------------------- #
# the reference scorer's pairing rules (eval/score.py), on hand-made documents
# --------------------------------------------------------------------------- #


def _g(*entities: dict, relations: tuple = (), lang: str | None = "en") -> dict:
    doc = {"id": "x", "entities": list(entities), "relations": list(relations)}
    if lang is not None:
        doc["lang"] = lang
    return {"x": doc}


def _p(*entities: dict, relations: tuple = ()) -> dict:
    return {"x": {"id": "x", "entities": list(entities), "relations": list(relations)}}


def _o(name: str, *aliases: str, id: str | None = None, type: str = "Official") -> dict:
    return {"id": id or name, "type": type, "name": name, "aliases": list(aliases)}


MAITEEQ = {"name": "Ahmed Maiteeq", "type": "Official", "aliases": ["Maiteeq"]}
SERRAJ = {"name": "Fayez Al-Serraj", "type": "Official", "aliases": ["Serraj"]}


def test_first_unmatched_gold_in_gold_order_even_when_a_later_one_shares_more():
    """A predicted entity whose forms match two gold entities takes the first
    in gold order, not the one it shares most with (score.py's match_entities)."""
    gold = _g(MAITEEQ, SERRAJ)
    # a wrong merge: its alias is Maiteeq's, its name and other alias Serraj's
    wrong = _o("Fayez Al-Serraj", "Serraj", "Maiteeq", id="p1")
    report = score(gold, _p(wrong, _o("Ahmed Maiteeq", id="p2")))
    assert report.articles[0].matches == {"Ahmed Maiteeq": "p1"}
    o = ent(report, "Official")
    assert (o.tp, o.fp, o.fn) == (1, 1, 1)  # p2 finds Maiteeq taken; Serraj is never matched
    (miss,) = report.misses()
    (fp,) = miss["false_positives"]
    assert fp["names"] == ["Ahmed Maiteeq"] and "already matched" in fp["why"]


def test_entity_matching_depends_on_the_order_of_the_predictions():
    gold = _g(MAITEEQ, SERRAJ)
    wrong = _o("Fayez Al-Serraj", "Serraj", "Maiteeq", id="p1")
    report = score(gold, _p(_o("Ahmed Maiteeq", id="p2"), wrong))  # p2 first now
    assert report.articles[0].matches == {"Ahmed Maiteeq": "p2", "Fayez Al-Serraj": "p1"}
    assert (ent(report, "Official").tp, ent(report, "Official").fp) == (2, 0)


def test_equal_predictions_the_first_wins():
    report = score(_g(MAITEEQ), _p(_o("Maiteeq", id="p1"), _o("Maiteeq", id="p2")))
    assert report.articles[0].matches == {"Ahmed Maiteeq": "p1"}
    o = ent(report, "Official")
    assert (o.tp, o.fp, o.fn) == (1, 1, 0)


def test_gold_order_decides_which_of_two_gold_a_bare_alias_takes():
    """Two gold entities share the alias "Serraj"; a prediction "Serraj" takes the
    first in gold order and relations follow that pairing."""
    brother = {"name": "Ali Serraj", "type": "Official", "aliases": ["Serraj"]}
    met = {"type": "MET_WITH", "source": "Ahmed Maiteeq", "target": "Fayez Al-Serraj"}
    pred = _p(
        _o("Ahmed Maiteeq"),
        _o("Serraj"),
        relations=({"type": "MET_WITH", "source": "Ahmed Maiteeq", "target": "Serraj"},),
    )
    first = score(_g(MAITEEQ, SERRAJ, brother, relations=(met,)), pred)
    assert first.articles[0].matches["Fayez Al-Serraj"] == "Serraj"
    assert ent(first, "MET_WITH").tp == 1
    second = score(_g(MAITEEQ, brother, SERRAJ, relations=(met,)), pred)
    assert second.articles[0].matches["Ali Serraj"] == "Serraj"
    m = ent(second, "MET_WITH")
    assert (m.tp, m.fp, m.fn) == (0, 1, 1)


def test_met_with_either_direction_member_of_as_written():
    fo = {"name": "Foreign Office", "type": "Agency", "aliases": []}
    gold = _g(
        MAITEEQ,
        SERRAJ,
        fo,
        relations=(
            {"type": "MET_WITH", "source": "Ahmed Maiteeq", "target": "Fayez Al-Serraj"},
            {"type": "MEMBER_OF", "source": "Ahmed Maiteeq", "target": "Foreign Office"},
        ),
    )
    ents = (
        _o("Maiteeq", id="m"),
        _o("Serraj", id="s"),
        _o("Foreign Office", id="f", type="Agency"),
    )
    report = score(
        gold,
        _p(
            *ents,
            relations=(
                {"type": "MET_WITH", "source": "s", "target": "m"},  # reversed: a match
                {"type": "MET_WITH", "source": "m", "target": "s"},  # the same meeting again
                {"type": "MEMBER_OF", "source": "f", "target": "m"},  # reversed: no match
            ),
        ),
    )
    m, mo = ent(report, "MET_WITH"), ent(report, "MEMBER_OF")
    assert (m.tp, m.fp, m.fn) == (1, 1, 0)
    assert (mo.tp, mo.fp, mo.fn) == (0, 1, 1)


def _said_case(pred_quote: str | None, evidence: str | None = None) -> Counts:
    gold = _g(
        MAITEEQ,
        relations=(
            {"type": "SAID", "source": "Ahmed Maiteeq", "target": None, "quote": GOLD_QUOTE},
        ),
    )
    rel = {"type": "SAID", "source": "Ahmed Maiteeq", "target": None, "quote": pred_quote}
    if evidence is not None:
        rel["evidence"] = evidence
    return ent(score(gold, _p(_o("Ahmed Maiteeq"), relations=(rel,))), "SAID")


GOLD_QUOTE = "one two three four five six seven eight nine ten"


@pytest.mark.parametrize(
    ("quote", "tp"),
    [
        ("one two three x y", 1),  # 3 of the shorter's 5 words: exactly 60%
        ("one two x y z", 0),  # 40%
        ("one two three four x y z", 0),  # 4 of 7 = 57%
        ("one one two two three x", 1),  # distinct words: 3 of {one two three x} = 75%
        ("«One, TWO» three… x y", 1),  # normalised before comparing
    ],
)
def test_said_needs_60_percent_of_the_shorter_quote_s_distinct_words(quote, tp):
    s = _said_case(quote)
    assert (s.tp, s.fp, s.fn) == (tp, 1 - tp, 1 - tp)


def test_said_without_a_quote_is_compared_by_its_evidence():
    assert _said_case(None, evidence="He said: one two three four five.").tp == 1
    assert _said_case("", evidence="nothing in common here at all").tp == 0


def test_said_ignores_the_target():
    gold = _g(
        MAITEEQ,
        SERRAJ,
        relations=({"type": "SAID", "source": "Ahmed Maiteeq", "target": None, "quote": "a b c"},),
    )
    rel = {"type": "SAID", "source": "Ahmed Maiteeq", "target": "Serraj", "quote": "a b c"}
    pred = _p(_o("Ahmed Maiteeq"), _o("Serraj"), relations=(rel,))
    assert ent(score(gold, pred), "SAID").tp == 1


@pytest.mark.parametrize(
    ("gold_name", "pred_name", "matches"),
    [
        ("الهند", "هند", True),  # leading ال dropped (form longer than 4)
        ("هند", "الهند", True),  # on either side
        ("الري", "ري", False),  # a 4-character form keeps its ال
        ("The Foreign Office", "Foreign Office", True),
        ("Foreign Office", "the Foreign Office", True),
        ("Theology Office", "ology Office", False),  # "the " with its space only
        ("وزارة الداخلية", "وزارة داخلية", False),  # only a leading article
    ],
)
def test_leading_article_dropped(gold_name, pred_name, matches):
    gold = _g({"name": gold_name, "type": "Agency", "aliases": []})
    pred = _p(_o(pred_name, type="Agency"))
    assert ent(score(gold, pred), "Agency").tp == int(matches)


def test_relation_ends_are_looked_up_as_written_then_normalised_first_entity_wins():
    """A relation end is an id or name as written, else normalised; a key two
    predicted entities share belongs to the first (score.py's index/resolve).
    The article is not dropped there."""
    gold = _g(
        MAITEEQ,
        SERRAJ,
        relations=({"type": "MET_WITH", "source": "Maiteeq", "target": "Serraj"},),
    )
    met = {"type": "MET_WITH", "source": "MAITEEQ", "target": "serraj"}  # normalised names
    pred = _p(_o("Maiteeq", id="m"), _o("Fayez Al-Serraj", "Serraj", id="s"), relations=(met,))
    assert ent(score(gold, pred), "MET_WITH").tp == 1
    # "Serraj" is also an alias of an unmatched third prediction: the first entity keeps it
    pred["x"]["entities"].append(_o("Ali Serraj", "Serraj", id="a"))
    assert ent(score(gold, pred), "MET_WITH").tp == 1
    # … and when that first one is an agency (never matching the gold official), the end is lost
    pred["x"]["entities"].insert(0, _o("Serraj Bank", "Serraj", id="a0", type="Agency"))
    m = ent(score(gold, pred), "MET_WITH")
    assert (m.tp, m.fp) == (0, 1)
    # no article dropping when looking up an end
    the = {"type": "MET_WITH", "source": "m", "target": "the Serraj"}
    report = score(gold, _p(_o("Maiteeq", id="m"), _o("Serraj", id="s"), relations=(the,)))
    assert ent(report, "MET_WITH").fp == 1
    (miss,) = report.misses()
    (fp,) = miss["false_positives"]
    assert fp["why"] == "target is not a predicted entity"


def test_unscored_types_are_neither_counted_nor_listed():
    gold = _g(MAITEEQ)
    pred = _p(
        _o("Maiteeq", id="m"),
        _o("Tripoli", id="t", type="Location"),
        relations=({"type": "MENTIONS", "source": "m", "target": "t"},),
    )
    report = score(gold, pred)
    assert (ent(report, "entities").fp, ent(report, "relations").fp) == (0, 0)
    assert report.misses() == []


def test_prediction_found_by_id_stem_and_language_from_gold():
    gold = _g(MAITEEQ, lang=None)
    pred = {"x.txt": {"id": "x.txt", "entities": [_o("Maiteeq")], "relations": []}}
    report = score(gold, pred)
    assert report.missing_articles == [] and report.unscored_articles == []
    assert report.languages() == ["all", "?"]
    assert ent(report, "entities", "?").tp == 1


def test_f1_is_computed_as_score_py_does():
    c = Counts(tp=7, fp=3, fn=4)
    p, r = 7 / 10, 7 / 11
    assert c.f1 == 2 * p * r / (p + r)
    assert Counts(tp=0, fp=0, fn=3).f1 == 0.0 and Counts().f1 is None


def test_type_mismatch_never_matches():
    gold = {
        "x": {
            "id": "x",
            "lang": "en",
            "entities": [{"name": "Libya", "type": "Country"}],
            "relations": [],
        }
    }
    pred = {
        "x": {
            "id": "x",
            "entities": [{"id": "a", "type": "Agency", "name": "Libya"}],
            "relations": [],
        }
    }
    report = score(gold, pred)
    assert (ent(report, "Country").fn, ent(report, "Agency").fp, ent(report, "entities").tp) == (
        1,
        1,
        0,
    )
    # relation type mismatch too
    p = as_prediction(EN_GOLD)
    for r in p["relations"]:
        if r["type"] == "MEMBER_OF":
            r["type"] = "MET_WITH"
    report = score({"en01": EN_GOLD}, {"en01": p})
    assert (ent(report, "MEMBER_OF").fn, ent(report, "MET_WITH").fp) == (1, 1)


def test_missing_and_unscored_articles():
    gold = {"en01": EN_GOLD, "ar01": AR_GOLD}
    report = score(
        gold, {"en01": as_prediction(EN_GOLD), "zz": {"id": "zz", "entities": [], "relations": []}}
    )
    d = report.to_dict()
    assert d["missing_articles"] == ["ar01"]
    assert d["unscored_articles"] == ["zz"]
    assert d["languages"]["ar"]["entities"] == {
        "tp": 0,
        "fp": 0,
        "fn": 3,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert d["languages"]["en"]["entities"]["f1"] == 1.0
    assert d["languages"]["all"]["entities"]["recall"] == pytest.approx(5 / 8)
    assert d["articles"] == {"all": 2, "ar": 1, "en": 1}
    table = report.format_table()
    assert (
        "== all (2 articles) ==" in table and "== ar (1 article) ==" in table and "== en" in table
    )
    assert "ar01" in table and "zz" in table


# --------------------------------------------------------------------------- #
# files
# --------------------------------------------------------------------------- #


def _write_gold(tmp_path: Path, *docs: dict) -> Path:
    d = tmp_path / "gold"
    d.mkdir()
    for doc in docs:
        (d / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return d


def test_load_gold_and_evaluate_with_extractions(tmp_path):
    gdir = _write_gold(tmp_path, EN_GOLD, AR_GOLD)
    gold = load_gold(gdir)
    assert list(gold) == ["ar01", "en01"]
    assert load_gold(gdir / "en01.json").keys() == {"en01"}

    ents = [
        Entity(id=e["name"], type=e["type"], name=e["name"], aliases=tuple(e["aliases"]))
        for e in EN_GOLD["entities"]
    ]
    rels = [
        Relation(
            type=r["type"],
            source=r["source"],
            target=r["target"],
            evidence="",
            quote=r.get("quote"),
        )
        for r in EN_GOLD["relations"]
    ]
    x = Extraction(
        article=Article(id="en01", title="t", text="", lang="en"),
        entities=tuple(ents),
        relations=tuple(rels),
    )
    report = evaluate(gdir, [x])
    assert report.counts("entities", "en").f1 == 1.0
    assert report.counts("relations", "en").f1 == 1.0
    assert report.missing_articles == ["ar01"]

    jl = tmp_path / "out.jsonl"
    jl.write_text(json.dumps(x.to_dict()) + "\n\n", encoding="utf-8")
    assert score(gold, load_predictions(jl)).to_dict() == report.to_dict()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "JSON object"),
        (json.dumps({"id": "b", "entities": "x"}), '"entities"'),
        (json.dumps({"id": "b", "entities": [{"name": "X", "type": "Person"}]}), '"type"'),
        (
            json.dumps(
                {
                    "id": "b",
                    "entities": [{"name": "X", "type": "Official"}],
                    "relations": [{"type": "MET_WITH", "source": "X", "target": "Nobody"}],
                }
            ),
            "Nobody",
        ),
        (
            json.dumps(
                {
                    "id": "b",
                    "entities": [{"name": "X", "type": "Official"}],
                    "relations": [{"type": "SAID", "source": "X", "target": None, "quote": ""}],
                }
            ),
            "quote",
        ),
    ],
)
def test_bad_gold_file_names_the_file(tmp_path, content, needle):
    gdir = _write_gold(tmp_path, EN_GOLD)
    bad = gdir / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(gdir)
    assert str(bad) in str(info.value)
    assert needle in str(info.value)
    assert info.value.exit_code == 2


def test_gold_path_problems(tmp_path):
    with pytest.raises(InputError, match="no such"):
        load_gold(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no gold files"):
        load_gold(tmp_path / "empty")
    gdir = _write_gold(tmp_path, EN_GOLD)
    dup = copy.deepcopy(EN_GOLD)
    (gdir / "other.json").write_text(json.dumps(dup), encoding="utf-8")
    with pytest.raises(InputError, match="also given"):
        load_gold(gdir)


# --------------------------------------------------------------------------- #
# the dev2 halves
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("aid", "half"),
    [
        ("dv-ar01", "A"),
        ("dv-ar02", "B"),
        ("dv-en09", "A"),
        ("dv-en10", "B"),
        ("ag-ar33", "A"),
        ("ag-ar34", "B"),
        ("ag-en01", "A"),
        ("ag-en10", "B"),
        ("ag-ar100", "B"),
    ],
)
def test_dev2_half_is_odd_even_number(aid, half):
    assert dev2_half(aid) == half


@pytest.mark.parametrize(
    "aid", ["ar02", "seed-libya-egypt", "dv-fr01", "dv-ar", "dv-ar01.json", "xdv-ar01", "", None]
)
def test_dev2_half_rejects_other_ids(aid):
    with pytest.raises(ValueError):
        dev2_half(aid)


def test_dev2_halves_split_every_kind():
    ids = sorted(p.stem for p in DEV2_GOLD.glob("*.json"))
    assert len(ids) >= 66, f"the dev2 gold is missing or short: {DEV2_GOLD}"
    halves = {aid: dev2_half(aid) for aid in ids}  # every dev2 id has a half
    for kind in DEV2_KINDS:
        of_kind = [aid for aid in ids if aid.startswith(kind)]
        a = sum(halves[aid] == "A" for aid in of_kind)
        assert of_kind and abs(a - (len(of_kind) - a)) <= 1, kind
    assert {aid for aid, h in halves.items() if h == "A"} == {
        aid for aid in ids if int(aid[-2:]) % 2
    }


def test_select_half():
    gold = {"dv-ar01": 1, "dv-ar02": 2, "ag-en03": 3}
    assert select_half(gold, "A") == {"dv-ar01": 1, "ag-en03": 3}
    assert select_half(gold, "b") == {"dv-ar02": 2}
    with pytest.raises(InputError, match="A or B"):
        select_half(gold, "C")
    with pytest.raises(InputError, match="ar02"):
        select_half({"ar02": 1}, "A")


# --------------------------------------------------------------------------- #
# the misses, by type
# --------------------------------------------------------------------------- #


def _miss_prediction() -> dict:
    """EN_GOLD without the Foreign Office (and its MEMBER_OF) and with one extra MET_WITH."""
    pred = as_prediction(EN_GOLD)
    pred["entities"] = [e for e in pred["entities"] if e["name"] != "Foreign Office"]
    pred["relations"] = [r for r in pred["relations"] if r["target"] != "Foreign Office"]
    pred["relations"].append({"type": "MET_WITH", "source": "Theresa May", "target": "Jeremy Hunt"})
    return pred


def _check_misses_by_type(m: dict) -> None:
    assert set(m) == {"false_negatives", "false_positives"}
    for side in m.values():
        assert set(TYPE_KEYS) <= set(side)
    fn, fp = m["false_negatives"], m["false_positives"]
    assert fn["Agency"] == [
        {
            "article": "en01",
            "lang": "en",
            "kind": "entity",
            "type": "Agency",
            "names": ["Foreign Office", "FCO"],
        }
    ]
    assert fn["MEMBER_OF"] == [
        {
            "article": "en01",
            "lang": "en",
            "kind": "relation",
            "type": "MEMBER_OF",
            "source": "Jeremy Hunt",
            "target": "Foreign Office",
            "quote": None,
        }
    ]
    (extra,) = fp["MET_WITH"]
    assert (extra["article"], extra["kind"], extra["source"], extra["target"]) == (
        "en01",
        "relation",
        "Theresa May",
        "Jeremy Hunt",
    )
    assert extra["why"] == "no such gold relation"
    others = {k: v for side in m.values() for k, v in side.items() if v}
    assert sorted(others) == ["Agency", "MEMBER_OF", "MET_WITH"]


def test_misses_by_type():
    report = score({"en01": EN_GOLD}, {"en01": _miss_prediction()})
    _check_misses_by_type(report.misses_by_type())
    json.dumps(report.misses_by_type())
    perfect = score({"en01": EN_GOLD}, {"en01": as_prediction(EN_GOLD)}).misses_by_type()
    assert not any(v for side in perfect.values() for v in side.values())


# --------------------------------------------------------------------------- #
# through the CLI
# --------------------------------------------------------------------------- #


def _cli(*args):
    return CliRunner().invoke(app, ["eval", *(str(a) for a in args)])


def test_cli_json_misses(tmp_path):
    gdir = _write_gold(tmp_path, EN_GOLD)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_miss_prediction(), ensure_ascii=False) + "\n", encoding="utf-8")

    res = _cli(gdir, pred, "--json", "--misses", "--quiet")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    _check_misses_by_type(doc["misses"])
    assert doc["languages"]["all"]["entities"]["fn"] == 1  # the scores are still there

    plain = json.loads(_cli(gdir, pred, "--json", "--quiet").stdout)
    assert "misses" not in plain
    assert {k: v for k, v in doc.items() if k != "misses"} == plain

    text = _cli(gdir, pred, "--misses", "--quiet")
    assert text.exit_code == 0 and "FN Agency" in text.stdout and "FP MET_WITH" in text.stdout


def test_cli_half(tmp_path):
    docs = []
    for aid in ("dv-en01", "dv-en02", "ag-en03"):
        doc = copy.deepcopy(EN_GOLD)
        doc["id"] = aid
        docs.append(doc)
    gdir = _write_gold(tmp_path, *docs)
    pred = tmp_path / "pred.jsonl"
    rows = [dict(as_prediction(d)) for d in docs]
    rows[2]["entities"] = []  # ag-en03 (half A) misses everything; half B is perfect
    rows[2]["relations"] = []
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    a = json.loads(_cli(gdir, pred, "--json", "--half", "A", "--quiet").stdout)
    assert a["half"] == "A" and a["articles"]["all"] == 2
    assert a["languages"]["all"]["entities"] == {
        "tp": 5,
        "fp": 0,
        "fn": 5,
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
    }
    assert a["unscored_articles"] == []  # the other half is left out, not listed
    b = json.loads(_cli(gdir, pred, "--json", "--half", "b", "--quiet").stdout)
    assert b["half"] == "B" and b["articles"]["all"] == 1
    assert (
        b["languages"]["all"]["entities"]["f1"] == b["languages"]["all"]["relations"]["f1"] == 1.0
    )

    bad = _cli(gdir, pred, "--half", "C", "--quiet")
    assert bad.exit_code == 2 and "A or B" in bad.output
    (tmp_path / "dev").mkdir()
    not_dev2 = _cli(_write_gold(tmp_path / "dev", EN_GOLD), pred, "--half", "A", "--quiet")
    assert not_dev2.exit_code == 2 and "en01" in not_dev2.output


def test_cli_half_extracts_only_that_half(dev2_dir):
    """On the real dev2 set the halves partition the articles: the counts add up to the whole."""
    runs = {
        h: json.loads(
            _cli(dev2_dir / "gold", dev2_dir / "articles", "--json", "--half", h, "--quiet").stdout
        )
        for h in ("A", "B")
    }
    assert runs["A"]["articles"]["all"] + runs["B"]["articles"]["all"] == len(
        list((dev2_dir / "gold").glob("*.json"))
    )
    assert runs["A"]["missing_articles"] == runs["B"]["missing_articles"] == []
    assert runs["A"]["unscored_articles"] == runs["B"]["unscored_articles"] == []


# --------------------------------------------------------------------------- the ruler's own tables
def _score_py_letter_map() -> dict[str, str]:
    """The dict given to str.maketrans in eval/score.py's norm()."""
    import ast

    tree = ast.parse((EVAL / "score.py").read_text(encoding="utf-8"))
    (found,) = [
        n.args[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "maketrans"
    ]
    return ast.literal_eval(found)


def test_letter_map_is_the_reference_scorers():
    from graphbuild.evaluate import _LETTER_MAP
    from graphbuild.text import ARABIC_FOLD

    assert _score_py_letter_map() == _LETTER_MAP
    # the extractor folds more (Persian letters): the ruler keeps its own map
    assert set(ARABIC_FOLD) - set(_LETTER_MAP) == {"ی", "ک"}


def test_scored_types_come_from_the_schema():
    from graphbuild import schema

    assert TYPE_KEYS == ("Official", "Agency", "Country", "MET_WITH", "MEMBER_OF", "SAID")
    assert schema.entity_types() + schema.scored_relation_types() == TYPE_KEYS
    assert (
        schema.is_symmetric("MET_WITH")
        and schema.is_quoted("SAID")
        and not schema.relation_type("MENTIONS").scored
    )
