"""Feminine Arabic titles, the verb of a feminine title, and a preposition + verbal noun after a
title."""

import pytest

from .helpers import names, run


def officials(text):
    return names(run(text, "ar"), "Official")


@pytest.mark.parametrize(
    "text, name",
    [
        # definite feminine director + adjective + honorific + name
        (
            "وحضرت المديرة العامة للنفط في وزارة الطاقة المهندسة رنا فؤاد حداد الاجتماع.",
            "رنا فؤاد حداد",
        ),
        # definite feminine minister + name
        ("وقالت الوزيرة سلمى ناصر إن الزيارة مهمة.", "سلمى ناصر"),
        # feminine spokesperson and adviser are titles too
        ("وأكدت المستشارة ليلى حسن أن المحادثات مثمرة.", "ليلى حسن"),
        ("وقالت ممثلة الأمين العام، السيدة هالة يوسف، إن الحوار مستمر.", "هالة يوسف"),
    ],
)
def test_ar_feminine_title_then_name(text, name):
    assert name in officials(text)


@pytest.mark.parametrize(
    "text",
    [
        # the feminine imperfect verb after a feminine title is no name (she briefs)
        "وزيرة الخارجية تطلع السفير الياباني على تطورات الأوضاع.",
        # a preposition + verbal noun after a title is no name (praised the initiative)
        "وأشادت الوزيرة بمبادرة السلام اليابانية.",
        "ورحب الوزير لمناسبة العيد بالضيوف.",
    ],
)
def test_ar_no_name_after_the_title(text):
    found = officials(text)
    assert not any(w in " ".join(found) for w in ("تطلع", "بمبادرة", "لمناسبة")), found


def test_ar_known_name_after_a_feminine_title_stays_a_name():
    # a name of the list starting like the feminine verb prefix is still a name
    assert "تسنيم علي" in officials("وقالت الوزيرة تسنيم علي إن الزيارة مهمة.")


def test_ar_name_with_preposition_like_start_and_verbal_noun_after_it():
    found = officials("وأشاد الوزير سالم ناصر بمبادرة السلام.")
    assert "سالم ناصر" in found
