"""A title's adjective ("general", "public") after the masculine field of a director or a
minister qualifies the field, so the body keeps it ("director of public security" → the public
security directorate); after a feminine field word it cannot agree and stays the role's
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT_DIRECTOR = (
    "موسم سياحي\n\n"
    "أكد العميد نبيل عارف الشوابكة، مدير الأمن العام، أن خطة تأمين الموسم السياحي اكتملت.\n"
)

TEXT_MINISTER = (
    "زيارة عمل\n\n"
    "وصل وزير الأمن العام الدكتور مهند صبحي القرالة إلى مدينة العقبة في جولة تفقدية "
    "للمراكز الحدودية.\n"
)


def test_ar_director_of_public_security_keeps_the_adjective():
    ex = run(TEXT_DIRECTOR, "ar")
    assert ("نبيل عارف الشوابكة", "الأمن العام") in rels(ex, "MEMBER_OF")
    assert "الأمن" not in names(ex, "Agency")


def test_ar_minister_of_public_security_names_the_whole_ministry():
    ex = run(TEXT_MINISTER, "ar")
    assert ("مهند صبحي القرالة", "وزارة الأمن العام") in rels(ex, "MEMBER_OF")
