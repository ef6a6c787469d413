"""Names of holders with a particle and its article ('de la', 'de los'), round 19 (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_article_of_a_romance_particle_is_no_name_word_of_its_own():
    # «دي لا» is one particle: the name has four name words and is read whole
    ex = run(
        "مباحثات\n"
        "استقبل وزير الخارجية اليوم وفداً برئاسة المدير العام للشؤون الأوروبية لويس أنطونيو "
        "ماركيث دي لا توري، وبحث الجانبان العلاقات الثنائية.",
        "ar",
    )
    assert "لويس أنطونيو ماركيث دي لا توري" in names(ex, "Official")


def test_ar_li_before_a_hyphened_korean_given_name_opens_the_name():
    # «دونغ» is listed, but hyphened to a syllable it is a given name after the family name «لي»
    ex = run(
        "زيارة\nويضم الوفد البرلماني الزائر النائبة بارك مي-سون، والنائب لي دونغ-هوان.",
        "ar",
    )
    assert "لي دونغ-هوان" in names(ex, "Official")
