"""The place a post or a local unit of a body serves closes its name: an office of an
organisation «في» a town no table knows, a branch «بمنطقة» a known city, a directorate
«بمحافظة» an unknown one, a chamber named by its field «بـ» its town; a chamber its country's
nisba names stays without the place, and «في بيان» is no place, round 26 (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_office_of_an_organisation_in_an_unknown_town():
    ex = run(
        "لقاء\nوالتقى المندوب الدائم سالم حمد الكبيسي رئيس مكتب منظمة الصحة العالمية في لوزان.",
        "ar",
    )
    e = ent(ex, "مكتب منظمة الصحة العالمية")
    assert "مكتب منظمة الصحة العالمية في لوزان" in {e.name, *e.aliases}


def test_ar_branch_of_a_ministry_in_a_province_of_a_known_city():
    ex = run(
        "زيارة\nوحضر اللقاء مدير فرع وزارة التجارة بمنطقة مكة المكرمة عادل سعيد البقمي.",
        "ar",
    )
    e = ent(ex, "فرع وزارة التجارة")
    assert "فرع وزارة التجارة بمنطقة مكة المكرمة" in {e.name, *e.aliases}


def test_ar_directorate_in_a_province_of_an_unknown_town():
    ex = run(
        "زيارة\nوحضر اللقاء المدير العام للمديرية العامة للزراعة والثروة السمكية بمحافظة "
        "مرباط. وبحث الجانبان سبل التعاون.",
        "ar",
    )
    assert "المديرية العامة للزراعة والثروة السمكية بمحافظة مرباط" in names(ex, "Agency")


def test_ar_chamber_named_by_its_field_in_its_town():
    ex = run(
        "لقاء\nواستقبل رئيس الغرفة التجارية الصناعية بالقريات، وفدا من رجال الأعمال.",
        "ar",
    )
    assert "الغرفة التجارية الصناعية بالقريات" in names(ex, "Agency")


def test_ar_chamber_with_its_countrys_nisba_takes_no_place():
    ex = run(
        "لقاء\nواستقبل الوزير وفد غرفة التجارة والصناعة الماليزية في كوالالمبور.",
        "ar",
    )
    assert not {n for n in names(ex, "Agency") if "كوالالمبور" in n}


def test_ar_statement_is_no_place_of_an_embassy():
    ex = run("بيان\nوقالت السفارة الفرنسية في بيان، إن الزيارة ناجحة.", "ar")
    assert not {n for n in names(ex, "Agency") if "بيان" in n}


def test_ar_branch_in_the_region_the_text_is_about():
    ex = run(
        "لقاء\nواستقبل أمير المنطقة مدير فرع وزارة الصناعة بالمنطقة، المهندس ماجد سالم العتيبي.",
        "ar",
    )
    e = ent(ex, "فرع وزارة الصناعة")
    assert "فرع وزارة الصناعة بالمنطقة" in {e.name, *e.aliases}


def test_ar_chamber_in_the_region_before_headed_by():
    ex = run(
        "لقاء\nواستقبل المحافظ وفد الغرفة التجارية الصناعية بالمنطقة برئاسة رئيسها نواف سعد "
        "الحمدان.",
        "ar",
    )
    assert "الغرفة التجارية الصناعية بالمنطقة" in names(ex, "Agency")


def test_ar_body_anaphor_after_a_sector_is_no_place():
    ex = run(
        "لقاء\nواستقبل الوزير وفدا من جامعة الدول العربية برئاسة رئيس قطاع الشؤون الثقافية "
        "بالجامعة السفيرة منى سعيد الحلبي.",
        "ar",
    )
    assert "قطاع الشؤون الثقافية بالجامعة" not in names(ex, "Agency")
