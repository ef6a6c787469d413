"""Arabic: "استقبل X كلاً من Y سفير A لدى الدولة، وZ سفير B لدى الدولة": the preposition of the
post and one definite word (the host state) or a country close Y's title; the list of guests
goes on after the comma and "and", and those attending both meetings meet both guests
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "استقبل معالي سالم بن راشد الكندي وزير المالية، في مقر الوزارة اليوم، كلاً من سعادة كارلوس "
    "مينديز سفير جمهورية الأرجنتين لدى الدولة، وسعادة يوهان لارسن سفير مملكة النرويج لدى الدولة، "
    "كلاً على حدة.\n"
    "حضر اللقاءين سعادة ماجد حسن الظاهري وكيل وزارة المالية."
)


def test_ar_guest_list_goes_on_after_the_post_of_a_title():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"سالم بن راشد الكندي", "كارلوس مينديز"}) in pairs
    assert frozenset({"سالم بن راشد الكندي", "يوهان لارسن"}) in pairs


def test_ar_attendee_meets_both_guests_of_the_list():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"ماجد حسن الظاهري", "كارلوس مينديز"}) in pairs
    assert frozenset({"ماجد حسن الظاهري", "يوهان لارسن"}) in pairs
    assert frozenset({"كارلوس مينديز", "يوهان لارسن"}) not in pairs
