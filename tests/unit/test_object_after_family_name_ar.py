"""A plural noun after a definite family name and before a definite word heads a construct (the
verb's object: "… الحربي مستجدات القضية"), not a name word; Maghrebi surnames after a definite
element stay in the name.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("والتقى الوزير نظيره سالم الحربي تطورات الأوضاع في المنطقة.", "سالم الحربي"),
        ("وبحث الوزير مع نظيره خالد العتيبي مستجدات القضية الفلسطينية.", "خالد العتيبي"),
    ],
)
def test_the_object_is_not_read_into_the_name(text, name):
    assert name in names(run(text, "ar"), "Official")


def test_a_maghrebi_surname_after_a_definite_element_stays():
    ex = run("وقال الوزير عبد القادر الطيب بنعلي إن الاجتماع مثمر.", "ar")
    assert "عبد القادر الطيب بنعلي" in names(ex, "Official")
