"""Coordinators are titled officials in both languages; a subcommittee is a body.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, run


def test_a_special_coordinator_en():
    ex = run("UN Special Coordinator Maria Lindqvist briefed the council on Tuesday.", "en")
    assert "Maria Lindqvist" in names(ex, "Official")


def test_a_coordinator_ar():
    ex = run("وشارك منسق الشؤون الإنسانية سالم أحمد الحربي في الاجتماع.", "ar")
    assert "سالم أحمد الحربي" in names(ex, "Official")


def test_a_subcommittee_is_a_body_not_a_name():
    ex = run(
        "The delegation was headed by Senator John Carter, Chairman of the Senate Energy "
        "Subcommittee.",
        "en",
    )
    assert "Energy Subcommittee" in names(ex, "Agency")
    assert names(ex, "Official") == {"John Carter"}
