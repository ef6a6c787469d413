"""Round-24 SAID rule (Arabic), on sentences written for the test: a family name of three words
opening with a particle («فان دير مولن» of «ماريا فان دير مولن»; the particle's «ف» is split
off as a conjunction by the tokenizer) is a later mention of that person, so the verb before it
has that person for its subject."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "رئيس الوزراء يستقبل وفدا من البرلمان الهولندي\n"
    "رام الله (وفا) - استقبل رئيس الوزراء الدكتور نبيل سامي العارضة اليوم وفدا من البرلمان "
    "الهولندي برئاسة النائبة ماريا فان دير مولن، وأطلعها على آخر التطورات.\n"
    "من جانبها، أكدت فان دير مولن أن البرلمان الهولندي يدعم حل الدولتين.\n"
)


def test_ar_three_word_family_name_with_particle_is_the_speaker():
    pairs = said(run(_TEXT, "ar"))
    assert any(s == "ماريا فان دير مولن" and q.startswith("أن البرلمان") for s, q in pairs), pairs
