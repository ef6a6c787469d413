"""Two statements in one sentence: "X stressed A, while Y said B", «وأكد X كذا، فيما قال Y إن …»
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_while_y_said_starts_a_statement_of_its_own():
    ex = run(
        "Foreign Minister Karim Haddad met Danish Foreign Minister Anna Berg in Amman. "
        "Haddad stressed the need for open crossings, while Berg said Denmark would fund "
        "two field hospitals.",
        "en",
    )
    assert said(ex) == [
        ("Karim Haddad", "the need for open crossings"),
        ("Anna Berg", "Denmark would fund two field hospitals"),
    ]


def test_ar_fima_qala_starts_a_statement_of_its_own():
    ex = run(
        "والتقى وزير الخارجية الأردني أيمن الصفدي نظيره العراقي فؤاد حسين. "
        "وأكد الصفدي ضرورة فتح المعابر، فيما قال حسين إن العراق سيرسل مستشفيين ميدانيين.",
        "ar",
    )
    assert said(ex) == [
        ("أيمن الصفدي", "ضرورة فتح المعابر"),
        ("فؤاد حسين", "إن العراق سيرسل مستشفيين ميدانيين"),
    ]
