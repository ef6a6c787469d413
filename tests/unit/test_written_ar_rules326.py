"""Officials listed by side, each title closed by its own side phrase («X، title، عن الجانب
Y، وZ، title، عن الجانب W»): each holder is of the side after his own title, and so is the
ministry his title names or implies, round 29 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

_TEXT = (
    "اختتام أعمال لجنة التشاور\n"
    "ريكيافيك - اختتمت في العاصمة الآيسلندية مساء الثلاثاء أعمال لجنة التشاور الثنائية، التي "
    "ترأسها السيد غونار هالدورسون، الأمين العام لوزارة الخارجية، عن الجانب الآيسلندي، والسيدة "
    "ماريا بينيتيز ألكاراز، نائبة وزير الخارجية، عن الجانب الباراغواياني."
)


def test_ar_second_holder_takes_the_side_closing_her_own_title():
    ex = run(_TEXT, "ar")
    assert ent(ex, "ماريا بينيتيز ألكاراز").country == "PRY"
    assert ent(ex, "غونار هالدورسون").country == "ISL"


def test_ar_each_side_has_its_own_ministry_of_the_portfolio():
    ex = run(_TEXT, "ar")
    member = rels(ex, "MEMBER_OF")
    assert {"وزارة الخارجية الآيسلندية", "وزارة الخارجية الباراغوايانية"} <= names(ex, "Agency")
    assert ("ماريا بينيتيز ألكاراز", "وزارة الخارجية الباراغوايانية") in member
    assert ("غونار هالدورسون", "وزارة الخارجية الآيسلندية") in member
