"""A call word before the meeting word in its clause makes the meeting virtual ("Via
videoconference, X held a meeting with Y"; «افتراضيا», «لقاء مرئيا»), but a call with someone else
before a meeting does not; sentences written for these tests."""

from .helpers import ent, met, run


def test_en_videoconference_before_the_meeting():
    ex = run(
        "Via videoconference, Foreign Minister Lena Holm held a meeting with Chilean Foreign "
        "Minister Pablo Moreno.",
        "en",
    )
    assert not met(ex)


def test_en_by_video_link_in_a_meeting():
    ex = run(
        "Foreign Minister Lena Holm took part by video link in a meeting with Chilean Foreign "
        "Minister Pablo Moreno.",
        "en",
    )
    assert not met(ex)


def test_en_call_with_another_before_a_meeting_keeps_it():
    ex = run(
        "After a phone call with President Sami Aziz, Foreign Minister Lena Holm met Chilean "
        "Foreign Minister Pablo Moreno.",
        "en",
    )
    assert frozenset({"Lena Holm", "Pablo Moreno"}) in met(ex)


def test_ar_virtually_is_no_meeting_and_no_name_word():
    ex = run("التقى وزير الخارجية البيروفي سامي عزيز افتراضيا مع نظيره التشيلي بابلو مورينو.", "ar")
    assert ent(ex, "سامي عزيز").type == "Official"
    assert not met(ex)


def test_ar_video_technique_before_the_meeting():
    ex = run(
        "شارك وزير الخارجية البيروفي سامي عزيز عبر تقنية الفيديو كونفرانس في اجتماع مع نظيره "
        "التشيلي بابلو مورينو.",
        "ar",
    )
    assert not met(ex)


def test_ar_visual_meeting():
    ex = run("عقد وزير الخارجية البيروفي سامي عزيز لقاء مرئيا مع نظيره التشيلي بابلو مورينو.", "ar")
    assert not met(ex)
