"""Round-23 agency rule (Arabic): a country's nisba closes the name of a government, parliament,
presidency, armed force, police or embassy; a "for" phrase after it ("للمملكة", "للشعب",
"للمرة الأولى") is the object of the noun before the body, not the body's purpose. Bodies that
do take a purpose after their country ("الوكالة الكورية للتعاون الدولي") keep it. Sentences
written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_a_government_closed_by_its_nisba_takes_no_for_phrase():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - أشاد وزير التخطيط سامر الكيلاني بدعم الحكومة الكندية "
        "للمملكة في مشاريع التعليم.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الحكومة الكندية" in agencies
    assert not any("للمملكة" in a for a in agencies)
    assert ("الحكومة الكندية", "كندا") in rels(ex, "MEMBER_OF")


def test_ar_a_government_before_another_nationality_keeps_its_own_country():
    ex = run(
        "بيان\n"
        "القاهرة، 3 مايو (وكالة) - أكد وزير الخارجية حسن الشاذلي دعم الحكومة النرويجية للشعب "
        "السوداني في محنته.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الحكومة النرويجية" in agencies
    assert not any("للشعب" in a for a in agencies)


def test_ar_a_parliament_closed_by_its_nisba_takes_no_for_phrase():
    ex = run(
        "زيارة\nمدريد، 3 مايو (وكالة) - يزور رئيس مجلس النواب الإسباني للمرة الأولى العاصمة.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "مجلس النواب الإسباني" in agencies
    assert not any("للمرة" in a for a in agencies)


def test_ar_an_agency_keeps_its_purpose_after_its_nisba():
    ex = run(
        "مباحثات\n"
        "سيول، 3 مايو (وكالة) - التقى الوزير سالم الحربي رئيس الوكالة الكورية للتعاون الدولي "
        "كيم دو-هيون.\n",
        "ar",
    )
    assert "الوكالة الكورية للتعاون الدولي" in names(ex, "Agency")


def test_ar_a_parliament_closed_by_an_office_adjective_takes_no_for_phrase():
    ex = run(
        "بيان\n"
        "بروكسل، 3 مايو (وكالة) - ثمن السفير عادل الحمود دعم البرلمان الأوروبي للموقف "
        "العربي في المحافل الدولية.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "البرلمان الأوروبي" in agencies
    assert not any("للموقف" in a for a in agencies)
