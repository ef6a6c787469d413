""" "the ministry said" in a dispatch about a visiting minister: the ministry of the official the
lead opens with (the release's issuer), not the guest's ministry named last (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Agriculture minister hosts Chilean trade minister\n\n"
    "Peru's Minister of Agriculture Rosa Elvira Quispe received on Monday Chile's Minister of "
    "Trade Tomas Ignacio Fuenzalida, who is on a two-day visit to Lima.\n\n"
    "Talks focused on anchovy quotas and a joint cold-chain corridor, the ministry said.\n\n"
    "Quispe later toured the port of Callao with the visitors.\n"
)


def test_en_the_ministry_said_is_the_hosts_ministry():
    pairs = said(run(TEXT, "en"))
    speakers = {sp for sp, q in pairs if "anchovy quotas" in q}
    assert len(speakers) == 1
    (speaker,) = speakers
    assert "Agricultur" in speaker, speaker
