"""A later «الوزير» + a nisba names the one official whose title carries that country's word and
no other country's, when a long portfolio (a body's name inside it) left that holder's country
unread: not a second official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run, said


def test_ar_nisba_minister_is_the_minister_with_a_long_portfolio():
    ex = run(
        "أجرى وزير الخارجية سالم الحداد مباحثات مطولة مع وزير الشؤون الخارجية والاتحاد "
        "الأوروبي والتعاون البرتغالي جواو فيريرا سانتوس.\n\n"
        "وأكد الوزير البرتغالي أن بلاده تدعم مشاريع الربط الكهربائي بين الضفتين.",
        "ar",
    )
    assert "الوزير البرتغالي" not in names(ex, "Official")
    speakers = {sp for sp, q in said(ex) if "الربط الكهربائي" in q}
    assert speakers == {"جواو فيريرا سانتوس"}
