"""Arabic statement rules of the twenty-fifth round (issue #10: relations on unseen text): a
statement reported by another (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

# ---- «وقال X، في تصريح لـ…، إن الوزير أكد …»: X reports the minister's statement ----
REPORTED = (
    "وزير الزراعة يستقبل ممثل منظمة الأغذية والزراعة\n"
    "الخرطوم - استقبل وزير الزراعة والغابات الدكتور كمال الدين حسن النور، اليوم، ممثل منظمة "
    "الأغذية والزراعة في السودان السيد ماركو أنطونيو بيلوتي.\n"
    "وقال المتحدث الرسمي باسم الوزارة السيد عادل محمد الطيب، في تصريح للصحفيين عقب اللقاء، إن "
    "الوزير أكد التزام الحكومة بتوفير البذور المحسنة للمزارعين قبل بداية الموسم.\n"
    "وأوضح أن الجانبين اتفقا على برنامج لمكافحة الجراد في الولايات الشرقية.\n"
)


def test_ar_reporter_quotes_the_reported_clause_after_his_aside():
    got = said(run(REPORTED, "ar"))
    reporter = [q for s, q in got if s == "عادل محمد الطيب"]
    # the statement after «إن», not the aside «للصحفيين عقب اللقاء»
    assert any("الوزير أكد التزام الحكومة" in q for q in reporter)
    assert not any(q.startswith("للصحفيين") for q in reporter)
    # the minister's own statement stays his
    assert any(s == "كمال الدين حسن النور" and "بتوفير البذور" in q for s, q in got)


def test_ar_reporter_goes_on_speaking_after_the_reported_verb():
    got = said(run(REPORTED, "ar"))
    speakers = {s for s, q in got if "مكافحة الجراد" in q}
    assert speakers == {"عادل محمد الطيب"}


def test_ar_reporter_goes_on_speaking_after_the_reported_participle():
    text = (
        "وزير النقل يلتقي نظيره التونسي\n"
        "القاهرة - صرح المتحدث الرسمي باسم وزارة النقل السيد هشام فؤاد المنياوي بأن وزير النقل "
        "الفريق أول كامل حسن الشاذلي التقى اليوم وزير التجهيز التونسي السيد منصف بن علي "
        "الزواري.\n"
        "وأوضح المتحدث الرسمي أن الوزير الشاذلي أكد خلال اللقاء أهمية الربط البري بين البلدين، "
        "مشيرا إلى أن الطريق الساحلي سيفتتح العام المقبل.\n"
        "وأضاف أن الوزير التونسي أعرب عن تقدير بلاده لخبرة مصر في إنشاء الموانئ الجافة.\n"
    )
    got = said(run(text, "ar"))
    speakers = {s for s, q in got if q.startswith("أن الوزير التونسي")}
    assert speakers == {"هشام فؤاد المنياوي"}


# ---- «تكريماً للرئيس الضيف والوفد المرافق له»: the delegation after "the guest" is honoured ----
def test_ar_banquet_for_the_guest_and_his_delegation():
    text = (
        "الملك يستقبل رئيس جمهورية أوزبكستان\n"
        "عمان - استقبل جلالة الملك، في قصر الحسينية اليوم، رئيس جمهورية أوزبكستان شوكت "
        "ميرزاييف، الذي يزور المملكة.\n"
        "وأكد جلالته حرص الأردن على تطوير العلاقات مع أوزبكستان.\n"
        "وأقام جلالة الملك مأدبة غداء تكريماً للرئيس الضيف والوفد المرافق له.\n"
    )
    m = met(run(text, "ar"))
    assert frozenset({"الملك", "الوفد المرافق له"}) in m
