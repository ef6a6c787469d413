"""Arabic agency-copy forms met in the second round of dispatches written for the project
(eval/written wr-ar17…): Gulf compound posts, later mentions by title and nisba (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run, said

# ---- a deputy of the first post does not lower the second one: "نائب رئيس مجلس الوزراء وزير X" --
COMPOUND = [
    (
        "استقبل نائب رئيس مجلس الوزراء وزير الخارجية الشيخ حمد سالم العبدالله الصباح، اليوم، "
        "وزير الخارجية الماليزي داتو أحمد رزالي.\nوأكد الوزير الكويتي خلال اللقاء متانة العلاقات.",
        "حمد سالم العبدالله الصباح",
        "الوزير الكويتي",
        "KWT",
    ),
    (
        "التقى نائب رئيس الوزراء وزير الداخلية اللواء ناصر خليفة المري، أمس، وزير الداخلية "
        "التونسي كمال الدريدي.\nوشدد الوزير القطري على أهمية التعاون.",
        "ناصر خليفة المري",
        "الوزير القطري",
        "QAT",
    ),
]


@pytest.mark.parametrize("text,name,mention,country", COMPOUND)
def test_ar_compound_post_holder_is_the_minister_mentioned_later(text, name, mention, country):
    ex = run(text, "ar")
    o = ent(ex, name)
    assert mention in o.aliases
    assert o.country == country
    assert not any(e.name == mention for e in ex.entities)


def test_ar_compound_post_takes_the_headline_title():
    ex = run(
        "استقبل نائب رئيس مجلس الوزراء وزير الدفاع الشيخ سالم جابر الحمود الصباح اليوم السفير "
        "الياباني كينجي تاناكا.",
        "ar",
        title="نائب رئيس مجلس الوزراء وزير الدفاع يستقبل السفير الياباني",
    )
    officials = [e for e in ex.entities if e.type == "Official"]
    assert len(officials) == 2
    member = {s for s, _ in rels(ex, "MEMBER_OF")}
    assert "سالم جابر الحمود الصباح" in member


def test_ar_deputy_minister_is_still_not_the_minister():
    # the modifier right before the role lowers it: the deputy minister is no "الوزير الكويتي"
    ex = run(
        "استقبل نائب وزير الخارجية الشيخ فهد ناصر الصباح، اليوم، وزير الخارجية الماليزي داتو "
        "أحمد رزالي.\nوأكد الوزير الكويتي خلال اللقاء متانة العلاقات.",
        "ar",
    )
    assert "الوزير الكويتي" not in ent(ex, "فهد ناصر الصباح").aliases


# ---- van written «فان» is a name particle, not fa- + inna cut off the name -----------------------
VAN = [
    ("استقبل الوزير اليوم السيد مارك فان دايك وزير التجارة الهولندي.", "مارك فان دايك"),
    ("التقى المدير العام سعادة تران فان هوا نائب وزير الصناعة الفيتنامي.", "تران فان هوا"),
]


@pytest.mark.parametrize("text,name", VAN)
def test_ar_van_inside_a_name(text, name):
    assert name in names(run(text, "ar"), "Official")


def test_ar_loose_fa_inna_after_a_name_is_no_particle():
    # «فان» before a definite word is "so indeed", the name ends before it
    officials = names(
        run("وبحسب المتحدث باسم الوزارة خالد سعيد فان الحكومة ستقدم الدعم.", "ar"), "Official"
    )
    assert not any("فان" in o for o in officials)


# ---- "pilot" in an air officer's rank chain (الفريق الركن طيار) is part of the rank --
def test_ar_pilot_in_a_rank_chain_is_no_name_word():
    ex = run(
        "وحضر اللقاء اللواء الركن طيار حمدان سعيد المزروعي قائد القوات الجوية والدفاع الجوي.",
        "ar",
    )
    assert "حمدان سعيد المزروعي" in names(ex, "Official")


# ---- "the guest" as a subject is the received side; welcoming the guest is no statement ---------
GUEST = (
    "استقبل وزير الخارجية حمد علي الراشدي اليوم نائب وزير الخارجية الفيتنامي نغوين فان تان.\n"
    "ورحب الوزير بالضيف، وبحث معه العلاقات الثنائية.\n"
    "من جانبه، أشاد الضيف بالتطور الذي تشهده العلاقات بين البلدين.\n"
    "ورحب الوزير بالقرار الأممي الأخير بشأن المناخ."
)


def test_ar_the_guest_speaks_for_the_received_official():
    speakers = said(run(GUEST, "ar"))
    assert ("نغوين فان تان", "بالتطور الذي تشهده العلاقات بين البلدين") in speakers
    assert all(not q.startswith("الضيف") for _, q in speakers)


def test_ar_welcoming_the_guest_is_no_statement():
    quotes = [q for _, q in said(run(GUEST, "ar"))]
    assert not any("بحث" in q for q in quotes)
    assert any("القرار الأممي" in q for q in quotes)  # welcoming a decision still is one


# ---- an attendee named after "حضر الاجتماع" is no new topic: "سعادته" after it is the host -------
def test_ar_attendee_does_not_take_the_pronoun_of_the_host():
    ex = run(
        "استقبل وزير الداخلية الشيخ خليفة حمد العلي اليوم وزير الداخلية المغربي سعيد العمراني.\n"
        "حضر اللقاء اللواء راشد سالم الهاجري مدير عام الأمن العام.\n"
        "وفي وقت لاحق، استقبل معاليه السيد ماركو بيانكي نائب الأمين العام للإنتربول.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"خليفة حمد العلي", "ماركو بيانكي"}) in pairs
    assert frozenset({"راشد سالم الهاجري", "ماركو بيانكي"}) not in pairs


def test_ar_the_guest_speaking_leaves_the_host_the_topic():
    ex = run(
        "اجتمع وزير الدفاع الشيخ سعد محمد الفهد اليوم مع وزير الدفاع البولندي ماريك نوفاك.\n"
        "وأعرب الضيف عن تقدير بلاده للتعاون القائم.\n"
        "وفي وقت لاحق، اجتمع معاليه مع السيد بيتر هولم نائب الأمين العام لحلف شمال الأطلسي.",
        "ar",
    )
    assert frozenset({"سعد محمد الفهد", "بيتر هولم"}) in met(ex)


# ---- "on the occasion of his visit" is one party's: the guest and his delegation do not meet --
def test_ar_his_visit_is_no_meeting_of_the_guest_and_his_delegation():
    ex = run(
        "استقبل وزير الخارجية الشيخ ماجد سعد الحمد، اليوم، وزير الخارجية التشادي محمد صالح "
        "أبكر والوفد المرافق له، بمناسبة زيارته الرسمية للبلاد.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"ماجد سعد الحمد", "محمد صالح أبكر"}) in pairs
    assert not any(
        "محمد صالح أبكر" in p and len(p) == 2 and any("وفد" in x for x in p) for p in pairs
    )
