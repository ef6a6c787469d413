"""Graphs for the page tests and the benchmark: hand-made, synthetic, and the in-repo corpus."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx

from graphbuild.graph import build_graph
from graphbuild.model import Article, Entity, Extraction, Relation

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(1)"

ROOT = Path(__file__).resolve().parents[2]
#: what scripts/screenshot draws: the seed and the in-repo dev articles (all in the repository)
CORPUS = (ROOT / "seeds", ROOT / "eval" / "dev" / "articles")

LONG_QUOTE_EN = (
    "The United Kingdom remains committed to supporting the Libyan people in building a secure, "
    "stable and prosperous country, and we call on every party to engage constructively with the "
    "political process led "
    "by the United Nations without further delay"
)
LONG_QUOTE_AR = (
    "تم خلال الاجتماع التأكيد على ضرورة التنسيق المشترك لتفعيل عدد من الاتفاقيات المبرمة "
    "بين الجانبين في المجال "
    "الاقتصادي والأمني، والاتفاق على استئناف عمل السفارة المصرية في طرابلس في أقرب الآجال"
)


def corpus_graph() -> nx.MultiDiGraph:
    """The graph of ``seeds/`` and ``eval/dev/articles/``, extracted by the real pipeline."""
    import graphbuild

    articles = list(graphbuild.read_articles([str(p) for p in CORPUS]))
    return graphbuild.build_graph(graphbuild.extract(articles))


def long_statement_graph() -> nx.MultiDiGraph:
    """One English and one Arabic statement, each far longer than a canvas label; one article."""
    art = Article(
        id="long",
        title="Statements after the meeting",
        text="…",
        lang="en",
        url="https://example.org/long",
        published="2024-02-01",
        source="example.org",
    )
    hunt = Entity(
        "Official:jeremy hunt", "Official", "Jeremy Hunt", title="Foreign Secretary", confidence=0.9
    )
    bashagha = Entity(
        "Official:فتحي باشاغا", "Official", "فتحي باشاغا", title="وزير الداخلية", confidence=0.9
    )
    rels = (
        Relation(
            "SAID", hunt.id, None, "He said: " + LONG_QUOTE_EN, quote=LONG_QUOTE_EN, start=0, end=10
        ),
        Relation(
            "SAID",
            bashagha.id,
            None,
            "وقال: " + LONG_QUOTE_AR,
            quote=LONG_QUOTE_AR,
            start=20,
            end=30,
        ),
        Relation("MET_WITH", hunt.id, bashagha.id, "Hunt met Bashagha.", start=40, end=50),
    )
    return build_graph([Extraction(art, (hunt, bashagha), rels)])


def sample_graph() -> nx.MultiDiGraph:
    """The seed article's story, by hand: Bashagha meets the Egyptian delegation."""
    ar = Article(
        id="seed-ar",
        title="«باشاغا»: علاقاتنا مع القاهرة مهمة للغاية",
        text="…",
        lang="ar",
        url="https://example.org/ar/bashagha-egypt",
        published="2020-12-27",
        source="example.org",
    )
    en = Article(
        id="wire-en",
        title="Libya's interior minister meets Egyptian security delegation",
        text="…",
        lang="en",
        url="https://example.com/en/libya-egypt",
        published="2020-12-28",
        source="example.com",
    )
    libya = Entity(
        "Country:LBY", "Country", "ليبيا", aliases=("الليبي", "الليبية", "Libya"), name_en="Libya"
    )
    egypt = Entity(
        "Country:EGY",
        "Country",
        "مصر",
        aliases=("القاهرة", "المصري", "Egypt", "Cairo"),
        name_en="Egypt",
    )
    bashagha = Entity(
        "Official:فتحي باشاغا",
        "Official",
        "فتحي باشاغا",
        aliases=("باشاغا", "Fathi Bashagha"),
        country="LBY",
        title="وزير الداخلية",
        name_en="Fathi Bashagha",
        confidence=0.95,
        merges=("«باشاغا» → فتحي باشاغا: surname of a named official in the same article",),
    )
    delegation = Entity(
        "Agency:الوفد المصري@EGY",
        "Agency",
        "الوفد المصري",
        aliases=("الوفد الأمني المصري", "Egyptian delegation"),
        country="EGY",
        kind="delegation",
        name_en="Egyptian delegation",
        confidence=0.9,
    )
    badie = Entity(
        "Official:ايمن بديع",
        "Official",
        "أيمن بديع",
        aliases=("اللواء أيمن بديع",),
        country="EGY",
        title="وكيل عام جهاز المخابرات العامة",
        name_en="Ayman Badie",
        confidence=0.9,
    )
    maiteeq = Entity(
        "Official:احمد معيتيق",
        "Official",
        "أحمد معيتيق",
        country="LBY",
        title="نائب رئيس مجلس الوزراء",
        name_en="Ahmed Maiteeq",
        confidence=0.9,
    )
    ministry = Entity(
        "Agency:وزاره الداخليه@LBY",
        "Agency",
        "وزارة الداخلية",
        country="LBY",
        kind="ministry",
        name_en="Ministry of Interior",
        confidence=0.85,
    )
    ents_ar = (libya, egypt, bashagha, delegation, badie, maiteeq, ministry)
    met = "وصف وزير الداخلية الليبي، فتحي باشاغا، المناقشات التي دارت مع الوفد المصري اليوم الأحد"
    rels_ar = (
        Relation(
            "MET_WITH",
            bashagha.id,
            delegation.id,
            met,
            start=60,
            end=150,
            confidence=0.9,
            rule="ar.met.cue",
        ),
        Relation(
            "MET_WITH",
            maiteeq.id,
            delegation.id,
            "قال أحمد معيتيق إن الاجتماع مع الوفد المصري تركز حول التأكيد على عمق العلاقات",
            start=1500,
            end=1600,
            confidence=0.85,
            rule="ar.met.meeting",
        ),
        Relation(
            "MEMBER_OF",
            badie.id,
            delegation.id,
            "ويضم الوفد المصري إلى طرابلس، اللواء أيمن بديع",
            start=1200,
            end=1260,
            confidence=0.8,
            rule="ar.member.includes",
        ),
        Relation(
            "MEMBER_OF",
            delegation.id,
            egypt.id,
            met,
            start=60,
            end=150,
            confidence=0.9,
            rule="ar.member.nisba",
        ),
        Relation(
            "MEMBER_OF",
            bashagha.id,
            ministry.id,
            met,
            start=60,
            end=150,
            confidence=0.9,
            rule="ar.member.title",
        ),
        Relation(
            "MEMBER_OF",
            ministry.id,
            libya.id,
            met,
            start=60,
            end=150,
            confidence=0.9,
            rule="ar.member.nisba",
        ),
        Relation(
            "SAID",
            bashagha.id,
            None,
            "وأضاف أن: علاقاتنا مع القاهرة مهمة للغاية",
            quote="علاقاتنا مع القاهرة مهمة للغاية، ونتطلع لتوطيد علاقاتنا مع كافة الدول الشقيقة",
            start=700,
            end=800,
            confidence=0.9,
            rule="ar.said.adaf",
            mentions=(egypt.id,),
        ),
    )
    rels_en = (
        Relation(
            "MET_WITH",
            bashagha.id,
            delegation.id,
            "Libya's interior minister Fathi Bashagha met an Egyptian security delegation"
            " in Tripoli on Sunday.",
            start=0,
            end=99,
            confidence=0.9,
            rule="en.met.cue",
        ),
    )
    return build_graph(
        [
            Extraction(ar, ents_ar, rels_ar),
            Extraction(en, (libya, egypt, bashagha, delegation), rels_en),
        ]
    )


def hostile_graph() -> nx.MultiDiGraph:
    """Names, quotes, titles and URLs that try to become markup or script."""
    art = Article(
        id="evil",
        title=HOSTILE_SCRIPT + " headline",
        text="…",
        lang="en",
        url=HOSTILE_URL,
        published="2024-01-01",
        source=HOSTILE_IMG,
    )
    art2 = Article(
        id="evil2",
        title="second " + HOSTILE_IMG,
        text="…",
        lang="en",
        url="JaVaScRiPt:alert(2)",
        published="2024-01-02",
        source="x",
    )
    a = Entity(
        "Official:" + HOSTILE_SCRIPT,
        "Official",
        HOSTILE_SCRIPT,
        aliases=(HOSTILE_IMG, "evil official"),
        title=HOSTILE_IMG,
        name_en="Evil " + HOSTILE_SCRIPT,
        merges=(HOSTILE_IMG,),
    )
    b = Entity(
        "Agency:" + HOSTILE_IMG,
        "Agency",
        HOSTILE_IMG,
        aliases=("</script><script>alert(3)</script>",),
        kind=HOSTILE_URL,
    )
    c = Entity("Country:XSS", "Country", "\u2028" + HOSTILE_URL + "\u2029")
    rels = (
        Relation(
            "MET_WITH",
            a.id,
            b.id,
            "evidence " + HOSTILE_IMG + " & " + HOSTILE_SCRIPT,
            start=0,
            end=10,
        ),
        Relation("MEMBER_OF", b.id, c.id, "<b>bold?</b> " + HOSTILE_URL, start=0, end=10),
        Relation(
            "SAID",
            a.id,
            None,
            "said " + HOSTILE_SCRIPT,
            quote=HOSTILE_SCRIPT + " " + HOSTILE_IMG,
            start=0,
            end=10,
            mentions=(b.id,),
        ),
    )
    return build_graph([Extraction(art, (a, b, c), rels), Extraction(art2, (a, b), rels[:1])])


def synthetic_graph(n_nodes: int, *, seed: int = 7, articles: int = 200) -> nx.MultiDiGraph:
    """A news-like random graph: hubs (countries, agencies), many officials, statements.

    About 2 edges per node; preferential attachment makes a few hubs; a
    handful of small separate components sit apart from the giant one.
    """
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    g.graph["articles"] = {
        f"a{i}": {
            "id": f"a{i}",
            "title": f"Article {i}",
            "url": f"https://news.example/{i}",
            "published": f"2024-01-{1 + i % 28:02d}",
            "lang": "ar" if i % 2 else "en",
            "source": "news.example",
        }
        for i in range(articles)
    }
    n_country = max(3, n_nodes // 50)
    n_agency = max(3, n_nodes // 8)
    n_statement = n_nodes // 6
    n_official = n_nodes - n_country - n_agency - n_statement
    ids: list[str] = []

    def add(nid: str, **attrs):
        g.add_node(
            nid,
            articles=[f"a{rng.randrange(articles)}"],
            aliases=[],
            merges=[],
            confidence=0.9,
            **attrs,
        )
        ids.append(nid)

    counter = iter(range(10**9))

    def edge(u: str, v: str, t: str):
        aid = f"a{rng.randrange(articles)}"
        g.add_edge(
            u,
            v,
            key=f"{t}|{aid}|{next(counter)}",
            type=t,
            article_id=aid,
            evidence=f"{u} {t} {v}.",
            start=0,
            end=10,
            quote=None,
            confidence=0.8,
            rule="synthetic",
            published="2024-01-01",
        )

    for i in range(n_country):
        add(f"Country:C{i:03d}", type="Country", name=f"دولة {i}", name_en=f"Country {i}")
    countries = list(ids)
    for i in range(n_agency):
        add(
            f"Agency:A{i:04d}",
            type="Agency",
            name=f"وزارة رقم {i}",
            name_en=f"Ministry {i}",
            kind="ministry",
        )
        edge(ids[-1], rng.choice(countries), "MEMBER_OF")
    agencies = ids[n_country:]
    officials: list[str] = []
    for i in range(n_official):
        nid = f"Official:O{i:05d}"
        add(
            nid,
            type="Official",
            name=f"المسؤول {i}",
            name_en=f"Official {i}" if i % 3 else None,
            title="وزير",
            country="C000",
        )
        officials.append(nid)
        if i < n_official - 30:  # the last few form small separate components
            edge(nid, rng.choice(agencies[: max(3, len(agencies) // (1 + i % 4))]), "MEMBER_OF")
            if len(officials) > 1:
                other = officials[int(len(officials) * rng.random() ** 2)]
                if other != nid:
                    edge(nid, other, "MET_WITH")
        elif i % 3 and len(officials) > 1:
            g.add_edge(
                nid,
                officials[-2],
                key=f"MET_WITH|a0|{i}",
                type="MET_WITH",
                article_id="a0",
                evidence="small world",
                start=0,
                end=1,
                quote=None,
                confidence=0.5,
                rule="synthetic",
                published="2024-01-01",
            )
    for i in range(n_statement):
        speaker = rng.choice(officials[: max(10, len(officials) // 5)])
        sid = f"Statement:S{i:05d}"
        g.add_node(
            sid,
            type="Statement",
            name=f"تصريح رقم {i}",
            text=f"تصريح رقم {i} حول العلاقات",
            lang="ar",
            article_id="a1",
            speaker=speaker,
            articles=["a1"],
        )
        ids.append(sid)
        edge(speaker, sid, "SAID")
        edge(sid, rng.choice(countries), "MENTIONS")
    return g
