"""A style with a pronoun suffix as a meeting verb's subject («كما استقبل معاليه X») after a
guest never named with that style spoke: the official named with the style receives X, not the
guest who is the topic (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "وزير الزراعة يستقبل وفد الفاو\n"
    "مسقط 4 مارس (العمانية)\n"
    "استقبل معالي وزير الثروة الزراعية والسمكية الأستاذ سامي بن خالد الزهراني في مكتبه اليوم "
    "وفداً من منظمة الأغذية والزراعة برئاسة مديرة الشراكات في المنظمة الدكتورة لينا أوبرغ.\n"
    "وبحث الجانبان برامج التعاون الفني، فيما أشادت أوبرغ بالتسهيلات التي توفرها الوزارة "
    "لفرقها الميدانية في المناطق الريفية.\n"
    "كما استقبل معاليه رئيس اتحاد المزارعين العرب المهندس نادر فؤاد الحلبي.\n"
)


def test_ar_styled_pronoun_subject_is_the_styled_host_not_the_guest_topic():
    m = met(run(TEXT, "ar"))
    assert frozenset({"سامي بن خالد الزهراني", "نادر فؤاد الحلبي"}) in m
    assert frozenset({"لينا أوبرغ", "نادر فؤاد الحلبي"}) not in m
