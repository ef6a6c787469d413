""" "Head of the X Office at the ministry" (lower case, after the holder's name): the bare
"the ministry" places the office in the ministry named before; it is not the office itself
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

TEXT = (
    "Icelandic and Uruguayan ministers review fisheries accord\n\n"
    "REYKJAVIK, 4 April -- Iceland's Minister of Fisheries Sigrun Ottarsdottir hosted "
    "Uruguayan Agriculture Minister Pablo Irazabal for talks on a fisheries accord.\n\n"
    "Also taking part was Gunnar Helgason, Head of the Licensing Office at the ministry, "
    "who outlined the quota rules.\n"
)


def test_en_office_at_the_ministry_belongs_to_the_named_ministry():
    ex = run(TEXT, "en")
    office = ent(ex, "Licensing Office")
    assert "the ministry" not in office.aliases
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "Licensing Office"}
    assert parents and all("Fisheries" in (t or "") for t in parents), parents
