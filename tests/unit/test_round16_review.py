"""Edge cases found by reading round 16's rules (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run, said


def test_ar_glued_and_word_at_the_very_end_of_the_text_is_no_crash():
    # a list of names after a plural title whose last word is "and" + an unlisted word, at the
    # end of the text with no full stop: the name check must not read past the last token
    text = "وضم الوفد النائبين فالح حسن العبيدي ونارين"
    assert names(run(text, "ar"), "Official") == names(run(text + ".", "ar"), "Official")


def test_en_initials_label_of_a_post_before_a_two_word_name():
    ex = run(
        "Transcript of the press encounter by the Personal Envoy of the Secretary-General, "
        "Mr. Tomas Varga Halden\n\n"
        "PERSONAL ENVOY TOMAS HALDEN: Good evening. The talks were long and useful.\n\n"
        "Q: Will the parties sign?\n\n"
        "PE: They have promised an answer by Friday.\n",
        "en",
    )
    assert any(q == "They have promised an answer by Friday." for _, q in said(ex))


def test_en_co_operation_before_a_roundtable_makes_no_co_hosts():
    ex = run(
        "Ministers discuss trade\n"
        "Minister Laura Brennick and Minister Tomasz Wielki spoke on co-operation at a roundtable "
        "hosted by the chamber with the participation of Ambassador Renata Kowal.",
        "en",
    )
    assert frozenset({"Laura Brennick", "Tomasz Wielki"}) not in met(ex)
