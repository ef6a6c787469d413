"""A country's post said again («الوزير التشيلي») before the holder's surname later in the same
sentence, the holder having been named in full in an earlier sentence: the post is that holder,
not a second person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "تونس وتشيلي تبحثان النقل الجوي\n\n"
    "تونس – وات\n\n"
    "استقبل وزير الخارجية التونسي الهادي القفصي اليوم وزير الخارجية التشيلي راؤول فيدال أستوديو.\n"
    "وخلال محادثاته مع الوزير التشيلي في قصر الحكومة، دعا القفصي إلى فتح خط جوي مباشر بين "
    "البلدين، بينما أبدى أستوديو اهتمام بلاده بزيت الزيتون.\n"
)


def test_ar_country_post_before_the_known_holders_surname_is_the_holder():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "الوزير التشيلي" not in officials
    holder = next(e for e in ex.entities if e.name == "راؤول فيدال أستوديو")
    assert "الوزير التشيلي" in holder.aliases
