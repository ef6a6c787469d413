"""«نائب رئيس الحكومة» and «نائب رئيس مجلس الوزراء» are two styles of one post: the bare
government-style mention names the one official of the article who belongs to a cabinet or a
government, not a second official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said


def test_ar_government_style_names_the_cabinet_deputy_head():
    ex = run(
        "وصل نائب رئيس مجلس الوزراء المهندس طارق سليم العمري إلى مدينة العقبة أمس في زيارة "
        "تستغرق يومين، يرافقه وزير النقل الدكتور سامر فوزي الحجايا.\n\n"
        "وقال نائب رئيس الحكومة في تصريح للصحفيين إن الزيارة ستركز على توسعة الميناء.",
        "ar",
    )
    assert "نائب رئيس الحكومة" not in names(ex, "Official")
    assert "نائب رئيس الحكومة" in ent(ex, "طارق سليم العمري").aliases
    speakers = {sp for sp, q in said(ex) if "توسعة الميناء" in q}
    assert speakers == {"طارق سليم العمري"}
