"""A transcript turn opened by an honorific and a family name, "MS. PARK: …" / "السيد حداد: …"
(a spokesperson's briefing): "MS." ends no sentence (the pipeline's abbreviations, in
capitals too), so the turn starts its line, and it is one SAID of the official named
earlier. "QUESTION:" gives none.
Sentences written for these tests."""

from __future__ import annotations

from graphbuild.model import Article
from graphbuild.nlp.extract import extract_article

from .helpers import said


def test_en_ms_surname_turns():
    ex = extract_article(
        Article(
            id="t",
            title="Department Press Briefing",
            text=(
                "Spokesperson Nina Park spoke to reporters in Washington.\n\n"
                "MS. PARK: Good afternoon, everyone. I have two announcements at the top today.\n\n"
                "QUESTION: Thank you, Nina. Can you tell us about the talks in Vienna?\n\n"
                "MS. PARK: The talks were constructive, and we expect them to continue next week."
            ),
            lang="en",
        )
    )
    turns = [q for sp, q in said(ex) if sp == "Nina Park"]
    assert len(turns) == 2
    assert turns[0].startswith("Good afternoon") and turns[1].startswith("The talks were")


def test_ar_mr_surname_turns():
    ex = extract_article(
        Article(
            id="t",
            title="إحاطة صحفية",
            text=(
                "عقد الناطق باسم وزارة الخارجية الأردنية عمر حداد، اليوم، إحاطة صحفية في عمان.\n\n"
                "السيد حداد: مساء الخير، لدينا اليوم إعلانان مهمان.\n\n"
                "سؤال: ما هو موقفكم من المباحثات؟\n\n"
                "السيد حداد: المباحثات كانت بناءة ونتوقع استمرارها."
            ),
            lang="ar",
        )
    )
    turns = [q for sp, q in said(ex) if sp == "عمر حداد"]
    assert len(turns) == 2 and turns[1].startswith("المباحثات كانت بناءة")
