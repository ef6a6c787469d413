"""Arabic: «دعوة» (an invitation), the object of «وجه» right after its subject's title, is no
family name of the title's holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_invitation_after_titled_subject_is_no_name():
    ex = run("وفي ختام المباحثات وجه الوزير البيلاروسي دعوة رسمية لنظيره لزيارة مينسك.", "ar")
    officials = names(ex, "Official")
    assert not any("دعوة" in n for n in officials)
