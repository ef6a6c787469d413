"""Arabic meeting rules of the twenty-eighth round (issue #10: relations on unseen text): a
delegation's members listed («وضم الوفد A وB») are members only, linked to no one the delegation
meets (dev2's practice; sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

# ---- «استقبل X وفداً … برئاسة Y، وضم الوفد A وB»: the listed members meet no one ----
RECEIVED = (
    "وزير الخارجية يستقبل وفداً برلمانياً تشيلياً\n"
    "لشبونة - استقبل وزير الخارجية البرتغالي جواو مارتينش كوستا اليوم وفداً من البرلمان "
    "التشيلي برئاسة رئيس لجنة العلاقات الخارجية السيد خوان بابلو روخاس.\n"
    "وضم الوفد عضو البرلمان السيدة ماريا إيزابيل فارغاس وعضو البرلمان السيد كارلوس "
    "أندريس مونيوث.\n"
    "وبحث الجانبان خلال اللقاء سبل تعزيز التعاون البرلماني.\n"
)


def test_ar_delegation_members_listed_meet_no_one():
    m = met(run(RECEIVED, "ar"))
    for member in ("ماريا إيزابيل فارغاس", "كارلوس أندريس مونيوث"):
        assert not any(member in pair for pair in m)


# ---- «X والوفد المرافق له», attendees listed by side: they meet X, not the delegation ----
ACCOMPANIED = (
    "وزير الخارجية يستقبل نظيره البرتغالي\n"
    "مسقط - استقبل وزير الخارجية العماني سالم بن راشد الهنائي اليوم وزير الخارجية البرتغالي "
    "جواو مارتينش كوستا والوفد المرافق له.\n"
    "وبحث الجانبان العلاقات الثنائية.\n"
    "حضر المباحثات من الجانب العماني سعادة ناصر بن علي الكندي وكيل وزارة الخارجية، ومن الجانب "
    "البرتغالي سعادة السفير روي مانويل فيريرا سفير البرتغال لدى سلطنة عمان.\n"
)


def test_ar_side_listed_attendee_meets_the_guest_not_his_accompanying_delegation():
    m = met(run(ACCOMPANIED, "ar"))
    assert frozenset({"ناصر بن علي الكندي", "جواو مارتينش كوستا"}) in m
    assert not any("ناصر بن علي الكندي" in pair and any("المرافق" in x for x in pair) for pair in m)
