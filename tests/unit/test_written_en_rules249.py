"""English: "Said" (a cue verb's spelling) capitalised right before a lower-case "bin" and a name
word is the person's given name: no verb is followed by a patronymic (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_en_said_before_bin_is_a_given_name():
    ex = run(
        "The chairman of the committee, Hamid Rezaei, met with Oman's ambassador to Tehran,"
        " Said bin Salem Al-Habsi, at the parliament building.",
        "en",
    )
    assert "Said bin Salem Al-Habsi" in names(ex, "Official")
    assert frozenset({"Hamid Rezaei", "Said bin Salem Al-Habsi"}) in met(ex)


def test_en_said_as_verb_unchanged():
    ex = run("Minister Khalid Al-Amri said bin collection would improve next year.", "en")
    assert not any(n.startswith("Said") for n in names(ex, "Official"))
