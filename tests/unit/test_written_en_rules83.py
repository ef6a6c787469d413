"""Round-22 title rule (English): a UN envoy styled by the office of the Secretary-General."""

from __future__ import annotations

from .helpers import names, run


def test_en_special_representative_of_the_secretary_general_is_one_post():
    ex = run(
        "The foreign minister met Ms. Ingrid Vaage, the Special Representative of the"
        " Secretary-General for Somalia, in Mogadishu on Monday.",
        "en",
    )
    assert "Ingrid Vaage" in names(ex, "Official")
    assert "Secretary-General" not in names(ex, "Official")
