"""A committee named by a joint word ("the Peru-Qatar Joint Economic Committee", a parliament's
"Joint Standing Committee on ...") is a standing body, an Agency; a "Joint Commission" stays two
sides' meeting format (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

BILATERAL = (
    "Peru and Qatar prepare trade talks\n\n"
    "Peruvian Minister of Foreign Trade Lucia Bermejo Salas said on Sunday that the Peru-Qatar "
    "Joint Economic Committee would meet in Doha in October to review a fisheries accord.\n"
)

PARLIAMENT = (
    "Canberra panel hears envoy\n\n"
    "Senator Bronwyn Tisdale, chair of the Joint Standing Committee on Treaties, said the "
    "committee would report on the accord before the winter recess.\n"
)

COMMISSION = (
    "Ministers prepare session\n\n"
    "Foreign Minister Lucia Bermejo Salas said the Peru-Qatar Joint Commission would hold its "
    "third session in Lima.\n"
)


def test_en_a_bilateral_joint_committee_is_a_body():
    assert "Peru-Qatar Joint Economic Committee" in names(run(BILATERAL, "en"), "Agency")


def test_en_a_parliaments_joint_committee_is_a_body():
    assert "Joint Standing Committee on Treaties" in names(run(PARLIAMENT, "en"), "Agency")


def test_en_a_joint_commission_stays_a_meeting_format():
    assert not any("Commission" in n for n in names(run(COMMISSION, "en"), "Agency"))
