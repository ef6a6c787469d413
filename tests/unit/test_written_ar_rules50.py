"""Arabic statement rules of round 20: a turn word («من جهته»، «بدوره») gives the floor to the
other side of the meeting told (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

_MEETING = (
    "لقاء\n"
    "الرياض - استقبل وزير الخارجية فيصل بن سعد العتيبي اليوم وزير خارجية النرويج "
    "كارل م. هانسن-ليند. وأكد العتيبي أهمية العلاقات الثنائية بين البلدين. "
)


def test_ar_turn_word_gives_the_floor_to_the_other_side_when_the_name_is_unresolved():
    ex = run(_MEETING + "من جهته، أشاد هانسن-ليند بالدور السعودي في المنطقة.", "ar")
    speakers = {sp for sp, q in said(ex) if "بالدور السعودي" in q}
    assert speakers == {"كارل م. هانسن-ليند"}, said(ex)


def test_ar_turn_word_in_the_feminine_after_the_guest_spoke_gives_the_floor_back_to_the_host():
    ex = run(
        "لقاء\n"
        "كوبنهاغن - استقبل وزير الخارجية الدنماركي يوهان م. برغ-لارسن اليوم وزيرة خارجية النرويج "
        "إنغريد هانسن. وأكدت هانسن أهمية العلاقات الثنائية بين البلدين. "
        "من جهته، أشاد برغ-لارسن بالدور النرويجي في المنطقة.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "بالدور النرويجي" in q}
    assert speakers == {"يوهان م. برغ-لارسن"}, said(ex)


def test_ar_turn_word_keeps_a_speaker_named_after_the_verb():
    ex = run(_MEETING + "من جهته، أشاد الوزير العتيبي بالدور النرويجي في المنطقة.", "ar")
    speakers = {sp for sp, q in said(ex) if "بالدور النرويجي" in q}
    assert speakers == {"فيصل بن سعد العتيبي"}, said(ex)


def test_ar_turn_word_gives_the_floor_to_the_head_of_the_delegation_received():
    ex = run(
        "لقاء\n"
        "الرياض - التقى وزير الخارجية فيصل بن سعد العتيبي اليوم وفداً من وزارة الخارجية "
        "النرويجية برئاسة المدير العام كارل م. هانسن-ليند. وأكد العتيبي أهمية العلاقات الثنائية "
        "بين البلدين. بدوره، أشاد هانسن-ليند بالدور السعودي في المنطقة.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "بالدور السعودي" in q}
    assert speakers == {"كارل م. هانسن-ليند"}, said(ex)


def test_ar_praised_and_expressed_with_the_shadda_left_out_are_verbs_after_a_turn_word():
    for verb, rest in (("ثمن", "الدور السعودي في المنطقة"), ("عبر", "عن تقديره للدور السعودي")):
        ex = run(_MEETING + f"بدوره، {verb} الوزير النرويجي {rest}.", "ar")
        speakers = {sp for sp, q in said(ex) if "السعودي" in q}
        assert speakers == {"كارل م. هانسن-ليند"}, (verb, said(ex))


def test_ar_with_inside_a_quotation_names_no_party_of_a_meeting_noun_outside_it():
    ex = run(
        _MEETING + 'وقال العتيبي عقب المباحثات إن المملكة "ستعمل مع جلالة الملك على تعزيز '
        'التعاون".',
        "ar",
    )
    pairs = met(ex)
    assert not any(any("الملك" in n for n in p) for p in pairs), pairs


def test_ar_turn_word_passes_the_floor_even_when_the_title_after_the_verb_fits_the_speaker_so_far():
    # both hold «السفير»: after «من جانبها» the ambassador who speaks is the other side's
    ex = run(
        "لقاء\n"
        "بغداد - استقبل وكيل وزارة الخارجية السفير حسن جاسم الربيعي اليوم سفيرة كندا لدى العراق "
        "ماري لوك. وأكد الربيعي أهمية العلاقات الثنائية. من جانبها، أشادت السفيرة بالخطوات "
        "التي اتخذتها الحكومة العراقية.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "بالخطوات" in q}
    assert speakers == {"ماري لوك"}, said(ex)
    assert all(q.startswith("بالخطوات") for _sp, q in said(ex) if "بالخطوات" in q)


def test_ar_the_guest_after_the_verb_of_a_while_clause_speaks_not_the_clause_before():
    ex = run(
        "لقاء\n"
        "مسقط - استقبل وزير الخارجية أحمد بن سالم الهنائي اليوم وزير الخارجية الكيني بيتر موانغي. "
        "وأكد الهنائي أهمية التعاون، فيما نوه الضيف بالدور العماني في المنطقة.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "بالدور العماني" in q}
    assert speakers == {"بيتر موانغي"}, said(ex)
