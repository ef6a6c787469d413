"""An indefinite presidency head in construct with a session or a round of talks is the chairing
of that event, no body; a presidency of the republic or of the ministers stays one (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "عنوان\n\n"
    "تولى وزير النقل البيروفي خورخي ألبرتو سالاس رئاسة الجلسة الختامية للمنتدى، بعد أن شارك "
    "في رئاسة الدورة الخامسة للجنة الفنية مع نظيره الإكوادوري، ثم زار مقر رئاسة الجمهورية.\n"
)


def test_ar_chairing_a_session_is_no_body():
    agencies = names(run(TEXT, "ar"), "Agency")
    assert not any(n.startswith("رئاسة الدورة") or n.startswith("رئاسة الجلسة") for n in agencies)
    assert "رئاسة الجمهورية" in agencies
