"""Hand-made extractions shared by the loader's unit tests and the integration tests."""

from __future__ import annotations

from graphbuild.model import Article, Entity, Extraction, Relation

BORIS = "Official:بوريس جونسون"
AQILA = "Official:عقيله صالح"
SARRAJ = "Official:فايز السراج"
HOR = "Agency:مجلس النواب@LBY"


def sample_extractions() -> list[Extraction]:
    """Two hand-made articles sharing Boris Johnson and Libya."""
    a1 = Article(
        id="a1",
        title="وزير الخارجية يزور طبرق",
        text="…",
        lang="ar",
        url="https://example.org/a1",
        published="2017-05-04",
        source="example",
    )
    a2 = Article(id="a2", title="Second", text="…", lang="ar", published="2017-06-01")
    boris = Entity(
        id=BORIS,
        type="Official",
        name="بوريس جونسون",
        aliases=("جونسون", "وزير الخارجية جونسون"),
        country="GBR",
        title="وزير الخارجية",
        confidence=0.9,
    )
    aqila = Entity(
        id=AQILA, type="Official", name="عقيلة صالح", country="LBY", title="رئيس مجلس النواب"
    )
    hor = Entity(
        id=HOR,
        type="Agency",
        name="مجلس النواب الليبي",
        aliases=("مجلس النواب",),
        country="LBY",
        kind="parliament",
    )
    lby = Entity(
        id="Country:LBY",
        type="Country",
        name="ليبيا",
        aliases=("الليبي",),
        country="LBY",
        name_en="Libya",
    )
    gbr = Entity(
        id="Country:GBR", type="Country", name="بريطانيا", country="GBR", name_en="United Kingdom"
    )
    ev = "اجتمع وزير الخارجية جونسون برئيس مجلس النواب عقيلة صالح."
    e1 = Extraction(
        article=a1,
        entities=(boris, aqila, hor, lby, gbr),
        relations=(
            Relation(
                type="MET_WITH",
                source=BORIS,
                target=AQILA,
                evidence=ev,
                start=10,
                end=70,
                confidence=0.9,
            ),
            Relation(type="MEMBER_OF", source=AQILA, target=HOR, evidence=ev, start=10, end=70),
            Relation(
                type="MEMBER_OF", source=HOR, target="Country:LBY", evidence=ev, start=10, end=70
            ),
            Relation(
                type="SAID",
                source=BORIS,
                target=None,
                evidence="قال جونسون إن بريطانيا تدعم ليبيا.",
                quote="بريطانيا تدعم ليبيا",
                start=80,
                end=120,
                mentions=("Country:GBR", "Country:LBY"),
            ),
        ),
    )
    sarraj = Entity(
        id=SARRAJ,
        type="Official",
        name="فايز السرّاج",
        aliases=("السراج",),
        country="LBY",
        title="رئيس الحكومة",
    )
    boris2 = Entity(
        id=BORIS,
        type="Official",
        name="بوريس جونسون",
        aliases=("السيد جونسون",),
        country="GBR",
        confidence=1.0,
    )
    e2 = Extraction(
        article=a2,
        entities=(boris2, sarraj, lby),
        relations=(
            Relation(
                type="MET_WITH",
                source=BORIS,
                target=SARRAJ,
                evidence="وبحث جونسون مع السراج.",
                start=30,
                end=50,
                confidence=0.7,
            ),
            Relation(
                type="MET_WITH",
                source=BORIS,
                target=SARRAJ,
                evidence="التقى جونسون السراج.",
                start=0,
                end=20,
                confidence=0.8,
            ),
        ),
    )
    return [e1, e2]
