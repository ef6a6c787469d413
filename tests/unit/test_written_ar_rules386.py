"""The past perfect with the subject's apposition closed by a comma before the particle («وكان
<title>، <honorific> X، قد التقى Y»): X is the subject of the meeting, with an attendee after it
too (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "قرض لمشروع السكك الحديدية\n\n"
    "وأوضح مدير الإقراض في الصندوق العربي، المهندس طارق نبيل السعدي، "
    "أن القرض يغطي المرحلة الأولى.\n\n"
    "وكان وزير النقل الأوغندي، السيد موسى كيغوندو أوكيلو، قد التقى المهندس السعدي في عمّان "
    "منتصف الشهر الماضي، بحضور سفير أوغندا لدى الأردن، السيد جوزيف أتوكي نسامبا.\n"
)


def test_ar_subject_before_comma_and_particle_met_the_object():
    pairs = met(run(TEXT, "ar"))
    assert pairs == {
        frozenset({"موسى كيغوندو أوكيلو", "طارق نبيل السعدي"}),
        frozenset({"جوزيف أتوكي نسامبا", "طارق نبيل السعدي"}),
    }
