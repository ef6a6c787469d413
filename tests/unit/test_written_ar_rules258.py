"""Arabic: a title whose complement is followed right away by a one-word style and a name of two
words or more ("rapporteur of the committee, the MP X Y Z") is that person's; the title does not
read on past the name to a later name (here one glued to "and" after a dual title), which would
make an official of "and" + the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_title_before_styled_name_stops_there():
    ex = run(
        "وحضر الاجتماع أمين سر اللجنة النائب سالم مبارك العنزي وعضوا اللجنة النائبان"
        " ناصر يوسف الشمري وحمد خالد العجمي.",
        "ar",
    )
    got = names(ex, "Official")
    assert {"سالم مبارك العنزي", "ناصر يوسف الشمري", "حمد خالد العجمي"} <= got
    assert not any(n.startswith("وحمد") for n in got)
