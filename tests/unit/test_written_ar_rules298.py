"""Signers of two countries sign at the latest meeting told whose two sides are of those
countries, not at a later meeting of one country's officials: each meets the other side's
principal of that meeting, and a signer listed under a side meets no official of its own country
(sentences written for these tests, in both languages)."""

from __future__ import annotations

from .helpers import met, run

AR = (
    "بيرو وغانا توقعان اتفاقية للكاكاو\n\n"
    "ليما - أجرى وزير التجارة البيروفي كارلوس منديثا ريوس مباحثات مع وزير التجارة الغاني كوفي "
    "أجيمان منساه في ليما اليوم.\n\n"
    "وفي وقت لاحق، التقى الوزير منديثا ريوس رئيس الوزراء البيروفي خوليو كوري أومان.\n\n"
    "ووقع الاتفاقية عن الجانب البيروفي نائب وزير التجارة روسا كيسبي لارا، وعن الجانب الغاني "
    "سفير غانا لدى بيرو ياو بواتينغ أساري.\n"
)


def test_ar_signers_sign_at_the_two_countries_talks():
    pairs = met(run(AR, "ar"))
    assert frozenset({"روسا كيسبي لارا", "ياو بواتينغ أساري"}) in pairs
    assert frozenset({"روسا كيسبي لارا", "كوفي أجيمان منساه"}) in pairs
    assert frozenset({"ياو بواتينغ أساري", "كارلوس منديثا ريوس"}) in pairs
    assert frozenset({"روسا كيسبي لارا", "كارلوس منديثا ريوس"}) not in pairs


EN = (
    "Peru and Ghana sign cocoa pact\n\n"
    "1. The Minister of Trade of Peru, Carla Mendoza Rios, held talks with the Minister of Trade "
    "of Ghana, Kofi Agyeman Mensah, in Lima on 3 May.\n\n"
    "2. Minister Mendoza Rios later paid a courtesy call on the Mayor of Lima, Luis Arana "
    "Paz.\n\n"
    "3. In the presence of the two Ministers, an agreement on cocoa trade was signed by the Vice "
    "Minister of Trade of Peru, Rosa Quispe Lara, and the Ambassador of Ghana to Peru, Yaw "
    "Boateng Asare.\n"
)


def test_en_signers_of_two_countries_sign_at_the_two_countries_talks():
    pairs = met(run(EN, "en"))
    assert frozenset({"Rosa Quispe Lara", "Yaw Boateng Asare"}) in pairs
    assert frozenset({"Rosa Quispe Lara", "Kofi Agyeman Mensah"}) in pairs
    assert frozenset({"Yaw Boateng Asare", "Carla Mendoza Rios"}) in pairs
    assert frozenset({"Rosa Quispe Lara", "Carla Mendoza Rios"}) not in pairs
