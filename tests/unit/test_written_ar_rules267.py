"""The verbal noun of saying after a relaying verb («ونقل الناطق عن الوزيرة قولها إن …»), with a
later say verb in the sentence: the one quoted (the title's holder) speaks, not the relayer
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "وزيرة السياحة تجتمع بوفد صندوق التنمية الخليجي\n"
    "تونس في 12 أبريل /وات/ أفاد السيد نبيل حمدي الورتاني الناطق الرسمي لوزارة السياحة، "
    "بأن السيدة ريم صالح البجاوي وزيرة السياحة اجتمعت صباح اليوم بالسيد فهد ناصر الكندري "
    "مدير صندوق التنمية الخليجي.\n"
    "وبيّن الناطق أن الاجتماع خُصص لمتابعة قروض الفنادق الساحلية.\n"
    'ونقل الناطق عن الوزيرة قولها إن تونس "عازمة على تحديث منشآتها السياحية قبل الصيف"، '
    "وأضافت البجاوي أن الوزارة تعوّل على جذب مستثمرين جدد.\n"
)


def test_ar_relayed_saying_is_the_quoted_holders():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "منشآتها السياحية" in q}
    assert speakers == {"ريم صالح البجاوي"}
