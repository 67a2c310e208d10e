"""Questions asked of a hand-built parse: 'Moscow recalled its envoy to NATO.' (kg.extraction.parse)."""
from __future__ import annotations

import pytest

from kg.extraction.parse import (
    can_act,
    children,
    governing,
    is_passive,
    lemma,
    np_head,
    object_of,
    prep_objects,
    subject_of,
)


def test_subject_object_and_prepositional_target(parsed_doc):
    verb = parsed_doc[1]
    assert lemma(verb) == "recall" and not is_passive(verb)
    assert [t.text for t in subject_of(verb)] == ["Moscow"]
    assert object_of(verb).text == "envoy"
    assert prep_objects(verb, ["to"]) == [5]
    assert prep_objects(verb, ["from"]) == []


def test_small_questions(parsed_doc):
    assert [t.text for t in children(parsed_doc[3], "poss")] == ["its"]
    assert np_head(parsed_doc[3]).i == 3
    assert list(governing(parsed_doc[1])) == []
    assert [rel for rel, _ in governing(parsed_doc[5])] == ["pobj", "prep"]
    assert can_act(parsed_doc[0])  # a gazetteer name


def test_a_counted_object_read_as_a_particle_phrase_is_still_the_object(nlp):
    """The parser reads "up" in "arrested up to 200 protesters" as the verb's particle."""
    from kg.extraction.parse import object_of

    doc = nlp("Police arrested up to 200 protesters in Cairo.")
    assert object_of(doc[1]).text == "protesters"
    doc = nlp("Afghan rebels have kidnapped up to 16 Russian civilian advisers.")
    assert object_of(doc[3]).text == "advisers"


@pytest.mark.parametrize(("text", "index", "person"), [
    ("Police detained a smuggler.", 3, True),  # an agent noun of the field's dictionary
    ("Police detained two intelligence agents.", 4, True),  # ... of two words
    ("Police detained a commander.", 3, True),  # a title of office
    ("Police raided the ministry.", 3, False),  # an agent noun naming a body
    ("Police boarded the tanker.", 3, False),  # ... or a vessel
    ("Police destroyed a tank.", 3, False),  # military agent nouns mix soldiers and weapons
    ("Police freed a serviceman.", 3, True),  # ... but a "-man" of them is a person
])
def test_which_nouns_name_persons(nlp, text, index, person):
    from kg.extraction.parse import person_noun

    assert person_noun(nlp(text)[index]) is person


def test_a_place_aimed_at_takes_the_state_it_lies_in(events_in):
    events = events_in("Israeli tanks fired shells at targets in Gaza.")
    assert any(e.plover == "ASSAULT" and {a.code for a in e.source} == {"ISR"}
               and {a.code for a in e.target} == {"PSE"} for e in events)


def test_a_place_named_inside_the_verbs_phrase_is_aimed_at(events_in):
    events = events_in("India put its armed forces on high alert along the border with Pakistan.")
    assert any(e.plover == "MOBILIZE" and {a.code for a in e.target} == {"PAK"} for e in events)


def test_a_noun_act_under_a_verb_is_aimed_at_the_verbs_place(events_in):
    events = events_in("Al-Shabaab militants detonated a car bomb outside the Turkish embassy in Mogadishu.")
    assert any(e.plover == "ASSAULT" and {a.code for a in e.target} == {"TUR"} for e in events)


@pytest.mark.parametrize(("text", "plover", "target"), [
    ("The United States, Britain and France launched strikes on Syria.", "ASSAULT", {"SYR"}),
    ("Israel launched strikes against Hezbollah in Lebanon.", "ASSAULT", {"LBN"}),
    ("Teachers in Nigeria began a strike on Monday.", "PROTEST", {"NGA"}),
])
def test_a_strike_aimed_at_a_party_or_place_is_military_one_by_workers_is_not(events_in, text, plover, target):
    events = events_in(text)
    assert any(e.plover == plover and {a.code for a in e.target} == target for e in events), events


def test_a_phone_call_is_a_telephone_consultation_not_an_appeal(events_in):
    events = events_in("Biden held a phone call with Xi Jinping on Tuesday.")
    assert [(e.type, {a.code for a in e.target}) for e in events] == [("Telephone", {"CHN"})]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lavrov will travel to Damascus to meet Assad.", [("ExpressIntentToMeet", "intended")]),
    ("Lavrov travelled to Damascus to meet Assad.", [("Visit", "asserted")]),
])
def test_a_purpose_clause_is_as_certain_as_the_act_it_serves(events_in, text, expected):
    assert [(e.type, e.modality) for e in events_in(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. and South Korean forces began annual joint military drills on Monday.", ("COOPERATE", {"USA", "KOR"})),
    ("India held joint exercises with France.", ("COOPERATE", {"FRA"})),
    ("Russia began military exercises near the Ukrainian border.", ("MOBILIZE", {"UKR"})),
    # drills begun by forces of several states named in one subject are held together
    ("Ships from Japan, India and Australia began naval exercises in the Arabian Sea.",
     ("COOPERATE", {"JPN", "IND", "AUS"})),
])
def test_joint_drills_are_military_cooperation_drills_alone_a_show_of_force(events_in, text, expected):
    assert [(e.plover, {a.code for a in e.target}) for e in events_in(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin went to Beijing.", [("Visit", {"RUS"}, {"CHN"})]),
    ("The minister went to Paris for talks.", []),  # a French minister at home
    ("Workers went on strike in France.", []),
])
def test_a_visit_is_made_abroad(events_in, text, expected):
    assert [(e.type, {a.code for a in e.source}, {a.code for a in e.target}) for e in events_in(text)] == expected


@pytest.mark.parametrize(("text", "negated"), [
    ("Iran denied supplying weapons to the Houthis.", True),
    ("Iran denied that it had supplied weapons to the Houthis.", True),
    ("Iran supplied weapons to the Houthis.", False),
])
def test_an_act_someone_denies_is_coded_negated(events_in, text, negated):
    aid = [e for e in events_in(text) if e.type == "ProvideMilitaryAid"]
    assert [e.negated for e in aid] == [negated]


def test_a_date_is_never_whom_an_act_is_aimed_at(nlp):
    doc = nlp("Japan's recall of its envoy in January angered Seoul.")
    recall, envoy = (next(t for t in doc if t.text == word) for word in ("recall", "envoy"))
    assert prep_objects(recall, ["in", "of"]) == [envoy.i]


def test_a_noun_acting_on_a_thing_is_aimed_at_its_owner(events_in):
    events = events_in("The talks came two weeks after Russia's expulsion of two British diplomats.")
    assert [(e.plover, {a.code for a in e.source}, {a.code for a in e.target}) for e in events] == [
        ("SANCTION", {"RUS"}, {"GBR"})]
