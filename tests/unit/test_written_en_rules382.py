"""A post held at a body an envoy is posted to ("<post> of <country> to the <body>"), the
holder's name right after the body, opened by an honorific: the body's name is no gap that keeps
the name from the post (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Reykjavik, Oct 9 (RUV) - Speaking first at the fisheries forum, the Ambassador of Iceland "
    "to the Food and Agriculture Organization Dr. Sigrun Haraldsdottir urged tighter quotas on "
    "cod.\n"
)

SEATED = (
    "Windhoek, Feb 20 (NAMPA) - A letter from the Permanent Representative of Namibia to the "
    "UNESCO Office in Bangkok Mrs. Ndapewa Iipinge outlined the drought relief plan.\n"
)


def test_en_honorific_name_after_the_body_a_post_is_held_at():
    ex = run(TEXT, "en")
    assert "Sigrun Haraldsdottir" in names(ex, "Official")


def test_en_honorific_name_after_a_body_whose_name_holds_its_seat():
    ex = run(SEATED, "en")
    assert "Ndapewa Iipinge" in names(ex, "Official")
