"""A post held at a body's office in a city ("Permanent Representative of X to the Y Office in
Z"), then the holder's honorific and name: the city closes the title and the honorific still opens
its holder's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Lesotho envoy meets relief chief\n\n"
    "Under-Secretary-General for Humanitarian Affairs Ingrid Solberg held a working session in "
    "Nairobi on Friday with the country team of her office.\n\n"
    "She later met Permanent Representative of the Kingdom of Lesotho to the United Nations "
    "Office in Nairobi Dr. Palesa Mokoena to review drought assistance.\n"
)


def test_en_title_closed_by_the_post_seat_keeps_its_holder():
    e = ent(run(TEXT, "en"), "Palesa Mokoena")
    assert e.title is not None and e.title.endswith("Office in Nairobi")
    assert e.country == "LSO"


def test_en_holder_after_the_post_seat_is_met():
    assert frozenset({"Ingrid Solberg", "Palesa Mokoena"}) in met(run(TEXT, "en"))
