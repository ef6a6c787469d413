"""English agency forms of round 22: an office named by the role of an international body's
officer, the body in full ("the Office of the United Nations High Commissioner for …"), is one
body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_office_of_a_un_officer_in_full_is_one_body():
    ex = run(
        "News\n\n"
        "Foreign Minister Nadia Rahimova received on Monday a delegation of the Office of the "
        "United Nations High Commissioner for Human Rights led by Deputy High Commissioner "
        "Pablo Serrano.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Office of the United Nations High Commissioner for Human Rights" in agencies
    assert "Office" not in agencies
