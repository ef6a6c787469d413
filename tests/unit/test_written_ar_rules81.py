"""Round-22 official rules (Arabic): an honorific and a name right after «برئاسة»; a post of
another country set off after a meeting verb's named and titled subject is the verb's object."""

from __future__ import annotations

from .helpers import ent, met, names, run


def test_ar_a_styled_name_after_chaired_by_is_the_official_chairing_the_sitting():
    ex = run(
        "اجتماع\n"
        "أبوظبي، 4 مايو (وكالة) - عقد مجلس إدارة الهيئة العامة للطيران المدني اجتماعه الثاني "
        "لهذا العام برئاسة معالي راشد سيف المزروعي.\n",
        "ar",
    )
    assert "راشد سيف المزروعي" in names(ex, "Official")


def test_ar_a_styled_name_after_headed_by_is_the_official_heading_the_delegation():
    ex = run(
        "زيارة\n"
        "الكويت، 4 مايو (وكالة) - استقبل رئيس مجلس الأمة فيصل الغانم وفدا برلمانيا برئاسة "
        "الدكتور منصور بن سعد القحطاني.\n",
        "ar",
    )
    assert "منصور بن سعد القحطاني" in names(ex, "Official")


def test_ar_a_foreign_post_after_the_subjects_name_and_post_is_the_guest():
    ex = run(
        "لقاء\n"
        "مسقط، 4 مايو (وكالة) - استقبل معالي السيد هلال بن ناصر بن سعيد الهنائي وزير "
        "الاقتصاد، مساعد وزير الخارجية الياباني والوفد المرافق له.\n",
        "ar",
    )
    host = ent(ex, "هلال بن ناصر بن سعيد الهنائي")
    assert host.title == "وزير الاقتصاد"
    guest = ent(ex, "مساعد وزير الخارجية الياباني")
    assert frozenset((host.name, guest.name)) in met(ex)
