"""More saying and stance forms of agency copy (FORMAT.md's list, "أدان" and its synonym ندد, and
the participles that carry the clause's speaker: لافتا، معتبرا، معبرا عن، منددا), and a stance
verb's one-word object closed by the comma before a participle ("أدانت X الهجوم، مؤكدة …").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import run, said

HADDAD = "عمر حداد"


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "وشدد وزير الخارجية الأردني عمر حداد على أن الأردن سيواصل جهوده، لافتا إلى أهمية الدور"
            " الأوروبي.",
            "أهمية الدور الأوروبي",
        ),
        (
            "وندد وزير الخارجية الأردني عمر حداد بالاعتداءات على المدنيين، معتبرا أنها انتهاك"
            " للقانون الدولي.",
            "أنها انتهاك للقانون الدولي",
        ),
        (
            "وأشاد وزير الخارجية الأردني عمر حداد بالعلاقات الثنائية، معبرا عن تطلعه إلى تعزيزها.",
            "تطلعه إلى تعزيزها",
        ),
    ],
)
def test_ar_participle_carries_the_speaker(text, second):
    s = said(run(text, "ar"))
    assert len(s) == 2 and all(sp == HADDAD for sp, _q in s)
    assert s[1][1] == second


def test_ar_nadada_is_a_stance_verb():
    s = said(run("ونددت وزارة الخارجية الأردنية بالهجوم على المدنيين في المدينة.", "ar"))
    assert [q for _sp, q in s] == ["بالهجوم على المدنيين في المدينة"]


def test_ar_one_word_object_before_a_participle():
    s = said(run("وأدانت وزارة الخارجية الأردنية الهجوم، مؤكدة رفضها لكل أشكال العنف.", "ar"))
    assert [q for _sp, q in s] == ["الهجوم", "رفضها لكل أشكال العنف"]


def test_en_one_word_object_before_a_participle():
    s = said(
        run(
            "Foreign Minister Omar Haddad of Jordan condemned the attack, stressing that dialogue "
            "must continue.",
            "en",
        )
    )
    assert [sp for sp, _q in s] == ["Omar Haddad", "Omar Haddad"]
