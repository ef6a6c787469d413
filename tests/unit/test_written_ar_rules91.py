"""Round-22 SAID rules (Arabic), on sentences written for the tests: relayed statements."""

from __future__ import annotations

from .helpers import run, said


def test_ar_a_relayed_insistence_makes_the_relayed_official_the_speaker():
    ex = run(
        "رئيس البرلمان يستقبل سفير النمسا\n"
        "بيروت (وكالة) - استقبل رئيس مجلس النواب اللبناني سليم فؤاد الحاج في مكتبه اليوم "
        "سفير النمسا لدى لبنان كارل هوبر.\n"
        'ونقل المكتب الإعلامي لرئيس المجلس عن الرئيس الحاج تشديده على "أهمية دعم الجيش في '
        'هذه المرحلة الدقيقة".\n',
        "ar",
    )
    speakers = [s for s, _q in said(ex)]
    assert "سليم فؤاد الحاج" in speakers
    assert "المكتب الإعلامي لرئيس المجلس" not in speakers
