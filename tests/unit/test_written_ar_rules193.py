"""Arabic release statements of round 25: "wa-afada balagh li-l-wizara bi-anna …" after the lead:
the bare "the ministry" after a statement noun is the publisher of the release, the ministry of the
lead's first official, not the last ministry named; and in "hasba ma afada bihi bayan li-l-wizara"
the say verb only names the source of the "according to" phrase, no statement of its own
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_TITLE = "العثماني يتباحث مع نظيره الغاني حول النقل البحري"
_LEAD = (
    "الرباط - أجرى وزير التجهيز والنقل، السيد كريم العثماني، اليوم الأربعاء بالرباط، مباحثات مع "
    "وزير النقل والبنية التحتية الغاني، السيد كوفي أسانتي، الذي يقوم بزيارة عمل إلى المملكة.\n"
)


def test_ar_release_of_the_ministry_is_the_lead_officials_ministry():
    ex = run(
        _LEAD + "وأفاد بلاغ للوزارة بأن المباحثات تناولت سبل تطوير التعاون في مجال الموانئ "
        "والطرق السيارة.\n",
        "ar",
        title=_TITLE,
    )
    assert (
        "وزارة التجهيز والنقل",
        "أن المباحثات تناولت سبل تطوير التعاون في مجال الموانئ والطرق السيارة",
    ) in said(ex)
    assert not [s for s, _ in said(ex) if s == "وزارة النقل والبنية التحتية"]


def test_ar_according_phrase_verb_starts_no_statement():
    ex = run(
        "الجزائر - استقبل وزير الطاقة والمناجم، السيد نبيل حمدي، يوم الاثنين بالجزائر العاصمة، "
        "وزير النفط الأنغولي، السيد باولو جوزيه، حسب ما أفاد به بيان للوزارة.\n"
        "وأكد السيد جوزيه أن بلاده تتطلع إلى تعزيز التعاون في مجال الغاز.\n",
        "ar",
        title="حمدي يستقبل وزير النفط الأنغولي",
    )
    quotes = [q for _, q in said(ex)]
    assert not [q for q in quotes if q.startswith("به ")]
    assert ("باولو جوزيه", "أن بلاده تتطلع إلى تعزيز التعاون في مجال الغاز") in said(ex)
