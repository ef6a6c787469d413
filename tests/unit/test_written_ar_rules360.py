"""A turn word opening a sentence ("for her part, …") passes the floor to the other side of the
meeting once: a second say verb of that sentence goes on with the one who took the floor, not
back to the first speaker (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "عنوان\n\n"
    "استقبل وزير الصحة الغاني كوابينا أدجيكوم أكوفو في أكرا، يوم الأحد، المديرة التنفيذية لصندوق "
    "مكافحة الملاريا الدكتورة ليلى فؤاد الشامي والوفد المرافق لها.\n\n"
    "وأكد أكوفو أن بلاده خفّضت الإصابات إلى النصف خلال عشر سنوات.\n\n"
    "ومن جانبها، نوّهت الضيفة بالتزام الحكومة الغانية، وذكرت أن الصندوق سيموّل توزيع الناموسيات "
    "في القرى الشمالية.\n"
)


def test_ar_second_verb_after_turn_word_keeps_the_new_speaker():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "توزيع الناموسيات" in q}
    assert speakers == {"ليلى فؤاد الشامي"}
