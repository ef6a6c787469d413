"""«أمير البلاد»: a post of one holder governing "the country" the text is written in is the post
of the dateline's country, the same person as that post named with its country («أمير دولة X»)
in the headline or later in the body; a guest's post of another country stays another person
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

BODY = (
    "الكويت – كونا\n\n"
    "استقبل حضرة صاحب السمو أمير البلاد، مساء اليوم في قصر السيف، رئيس وزراء فيجي إيليسا "
    "تويلوما، وبحث معه فرص التعاون في مجال الثروة السمكية.\n"
)

LATER = BODY + "وفي ختام اللقاء أهدى الضيف مجسما لقارب صيد تقليدي إلى أمير دولة الكويت.\n"

GUEST = (
    "الكويت – كونا\n\n"
    "استقبل حضرة صاحب السمو أمير البلاد، مساء اليوم في قصر السيف، أمير دولة قطر والوفد "
    "المرافق له.\n"
)


def test_ar_home_post_is_the_headlines_post_of_the_dateline_country():
    ex = run(BODY, "ar", title="أمير دولة الكويت يستقبل رئيس وزراء فيجي")
    emirs = {e.name for e in ex.entities if e.type == "Official" and "تويلوما" not in e.name}
    assert len(emirs) == 1
    assert frozenset({emirs.pop(), "إيليسا تويلوما"}) in met(ex)


def test_ar_home_post_is_the_same_post_named_later_in_the_body():
    assert len(names(run(LATER, "ar"), "Official")) == 2


def test_ar_home_post_is_not_a_guests_post_of_another_country():
    officials = names(run(GUEST, "ar"), "Official")
    assert len(officials) == 2
