"""A chamber's indefinite construct ends in the town it serves, even a town no gazetteer lists or an
ambiguous one («غرفة تجارة وصناعة عمان», «غرفة تجارة قونية»): an indefinite construct must end in a
genitive (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_chamber_of_commerce_and_industry_closed_by_an_unlisted_town():
    ex = run(
        "لقاء اقتصادي\n"
        "استقبل سعادة خليل إبراهيم الطائي رئيس مجلس إدارة غرفة تجارة وصناعة عُمان وفداً من "
        "رجال الأعمال البولنديين.",
        "ar",
    )
    assert "غرفة تجارة وصناعة عُمان" in names(ex, "Agency")
    assert ("خليل إبراهيم الطائي", "غرفة تجارة وصناعة عُمان") in rels(ex, "MEMBER_OF")


def test_ar_chamber_of_commerce_closed_by_an_unlisted_town():
    ex = run(
        "لقاء اقتصادي\nوالتقى الوزير رئيس غرفة تجارة عمّان السيد أحمد كمال أوزتورك لبحث الاستثمار.",
        "ar",
    )
    assert "غرفة تجارة عمّان" in names(ex, "Agency")
    assert ("أحمد كمال أوزتورك", "غرفة تجارة عمّان") in rels(ex, "MEMBER_OF")


def test_ar_a_chamber_is_not_closed_by_a_joined_word():
    ex = run(
        "لقاء اقتصادي\nوالتقى الوزير رئيس غرفة تجارة وصناعة دبي السيد ماجد عبدالله الشامسي.",
        "ar",
    )
    assert "غرفة تجارة وصناعة دبي" in names(ex, "Agency")
