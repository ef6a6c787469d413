"""A future verb right after a title ("الوزير سيزور …") is no name; a name with the same first
letters has a name word after it ("سيرغي لافروف").

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, run


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الوزارة أن الوزير سيصل غدا إلى المنامة.",
        "وذكر البيان أن السفير سيلتقي المسؤولين الأسبوع المقبل.",
        "وقالت الوزيرة ستزور القاهرة الأسبوع المقبل.",
    ],
)
def test_a_future_verb_after_a_title_is_no_name(text):
    assert names(run(text, "ar"), "Official") == set()


def test_a_name_with_a_name_word_after_it_stays():
    ex = run("والتقى وزير الخارجية الروسي سيرغي لافروف وفد الجامعة العربية.", "ar")
    assert "سيرغي لافروف" in names(ex, "Official")
