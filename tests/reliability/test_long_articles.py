"""An article longer than one spaCy document (issue 12): read, extracted in chunks cut at
paragraph breaks, offsets into the whole article; one over the article limit is one error line."""

from __future__ import annotations

import json
from pathlib import Path

from graphbuild.errors import ArticleError
from graphbuild.nlp.extract import CHUNK_CHARS, extract_article
from graphbuild.sources import iter_articles

MEETING = "Foreign Minister Karim Haddad met Prime Minister Omar Nasser in Amman.\n\n"
LAST = "Interior Minister Lina Farouk received Finance Minister Adel Mansour.\n"


def test_an_article_longer_than_a_spacy_document_is_extracted_in_chunks(tmp_path: Path):
    # paragraphs of blank lines (cheap to tokenise) between meetings, past spaCy's limit
    text = (MEETING + "\n" * 99_000) * 11 + LAST
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"id": "long", "title": "Talks", "text": text, "lang": "en"}) + "\n")
    errors: list[ArticleError] = []
    arts = list(iter_articles([p], on_error=errors.append))
    assert errors == [] and len(arts) == 1
    art = arts[0]
    assert len(art.full_text) > CHUNK_CHARS
    ex = extract_article(art)  # spaCy's E088 before: the article was refused
    met = {(r.source, r.target) for r in ex.relations if r.type == "MET_WITH"}
    assert met == {
        ("Official:karim haddad", "Official:omar nasser"),
        ("Official:lina farouk", "Official:adel mansour"),
    }
    for r in ex.relations:
        assert r.evidence == art.full_text[r.start : r.end]
    assert max(r.start for r in ex.relations) > CHUNK_CHARS  # found in the last chunk
