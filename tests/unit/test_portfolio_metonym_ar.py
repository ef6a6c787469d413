"""A portfolio standing for its ministry before a country's nisba ("أعلنت الخارجية المصرية"), where
no noun precedes it: after a verb, "on behalf of" or at a sentence start; after a noun it is that
noun's adjective ("السياسة الخارجية المصرية").

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import ent, names, run


@pytest.mark.parametrize(
    ("text", "alias", "country"),
    [
        ("وأعلنت الخارجية المصرية في بيان أن السفير عاد إلى القاهرة.", "الخارجية المصرية", "EGY"),
        ("الخارجية الأردنية تدين استهداف المدنيين", "الخارجية الأردنية", "JOR"),
        (
            "وقال المتحدث باسم الداخلية العراقية إن الحدود آمنة.",
            "الداخلية العراقية",
            "IRQ",
        ),
    ],
)
def test_the_portfolio_names_its_ministry(text, alias, country):
    a = ent(run(text, "ar"), alias)
    assert a.type == "Agency" and a.country == country


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير دعم السياسة الخارجية المصرية في المنطقة.",
        "وبحث الجانبان الشؤون الداخلية اللبنانية.",
        "وأشاد بالتجارة الخارجية الأردنية.",
    ],
)
def test_after_a_noun_the_portfolio_is_an_adjective(text):
    assert names(run(text, "ar"), "Agency") == set()
