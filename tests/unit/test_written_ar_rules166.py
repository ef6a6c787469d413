"""Round-24 Agency rule (Arabic), on a sentence written for the test: a mission named after the
body it belongs to keeps its seat in its name («بعثة الاتحاد الأفريقي في الصومال», as «the
embassy in <capital>» does): "in <country>" closes the name rather than ending it before."""

from __future__ import annotations

from .helpers import names, run

_TEXT = (
    "وزير الدفاع يستقبل رئيس بعثة أفريقية\n"
    "نيروبي - استقبل وزير الدفاع الكيني اليوم رئيس بعثة الاتحاد الأفريقي في الصومال السفير "
    "موسى كامارا ديالو، وبحث معه الأوضاع الأمنية في المنطقة.\n"
)


def test_ar_mission_of_a_body_keeps_its_seat_in_the_name():
    agencies = names(run(_TEXT, "ar"), "Agency")
    assert "بعثة الاتحاد الأفريقي في الصومال" in agencies, agencies
