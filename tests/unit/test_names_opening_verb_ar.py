"""Arabic (verb first): a name read back from its title to the sentence's first word leaves that
word out when it is outside the name list and a listed given name follows: it is the verb
(«وصل X Y وزير …»). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import names, run


@pytest.mark.parametrize(
    "text, name",
    [
        ("وصل خالد الزعبي وزير النقل الأردني إلى الجزائر.", "خالد الزعبي"),
        ("ووصل خالد الزعبي وزير النقل الأردني إلى الجزائر.", "خالد الزعبي"),
        ("غادر عطية خليفة وزير الصحة الليبي العاصمة التونسية.", "عطية خليفة"),
        ("وصل أمين عطية وزير الزراعة الأردني إلى بغداد.", "أمين عطية"),
    ],
)
def test_ar_opening_verb_is_no_name_word(text, name):
    officials = names(run(text, "ar"), "Official")
    assert name in officials
    assert not any(n.endswith(name) and n != name for n in officials)


def test_ar_three_word_name_opening_the_sentence_keeps_its_first_name():
    ex = run("سامي خالد الزعبي، وزير النقل الأردني، يزور الجزائر.", "ar")
    assert "سامي خالد الزعبي" in names(ex, "Official")


def test_en_subject_first_name_keeps_every_word():
    ex = run("Khalid Salem Zoubi, the Jordanian transport minister, arrived in Algiers.", "en")
    assert "Khalid Salem Zoubi" in names(ex, "Official")
