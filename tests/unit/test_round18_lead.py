"""Round 18, the lead's own fixes (each test fails without its fix)."""

from .helpers import names, run


def test_en_a_gathering_after_a_rank_word_is_no_person():
    # "General" is a military rank, "Conference" never a name: the IAEA's General Conference is
    # an event (FORMAT.md: events are no entities), not "General Conference" the officer
    ex = run(
        "Ministers meet in Vienna\n\n"
        "The Minister of Energy, Karl Weiss, met the Director of the Office, Anna Berg, on the "
        "margins of the IAEA General Conference. Both later spoke at the Energy Summit and the "
        "General Forum.",
        "en",
    )
    officials = names(ex, "Official")
    assert {"Karl Weiss", "Anna Berg"} <= officials
    assert not officials & {"Conference", "Summit", "Forum", "General Conference"}
