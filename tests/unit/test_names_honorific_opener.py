"""An honorific before a particle that opens a compound name (عبد، أبو; Abdul, Abu) is no part of
the name: the name starts at the particle. Before a particle that joins names (ولد، بن) the
honorific word is the name's first word. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_honorific_before_abd_stays_outside_the_name():
    ex = run("استقبل وزير الداخلية الأردني فارس العبادي السيد عبد الكريم النجار في عمان.", "ar")
    officials = names(ex, "Official")
    assert "فارس العبادي" in officials
    assert not any("السيد" in n for n in officials)


def test_ar_honorific_before_abd_then_title_makes_the_official():
    ex = run("وقال السيد عبد الكريم النجار مدير هيئة الطيران إن الرحلات ستستأنف.", "ar")
    assert "عبد الكريم النجار" in names(ex, "Official")


def test_ar_honorific_before_abu_opens_the_name_after_a_title():
    ex = run("التقى الوزير الأول السيد أبو بكر ولد أحمد بالسفير الإيطالي.", "ar")
    assert "أبو بكر ولد أحمد" in names(ex, "Official")


def test_ar_honorific_word_before_a_joining_particle_is_still_a_name():
    ex = run("حضر مدير ديوان الرئاسة، السيد الشيخ ولد أحمد، اللقاء.", "ar")
    assert "الشيخ ولد أحمد" in names(ex, "Official")


def test_en_honorific_before_abu_is_skipped():
    ex = run("Interior Minister Mr Abu Bakr Salem met the Italian ambassador in Rome.", "en")
    officials = names(ex, "Official")
    assert "Abu Bakr Salem" in officials
    assert not any(n.startswith("Mr") for n in officials)


def test_en_honorific_before_abdul_is_skipped_after_a_named_official():
    text = "Trade Minister Karim Haddad received Mr Abdul Karim Nasser, the bank's governor."
    ex = run(text, "en")
    assert "Karim Haddad" in names(ex, "Official")
    assert not any("Mr" in n for n in names(ex, "Official"))
