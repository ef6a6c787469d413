"""High Representative, High Commissioner and Commissioner are roles (the body before them is the
holder's), as «الممثل الأعلى» and «المفوض» are in Arabic; sentences written for these tests."""

from .helpers import ent, rels, run


def test_en_high_representative_of_a_body():
    ex = run("EU High Representative Lena Holm met Chadian Prime Minister Omar Idris.", "en")
    assert "High Representative" in (ent(ex, "Lena Holm").title or "")
    assert ("Lena Holm", "EU") in rels(ex, "MEMBER_OF")


def test_en_commissioner_takes_a_name():
    ex = run("Commissioner Lena Holm said the aid would arrive.", "en")
    assert ent(ex, "Lena Holm").type == "Official"


def test_ar_high_representative_of_a_body():
    ex = run(
        "التقت الممثلة العليا للاتحاد الأوروبي لينا هولم رئيس الوزراء التشادي عمر إدريس.", "ar"
    )
    assert ent(ex, "لينا هولم").type == "Official"
