""" "Consul General" / "Consul" head an envoy's post: the holder is an official of the country
after "of" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Regional chief meets consuls\n\n"
    "GOTHENBURG, Oct 8 -- Swedish Minister for Trade Hana Lindqvist on Wednesday received "
    "Consul-General of Chile Ramon Espinoza Vidal to discuss a salmon farming exchange.\n\n"
    "Later, she met Honorary Consul of Iceland Gunnar Thorsson Eide at the port authority.\n"
)


def test_en_consul_general_is_an_official_of_the_country_after_of():
    ex = run(TEXT, "en")
    consul = ent(ex, "Ramon Espinoza Vidal")
    assert consul.type == "Official" and consul.country == "CHL"
    assert (consul.title or "").startswith("Consul")  # not the rank word alone ("General of …")
    assert frozenset({"Hana Lindqvist", "Ramon Espinoza Vidal"}) in met(ex)


def test_en_honorary_consul_is_an_official():
    ex = run(TEXT, "en")
    assert ent(ex, "Gunnar Thorsson Eide").country == "ISL"
    assert frozenset({"Hana Lindqvist", "Gunnar Thorsson Eide"}) in met(ex)
