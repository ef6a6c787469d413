"""An indefinite department head joined by «و» to a field no body names is the verbal noun
"management" of a list of fields, no body; joined to a body's name it stays a department,
round 26 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_management_in_a_list_of_fields_is_no_body():
    ex = run(
        "تعاون\nوبحث الجانبان التعاون في مجالات الطاقة المتجددة وإدارة النفايات الصلبة.",
        "ar",
    )
    assert not {n for n in names(ex, "Agency") if "إدارة" in n}


def test_ar_department_after_a_department_stays_a_body():
    ex = run(
        "لقاء\nوحضر اللقاء مدير إدارة الشؤون الآسيوية وإدارة الشؤون الأوروبية في الوزارة.",
        "ar",
    )
    assert "إدارة الشؤون الأوروبية" in names(ex, "Agency")
