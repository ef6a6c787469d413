"""Arabic: a European given name whose last letter is the one the pronoun suffix spells (-ke),
right before a name particle that opens no name ("van", "von"), is a given name (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import names, run

KE = [
    (
        "التقت وزيرة التجارة الهولندية، أنكه فان دام، رجال الأعمال في مسقط صباح الأحد.",
        "أنكه فان دام",
    ),
    (
        "ورحبت رئيسة البرلمان البلجيكي، ريمكه فان هوتن، بقرار تمديد البعثة حتى نهاية العام.",
        "ريمكه فان هوتن",
    ),
]


@pytest.mark.parametrize("text,name", KE)
def test_ar_given_name_in_ke_before_van_opens_the_name(text, name):
    assert name in names(run(text, "ar"), "Official")
