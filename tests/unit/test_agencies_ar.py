"""Arabic agency phrases: head nouns of the genre, where a name stops, one node per body.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import ent, names, rels, run


@pytest.mark.parametrize(("text", "agency", "country"), [
    ("وأعلن الصندوق الكويتي للتنمية عن قرض جديد.", "الصندوق الكويتي للتنمية", "KWT"),
    ("وقدم صندوق الأردن للاستثمار منحة جديدة.", "صندوق الأردن للاستثمار", "JOR"),
    ("ونقلت وكالة الأنباء العمانية الخبر.", "وكالة الأنباء العمانية", "OMN"),
    ("وفتحت النيابة العامة الليبية تحقيقا في الحادث.", "النيابة العامة الليبية", "LBY"),
    ("وزار الوفد كلية الدفاع الوطني.", "كلية الدفاع الوطني", None),
    ("وأصدرت قوة دفاع البحرين بيانا.", "قوة دفاع البحرين", "BHR"),
])
def test_head_nouns_of_the_genre(text, agency, country):
    a = ent(run(text, "ar"), agency)
    assert a.type == "Agency" and a.country == country


@pytest.mark.parametrize(("text", "agency"), [
    ("وقالت دائرة الجمارك التابعة لوزارة المالية إن الشحنة وصلت.", "دائرة الجمارك"),
    ("ورحبت اللجنة الوطنية الساعية إلى المصالحة بالقرار.", "اللجنة الوطنية"),
    ("وأشاد بدور المجلس الأعلى للقضاء الذي يرأسه.", "المجلس الأعلى للقضاء"),
])
def test_a_name_stops_at_participles_and_relatives(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


@pytest.mark.parametrize(("text", "agency"), [
    ("وقالت وزارة الزراعة والثروة السمكية إن الموسم جيد.", "وزارة الزراعة والثروة السمكية"),
    ("وأكدت لجنة الشؤون الخارجية والدفاع والأمن الوطني دعمها.", "لجنة الشؤون الخارجية والدفاع والأمن الوطني"),
])
def test_fields_coordinated_inside_one_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_coordination_does_not_join_a_government_to_a_people():
    ex = run("وأكدت حكومة الوحدة والشعب الليبي دعمهما.", "ar")
    assert "حكومة الوحدة" in names(ex, "Agency")


def test_a_second_contracted_complement_is_not_the_name():
    assert "الصندوق السعودي للتنمية" in names(run("وقدم الصندوق السعودي للتنمية للنازحين منحة.", "ar"), "Agency")


def test_the_country_after_the_genitive_clitic():
    ex = run("وصادقت الجمعية الفيدرالية لروسيا الاتحادية على الاتفاق.", "ar")
    a = ent(ex, "الجمعية الفيدرالية لروسيا الاتحادية")
    assert a.country == "RUS"
    assert (a.name, ent(ex, "روسيا").name) in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("وقال المكتب الإعلامي لمجلس النواب إن الجلسة تأجلت.", "المكتب الإعلامي لمجلس النواب", "مجلس النواب"),
    ("وأعلنت الأمانة العامة لجامعة الدول العربية موعد القمة.", "الأمانة العامة لجامعة الدول العربية", "جامعة الدول العربية"),
    ("وناقشت الجمعية العامة للأمم المتحدة القرار.", "الجمعية العامة للأمم المتحدة", "الأمم المتحدة"),
])
def test_a_body_named_after_the_genitive_is_the_parent(text, child, parent):
    ex = run(text, "ar")
    assert (ent(ex, child).name, ent(ex, parent).name) in rels(ex, "MEMBER_OF")


def test_the_parent_may_be_the_bank_named_before():
    ex = run("واستقبل محافظ مصرف ليبيا المركزي سالم العبيدي الوفد. وقال المكتب الإعلامي للمصرف إن اللقاء كان مثمرا.", "ar")
    assert (ent(ex, "المكتب الإعلامي للمصرف").name, ent(ex, "مصرف ليبيا المركزي").name) in rels(ex, "MEMBER_OF")


def test_international_bodies_are_one_node_without_country():
    ex = run("ورحبت الأمم المتحدة بالاتفاق. وقالت منظمة الأمم المتحدة إنها ستدعمه.", "ar")
    un = [e for e in ex.entities if e.type == "Agency"]
    assert len(un) == 1 and un[0].name in ("الأمم المتحدة", "منظمة الأمم المتحدة") and un[0].country is None
    assert "United Nations" in un[0].aliases


def test_gulf_council_short_and_long_names_are_one_node():
    ex = run("وأشاد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي بجهود مجلس التعاون الخليجي.", "ar")
    assert len([e for e in ex.entities if e.type == "Agency"]) == 1
