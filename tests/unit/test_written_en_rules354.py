""" "the ministry said" in a dispatch naming two ministers: the ministry of the official the lead
opens with (the release's issuer), not the other minister's ministry named last (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Blueberry protocol signed\n\n"
    "Agriculture Minister Rosa Elvira Quispe of Peru and Chilean Trade Minister Tomas Ignacio "
    "Fuenzalida signed a phytosanitary protocol for blueberry exports at the Government Palace "
    "on Tuesday.\n\n"
    "The ministry said the protocol would halve inspection times at the Tacna border crossing.\n"
)


def test_en_the_ministry_said_is_the_lead_officials_ministry():
    pairs = said(run(TEXT, "en"))
    speakers = {sp for sp, q in pairs if "inspection times" in q}
    assert len(speakers) == 1
    (speaker,) = speakers
    assert "Agricultur" in speaker, speaker
