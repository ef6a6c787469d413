"""A post abroad (an embassy, a consulate, a mission, an office, an organisation's capitalised
standing Delegation) is named with the country or town it serves written right after its name;
the name without the place stays one of its forms (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

TEXT = (
    "Clinics reopen in the south\n\n"
    "Two rural clinics reopened in Zomba on Friday, Health Minister Grace Phiri said, thanking "
    "Margit Kovacs, Head of the Delegation of the European Union to Malawi, for the funds.\n\n"
    "Vaccines were flown in by the UNICEF Field Office in Lilongwe, while the Embassy of Ireland "
    "in Malawi paid for the solar panels.\n"
)


def test_en_standing_delegation_keeps_the_country_it_serves():
    ex = run(TEXT, "en")
    body = ent(ex, "Delegation of the European Union to Malawi")
    assert body.type == "Agency"
    assert "Delegation of the European Union" in {body.name, *body.aliases}
    assert ("Margit Kovacs", body.name) in rels(ex, "MEMBER_OF")


def test_en_office_and_embassy_keep_the_place_they_serve():
    agencies = names(run(TEXT, "en"), "Agency")
    assert "UNICEF Field Office in Lilongwe" in agencies
    assert "Embassy of Ireland in Malawi" in agencies


def test_en_lower_case_delegation_to_a_country_is_a_visit_not_a_post():
    text = (
        "Trade visit\n\n"
        "Kenyan Trade Minister Peter Mbugua led a business delegation to Ghana on Monday.\n"
    )
    agencies = names(run(text, "en"), "Agency")
    assert not any(a.endswith("to Ghana") for a in agencies)
