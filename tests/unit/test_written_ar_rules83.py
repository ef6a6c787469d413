"""Round-22 official rule (Arabic): a post of another country set off after a meeting verb's
named and titled subject is the verb's object."""

from __future__ import annotations

from .helpers import ent, met, run


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
