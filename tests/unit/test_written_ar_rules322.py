"""Arabic local bodies named by a row of two words and the place they serve, glued to its
preposition (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import names, rels, run

# ---- a two-word row then "in-<place>": the place closes the body's name -----------------------
SERVED = [
    (
        "استقبل طارق حلمي عبد الباري، رئيس الغرفة التجارية بحلب، صباح الأحد مصدّري زيت الزيتون.",
        "الغرفة التجارية بحلب",
        "طارق حلمي عبد الباري",
    ),
    (
        "ناقش أعضاء الغرفة التجارية بمنطقة نجران خطة المعارض، وأوضح سالم بن مانع اليامي، الأمين "
        "العام للغرفة التجارية بمنطقة نجران، أن الخطة تشمل ثلاثة معارض.",
        "الغرفة التجارية بمنطقة نجران",
        "سالم بن مانع اليامي",
    ),
]


@pytest.mark.parametrize("text,body,person", SERVED)
def test_ar_two_word_row_takes_the_served_place(text, body, person):
    ex = run(text, "ar")
    assert body in names(ex, "Agency")
    assert (person, body) in rels(ex, "MEMBER_OF")


def test_ar_bare_head_takes_no_place():
    ex = run("عقدت الغرفة بالمنطقة لقاءً مفتوحًا مع التجار أمس.", "ar")
    assert not any("بالمنطقة" in n for n in names(ex, "Agency"))
