"""Arabic forms met in the fifth round of texts written for the project (eval/written):
government texts in Arabic translation: State Department transcripts with speaker turns,
embassy releases and ambassadors' speeches, joint statements of ambassadors and governments,
UK, EU and UN releases, call readouts (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


# ---- two countries' foreign ministries in one text: neither is named by the bare generic name ----
def test_ar_two_foreign_ministries_are_named_by_their_country():
    ex = run(
        "وزيرة الخارجية سوزان ل. بيكر ووزير الخارجية المغربي كمال عبد الحق التازي في مؤتمر صحفي\n"
        "وزارة الخارجية الأمريكية\n"
        "الوزيرة بيكر: شكرا لكم. سعدت باستقبال صديقي الوزير التازي اليوم.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "وزارة الخارجية المغربية" in agencies
    assert "وزارة الخارجية الأمريكية" in agencies
    assert "وزارة الخارجية" not in agencies
