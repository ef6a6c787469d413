"""Regression tests for the round-24 review (sentences written for these tests): each rule of the
round kept to its form and no wider."""

from __future__ import annotations

from .helpers import met, names, rels, run


# 1. the same unique post worded twice is one person only with the same bodies, one in the headline
def test_en_president_and_speaker_of_one_country_are_two_people():
    ex = run(
        "The President of Malta received the President of the House of Representatives of Malta "
        "in Valletta on Monday to discuss the budget.",
        "en",
    )
    officials = names(ex, "Official")
    assert "President of Malta" in officials
    assert any("House of Representatives" in o for o in officials - {"President of Malta"})
    assert ("President of Malta", "House of Representatives of Malta") not in rels(ex, "MEMBER_OF")
    assert any("President of Malta" in p for p in met(ex))


def test_ar_president_and_speaker_of_one_country_are_two_people():
    ex = run("استقبل رئيس جمهورية تونس اليوم رئيس مجلس نواب الشعب التونسي في قصر قرطاج.", "ar")
    assert len(names(ex, "Official")) == 2
    assert ("رئيس جمهورية تونس", "مجلس نواب الشعب التونسي") not in rels(ex, "MEMBER_OF")
    assert met(ex)


def test_en_headline_post_worded_otherwise_in_the_body_is_one_person():
    ex = run(
        "Bahrain King receives envoy\n\n"
        "The King of Bahrain received the Ambassador of Peru, Tomas Quispe, in Manama on Sunday.",
        "en",
    )
    assert len([o for o in names(ex, "Official") if "King" in o]) == 1


# 2. after "the <Country>" a capitalised name is a body's only for a country that takes no article
def test_en_country_with_the_then_holder_name_is_no_body():
    ex = run(
        "The Foreign Minister met the President of the Gambia Mariama Ceesay in Banjul on Monday.",
        "en",
    )
    assert "Mariama Ceesay" in names(ex, "Official")
    assert not any("Gambia Mariama" in o for o in names(ex, "Official"))


def test_en_country_with_the_then_holder_name_sudan():
    ex = run(
        "The envoy later met the Minister of Finance of the Sudan Idris Kamal Osman in Khartoum.",
        "en",
    )
    assert "Idris Kamal Osman" in names(ex, "Official")


# 3. "under" puts a body under another; it does not place the official before it in that body
def test_en_minister_under_a_government_is_not_its_member_by_under():
    ex = run(
        "Lina Haddad, Minister of Trade under the Government of Norway, said the talks went well.",
        "en",
    )
    assert ("Lina Haddad", "Government of Norway") not in rels(ex, "MEMBER_OF")
    assert ("Lina Haddad", "Trade Ministry") in rels(ex, "MEMBER_OF")


# 4. a title runs over another's name only before "and", not before a word starting like it
def test_ar_name_before_a_word_starting_with_waw_is_no_run_over():
    from graphbuild.nlp.assemble import _and_word, _named_before_and

    is_and = _and_word("ar")
    names_ = {2: "سامي حداد"}
    keys = {"لجنه الطاقه"}
    assert (
        _named_before_and(" رئيس لجنه الطاقه سامي حداد وزير الطاقه ", names_, 1, keys, is_and)
        is None
    )
    assert (
        _named_before_and(" رئيس لجنه الطاقه سامي حداد ووزير الطاقه ", names_, 1, keys, is_and) == 2
    )
    assert (
        _named_before_and(" رئيس لجنه الطاقه سامي حداد و وزير الطاقه ", names_, 1, keys, is_and)
        == 2
    )


def test_en_name_before_a_word_starting_with_and_is_no_run_over():
    from graphbuild.nlp.assemble import _and_word, _named_before_and

    is_and = _and_word("en")
    names_ = {2: "mark lee"}
    keys = {"energy committee"}
    assert (
        _named_before_and(
            " chair of the energy committee mark lee anderson ", names_, 1, keys, is_and
        )
        is None
    )
    assert (
        _named_before_and(
            " chair of the energy committee mark lee and the envoy ", names_, 1, keys, is_and
        )
        == 2
    )


# 5. the names a title may run over are the canonical officials', not a merged alias's
def test_runs_over_names_uses_the_canonical_name_not_a_merged_alias():
    from types import SimpleNamespace

    from graphbuild.nlp.assemble import _runs_over_names
    from graphbuild.nlp.entities import MEMBER_OF
    from graphbuild.nlp.values import AGENCY, OFFICIAL, PendingRelation, Ref

    officials = [
        SimpleNamespace(name="Karim Salloum Haddad", titles=[]),
        SimpleNamespace(name="Karim Salloum", titles=[]),  # merged into the first
        SimpleNamespace(
            name="Fadi Nassar",
            titles=["Chair of the Energy Committee Karim Salloum Haddad and Deputy Speaker"],
        ),
    ]
    redirect = {1: 0}
    entities = SimpleNamespace(
        officials=officials,
        agencies=[SimpleNamespace(name="Energy Committee", aliases=())],
        canon=lambda i: redirect.get(i, i),
        acanon=lambda i: i,
    )
    r = PendingRelation(MEMBER_OF, Ref(OFFICIAL, 2), Ref(AGENCY, 0), None, "member.title")
    drop, extra = _runs_over_names(entities, (r,), "en")
    assert drop == {(2, 0)}
    assert [x.source.key for x in extra] == [0]


# 6. a title ending in a body's name holds the body right after it only when that is a sub-body
def test_en_title_then_a_ministry_right_after_is_no_sub_body():
    ex = run(
        "The Speaker of the Senate Foreign Ministry officials met on Monday in Valdoria.", "en"
    )
    assert ("Speaker of the Senate", "Foreign Ministry") not in rels(ex, "MEMBER_OF")


def test_en_title_then_a_committee_right_after_is_held():
    ex = run(
        "Tomas Rill, Chair of the Senate Fisheries Committee, met the envoy on Monday.",
        "en",
    )
    assert ("Tomas Rill", "Fisheries Committee") in rels(ex, "MEMBER_OF")


# 7. one key for a meeting's parties: merged agencies are one party, as merged officials are
def test_party_key_takes_the_canonical_agency_and_official():
    from types import SimpleNamespace

    from graphbuild.nlp.relations.met_with import party_key
    from graphbuild.nlp.values import AGENCY, OFFICIAL, Part

    ents = SimpleNamespace(canon=lambda i: {4: 1}.get(i, i), acanon=lambda i: {7: 2}.get(i, i))
    assert party_key(ents, Part(AGENCY, 7, 0, 1)) == party_key(ents, Part(AGENCY, 2, 5, 6))
    assert party_key(ents, Part(OFFICIAL, 4, 0, 1)) == (OFFICIAL, 1)
