"""Edge cases found by reading round 17's review items (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_unnamed_ambassador_is_named_with_his_post_as_in_arabic():
    # the title phrase stops before the post ("… of the Republic of X" then "to Y"): the unnamed
    # ambassador is named by the title with its post, as an Arabic one is
    ex = run(
        "Talks\nForeign Minister Tomas Reval met the Ambassador of the Republic of Chile to Kenya "
        "on Monday.",
        "en",
    )
    assert "Ambassador of the Republic of Chile to Kenya" in names(ex, "Official")
    assert "Ambassador of the Republic of Chile" not in names(ex, "Official")
