"""A sentence that goes on with a quotation opened in an earlier sentence, naming another official
("X said: / "… Premier Y and I agreed …"" then "He added that …"): the pronoun after it carries
the speaker, not the official the quotation names (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Premier ends visit to Norland\n\n"
    "The Premier of Freedonia, Tomas Velk, today ended a two-day visit to Norland.\n\n"
    "On Monday, the Premier was received by the Prime Minister of Norland, Erik Haldorsen, in "
    "Oslavik for talks.\n\n"
    "Speaking after the meeting, the Premier said:\n\n"
    '"Freedonia and Norland share a long history of trade. Prime Minister Haldorsen and I '
    'agreed today to open a new shipping route."\n\n'
    "He added that Freedonian firms already employed 900 people in Norland.\n"
)


def test_en_pronoun_after_a_quotation_naming_another_carries_the_speaker():
    pairs = said(run(TEXT, "en"))
    assert any(sp == "Tomas Velk" and "firms already employed" in q for sp, q in pairs)
    assert not any(sp == "Erik Haldorsen" for sp, _ in pairs)
