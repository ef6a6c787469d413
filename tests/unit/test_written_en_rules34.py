"""A named international body inside a title is not extended by the title's remit ("Special
Representative of the European Union for the Sahel X"), round 16 (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_remit_after_an_international_body_is_the_titles():
    ex = run(
        "Talks held\n"
        "DOHA - The minister also met with HE Special Representative of the European Union for "
        "the Sahel Anna Berg Lindqvist. He had received a phone call from HE Assistant "
        "Secretary-General of the United Nations for Asia Kofi Mensah Owusu.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "European Union" in agencies
    assert "United Nations" in agencies
    assert not any(" for " in a for a in agencies)
    member = rels(ex, "MEMBER_OF")
    assert ("Anna Berg Lindqvist", "European Union") in member
    assert ("Kofi Mensah Owusu", "United Nations") in member


def test_en_body_named_with_for_keeps_its_name():
    ex = run(
        "Relief talks\n"
        "GENEVA - Maria Lopez Vidal, head of the United Nations Office for the Coordination of "
        "Humanitarian Affairs, said aid would reach the region.",
        "en",
    )
    assert (
        "Maria Lopez Vidal",
        "United Nations Office for the Coordination of Humanitarian Affairs",
    ) in rels(ex, "MEMBER_OF")


def test_en_remit_after_a_ministry_named_by_its_portfolio_is_the_titles():
    ex = run(
        "Talks in Muscat\n"
        "MUSCAT - The meeting was attended by Sheikh Salim bin Nasser Al Rawahi, Undersecretary "
        "of the Foreign Ministry for Diplomatic Affairs, and Petra Vogel, State Secretary at the "
        "Federal Ministry for Economic Affairs of Germany.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Foreign Ministry for Diplomatic Affairs" not in agencies
    member = rels(ex, "MEMBER_OF")
    assert ("Salim bin Nasser Al Rawahi", "Foreign Ministry") in member
    assert ("Petra Vogel", "Federal Ministry for Economic Affairs of Germany") in member


def test_en_plural_owner_before_a_council_is_part_of_its_name():
    ex = run(
        "Gulf talks\n"
        "RIYADH - Omar Saleh Al-Nasser, Director-General of the Transport Ministers' Council of "
        "the Arab League, said the plan was ready.",
        "en",
    )
    assert "Transport Ministers' Council" in names(ex, "Agency")
    assert ("Transport Ministers' Council", "Arab League") in rels(ex, "MEMBER_OF")


def test_en_national_news_agency_named_by_its_acronym_is_an_agency():
    ex = run(
        "Talks in Baghdad\n"
        "BAGHDAD - Foreign Minister Karim Jaber Hassan met his Jordanian counterpart on Monday, "
        "the state news agency INA reported.",
        "en",
    )
    assert "INA" in names(ex, "Agency")


def test_en_superintendence_is_an_agency_head():
    ex = run(
        "Talks in Lima\n"
        "LIMA - The minister announced that the Peruvian Tax Superintendence would open an office "
        "in Arequipa. Jorge Luis Paredes, head of the Superintendency of Banking, attended.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Peruvian Tax Superintendence" in agencies
    assert ("Jorge Luis Paredes", "Superintendency of Banking") in rels(ex, "MEMBER_OF")


def test_en_secretariat_named_by_its_organisation_is_its_part():
    ex = run(
        "Talks in Jakarta\n"
        "JAKARTA - The Secretary-General received the minister at the ASEAN Secretariat. "
        "Fahad Nasser Al-Otaibi, Assistant Secretary-General for Economic Affairs at the GCC "
        "Secretariat General, also attended.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "ASEAN Secretariat" in agencies
    assert "GCC Secretariat General" in agencies
    member = rels(ex, "MEMBER_OF")
    assert ("ASEAN Secretariat", "ASEAN") in member
    assert ("GCC Secretariat General", "GCC") in member
    assert ("GCC", "GCC Secretariat General") not in member
    assert ("Fahad Nasser Al-Otaibi", "GCC Secretariat General") in member
