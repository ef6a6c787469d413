"""A foreign given name that folds onto a function word but is spelled with another first letter
("آن" Anne; the function words are "أن", "إن", "ان") starts a name; loose spellings of the
function word itself ("فى" for "في") stay function words.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقالت المتحدثة باسم وزارة الخارجية الفرنسية آن ماري بونار إن باريس تتابع الوضع.",
            "آن ماري بونار",
        ),
        ("وأكدت السفيرة البريطانية، آن جوليا رايت، أن لندن تدعم الحوار.", "آن جوليا رايت"),
    ],
)
def test_a_name_spelled_apart_from_the_function_word(text, name):
    assert name in names(run(text, "ar"), "Official")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الزيارة مهمة.",
        "وقال الوزير ان الزيارة مهمة.",
        "وأكد السفير أن الزيارة مهمة.",
        "وقال الوزير فى كلمته إن الزيارة مهمة.",
    ],
)
def test_function_words_however_written_start_no_name(text):
    assert names(run(text, "ar"), "Official") == set()
