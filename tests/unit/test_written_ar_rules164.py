"""Round-24 Agency rule (Arabic), on a sentence written for the test: a minister's field goes on
after "abroad" when a field joined by the conjunction follows («الشؤون الخارجية والجالية
الوطنية بالخارج والتعاون الدولي»): the ministry is named by the whole field."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "وزيرة الخارجية تستقبل سفير البرتغال\n"
    "تونس - استقبلت وزيرة الشؤون الخارجية والجالية الوطنية بالخارج والتعاون الدولي، السيدة "
    "سلمى بن حسين القاسمي، يوم الإثنين بمقر الوزارة، سفير البرتغال.\n"
)

_MINISTRY = "وزارة الشؤون الخارجية والجالية الوطنية بالخارج والتعاون الدولي"


def test_ar_field_after_abroad_joined_by_and_is_part_of_the_ministry():
    ex = run(_TEXT, "ar")
    assert _MINISTRY in names(ex, "Agency"), names(ex, "Agency")
    assert ("سلمى بن حسين القاسمي", _MINISTRY) in rels(ex, "MEMBER_OF")
