"""Made-up extractions whose articles disagree about the same entities: every official is
given a different title, country and spelling of its name from one article to the next
(and agencies a different kind), so any two sets of them, loaded in either order, only
give one graph when the merge rule, not the order, decides which value stays.

Used by the merge-order integration test and the fault-injection tests (which need
enough rows for a load to be killed in the middle of it).
"""

from __future__ import annotations

from pathlib import Path

from graphbuild.model import Article, Entity, Extraction, Relation
from graphbuild.pipeline import write_extractions

TITLES = ("Foreign Minister", "Minister", "Deputy Foreign Minister", "Envoy", "Ambassador")
COUNTRIES = ("JOR", "EGY", "LBY", "TUN", "FRA", "GBR")
KINDS = ("ministry", "delegation", "committee")


def _official(p: int, i: int) -> Entity:
    variant = (i + p) % 3
    # three spellings of one normalised name: the id is the same, the name is not
    name = (f"Karim Haddad{p}", f"karim haddad{p}", f"KARIM HADDAD{p}")[variant]
    return Entity(
        id=f"Official:karim haddad{p}",
        type="Official",
        name=name,
        aliases=(f"Haddad{p}",) if variant else (),
        country=COUNTRIES[(i * 7 + p) % len(COUNTRIES)],
        title=TITLES[(i + 2 * p) % len(TITLES)] if (i + p) % 4 else None,
        confidence=0.5 + ((i + p) % 5) / 10,
    )


def _agency(q: int, i: int) -> Entity:
    return Entity(
        id=f"Agency:council{q}",
        type="Agency",
        name=f"Council {q}",
        country=COUNTRIES[(i + q) % len(COUNTRIES)],
        kind=KINDS[(i + q) % len(KINDS)],
        confidence=0.8,
    )


def conflicting_extractions(
    first: int, last: int, officials: int = 40, agencies: int = 6, per_article: int = 4
) -> list[Extraction]:
    """Articles ``art-<first>`` … ``art-<last - 1>``: each names ``per_article`` officials of
    a pool of ``officials`` and one agency of ``agencies``, with values that depend on the
    article; MET_WITH, MEMBER_OF and SAID (with MENTIONS) between them."""
    out = []
    for i in range(first, last):
        ps = sorted({(i * 3 + k * 11) % officials for k in range(per_article)})
        offs = [_official(p, i) for p in ps]
        ag = _agency(i % agencies, i)
        country = Entity(
            id=f"Country:{COUNTRIES[i % len(COUNTRIES)]}",
            type="Country",
            name=COUNTRIES[i % len(COUNTRIES)].title(),
        )
        text = f"Sentence one of article {i}. Sentence two. They said peace matters."
        rels: list[Relation] = []
        for a, b in zip(offs, offs[1:], strict=False):
            rels.append(Relation("MET_WITH", a.id, b.id, f"{a.name} met {b.name}.", None, 0, 29))
        for o in offs:
            rels.append(Relation("MEMBER_OF", o.id, ag.id, f"{o.name} of {ag.name}.", None, 30, 44))
        rels.append(Relation("MEMBER_OF", ag.id, country.id, "The council.", None, 30, 44))
        rels.append(
            Relation(
                "SAID",
                offs[0].id,
                None,
                "They said peace matters.",
                quote=f"peace matters {i}",
                start=45,
                end=69,
                mentions=(country.id, ag.id),
            )
        )
        art = Article(
            id=f"art-{i:05d}",
            title=f"Article {i}",
            text=text,
            lang="en",
            published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            source="made-up",
        )
        out.append(Extraction(art, (*offs, ag, country), tuple(rels)))
    return out


def write_conflicting(path: Path, first: int, last: int, **kw: int) -> Path:
    """:func:`conflicting_extractions` as an extractions ``.jsonl`` file (``graphbuild load``
    reads it as it is: no extraction, no corpus-wide resolution)."""
    write_extractions(conflicting_extractions(first, last, **kw), path)
    return path
