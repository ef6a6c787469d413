"""Arabic person names: the name list, particle chains, initials, and where a name stops."""

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import is_initial, name_run
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import ent, met, names, run, said


def tagger(text):
    return Tagger(get_pipeline("ar")(text), load_lexicon("ar"))


def name_at(text, first_word):
    tg = tagger(text)
    i = next(t.i for t in tg.doc if t.text == first_word)
    m = name_run(tg, i)
    return m.text if m else None


def test_ar_name_list_is_loaded_with_glued_abd_compounds():
    lex = load_lexicon("ar")
    for form in ("محمد", "خالد", "عبد الله", "عبدالله", "عبدالرحمن"):
        assert lex.names & {form.replace("ة", "ه")}, form


@pytest.mark.parametrize(
    "text, first, name",
    [
        (
            "استقبل الوزير عبدالرحمن بن راشد آل بوعينين الوفد",
            "عبدالرحمن",
            "عبدالرحمن بن راشد آل بوعينين",
        ),
        ("حضر السيد سيدي محمد ولد الشيخ التاه الاجتماع", "سيدي", "سيدي محمد ولد الشيخ التاه"),
        ("حضرت الاجتماع السيدة فاطمة منت محمد، مديرة الاستثمار", "فاطمة", "فاطمة منت محمد"),
        ("وصل الأمير تركي بن فهد بن عبدالمحسن إلى المدينة", "تركي", "تركي بن فهد بن عبدالمحسن"),
        ("قال الوزير حسام الدين عبد الرؤوف إن", "حسام", "حسام الدين عبد الرؤوف"),
    ],
)
def test_ar_particle_chains_stay_one_name(text, first, name):
    assert name_at(text, first) == name


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("التقى الوزير أنتوني ج. بلينكن نظيره", "أنتوني", "أنتوني ج. بلينكن"),
        ("وصف الرئيس جورج هـ. دبليو بوش، قائد التحالف، الحرب", "جورج", "جورج هـ. دبليو بوش"),
    ],
)
def test_ar_middle_initial_stays_inside_the_name(text, first, name):
    assert name_at(text, first) == name


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("كان الرئيس ماكرون مسرورا بلقاء الضيوف في الحديقة", "ماكرون", "ماكرون"),
        ("قالت المستشارة ميركل تجتمع الآن مع الوزير", "ميركل", "ميركل"),
        # «رسالة من» is a relation cue (a message from): its words are never name words
        ("نقل اللواء الزهراني رسالة من الملك", "الزهراني", "الزهراني"),
    ],
)
def test_ar_name_is_never_glued_to_the_next_word(text, first, name):
    assert name_at(text, first) == name


def test_ar_unknown_words_up_to_a_comma_are_an_apposition():
    assert name_at("استقبل الوزير، السيد ليو جيان هوا، والوفد المرافق له", "ليو") == "ليو جيان هوا"


def test_ar_name_stops_at_a_function_word_and_a_title():
    assert name_at("أكد خالد سالم في تصريح", "خالد") == "خالد سالم"
    assert name_at("أكد خالد سالم وزير الخارجية", "خالد") == "خالد سالم"


@pytest.mark.parametrize(
    "tok, yes", [("ج.", True), ("هـ.", True), ("د.", True), ("في", False), (".", False)]
)
def test_ar_initials(tok, yes):
    doc = get_pipeline("ar")(f"قال {tok} سالم")
    assert is_initial(next(t for t in doc if t.text == tok)) is yes


def test_ar_official_with_a_long_name_is_found_whole():
    ex = run("استقبل وزير الخارجية عبدالرحمن بن راشد آل بوعينين اليوم السفير الفرنسي.", "ar")
    assert "عبدالرحمن بن راشد آل بوعينين" in names(ex, "Official")


@pytest.mark.parametrize(
    "text", ["وقال إن أمير دولة الكويت يتابع الملف بنفسه.", "وقالت الوزيرة تتسلم الملف غدا."]
)
def test_ar_an_imperfect_verb_after_a_title_is_no_name(text):
    assert not any(n.startswith(("يتابع", "تتسلم")) for n in names(run(text, "ar"), "Official"))


def test_ar_three_unknown_words_before_the_end_of_a_sentence_are_no_name():
    assert name_at("وأكد الوزير سالم يتابع الملف بنفسه.", "سالم") == "سالم"


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("التقى وزير الخارجية أيمن الصفدي وممثلون عن الشركات", "أيمن", "أيمن الصفدي"),
        ("وأكد الأمير فيصل بن فرحان شكره للحكومة", "فيصل", "فيصل بن فرحان"),
        ("استقبل الوزير سامي الحربي وأعضاء الوفد", "سامي", "سامي الحربي"),
        # a Maghrebi surname with a glued-looking b- and a nisba-like -ih stay
        ("حضر السيد إدريس الشرقاوي بنونة الاجتماع", "إدريس", "إدريس الشرقاوي بنونة"),
        ("حضر السيد كمال الدين بلفقيه الاجتماع", "كمال", "كمال الدين بلفقيه"),
    ],
)
def test_ar_and_clitic_or_pronoun_suffix_ends_a_name(text, first, name):
    assert name_at(text, first) == name


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("أصدر الرئيس خالد العمري بقرار تعيين مدير جديد", "خالد", "خالد العمري"),
        ("التقى الوزير سامي الحربي ممثلي الشركات", "سامي", "سامي الحربي"),
        ("التقى الوزير سامي الحربي وممثلين عن الشركات", "سامي", "سامي الحربي"),
    ],
)
def test_ar_common_nouns_after_a_name_are_not_name_words(text, first, name):
    assert name_at(text, first) == name


def test_ar_and_plus_an_imperfect_verb_is_no_name():
    assert name_at("يصل الوزيران غدا ويرأسان اجتماع اللجنة", "ويرأسان") is None
    assert name_at("استقبل الوزير وليد المعلم الوفد", "وليد") == "وليد المعلم"


@pytest.mark.parametrize(
    "text, word",
    [
        ("أشاد الوزير بضيفه وبالعلاقات بين البلدين", "بضيفه"),
        ("نقل الرئيس رسالة تلقته الوزارة أمس", "تلقته"),
    ],
)
def test_ar_a_word_with_the_pronoun_suffix_is_no_name(text, word):
    assert name_at(text, word) is None


def test_ar_a_name_ending_in_the_same_letter_after_the_nisba_letter_stays():
    assert name_at("استقبل الوزير نبيه فقيه الوفد", "نبيه") == "نبيه فقيه"


@pytest.mark.parametrize(
    "text, word",
    [
        ("سلم السفير رسالة من الرئيس إلى نظيره", "رسالة"),
        ("أكد الوزير موقف بلاده الثابت", "موقف"),
    ],
)
def test_ar_a_common_noun_after_a_title_is_no_name(text, word):
    assert name_at(text, word) is None


# ---------------------------------------------------------------- unknown names ending cleanly
@pytest.mark.parametrize(
    "text, first, name",
    [
        # three words outside the name list, then "and the delegation": the next phrase
        ("استقبل الوزير زهران قاسم الدلفي والوفد المرافق له", "زهران", "زهران قاسم الدلفي"),
        # ... then a preposition
        ("التقى السفير بكري ناجح السعداوي في مقر الوزارة", "بكري", "بكري ناجح السعداوي"),
        # ... then "today"
        ("استقبل المحافظ فراس كامل الربيعي اليوم الوفد", "فراس", "فراس كامل الربيعي"),
    ],
)
def test_ar_unknown_name_ending_where_the_next_phrase_starts(text, first, name):
    assert name_at(text, first) == name


def test_ar_unknown_name_before_a_noun_is_not_taken_whole():
    # no clean end: the noun after the name is not glued to "and" nor a function word
    assert name_at("استقبل الوزير زهران قاسم رسالة خطية", "زهران") != "زهران قاسم رسالة خطية"


def test_ar_form_ii_verbal_noun_is_no_name():
    # taf'il (تفعيل) after a title is the object, not a name; a listed name of that shape still is
    ex = run("وزير الطاقة يبحث مع وزير النفط السوداني تعزيز التعاون", "ar")
    assert not any("تعزيز" in n for n in names(ex, "Official"))
    assert name_at("استقبل الوزير توفيق سالم الوفد", "توفيق") == "توفيق سالم"


def test_ar_particle_name_is_the_family_part_of_the_full_name():
    ex = run(
        "استقبل الوزير محمد المختار ولد أحمد سالم الوفد. وقال الوزير ولد أحمد سالم إن اللقاء مثمر.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "محمد المختار ولد أحمد سالم" in officials
    assert "ولد أحمد سالم" not in officials
    assert said(ex)[0][0] == "محمد المختار ولد أحمد سالم"


def test_ar_title_word_inside_a_name_opens_no_second_official():
    ex = run("استقبل الوزير محمد الأمين ولد حمادي الوفد", "ar")
    assert names(ex, "Official") == {"محمد الأمين ولد حمادي"}


# ---------------------------------------------------------------- names set off after a title
def test_ar_honorific_name_after_a_long_title_and_a_comma():
    ex = run(
        "وحضر الاجتماع مدير الشركة الوطنية للكهرباء التابعة لوزارة الطاقة، السيدة سلوى منت محمود.",
        "ar",
    )
    assert "سلوى منت محمود" in names(ex, "Official")


def test_ar_short_foreign_given_name_after_mr():
    # "لي" spells a function word, but after "Mr" it opens the name
    ex = run("وحضر اللقاء سفير الصين لدى الكويت، السيد لي تشانغ مينغ.", "ar")
    assert "لي تشانغ مينغ" in names(ex, "Official")
    assert names(run("وقال السيد إن اللقاء مهم.", "ar"), "Official") == set()


def test_ar_name_after_a_rank_ends_at_the_full_stop():
    ex = run("ووصل وفد برئاسة رئيس محكمة الاستئناف، القاضي زياد حمدان العتوم.", "ar")
    assert "زياد حمدان العتوم" in names(ex, "Official")


def test_ar_definite_adjective_between_title_and_name_belongs_to_the_title():
    ex = run("وحضر اللقاء المستشار القانوني سالم ولد أحمد فال، ومدير المراسم.", "ar")
    off = ent(ex, "سالم ولد أحمد فال")
    assert off.title.startswith("المستشار القانوني")


def test_ar_name_set_off_by_commas_after_a_long_title():
    ex = run(
        "وحضر اللقاء وزير الزراعة المكلف بحكومة الوفاق، خالد مسعود الورفلي. "
        "وقال الوزير إن اللقاء مهم.",
        "ar",
    )
    off = ent(ex, "خالد مسعود الورفلي")
    assert off.title.startswith("وزير الزراعة")


def test_ar_set_off_words_that_are_no_known_name_open_no_official():
    ex = run("وحضر اللقاء وزير الزراعة المكلف بحكومة الوفاق، رغم الظروف الصعبة.", "ar")
    assert not any("رغم" in n for n in names(ex, "Official"))


def test_ar_definite_title_word_before_a_comma_ends_a_name():
    ex = run("والتقى الوفد وزير العدل، مولانا حامد عثمان الأمين، الذي رحب بالزيارة.", "ar")
    assert "حامد عثمان الأمين" in names(ex, "Official")


def test_ar_title_word_that_is_a_given_name_inside_a_name():
    ex = run("وتلقى الوزير اتصالا من وزير الخارجية التركي أحمد أمين تشليك، تناول العلاقات.", "ar")
    assert "أحمد أمين تشليك" in names(ex, "Official")
    # "secretary general" stays a title
    ex = run("استقبل الرئيس سالم أمين عام الجامعة.", "ar")
    assert not any("عام" in n for n in names(ex, "Official"))


def test_ar_place_after_a_preposition_is_no_name_before_a_title():
    ex = run("استقبل الرئيس سالم حمدان، اليوم، بقصر الضيافة، رئيس الوزراء الإيطالي.", "ar")
    assert "قصر الضيافة" not in names(ex, "Official")
    # a person after "with" still is
    ex = run("كما اجتمع مع عبد الكريم الزياني، رئيس المجلس الأعلى.", "ar")
    assert "عبد الكريم الزياني" in names(ex, "Official")


def test_ar_regnal_number_closes_a_sovereign_name():
    ex = run("استقبل الملك فيصل الثالث اليوم رئيس الوزراء البلجيكي.", "ar")
    assert "فيصل الثالث" in names(ex, "Official")
    # after a title (no name before it), the ordinal stays a modifier of the title
    ex = run("التقى النائب الثاني لرئيس مجلس النواب سالم حمدان الوفد.", "ar")
    assert "سالم حمدان" in names(ex, "Official")


def test_ar_european_name_particles_and_hamza_alef_first_names():
    ex = run("واستقبل الوزير اليوم رئيس الوزراء البلجيكي ألبير فون كروف.", "ar")
    assert "ألبير فون كروف" in names(ex, "Official")
    assert name_at("والتقى الوزير ألكسندر دي ميستورا.", "ألكسندر") == "ألكسندر دي ميستورا"


def test_ar_received_him_is_the_official_named_before():
    ex = run(
        "وصل وزير الخارجية الليبي سالم حمدان إلى تونس على رأس وفد رفيع، "
        "حيث استقبله نظيره التونسي خالد النوري.",
        "ar",
    )
    assert frozenset({"سالم حمدان", "خالد النوري"}) in met(ex)
