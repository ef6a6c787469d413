"""English agency names: "of|for the" + capitalised words after the head, and an office named after
a role ("the Office of the Prime Minister").

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, run


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "The Office of the Prime Minister said the visit was postponed.",
            "Office of the Prime Minister",
        ),
        (
            "The Office for the Coordination of Humanitarian Affairs said aid was blocked.",
            "Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "The minister thanked the Government of the United Arab Emirates for its support.",
            "Government of the United Arab Emirates",
        ),
    ],
)
def test_of_the_phrases_are_the_name(text, agency):
    assert agency in names(run(text, "en"), "Agency")


def test_a_ministry_is_not_named_after_a_role():
    ex = run("The Ministry of the Prime Minister does not exist, the Minister said.", "en")
    assert "Ministry of the Prime Minister" not in names(ex, "Agency")
