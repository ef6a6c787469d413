"""A styled name right after «إلى» that follows a title is the preposition's object, another
person: the title before stays an unnamed official of its own country (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

TEXT = (
    "وزير المالية الكيني يلتقي نظيره الأوروغواياني في نيروبي\n\n"
    "نيروبي 14 مارس (كنا) - عقد وزير المالية الكيني السيد جوزيف كاماو اليوم محادثات مع وزير "
    "الاقتصاد والمالية في الأوروغواي السيد مارتين بيريرا.\n\n"
    "وسلم بيريرا رسالة من رئيس الأوروغواي إلى السيد كاماو تتعلق بالتعاون الزراعي.\n"
)


def test_ar_title_before_ila_and_a_styled_name_is_another_person():
    ex = run(TEXT, "ar")
    assert "رئيس الأوروغواي" in names(ex, "Official")
    host = ent(ex, "جوزيف كاماو")
    assert host.country == "KEN"
    assert not any("رئيس" in a for a in host.aliases)


# A verb glued to "and" right after the person who closes the clause before it ("X handed a letter
# to Y [and-]expressed …"): the verb shares the subject of that clause, X, not Y.
SAID_TEXT = (
    "وزيرة التجارة الأوغندية تزور هلسنكي\n\n"
    "هلسنكي، 21 أكتوبر - استقبل وزير التجارة الفنلندي السيد ماتي كوسكينن اليوم وزيرة "
    "التجارة الأوغندية السيدة ستيلا ناكاتو.\n"
    "وسلمت ناكاتو دعوة من رئيس أوغندا إلى السيد كوسكينن ورحبت بافتتاح خط شحن مباشر بين البلدين.\n"
)


def test_ar_and_verb_after_the_object_keeps_the_clause_subject():
    pairs = said(run(SAID_TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "خط شحن" in q}
    assert speakers == {"ستيلا ناكاتو"}
