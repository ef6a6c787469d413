"""A country's post said again («الوزير الكوبي») before the holder's surname later in the same
sentence, the holder having been named in full in an earlier sentence: the post is that holder,
not a second person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "مباحثات صحية في دكا\n\n"
    "التقت وزيرة الصحة البنغلاديشية ناهيدة سلطانة رحمن أمس وزير الصحة الكوبي أورلاندو بيتانكورت "
    "سيسنيروس في العاصمة دكا.\n"
    "ورافقت الوزيرة ضيفها الوزير الكوبي إلى مصنع للأدوية، حيث أبدى سيسنيروس إعجابه بخطوط الإنتاج.\n"
)


def test_ar_country_post_before_the_known_holders_surname_is_the_holder():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "الوزير الكوبي" not in officials
    holder = next(e for e in ex.entities if e.name == "أورلاندو بيتانكورت سيسنيروس")
    assert "الوزير الكوبي" in holder.aliases
