"""Abbreviated ranks ("Maj. Gen.", "Lt. Col.", «أ.د.») end no sentence and open a title, on
sentences written for these tests."""

import pytest

from graphbuild.nlp.pipeline import get_pipeline

from .helpers import ent, met, run, said


@pytest.mark.parametrize(
    "text",
    [
        "Maj. Gen. Tom Reyes met Lt. Col. Sami Aziz at the base.",
        "Brig. Gen. Tom Reyes and Capt. Sami Aziz toured the port.",
        "Rear Adm. Tom Reyes greeted Amb. Sami Aziz on the pier.",
        # a transcript writes its speakers in capitals
        "MS. PARK: Good afternoon, and thank you for coming.",
        "AMB. AZIZ: The talks with COL. REYES were useful.",
    ],
)
def test_en_abbreviated_ranks_end_no_sentence(text):
    doc = get_pipeline("en")(text)
    assert [s.text.strip() for s in doc.sents] == [text]


def test_en_abbreviated_ranks_open_titles():
    ex = run("Maj. Gen. Tom Reyes met with Lt. Col. Sami Aziz in the capital on Sunday.", "en")
    assert ent(ex, "Tom Reyes").type == "Official"
    assert ent(ex, "Sami Aziz").type == "Official"
    assert frozenset({"Tom Reyes", "Sami Aziz"}) in met(ex)


def test_en_sentence_still_ends_after_a_word_before_a_rank():
    doc = get_pipeline("en")("The talks ended. Col. Sami Aziz left the capital.")
    assert len(list(doc.sents)) == 2


def test_ar_professor_doctor_ends_no_sentence_and_is_skipped():
    text = "وقال وزير التعليم العالي أ.د. سامي عزيز إن الجامعات ستفتح أبوابها."
    doc = get_pipeline("ar")(text)
    assert "أ.د." in [t.text for t in doc]
    assert [s.text.strip() for s in doc.sents] == [text]
    ex = run(text, "ar")
    assert ent(ex, "سامي عزيز").type == "Official"
    assert any(sp == "سامي عزيز" and "الجامعات" in q for sp, q in said(ex))
