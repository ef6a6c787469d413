"""A readout's joint stance: "The two sides shared the view that …" states what both sides hold,
one SAID per side with the same quote (FORMAT: stance verbs; joint statements), as "affirmed"
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

LEAD = (
    "Minister of Foreign Affairs Tanaka Hideo held talks with Sheikh Rashid bin Khalid Al-Nuaimi, "
    "Minister of State of the United Arab Emirates, in Tokyo on May 3. "
)


def test_en_two_sides_shared_the_view_is_said_by_both():
    ex = run(
        LEAD + "The two sides shared the view that cooperation should be expanded to hydrogen "
        "and space.",
        "en",
    )
    speakers = {s for s, q in said(ex) if q.startswith("cooperation should be expanded")}
    assert speakers == {"Tanaka Hideo", "Rashid bin Khalid Al-Nuaimi"}


def test_en_minister_shares_the_view_is_said():
    ex = run(
        "Trade Minister Lena Vogt met Chile's Economy Minister Pablo Ibarra in Santiago on "
        "Friday. The two ministers share the view that lithium prices must be stabilised.",
        "en",
    )
    assert any(s == "Lena Vogt" and q.startswith("lithium prices") for s, q in said(ex))
