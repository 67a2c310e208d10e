"""One article's events: speakers, pronouns, merged mentions, dates, reactions, and the seed
article (kg.extraction.assemble)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest


def _codes(actors) -> set[str]:
    return {a.code for a in actors}


def test_speaker_is_recorded_and_outlets_are_not_speakers(events_in):
    events = events_in("Russia will resume talks with Japan, Foreign Minister Sergei Lavrov said, as quoted by Reuters.")
    assert events, "expected an intent event"
    event = events[0]
    assert event.modality == "intended"
    assert event.speaker is not None and event.speaker.code == "RUS"
    assert event.speaker.label != "Reuters"


def test_pronoun_subject_resolves_to_earlier_actor(events_in):
    events = events_in("Syria rejected the proposal. It also accused Turkey of arming rebels.")
    assert any(e.type == "Accuse" and _codes(e.source) == {"SYR"} and _codes(e.target) == {"TUR"} for e in events)


def test_headline_and_body_are_one_event_with_two_mentions(events_in):
    events = events_in("Japan recalled its ambassador to China on Monday.", title="Japan recalls ambassador to China")
    recalls = [e for e in events if e.type == "RecallRepresentative"]
    assert len(recalls) == 1 or {m.segment for e in recalls for m in e.mentions} == {"headline", "body"}


def test_clause_dates_bound_the_event(events_in):
    events = events_in("In March, Kenya expelled two Somali diplomats after Somalia recalled its ambassador from Nairobi.")
    recall = next(e for e in events if e.type == "RecallRepresentative")
    assert recall.time is not None and (recall.time.value, recall.time.precision) == ("2015-03", "month")


def test_present_tense_statement_takes_the_date_it_was_made(events_in):
    events = events_in("On Monday, the minister said France does not pose a threat to Algeria.")
    threat = next(e for e in events if e.plover == "THREATEN")
    assert threat.negated and threat.time is not None and threat.time.value == "2015-06-08"


def test_office_holder_without_country_serves_the_article_state(events_in):
    events = events_in("Angola's government faced protests. President Dos Santos conceded to demands from the opposition.")
    assert any(e.plover == "CONCEDE" and _codes(e.source) == {"AGO"} for e in events), events


def test_reaction_to_an_earlier_event_targets_who_did_it(events_in):
    events = events_in("Turkey shot down a Russian warplane near the border on Tuesday. "
                          "Moscow condemned the attack as a stab in the back.")
    assert any(e.type == "Criticize" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"TUR"} for e in events), events


def test_retaliation_is_a_threat_against_whoever_acted(events_in):
    events = events_in("Britain expelled 23 Russian diplomats. Russia vowed to retaliate.")
    assert any(e.plover == "THREATEN" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"GBR"} for e in events), events


# --- the seed article ---------------------------------------------------------


def _find(events, etype, src=None, tgt=None):
    return [e for e in events if e.type == etype and (src is None or src <= _codes(e.source))
            and (tgt is None or tgt <= _codes(e.target))]


def test_seed_recall(seed_results):
    _, events = seed_results
    [recall] = _find(events, "RecallRepresentative", {"RUS"}, {"NATO"})
    assert recall.time is not None and (recall.time.value, recall.time.precision) == ("2014-04", "month")
    assert not recall.negated and recall.modality == "asserted"


def test_seed_suspension(seed_results):
    _, events = seed_results
    [suspend] = _find(events, "SuspendCooperation", {"NATO"}, {"RUS"})
    assert suspend.modality == "asserted" and not suspend.negated


def test_seed_intent_to_reestablish_communication(seed_results):
    _, events = seed_results
    intents = [e for e in events if e.action == "ReestablishCommunication"]
    assert intents and all(e.modality == "intended" for e in intents)
    assert any("NATO" in _codes(e.source) and "RUS" in _codes(e.target) for e in intents)
    assert any(a.sector == "MIL" for e in intents for a in e.target)
    assert not _find(events, "ReestablishCommunication"), "an intention is never an asserted event"


def test_seed_threat_is_negated(seed_results):
    _, events = seed_results
    threats = [e for e in events if e.plover == "THREATEN" and "NATO" in _codes(e.source)]
    assert threats and all(e.negated for e in threats)


def test_seed_read_more_lines_give_no_events(seed_results):
    _, events = seed_results
    for event in events:
        for mention in event.mentions:
            assert "READ MORE" not in mention.sentence


def test_sentences_on_the_discard_list_are_not_coded(events_in):
    assert not events_in("Saudi Arabia beat Argentina 2-1 in the World Cup on Tuesday.")
    assert events_in("Libya offered on Tuesday to hand over to Britain two suspects in the 1988 Lockerbie bombing.")


def test_dictionary_verbs_code_what_the_hand_lexicon_lacks(events_in):
    # these verbs are in the CAMEO verb dictionary, not in the hand-written lexicon
    for text, plover in (("Chinese officials lambasted Japan on Monday.", "ACCUSE"),
                         ("Sudan denigrated Egypt on Monday.", "ACCUSE"),
                         ("Egypt acclaimed Sudan on Monday.", "SUPPORT")):
        events = events_in(text)
        assert [e.plover for e in events] == [plover] and events[0].target, text


def test_a_hand_lexicon_noun_is_not_taken_over_by_a_dictionary_verb(events_in):
    events = events_in("France held talks with Romania on Tuesday.")
    assert [e.type for e in events] == ["Meet"]
    # the noun may be a modifier of the object: "a mediation effort"
    events = events_in("Qatar launched a mediation effort on Saturday between the Emirates and Saudi Arabia.")
    assert [(e.type, _codes(e.target)) for e in events] == [("Mediate", {"ARE", "SAU"})]


@pytest.mark.parametrize(("text", "title", "date", "precision", "basis"), [
    # a time expression governs the event
    ("Poland expelled two Belarusian diplomats on Monday.", None, "2015-06-08", "day", "explicit"),
    # no time of its own: the statement that reports it has one
    ("Poland said on Monday that it was expelling two Belarusian diplomats.", None, "2015-06-08", "day", "reported"),
    # ... and background it tells, only to the statement's month
    ("Poland said on Monday that it had expelled two Belarusian diplomats.", None, "2015-06", "month", "reported"),
    # the report implies now: present tense, intent, a headline
    ("NATO wants to reestablish communication with Russia's military.", None, "2015-06-10", "day", "publication"),
    ("More follows.", "EU suspends trade talks with Belarus", "2015-06-10", "day", "publication"),
    # background with no time of its own: before the report, dated to the report's month
    ("Poland had previously expelled two Belarusian diplomats.", None, "2015-06", "month", "publication"),
    # an interval before "after" counts back exactly from the day it bounds
    ("Saudi Arabia broke off relations with Iran on Monday, a day after protesters stormed the Saudi embassy in "
     + "Tehran.", None, "2015-06-07", "day", "explicit"),
    # an act named by a clause's subject is dated by its verb
    ("A European Union embargo on imports of Iranian crude oil took full effect on Monday.", None, "2015-06-08",
     "day", "explicit"),
])
def test_every_event_is_dated_with_its_basis(events_in, text, title, date, precision, basis):
    events = events_in(text, title=title)
    assert events, text
    assert {(e.time.value, e.time.precision, e.time.basis) for e in events if e.time} >= {(date, precision, basis)}, [
        (e.type, e.time) for e in events]


def test_a_participle_happened_when_the_clause_it_hangs_on_did(events_in):
    events = events_in("Israeli and Palestinian negotiators resumed peace talks in Washington on Monday, with U.S. "
                       + "Secretary of State John Kerry acting as mediator.")
    assert [(e.time.value, e.time.basis) for e in events if e.type == "Mediate" and e.time] == [
        ("2015-06-08", "explicit")], events


def test_an_article_without_a_date_keeps_its_events_undated(events_in):
    events = events_in("Poland expelled two Belarusian diplomats.", date=None)
    assert events and all(e.time is None for e in events)


def test_a_wire_dateline_is_not_part_of_the_sentence_and_dates_the_story(events_in):
    events = events_in("SEOUL, June 8 (UPI) -- North Korea fired artillery shells at South Korean border posts, "
                       "the South's military said.")
    assert [(e.plover, _codes(e.source), _codes(e.target)) for e in events] == [("ASSAULT", {"PRK"}, {"KOR"})]
    assert (events[0].time.value, events[0].time.basis) == ("2015-06-08", "explicit")


# --- general rules on the parse -------------------------------------------------

def _dyads(events) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(e.plover, frozenset(_codes(e.source)), frozenset(_codes(e.target))) for e in events}


def _assert_dyad(events, dyad, *, only: bool = False) -> None:
    """That one of ``events`` (with ``only``, every one) has the PLOVER type, source codes and
    target codes of ``dyad``."""
    plover, source, target = dyad
    expected = (plover, frozenset(source), frozenset(target))
    assert _dyads(events) == {expected} if only else expected in _dyads(events), events


def test_verbs_joined_before_one_object_each_act_on_it(events_in):
    events = events_in("Russian troops attacked and captured the Ukrainian town of Bakhmut.")
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})) in _dyads(events), events
    assert ("COERCE", frozenset({"RUS"}), frozenset({"UKR"})) in _dyads(events), events


def test_a_sum_given_in_aid_is_aid(events_in):
    events = events_in("Britain provided 50 million pounds in aid to Sudan.")
    assert ("AID", frozenset({"GBR"}), frozenset({"SDN"})) in _dyads(events), events


@pytest.mark.parametrize("text", [
    "Venezuela seized 11 oil rigs belonging to a U.S. company.",
    "Venezuela seized a tanker owned by an American firm.",
])
def test_a_thing_belongs_to_whom_its_participle_names(events_in, text):
    events = events_in(text)
    assert ("COERCE", frozenset({"VEN"}), frozenset({"USA"})) in _dyads(events), events


def test_an_act_named_as_subject_acts_on_whom_it_was_aimed_at(events_in):
    events = events_in("Israeli air strikes on Gaza killed 15 people.")
    assert _dyads(events) == {("ASSAULT", frozenset({"ISR"}), frozenset({"PSE"}))}, events


@pytest.mark.parametrize(("text", "pair"), [
    (("Iran's top security official negotiated with Saudi officials in Beijing. "
      "The two countries will reopen their embassies within two months."), {"IRN", "SAU"}),
    (("Biden telephoned French President Emmanuel Macron on Wednesday. "
      "In that call, both leaders agreed to meet in Europe in October."), {"USA", "FRA"}),
])
def test_the_two_sides_are_the_last_two_parties(events_in, text, pair):
    events = events_in(text, date=dt.date(2021, 9, 29))
    assert any(e.plover == "AGREE" and _codes(e.source) == pair for e in events), events


def test_two_of_a_kind_is_no_pair_without_an_earlier_event(events_in):
    events = events_in("The two countries will reopen their embassies within two months.")
    assert not any(e.plover == "AGREE" and e.source for e in events), events


def test_a_participle_read_as_the_only_verb_has_the_noun_as_subject(events_in):
    # the small model parses this as a noun phrase ("official") with "negotiated" hung on it
    events = events_in("Iran's top security official negotiated with Saudi officials in Beijing.")
    assert ("CONSULT", frozenset({"IRN"}), frozenset({"SAU"})) in _dyads(events), events


def test_an_act_claimed_by_its_actor_is_coded(events_in):
    # "claim" as a noun ("rejected claims that ...") frames what is claimed; as a verb it reports
    events = events_in("Hamas claimed it attacked Israeli soldiers.")
    assert ("ASSAULT", frozenset({"PSE"}), frozenset({"ISR"})) in _dyads(events), events


def test_a_people_named_after_one_state_living_in_another_are_its(events_in):
    events = events_in("Bosnian Serbs attacked Croatian police.")
    assert ("ASSAULT", frozenset({"BIH"}), frozenset({"HRV"})) in _dyads(events), events


@pytest.mark.parametrize(("text", "dyad"), [
    ("A militant group based in Pakistan attacked Indian soldiers.", ("ASSAULT", {"PAK"}, {"IND"})),
    # the small model roots these in the participle and hangs the real verb on it
    ("Gunmen linked to al Qaeda kidnapped two French engineers.", ("ASSAULT", {"IMG"}, {"FRA"})),
    ("Militants linked to the Islamic State attacked an Egyptian army checkpoint.", ("ASSAULT", {"IMG"}, {"EGY"})),
])
def test_a_group_belongs_where_its_participle_places_it(events_in, text, dyad):
    _assert_dyad(events_in(text), dyad, only=True)


@pytest.mark.parametrize("text", [
    # the CAMEO block of "assess" codes "count on" (an appeal): a day is no "on" phrase of it
    "France assessed Germany's offer on Monday.",
    "France calculated the costs on Monday.",
])
def test_a_phrase_of_time_is_no_pattern_word(events_in, text):
    assert not [e for e in events_in(text) if e.plover == "REQUEST"]


def test_striking_a_state_is_an_attack_not_a_labour_strike(events_in):
    events = events_in("Russian missiles struck Kyiv on Monday.")
    assert _dyads(events) == {("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}))}, events


@pytest.mark.parametrize(("text", "cls"), [
    ("Nigerian workers went on strike on Monday.", "StrikeOrBoycott"),
    ("Jailed Kremlin critic Alexei Navalny has gone on hunger strike.", "HungerStrike"),
])
def test_going_on_strike_is_the_strike(events_in, text, cls):
    events = events_in(text)
    assert [e.type for e in events] == [cls], events


@pytest.mark.parametrize("text", [
    # the model tags the name as an organisation; the dictionaries know him as a person
    "Morgan Tsvangirai, leader of Zimbabwe's opposition, was beaten by police.",
    # a known person is the only sign of the state whose police acted
    "Police beat opposition leader Morgan Tsvangirai.",
])
def test_a_known_person_is_beaten_and_places_the_story(events_in, text):
    events = events_in(text)
    assert _dyads(events) == {("ASSAULT", frozenset({"ZWE"}), frozenset({"ZWE"}))}, events


def test_a_team_is_not_beaten(events_in):
    assert events_in("Brazil beat Germany 7-1.") == []


def test_two_sides_of_one_state_acting_together_act_on_it(events_in):
    events = events_in("Sudan's army and the paramilitary Rapid Support Forces agreed to a seven-day ceasefire.")
    assert [(e.plover, _codes(e.source), _codes(e.target)) for e in events] == [("RETREAT", {"SDN"}, {"SDN"})]


def test_the_possessor_owns_a_phrase_named_after_another_party(events_in):
    events = events_in("Erdogan vowed to block Sweden's NATO bid.")
    assert {a.code for e in events for a in e.target} == {"SWE"}, events


@pytest.mark.parametrize("text", [
    "The EU is considering new sanctions against Iran.",
    "The EU proposed talks with Iran.",
    # a headline's "to" announces an act to come
    "Russia to expel 10 U.S. diplomats",
])
def test_an_act_planned_or_proposed_is_intended(events_in, text):
    events = events_in(text)
    assert events and all(e.modality == "intended" for e in events), events


@pytest.mark.parametrize(("text", "demand"), [
    ("Putin ordered his government to lift restrictions on charter flights.", False),
    ("An Argentine judge ordered former president Carlos Menem to appear for questioning.", True),
])
def test_an_order_to_ones_own_government_is_no_demand(events_in, text, demand):
    assert any(e.plover == "REQUEST" for e in events_in(text)) is demand


@pytest.mark.parametrize("text", [
    "A U.S. strike killed Iran's top general in Baghdad.",
    "Israel killed a senior Hamas commander in a strike in Beirut.",
])
def test_a_strike_that_kills_is_military(events_in, text):
    events = events_in(text)
    assert {e.plover for e in events} == {"ASSAULT"}, events


@pytest.mark.parametrize(("text", "plover"), [
    # CAMEO's CANCEL block: "call off * strike" eases dissent; the strike itself did not happen
    ("Nigeria's teachers called off their strike on Thursday.", "CONCEDE"),
    ("Russia halted its attacks on Kyiv.", "RETREAT"),
])
def test_a_verb_that_ends_an_act_is_coded_by_its_pattern(events_in, text, plover):
    assert {e.plover for e in events_in(text)} == {plover}


@pytest.mark.parametrize(("text", "cls", "plover"), [
    # CAMEO 0813, 0814 and 0872 map to RETREAT in the CAMEO-to-PLOVER table; 081 to CONCEDE
    ("Sri Lankan authorities lifted a nationwide curfew on Thursday.", "EaseCurfew", "RETREAT"),
    ("Thailand lifted martial law.", "EaseStateOfEmergency", "RETREAT"),
    ("Israel eased its blockade of the Gaza Strip on Sunday.", "EaseBlockade", "RETREAT"),
    ("President de Klerk lifted the 30-year ban on the African National Congress.", "EaseRestrictions", "CONCEDE"),
    ("Serbia eased emergency measures in Montenegro.", "EaseRestrictions", "CONCEDE"),
    ("The United States lifted sanctions on Iran.", "LiftSanctions", "RETREAT"),
])
def test_what_is_lifted_says_which_easing(events_in, text, cls, plover):
    assert [(e.type, e.plover) for e in events_in(text)] == [(cls, plover)]


@pytest.mark.parametrize(("text", "cls"), [
    # the CAMEO dictionary's readings: an offer of aid is a pledge (033), boycotting talks
    # rejects them (125), cutting a deal makes one (030)
    ("Japan offered assistance to Turkey.", "PledgeAid"),
    ("The opposition boycotted talks with the government in Kenya.", "RejectProposal"),
    ("Iran and the United States cut a deal on prisoners.", "ExpressIntentToCooperate"),
])
def test_verb_and_object_read_as_the_field_dictionary_reads_them(events_in, text, cls):
    assert {e.type for e in events_in(text)} == {cls}


def test_an_unowned_body_belongs_to_the_state_its_act_took_place_in(events_in):
    events = events_in("Rebels kidnapped two German engineers in Nigeria.")
    assert _dyads(events) == {("ASSAULT", frozenset({"NGA"}), frozenset({"DEU"}))}, events


@pytest.mark.parametrize(("text", "dyad"), [
    # the threatened act's aim, the one a condition is on, force used against someone
    ("Kim Jong Un threatened a nuclear strike on the United States.", ("PRK", "USA")),
    ("China warned of serious consequences if Japan did not withdraw.", ("CHN", "JPN")),
    ("Ethiopia said it was ready to use force against Egypt over the dam.", ("ETH", "EGY")),
])
def test_a_threat_is_aimed_at_whom_the_threatened_act_is(events_in, text, dyad):
    source, target = dyad
    assert ("THREATEN", frozenset({source}), frozenset({target})) in _dyads(events_in(text))


@pytest.mark.parametrize(("text", "cls"), [
    # CAMEO's EXTRADITE block: suspects handed over are judicial cooperation; prisoners, a release
    ("France handed over four ETA suspects to Spain.", "JudicialCooperation"),
    ("Kenya handed over the prisoners to Somalia.", "Release"),
])
def test_handing_over_suspects_is_judicial_cooperation(events_in, text, cls):
    assert [e.type for e in events_in(text)] == [cls]


def test_an_intention_towards_no_one_is_no_event(events_in):
    assert events_in("Xi also agreed to crack down on exports of chemicals used to make fentanyl.") == []
    # the same intention with a party named is one
    events = events_in("China agreed to cooperate with the United States on fentanyl.")
    assert [(e.plover, _codes(e.source), _codes(e.target)) for e in events] == [("AGREE", {"CHN"}, {"USA"})]


def test_what_is_vowed_after_a_phrase_is_still_vowed(events_in):
    # the parser hangs "to crush" on "vowed" as an adverbial clause
    events = events_in("Muammar Gaddafi vowed in a defiant televised speech to crush the revolt against his rule.",
                       date=dt.date(2011, 2, 22))
    assert [(e.plover, e.modality) for e in events] == [("THREATEN", "intended")], events


def test_a_threat_is_aimed_at_the_one_the_condition_of_its_act_is_on(events_in):
    # the parser hangs the condition on "enforce", not on "threatened"
    events = events_in("Bangladesh's main opposition party threatened to enforce a series of nationwide general "
                       "strikes unless the government restored the caretaker system before elections.")
    assert _dyads(events) == {("THREATEN", frozenset({"BGD"}), frozenset({"BGD"}))}, events


def _corpus_text(record_id: str) -> str:
    """The text of one article of our annotated corpus (tests/data/gold_corpus.jsonl)."""
    path = Path(__file__).parents[1] / "data" / "gold_corpus.jsonl"
    return next(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
                if json.loads(line)["id"] == record_id)


def test_calling_something_a_name_on_a_day_is_no_appeal(events_in):
    # an article of our corpus ends "China's foreign ministry called the remark extremely wrong
    # on Thursday": an evaluation of what Biden said, not a call on anyone
    events = events_in(_corpus_text("corpus-086"), date=dt.date(2023, 11, 16))
    assert not [e for e in events if e.plover == "REQUEST"], events
    assert any(e.plover == "REQUEST" for e in events_in("India called on Pakistan on Monday to act against militants."))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ukraine's capital came under attack from Russian drones.", ("ASSAULT", {"RUS"}, {"UKR"})),
    ("The Nigerian government came under criticism from Amnesty International.", ("ACCUSE", {"AI"}, {"NGA"})),
])
def test_coming_under_an_act_from_someone_is_suffering_it(events_in, text, dyad):
    _assert_dyad(events_in(text), dyad, only=True)


@pytest.mark.parametrize(("text", "plover"), [
    # CAMEO's BLAME block: "charge" accuses (112) unless prosecutors or a court bring the charge (173)
    ("Iran charged the United States with violating the nuclear deal.", "ACCUSE"),
    ("Russian prosecutors charged the American journalist with espionage.", "COERCE"),
])
def test_a_charge_accuses_unless_brought_by_prosecutors(events_in, text, plover):
    assert [e.plover for e in events_in(text)] == [plover]


@pytest.mark.parametrize(("text", "expected"), [
    # "told X to do": a demand of X, the act only demanded
    ("The United States told Russia to withdraw its troops.", [("REQUEST", {"USA"}, {"RUS"}, "asserted")]),
    # "told X that we would": what the speaker's side will do, no demand (the call itself was held)
    (("Biden told Putin in a telephone call on Saturday that the United States would impose swift and severe "
      "costs on Russia."), [("CONSULT", {"USA"}, {"RUS"}, "asserted")]),
])
def test_telling_someone_to_act_is_a_demand_telling_them_what_one_will_do_is_not(events_in, text, expected):
    events = events_in(text, date=dt.date(2021, 12, 4))
    assert [(e.plover, _codes(e.source), _codes(e.target), e.modality) for e in events] == expected


def test_declining_to_comment_refuses_no_one(events_in):
    # an article of our corpus: "Qatari officials declined to comment on the list."
    events = events_in(_corpus_text("corpus-028"), date=dt.date(2017, 6, 23))
    assert not [e for e in events if e.mentions[0].trigger == "declined"], events
    events = events_in("Russia refused to withdraw its troops from Ukraine.")
    assert [(e.plover, _codes(e.source), _codes(e.target)) for e in events] == [("REJECT", {"RUS"}, {"UKR"})]


@pytest.mark.parametrize(("text", "meets"), [
    ("Putin saw Xi in Beijing on Monday.", True),
    ("Activists in Seoul protested at what they saw as Tokyo's failure to atone.", False),
])
def test_seeing_is_a_meeting_only_with_someone(events_in, text, meets):
    assert any(e.type == "Meet" for e in events_in(text)) is meets


@pytest.mark.parametrize(("text", "expected"), [
    # stopping an act codes its ending (CAMEO's CANCEL block: "halt * aid" 162, "halt * attacks" 0871)
    ("Russia's state-controlled Gazprom stopped supplying gas to Poland and Bulgaria on Wednesday.",
     [("SuspendCooperation", {"RUS"}, {"POL", "BGR"})]),
    ("The United States stopped providing aid to Pakistan.", [("ReduceAid", {"USA"}, {"PAK"})]),
    # an ending asked for is the request, not an ending
    ("Ban Ki-moon called on Israel and Hamas on Saturday to stop fighting immediately.",
     [("Appeal", {"UN"}, {"ISR", "PSE"})]),
])
def test_stopping_an_act_is_its_ending(events_in, text, expected):
    assert [(e.type, _codes(e.source), _codes(e.target)) for e in events_in(text)] == expected


@pytest.mark.parametrize(("text", "dyad"), [
    # VADER's lexicon judges words the extractor's own lists in event_frames.json lack
    ("China called the American measures sinister.", ("ACCUSE", {"CHN"}, {"USA"})),
    ("Beijing called the American decision stupid.", ("ACCUSE", {"CHN"}, {"USA"})),
    # the small model parses the complement as a modifier of the object it judges
    ("Ukraine called the Russian strikes barbaric.", ("ACCUSE", {"UKR"}, {"RUS"})),
    # a second judgement joined to a first the lexicon does not know
    ("Biden called the Russian assault premeditated and unprovoked.", ("ACCUSE", {"USA"}, {"RUS"})),
])
def test_calling_something_by_an_unfavourable_word_criticises_its_owner(events_in, text, dyad):
    _assert_dyad(events_in(text, date=dt.date(2022, 3, 1)), dyad)


def test_describing_as_names_a_judgement_and_nothing_else(events_in):
    # the verb that applies the judgement reports no event of its own: CAMEO's block for
    # "describe" would otherwise read "describe * sanctions" as imposing them
    events = events_in("Iran described the American sanctions as economic terrorism.")
    assert _dyads(events) == {("ACCUSE", frozenset({"IRN"}), frozenset({"USA"}))}, events


def test_calling_off_talks_needs_the_particle(events_in):
    assert [e.plover for e in events_in("Iran called off the talks with Britain.")] == ["SANCTION"]
    assert not [e for e in events_in("Lavrov called the talks with Turkey a success.") if e.plover == "SANCTION"]


def test_a_judgement_parsed_as_a_modifier_reaches_back_to_the_act(events_in):
    # an article of our corpus: "... announced unspecified sanctions against Pelosi ... U.S.
    # Secretary of State Antony Blinken called the measures irresponsible."
    events = events_in(_corpus_text("corpus-069"), date=dt.date(2022, 8, 6))
    assert ("ACCUSE", frozenset({"USA"}), frozenset({"CHN"})) in _dyads(events), events


@pytest.mark.parametrize(("text", "dyad"), [
    # a noun that measures, counts or groups the act ("extent_nouns" in words.json) passes
    # the act on to the verb it is the object of
    ("China launched two days of large-scale military drills around Taiwan on Thursday.",
     ("MOBILIZE", {"CHN"}, {"TWN"})),
    ("Israel launched a wave of air strikes on Gaza.", ("ASSAULT", {"ISR"}, {"PSE"})),
    ("Joe Biden held four hours of talks with Chinese President Xi Jinping on Wednesday.", ("CONSULT", {"USA"}, {"CHN"})),
    # and its own phrases still say whom the act is aimed at
    ("Hamas fired a barrage of rockets at Israel.", ("ASSAULT", {"HMS", "PSE"}, {"ISR"})),
])
def test_an_act_counted_or_measured_is_the_act(events_in, text, dyad):
    plover, source, target = dyad
    found = {(p, s, t) for p, s, t in _dyads(events_in(text, date=dt.date(2023, 11, 16))) if p == plover}
    assert any(s & source and t == frozenset(target) for _p, s, t in found), found


@pytest.mark.parametrize("text", [
    # a lexicon verb fixed with a preposition and a bare noun ("respond in kind"), whether the
    # parser hangs the phrase on the verb or on the verb's own phrase
    "The United States expelled 60 Russian diplomats. The Kremlin said Moscow would respond to Washington's move in kind.",
    "The United States imposed sanctions on Russian officials. A Russian minister said Moscow would respond in kind.",
])
def test_responding_in_kind_threatens_whoever_acted(events_in, text):
    assert ("THREATEN", frozenset({"RUS"}), frozenset({"USA"})) in _dyads(events_in(text)), events_in(text)


def test_a_threat_joined_to_an_accusation_is_aimed_at_the_accused(events_in):
    events = events_in("China's embassy in London accused Britain of interfering in China's internal affairs "
                       "and threatened to take countermeasures.")
    assert ("THREATEN", frozenset({"CHN"}), frozenset({"GBR"})) in _dyads(events), events


def test_recognising_something_as_a_state_matches_by_what_it_is_recognised_as(events_in):
    # "as" says what the verb is about, as "of" does ("warned Tehran of consequences")
    events = events_in("Russia formally recognised Georgia's breakaway regions of Abkhazia and South Ossetia "
                       "as independent states on Tuesday.", date=dt.date(2008, 8, 26))
    assert _dyads(events) == {("SUPPORT", frozenset({"RUS"}), frozenset({"GEO"}))}, events


@pytest.mark.parametrize("text", [
    "Opposition supporters staged rallies in Nairobi against Kenya's president, saying he must resign.",
    "Opposition supporters blocked roads in Caracas against Venezuela's government, saying the president must step down.",
])
def test_what_a_protest_says_must_happen_is_its_purpose_not_a_demand(events_in, text):
    # the clause becomes a demand only through framing ("must"), after its verb was read
    assert [e.plover for e in events_in(text)] == ["PROTEST"]


def test_a_part_of_the_object_is_the_object(events_in):
    # "some of", "all of", "part of": the quantifier takes its place in "extent_nouns"
    events = events_in("Israel released some of the Palestinian prisoners.")
    assert _dyads(events) == {("RETREAT", frozenset({"ISR"}), frozenset({"PSE"}))}, events


def test_a_person_named_beside_an_office_speaks_for_its_holder_later(events_in):
    events = events_in("Russia's envoy, Alexander Grushko, met NATO ambassadors in Brussels. "
                       "Grushko accused the alliance of building up forces near Russia's borders.")
    assert ("ACCUSE", frozenset({"RUS"}), frozenset({"NATO"})) in _dyads(events), events


@pytest.mark.parametrize(("text", "plover"), [
    ("Protesters stormed the Saudi embassy in Tehran on Saturday.", "PROTEST"),
    ("Iranian troops stormed the Saudi embassy in Tehran on Saturday.", "ASSAULT"),
    # a siege laid by protesters, counted or not, obstructs passage; their gathering is a rally
    ("Hundreds of demonstrators besieged the French embassy in Bamako on Friday.", "PROTEST"),
    ("Protesters gathered outside the Danish embassy in Jakarta on Friday.", "PROTEST"),
])
def test_what_protesters_do_is_a_protest(events_in, text, plover):
    assert [e.plover for e in events_in(text)] == [plover]


@pytest.mark.parametrize(("text", "source"), [
    # a people of a state's stock live where the story puts them
    ("Ethnic Albanian rebels attacked a police station in Macedonia on Sunday.", "MKD"),
    ("Ethnic Russians in eastern Estonia staged a protest on Sunday.", "EST"),
    ("Russians in eastern Estonia staged a protest on Sunday.", "RUS"),
])
def test_an_ethnic_people_belong_where_they_live(events_in, text, source):
    assert [a.code for e in events_in(text) for a in e.source] == [source]


@pytest.mark.parametrize(("text", "dyad"), [
    # a release is asked of whoever holds the people: the agent or subject of their detention,
    # else the state it took place in
    ("Japan demanded the release of a Japanese engineer detained in Beijing.", ("REQUEST", {"JPN"}, {"CHN"})),
    ("Canada called for the release of two Canadian citizens held by China.", ("REQUEST", {"CAN"}, {"CHN"})),
])
def test_a_release_is_asked_of_whoever_holds_the_people(events_in, text, dyad):
    events = events_in(text)
    _assert_dyad(events, dyad)
    assert not [e for e in events if e.plover == "RETREAT"], events  # asked for, not done


def test_a_rally_found_through_a_meeting_verb_is_aimed_as_rallies_are(events_in):
    # "protesters who had gathered outside parliament": a rally at home, aimed at the state
    events = events_in("Police in Bangkok dispersed protesters who had gathered outside parliament on Tuesday.")
    assert ("PROTEST", frozenset({"THA"}), frozenset({"THA"})) in _dyads(events), events


def test_a_name_protesters_are_against_is_not_theirs(events_in):
    events = events_in("Anti-French demonstrators besieged the French embassy in Bamako on Friday.")
    assert _dyads(events) == {("PROTEST", frozenset({"MLI"}), frozenset({"FRA"}))}, events


@pytest.mark.parametrize(("text", "expected"), [
    # a retaliation done by a named act is that act, not a threat
    (("Britain expelled 23 Russian diplomats on Wednesday. Russia retaliated on Friday by expelling 23 British "
      "diplomats."), {"SANCTION"}),
    ("Britain expelled 23 Russian diplomats on Wednesday. Russia vowed on Friday to retaliate.",
     {"SANCTION", "THREATEN"}),
])
def test_a_retaliation_done_is_the_act_it_was_done_by(events_in, text, expected):
    assert {e.plover for e in events_in(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a response to come is a threat against whoever the clause names or last acted ...
    ("Pakistan said it would respond forcefully to any Indian aggression.",
     {("THREATEN", frozenset({"PAK"}), frozenset({"IND"}))}),
    # ... a response given is none
    ("Iran responded to the letter on Monday.", set()),
    # "it" is the subject of the clause it is said in, not the sentence's first subject
    ("Moldova expelled three Russian diplomats on Wednesday, and Moscow said it would respond.",
     {("SANCTION", frozenset({"MDA"}), frozenset({"RUS"})), ("THREATEN", frozenset({"RUS"}), frozenset({"MDA"}))}),
])
def test_a_response_to_come_is_a_threat(events_in, text, expected):
    assert _dyads(events_in(text)) == expected


def test_an_act_counted_in_days_is_what_a_verb_ends(events_in):
    # "11 days of fighting", with "fighting" parsed as a gerund: halting it is a ceasefire
    events = events_in("India and Pakistan halted 11 days of fighting early on Friday.")
    assert {e.plover for e in events} == {"RETREAT"}, events


@pytest.mark.parametrize(("text", "plover"), [
    # ending a restriction by any of the verbs CAMEO's cancelling and revoking blocks share
    ("Kenya repealed the ban on opposition rallies on Tuesday.", "CONCEDE"),
    ("Myanmar abolished censorship of the press on Monday.", "CONCEDE"),
    ("Sri Lanka suspended the curfew in Colombo on Friday.", "RETREAT"),
])
def test_a_restriction_ended_is_eased(events_in, text, plover):
    assert [e.plover for e in events_in(text)] == [plover]


@pytest.mark.parametrize(("text", "cls"), [
    # what only a state's body does is, done by armed men serving no state, its irregular kind
    ("Taliban fighters captured three Afghan policemen near Kandahar.", "Abduct"),
    ("Afghan police captured three Taliban fighters near Kandahar.", "Arrest"),
])
def test_an_arrest_by_armed_men_of_no_state_is_an_abduction(events_in, text, cls):
    assert [e.type for e in events_in(text)] == [cls]


@pytest.mark.parametrize(("dateline", "source"), [
    # an office holder of no stated country serves the state the dateline puts the story in ...
    ("NIAMEY - ", "NER"),
    # ... where the place names one state for sure; Geneva hosts others, and the state he
    # appeals to by name is not his own: the other one the story names
    ("GENEVA - ", "NER"),
])
def test_a_dateline_says_whose_an_untitled_office_holder_is(events_in, dateline, source):
    events = events_in(dateline + "French jets struck rebel positions in Niger on Friday, hours after President "
                       "Ibrahim Sandawe appealed to Paris for help.")
    appeals = [e for e in events if e.plover == "REQUEST"]
    assert [a.code for e in appeals for a in e.source] == [source], events


def test_whose_refers_to_the_noun_its_clause_describes(events_in):
    events = events_in("Charles Taylor flew into exile in Nigeria, whose government granted him asylum.")
    _assert_dyad(events, ("AID", {"NGA"}, {"LBR"}))


@pytest.mark.parametrize("text", [
    "The United States, the European Union and Britain demanded the immediate release of the opposition leader.",
    "Japan and South Korea condemned the launch on Monday.",
])
def test_several_sources_of_a_directed_act_do_not_do_it_to_each_other(events_in, text):
    # the act is aimed at a party the clause names ("the launch", "the opposition leader")
    # that kg cannot resolve: no event, rather than the sources acting on one another
    assert events_in(text) == []


def test_a_joint_act_naming_no_one_else_is_still_read_pairwise(events_in):
    assert _dyads(events_in("India and Pakistan met in Delhi.")) == {
        ("CONSULT", frozenset({"IND", "PAK"}), frozenset({"IND", "PAK"}))}


def test_whom_a_verb_prompts_to_act_is_the_one_who_acts(events_in):
    events = events_in("U.S. and South Korean forces began joint military drills on Monday, "
                       "prompting Pyongyang to denounce the exercises.")
    assert ("ACCUSE", frozenset({"PRK"}), frozenset({"USA", "KOR"})) in _dyads(events), events


def test_a_counted_noun_stands_for_the_last_parties_named_that_many(events_in):
    events = events_in("Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian "
                       "state. On Thursday, the ambassadors of the three countries were summoned by Israel's "
                       "foreign ministry for a reprimand.")
    assert ("ACCUSE", frozenset({"ISR"}), frozenset({"NOR", "IRL", "ESP"})) in _dyads(events), events


def test_a_number_standing_alone_stands_for_the_last_parties_named_that_many(events_in):
    events = events_in("Xi Jinping met Narendra Modi in Wuhan on Friday, and the two pledged to work for peace "
                       "along the border.")
    assert ("AGREE", frozenset({"CHN", "IND"}), frozenset({"CHN", "IND"})) in _dyads(events), events


def test_the_decision_refers_to_a_deed_not_to_a_complaint_about_it(events_in):
    events = events_in("Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian "
                       "state. Israel's foreign ministry summoned the ambassadors of Norway, Ireland and Spain "
                       "for a reprimand. Palestinian President Mahmoud Abbas welcomed the decisions.")
    praise = [e for e in events if e.type == "Praise"]
    assert praise and {a.code for a in praise[0].target} == {"NOR", "IRL", "ESP"}, events


@pytest.mark.parametrize(("text", "plover", "source"), [
    # the owner of an effort does what its infinitive says ("effort_nouns" in words.json) ...
    ("Turkey's efforts to mediate between Russia and Ukraine continued on Monday.", "CONSULT", "TUR"),
    # ... and stopping the effort ends the act, by whoever stopped it
    ("Egypt suspended its efforts to mediate between Israel and Hamas.", "SANCTION", "EGY"),
])
def test_an_effort_to_act_is_its_owners_act(events_in, text, plover, source):
    assert (plover, source) in {(e.plover, a.code) for e in events_in(text) for a in e.source}, events_in(text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a people that names no state: the state the act took place in owns the armed body
    ("Kurdish rebels killed three Turkish soldiers in southeastern Turkey.", ("ASSAULT", {"TUR"}, {"TUR"})),
])
def test_an_armed_body_of_a_stateless_people_belongs_to_the_place_of_its_act(events_in, text, dyad):
    _assert_dyad(events_in(text), dyad, only=True)


@pytest.mark.parametrize(("text", "dyad"), [
    # no one named behind a blast: the state where it went off acts, as the PLOVER coders code it
    ("A roadside bomb near the town of Tikrit killed two U.S. soldiers on Monday.", ("ASSAULT", {"IRQ"}, {"USA"})),
    ("A car bomb exploded outside a hotel in Kabul, killing three Afghan policemen.", ("ASSAULT", {"AFG"}, {"AFG"})),
    # a participle with a "by" agent that describes the noun it is done to reports the act
    ("Five Americans freed by Iran arrived in Doha on Monday.", ("RETREAT", {"IRN"}, {"USA"})),
    ("Protesters rallied against new restrictions imposed on Hong Kong by Beijing.", ("COERCE", {"CHN"}, {"HKG"})),
    # a demand noun's clause names what is demanded, of its subject, by the noun's owner
    ("The European Union repeated its demand that Russia withdraw its troops from Ukraine.", ("REQUEST", {"EU"}, {"RUS"})),
    # and a pronoun acted on refers to the clause's subject, not to the one demanding
    ("Israel rejected the United Nations' demand that it withdraw from Lebanon.", ("REQUEST", {"UN"}, {"ISR"})),
    # a threat's object may be in the clause it warns of; "such actions" (parsed as an
    # adjective) refers back to the last deed
    (("The United States imposed new sanctions on Iran. Iran warned that such actions would not be left "
      "without consequences."), ("THREATEN", {"IRN"}, {"USA"})),
    # the ways of funding that stopping reduces include lending and financing
    ("The International Monetary Fund halted financing for Mozambique.", ("SANCTION", {"IMF"}, {"MOZ"})),
    # what an act of force is aimed at is in the state it is in ("_located")
    ("The United States, Britain and France launched missile strikes against three sites in Syria.",
     ("ASSAULT", {"USA", "GBR", "FRA"}, {"SYR"})),
    # the noun set beside a name says what the named one is, for the verb's patterns too
    ("Russia expelled Thomas Grant, a British diplomat, on Monday.", ("SANCTION", {"RUS"}, {"GBR"})),
    # a person no dictionary knows, held by a state's forces, is one of its people
    ("Mahmoud Karimi has been detained by Iranian security forces in Tehran.", ("COERCE", {"IRN"}, {"IRN"})),
    # capturing a person is an arrest, whoever the person is: the field's agent nouns and
    # titles of office say who is one ("commander")
    ("Pakistani police captured a senior Taliban commander near Quetta.", ("COERCE", {"PAK"}, {"AFG"})),
    # unnamed people a state's police act on are its own, whoever the agent nouns say they are
    ("Zimbabwean police beat taxpayers at polling stations on Saturday.", ("ASSAULT", {"ZWE"}, {"ZWE"})),
    # a state suspended or removed from a body or a programme is sanctioned by it ...
    ("The African Union suspended Guinea after the coup.", ("SANCTION", {"AU"}, {"GIN"})),
    ("The United States removed Turkey from the F-35 programme.", ("SANCTION", {"USA"}, {"TUR"})),
    # a reaction a deed drew is made by whom it came from, at the deed's doer, also a state
    # body acting in its own clause
    ("Israel's raid on the camp drew sharp criticism from Turkey.", ("ACCUSE", {"TUR"}, {"ISR"})),
    ("Police fired tear gas at protesters in Manama, drawing condemnation from Iran.", ("ACCUSE", {"IRN"}, {"BHR"})),
    # who is a person to free or seize: the field's agent nouns ("intelligence agents") but
    # those naming a body, a place or a vessel ("tanker")
    ("The United States released three Cuban intelligence agents on Wednesday.", ("RETREAT", {"USA"}, {"CUB"})),
    ("Iran seized a British tanker in the Gulf.", ("COERCE", {"IRN"}, {"GBR"})),
    # a dictionary pattern naming the object beats a lexicon entry that took it only as a kind
    # of object: exchanging ambassadors is recognition, exchanging prisoners a release
    ("Chile and Bolivia exchanged ambassadors on Monday.", ("SUPPORT", {"CHL", "BOL"}, {"CHL", "BOL"})),
    ("Chile and Bolivia exchanged prisoners on Monday.", ("RETREAT", {"CHL", "BOL"}, {"CHL", "BOL"})),
    # duties and levies are tariffs, whoever imposes them, also in the passive
    ("Punitive duties were imposed on Canadian canola by China on Friday.", ("SANCTION", {"CHN"}, {"CAN"})),
    # a legislator of no stated country is of the state the article is about
    ("Former senator Ingrid Betancur was freed by FARC rebels on Wednesday.", ("RETREAT", {"COL"}, {"COL"})),
    # whoever detains someone at a place in a state, unnamed, is that state
    ("Opposition leader Ilya Sokolov was detained by intelligence agents at his Minsk apartment on Tuesday.",
     ("COERCE", {"BLR"}, {"BLR"})),
    # a protest or complaint sent, delivered or handed to a state is an official complaint
    ("Greece sent a formal protest to Turkey on Tuesday.", ("ACCUSE", {"GRC"}, {"TUR"})),
    # a criminal handed over to a state is judicial cooperation, not a release
    ("A Colombian drug smuggler was handed over to the United States by Panamanian police.",
     ("COOPERATE", {"PAN"}, {"USA"})),
    # "closer to" a place is where forces are moved
    ("Turkey has moved thousands of troops closer to Syria's border.", ("MOBILIZE", {"TUR"}, {"SYR"})),
    # the state someone is extradited to is whom the act is with, before the person's own
    ("Spain extradited to the United States a Russian businessman on Friday.", ("COOPERATE", {"ESP"}, {"USA"})),
    # territory handed over or ceded is returned
    ("Sudan handed the Abyei region to South Sudan on Monday.", ("RETREAT", {"SDN"}, {"SSD"})),
    # training a state's soldiers or police is military aid to it
    ("Britain trained Kenyan police officers in Nairobi.", ("AID", {"GBR"}, {"KEN"})),
    # coordination is cooperation, resumed or suspended
    ("Kosovo suspended police coordination with Serbia on Monday.", ("SANCTION", {"XKX"}, {"SRB"})),
    # a people's name is a person object: "deported more than 1,000 Colombians"
    ("Thailand deported more than 300 Cambodians on Friday.", ("COERCE", {"THA"}, {"KHM"})),
    # goods of relief carried by air, sea or road are aid, as when they are sent or delivered
    ("Norway flew tents and blankets to Nepal on Monday.", ("AID", {"NOR"}, {"NPL"})),
    ("Jordanian planes ferried food and medicine into Syria on Friday.", ("AID", {"JOR"}, {"SYR"})),
    # a gerund after "by" or "after" is done by the one the verb it hangs on is said of
    ("Ecuador responded by expelling the Colombian ambassador.", ("SANCTION", {"ECU"}, {"COL"})),
    # a count's "of" phrase says who the people acted on are
    ("Pakistani authorities deported hundreds of undocumented Afghans on Wednesday.", ("COERCE", {"PAK"}, {"AFG"})),
    # fire traded is a fight, not trade; it needs no target beyond the parties
    ("Kyrgyz and Tajik forces traded artillery and mortar fire along their border.",
     ("ASSAULT", {"KGZ", "TJK"}, {"KGZ", "TJK"})),
    # supplies dropped over a place are aid to its state
    ("Jordanian and U.S. military planes dropped food and medical supplies over northern Gaza.",
     ("AID", {"JOR", "USA"}, {"PSE"})),
    # whoever mans a place owns it
    ("Al Shabaab militants stormed a base manned by African Union peacekeepers.", ("ASSAULT", {"SOM"}, {"AU"})),
    # a border reinforced, by the act or its purpose, is aimed at the state it is shared with;
    # so is a border forces are moved closer to, said of their count
    ("Lithuania sent soldiers to reinforce its border with Belarus.", ("MOBILIZE", {"LTU"}, {"BLR"})),
    ("Turkey has reinforced its border with Syria with tanks.", ("MOBILIZE", {"TUR"}, {"SYR"})),
    ("Ethiopia moved thousands of troops closer to its border with Eritrea.", ("MOBILIZE", {"ETH"}, {"ERI"})),
    # a verb that only carries its object leaves the act to the noun
    ("Russian and Chinese bombers flew a joint patrol over the Sea of Japan.",
     ("COOPERATE", {"RUS", "CHN"}, {"RUS", "CHN"})),
    # a participle hung on a noun that has an object of its own is that noun's act
    ("A Myanmar military air strike killed at least 50 people at a village in the Sagaing region.",
     ("ASSAULT", {"MMR"}, {"MMR"})),
    # the name just before a verb the parser left without a subject is its subject
    ("Hamas freed three Israeli hostages on Saturday and Israel released 183 Palestinian prisoners.",
     ("RETREAT", {"ISR"}, {"PSE"})),
    # a passive's "by" phrase the parser hung on the verb it governs is still its agent
    ("Forty-five Russian diplomats were ordered to leave Moldova by the government in Chisinau.",
     ("SANCTION", {"MDA"}, {"RUS"})),
    # a relative pronoun a passive clause acts on stands for the noun the clause describes
    ("Amnesty urged Zimbabwe to free three activists who were detained by police in Harare.",
     ("COERCE", {"ZWE"}, {"ZWE"})),
    ("Russia and Ukraine freed 95 prisoners in an exchange between the two sides, which was mediated by the "
     + "United Arab Emirates.", ("CONSULT", {"ARE"}, {"RUS", "UKR"})),
    # vessels and aircraft blocked, intercepted or boarded are a blockade of their state
    ("Two Philippine boats were blocked by Chinese coast guard ships on Tuesday.", ("COERCE", {"CHN"}, {"PHL"})),
    # a charge d'affaires summoned is a diplomat summoned
    ("Iraq summoned the Turkish charge d'affaires on Thursday.", ("ACCUSE", {"IRQ"}, {"TUR"})),
    # a participle after a reporting clause set in the sentence is the reporter's
    ("Pakistani air strikes on two Afghan provinces killed eight people, the Taliban administration said, "
     + "warning Islamabad that it would face consequences for violating Afghanistan's territory.",
     ("THREATEN", {"AFG"}, {"PAK"})),
    # an investigation or a condemnation of things done in a state is aimed at that state
    ("The ICC prosecutor opened an investigation into possible crimes in Venezuela.", ("ACCUSE", {"ICC"}, {"VEN"})),
    # a message's participle is what its issuer does
    ("Hamas issued a statement calling on Egypt to open the Rafah crossing.", ("REQUEST", {"PSE"}, {"EGY"})),
    # an office holder of no stated country in a clause joined to a state's is that state's
    ("China has not condemned Russia's attack on Ukraine, and foreign ministry spokeswoman Wang Wenbin "
     + "on Friday blamed the United States for stoking tensions.", ("ACCUSE", {"CHN"}, {"USA"})),
    # after a comma, a verb the parser joined to a subordinate clause goes with the main one
    ("Poland sent thousands more soldiers to its border with Belarus on Tuesday as hundreds of migrants tried "
     + "to force their way across, and accused Minsk of orchestrating the crisis.", ("ACCUSE", {"POL"}, {"BLR"})),
    # outrage at a deed is criticism of its doer
    ("Israeli jets struck Gaza on Monday. Turkey said it was outraged by the attack.", ("ACCUSE", {"TUR"}, {"ISR"})),
    # a state's name that begins a person's name is a first name
    ("Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart in Almaty.",
     ("CONSULT", {"ARM"}, {"AZE"})),
    # a day is not what is agreed on; a framework is an agreement
    ("Russia and the United States agreed on Saturday on a framework for eliminating Syria's chemical weapons.",
     ("AGREE", {"RUS", "USA"}, {"RUS", "USA"})),
    # a move or a ruling dismissed is rejected, and so is whoever made it
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin, and the Kremlin "
     + "dismissed the move as null and void.", ("REJECT", {"RUS"}, {"ICC"})),
    # forces that arrive or land somewhere are deployed there, peacekeepers to keep the peace;
    # neither visits
    ("Ugandan peacekeepers arrived in Mogadishu on Tuesday.", ("AID", {"UGA"}, {"SOM"})),
    ("Nigerian soldiers landed in Liberia on Monday.", ("MOBILIZE", {"NGA"}, {"LBR"})),
    # "the country" is the state named last before it that is not the one acting
    ("Chad will end its defence pact with France, hours after French Foreign Minister Jean-Noel Barrot "
     + "wrapped up a visit to the country.", ("CONSULT", {"FRA"}, {"TCD"})),
    ("The Saudi-led military coalition fighting in Yemen said it would close all of the country's ports.",
     ("THREATEN", {"SAU"}, {"YEM"})),
    # what a state receives from another, the other gives it
    ("Ukraine has received its first Patriot air defence systems from the United States.", ("AID", {"USA"}, {"UKR"})),
    ("Kenya received a loan of 2 billion dollars from the IMF.", ("AID", {"IMF"}, {"KEN"})),
    # a march through a place is a protest in its state; "the island" is the state named last
    ("Nearly two million people marched through Caracas on Sunday, demanding that Maduro resign.",
     ("PROTEST", {"VEN"}, {"VEN"})),
    ("China fired missiles into waters around Taiwan as it began its largest military drills near the island.",
     ("MOBILIZE", {"CHN"}, {"TWN"})),
    # a name set beside an office speaks for its owner later on, even where the parser hung it on
    # the noun just before it
    ("NATO ambassadors met Russia's envoy to the alliance, Alexander Grushko, in Brussels on Wednesday. "
     + "Grushko accused NATO of building up forces near Russia's borders.", ("ACCUSE", {"RUS"}, {"NATO"})),
    # a relative pronoun a clause acts on stands for the noun it describes
    ("Canada demanded the release of two Canadians whom China detained in 2018.", ("COERCE", {"CHN"}, {"CAN"})),
    # people no dictionary places are the people of the state asking for their release
    ("Britain called for the release of an aid worker whom Iranian police detained in Tehran.",
     ("COERCE", {"IRN"}, {"GBR"})),
    # weapons handed over are military aid
    ("Poland handed over more than 200 Soviet-era tanks to Kyiv last year.", ("AID", {"POL"}, {"UKR"})),
    # people freed with no one named as freeing them are freed by whoever held them
    ("Five U.S. citizens held in Iran were freed on Monday and flown to Doha.", ("RETREAT", {"IRN"}, {"USA"})),
    # the euro zone's creditors are the EU's
    ("Greek Prime Minister Alexis Tsipras yielded to the demands of euro zone creditors on Monday.",
     ("CONCEDE", {"GRC"}, {"EU"})),
    # an act on a thing of someone's is aimed at its owner, for nouns of no set object too
    ("North Korea carried out its sixth nuclear test in defiance of U.N. Security Council resolutions.",
     ("REJECT", {"PRK"}, {"UNSC"})),
    # a mediator acts on the parties of the deal it brokered
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt.", ("CONSULT", {"EGY"}, {"ISR", "PSE"})),
    ("NATO said it was not resuming the practical cooperation with Moscow that it froze in April 2014.",
     ("SANCTION", {"NATO"}, {"RUS"})),
    # after a comma, a finite verb the parser joined to a relative clause goes with the main clause
    ("Leaders of the Economic Community of West African States gave Niger's junta one week to reinstate "
     + "Bazoum or face measures that could include the use of force, and imposed financial sanctions on the "
     + "country.", ("SANCTION", {"ECOWAS"}, {"NER"})),
    # a town named as a capital or city is looked up whatever the parser labels it
    ("Thousands of people protested in its capital, Nukus, against the proposed changes.",
     ("PROTEST", {"UZB"}, {"UZB"})),
    # "rejected as untenable a map": the object after the adjective
    ("India on Saturday rejected as 'untenable' a new political map of Nepal.", ("REJECT", {"IND"}, {"NPL"})),
    # a claim or plan is its author's: a reply to it is aimed at them
    ("Russia rejected the accusations made by Ukraine.", ("REJECT", {"RUS"}, {"UKR"})),
    ("Israel rejected a ceasefire plan put forward by Egypt.", ("REJECT", {"ISR"}, {"EGY"})),
    # an object pronoun of a participle clause refers to the main clause's object
    ("Fiji expelled the top diplomats of Australia and New Zealand on Tuesday, accusing them of meddling.",
     ("ACCUSE", {"FJI"}, {"AUS", "NZL"})),
    # clauses a semicolon parts are each their own
    ("Algeria cut diplomatic relations with Morocco on Tuesday; Morocco's foreign ministry called the "
     + "decision completely unjustified.", ("SANCTION", {"DZA"}, {"MAR"})),
    # "the recall of Kenya's ambassador": whose envoy it is recalls them
    ("The recall of Kenya's ambassador to Somalia, announced by the foreign ministry on Saturday, marks "
     + "the sharpest escalation yet.", ("SANCTION", {"KEN"}, {"SOM"})),
    # a cessation of hostilities is a ceasefire
    ("Ethiopia and Eritrea agreed on Wednesday to a permanent cessation of hostilities.",
     ("RETREAT", {"ETH", "ERI"}, {"ETH", "ERI"})),
    # forces sent or arriving to help are assistance; the help is not a second event
    ("About 150 Australian and New Zealand soldiers arrived in Tonga on Saturday to help restore order.",
     ("AID", {"AUS", "NZL"}, {"TON"})),
    # "began arriving": the complement's subject is the governor's
    ("Turkish troops started arriving in Qatar.", ("MOBILIZE", {"TUR"}, {"QAT"})),
    # flying warplanes somewhere is no visit
    ("China flies 38 warplanes into Taiwan's air defence zone in largest incursion yet",
     ("MOBILIZE", {"CHN"}, {"TWN"})),
    # a said act with no target of its own shares the one of the act it is joined to
    ("North Korea's state media denounced the exercises of South Korea and the United States as a "
     + "provocation and warned of a merciless response.", ("THREATEN", {"PRK"}, {"KOR", "USA"})),
    ("Syrian President Bashar al-Assad on Sunday dismissed as worthless the calls by Washington and the "
     + "European Union for him to step down.", ("REJECT", {"SYR"}, {"USA", "EU"})),
    # "to tsunami-hit Sri Lanka" is a place hit, not an attack; a disaster word discards nothing
    ("Indian navy ships delivered food, water and medicines to tsunami-hit Sri Lanka and the Maldives.",
     ("AID", {"IND"}, {"LKA", "MDV"})),
    # "re-open" is a verb, not a hyphenated modifier
    ("Ethiopia has agreed to re-open its borders to UN peacekeepers.", ("AGREE", {"ETH"}, {"UN"})),
    # forces sent at the request of a state's leader help that state
    ("Australia sent police and troops to the Solomon Islands on Thursday at the request of Prime "
     + "Minister Manasseh Sogavare.", ("AID", {"AUS"}, {"SLB"})),
    # forces sent to a capital or province no state is named for stay at home
    ("Papua New Guinea's government deployed about 180 soldiers in the capital on Thursday.",
     ("MOBILIZE", {"PNG"}, {"PNG"})),
    ("Iran on Saturday rejected a package of incentives offered by Britain, France and Germany.",
     ("REJECT", {"IRN"}, {"GBR", "FRA", "DEU"})),
    # a Commonwealth state's envoy is its high commissioner
    ("India recalled its high commissioner from Islamabad on Friday.", ("SANCTION", {"IND"}, {"PAK"})),
    ("Britain has flown several hundred paratroopers to Sierra Leone.", ("MOBILIZE", {"GBR"}, {"SLE"})),
    # a state's airlines, ships or goods banned are a sanction on it
    ("The European Union banned Belarusian airlines from its airspace and airports on Friday.",
     ("SANCTION", {"EU"}, {"BLR"})),
    # an act "in response" with no target of its own answers whoever acted first
    ("China launched drills around Taiwan on Thursday, and Taiwan's defence ministry said it had "
     + "dispatched warships in response.", ("MOBILIZE", {"TWN"}, {"CHN"})),
    # "struck what New Delhi called a camp inside Pakistan": where the thing named is
    ("Indian warplanes struck what New Delhi called a militant training camp inside Pakistan on Tuesday.",
     ("ASSAULT", {"IND"}, {"PAK"})),
    ("Israeli aircraft struck what the army said were Hamas targets in Gaza.", ("ASSAULT", {"ISR"}, {"PSE"})),
    # a man suspected of a crime handed to a state is judicial cooperation with it
    ("A man suspected of masterminding the bombing has been handed over to the United States by Pakistani "
     + "authorities.", ("COOPERATE", {"PAK"}, {"USA"})),
    ("Zelensky urged NATO to impose a no-fly zone over Ukraine, but the alliance's Secretary-General, "
     + "Jens Stoltenberg, ruled it out.", ("REJECT", {"NATO"}, {"UKR"})),
    ("Nepal's government deployed the army against Maoist rebels for the first time on Monday.",
     ("MOBILIZE", {"NPL"}, {"NPL"})),
    # supporters storming a building riot: a protest, not an attack
    ("Thousands of supporters of former President Jair Bolsonaro stormed Brazil's Congress on Sunday.",
     ("PROTEST", {"BRA"}, {"BRA"})),
    # a verb with no subject after an apposed name is the named one's ("..., and Ukraine's foreign
    # minister, Dmytro Kuleba, thanked Berlin", parsed with "minister" joined to "tanks")
    ("Germany pledged a further 2.7 billion euros in military aid to Ukraine on Saturday, including tanks "
     + "and air defence systems, and Ukraine's foreign minister, Dmytro Kuleba, thanked Berlin for the package.",
     ("SUPPORT", {"UKR"}, {"DEU"})),
    ("Israel sealed off the West Bank and Gaza Strip on Tuesday.", ("COERCE", {"ISR"}, {"PSE"})),
    # reciprocal objects: the parties are each other's targets
    ("India and Pakistan accused each other of violating the ceasefire.", ("ACCUSE", {"IND", "PAK"}, {"IND", "PAK"})),
    ("Armenia and Azerbaijan blamed one another for the fighting.", ("ACCUSE", {"ARM", "AZE"}, {"ARM", "AZE"})),
    # a demand to end an act is made of the one doing it
    ("The UN demanded an end to attacks by Israel.", ("REQUEST", {"UN"}, {"ISR"})),
    # "the junta", "the regime": the state named last that is not the one acting
    ("The United States imposed new sanctions on Syria on Monday. Washington accused the regime of "
     + "using chemical weapons.", ("ACCUSE", {"USA"}, {"SYR"})),
    ("Mali's military junta on Monday ordered France's ambassador to leave the country within 72 hours, after "
     + "French Foreign Minister Jean-Yves Le Drian called the junta illegitimate and out of control.",
     ("ACCUSE", {"FRA"}, {"MLI"})),
    # an object the parser gave to the reporting verb after the clause is the clause verb's
    ("Russia has massed more than 150,000 troops on Ukraine's borders and in Crimea, Josep Borrell, the "
     + "European Union's foreign policy chief, said on Monday.", ("MOBILIZE", {"RUS"}, {"UKR"})),
    # "in a show of strength aimed at the United States": whom the act is meant for
    ("Iran's navy began war games near the Strait of Hormuz in a show of strength aimed at the United States.",
     ("MOBILIZE", {"IRN"}, {"USA"})),
    # the European Commission acts for the EU (as in the Phoenix dictionary)
    ("The European Commission opened an anti-subsidy investigation into Chinese electric cars.",
     ("ACCUSE", {"EU"}, {"CHN"})),
    # workers expelled are deported; only aid workers and missions expelled are withdrawn involvement
    ("North Korea expelled all South Korean workers from the Kaesong industrial complex on Thursday.",
     ("COERCE", {"PRK"}, {"KOR"})),
    # an order enacts the act it names, the commander's own; an embargo on trade with a state is on it
    ("President Reagan ordered a total embargo on U.S. trade with Nicaragua on Wednesday.",
     ("SANCTION", {"USA"}, {"NIC"})),
    ("Putin ordered the expulsion of two Estonian diplomats.", ("SANCTION", {"RUS"}, {"EST"})),
    # a compound may say what a subject is: peacekeeping troops keep the peace
    ("Australian-led peacekeeping troops flew into Dili on Monday.", ("AID", {"AUS"}, {"TLS"})),
    ("Indian warplanes struck what New Delhi described as a militant training camp near Balakot in Pakistan.",
     ("ASSAULT", {"IND"}, {"PAK"})),
    ("President Alfredo Cristiani declared a state of siege on Sunday.", ("COERCE", {"SLV"}, {"SLV"})),
    # what ships sent carry is what is sent
    ("Mexico sent two navy ships carrying food, medicine and electricity generators to Cuba on Friday.",
     ("AID", {"MEX"}, {"CUB"})),
    # one's own forces put on alert after an attack are aimed at the attacker
    ("Iraq fired at least seven Scud missiles at Tel Aviv and Haifa before dawn on Friday, and Israel put "
     + "its armed forces on maximum alert.", ("MOBILIZE", {"ISR"}, {"IRQ"})),
    ("Israeli and Palestinian negotiators sat down with U.S. mediators in Washington.",
     ("CONSULT", {"ISR", "PSE"}, {"USA"})),
    # "the republics of Croatia and Slovenia" are the states named, not the modifier's
    ("Germany recognized the breakaway Yugoslav republics of Croatia and Slovenia.",
     ("SUPPORT", {"DEU"}, {"HRV", "SVN"})),
    # a hyphen after a dotted abbreviation is split as after a word, so the name is seen
    ("U.S.-led forces attacked the town of Falluja.", ("ASSAULT", {"USA"}, {"IRQ"})),
    # a relative clause with no object of its own acts on the noun it hangs on
    ("Sri Lankan rebels have not released the 11 policemen they seized last week.",
     ("ASSAULT", {"LKA"}, {"LKA"})),
    # a port taken is occupied; missiles and drones launched at a state attack it
    ("Iranian forces have captured the Iraqi oil port of Fao.", ("COERCE", {"IRN"}, {"IRQ"})),
    ("Russia launched 728 drones and 13 missiles at Ukraine overnight.", ("ASSAULT", {"RUS"}, {"UKR"})),
    # forces leaving a country withdraw from it
    ("The last Russian troops left Lithuania today.", ("RETREAT", {"RUS"}, {"LTU"})),
    ("Syrian forces pulled out of Lebanon.", ("RETREAT", {"SYR"}, {"LBN"})),
    # a possessive pronoun in a clause of time hung on a reaction to an object is the object's
    ("Indonesia condemned Myanmar's military after its aircraft killed scores of civilians.",
     ("ASSAULT", {"MMR"}, {"MMR"})),
    # armed forces act on the unnamed people of the state the story is about
    ("Syrian troops killed 30 civilians.", ("ASSAULT", {"SYR"}, {"SYR"})),
    # a deadline given to an envoy to leave expels them
    ("Mali gave France's ambassador 72 hours to leave the country.", ("SANCTION", {"MLI"}, {"FRA"})),
    # a freeze of participation in an organisation reduces relations with it
    ("Armenia has frozen its participation in the Collective Security Treaty Organization.",
     ("SANCTION", {"ARM"}, {"CSTO"})),
    # a protest over someone's act is aimed at its owner, not at whom the act was against
    ("The Philippines lodged a diplomatic protest over the Chinese coast guard's use of water cannon "
     + "against a Filipino supply boat.", ("ACCUSE", {"PHL"}, {"CHN"})),
    # a body named with its state earlier in the story is that state's
    ("Fourteen Palestinians were arrested by Israeli troops in the West Bank today after stone-throwing "
     + "youths attacked an army patrol near Nablus.", ("ASSAULT", {"PSE"}, {"ISR"})),
    # a rebel leader named with no country belongs to the state of the story
    ("Mozambican President Joaquim Chissano and RENAMO rebel leader Afonso Dhlakama signed a peace "
     + "agreement on Sunday.", ("SUPPORT", {"MOZ"}, {"MOZ"})),
    # what a meeting is for is no target of it; what a vote is for is what it decides
    ("Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman met at a hunting lodge "
     + "today to discuss the future of the Yugoslav federation.", ("CONSULT", {"SRB", "HRV"}, {"SRB", "HRV"})),
    ("The U.N. Security Council voted 13-0 today to impose trade sanctions on Serbia.",
     ("SANCTION", {"UNSC"}, {"SRB"})),
    # export curbs are trade sanctions, eased or imposed
    ("Japan lifted export curbs on South Korea.", ("RETREAT", {"JPN"}, {"KOR"})),
    # the one told is whom a told intention is towards
    ("Iraq told Kofi Annan that it would allow weapons inspectors to return without conditions.",
     ("AGREE", {"IRQ"}, {"UN"})),
    # a government dropping its own plan or law gives way at home
    ("Nicaraguan President Daniel Ortega revoked a contested overhaul of the social security system on "
     + "Sunday after five days of street protests.", ("CONCEDE", {"NIC"}, {"NIC"})),
    ("Indonesian lawmakers shelved planned changes to regional election rules on Thursday.",
     ("CONCEDE", {"IDN"}, {"IDN"})),
    # unnamed prisoners a state frees are its own people; hostages are not taken to be the taker's
    ("Nicaragua released 222 political prisoners on Thursday.", ("RETREAT", {"NIC"}, {"NIC"})),
    # a particle the parser takes for an adverb still makes the phrasal verb
    ("Turkish Foreign Minister Mevlut Cavusoglu brushed aside French calls for the offensive to be halted.",
     ("REJECT", {"TUR"}, {"FRA"})),
    # an envoy recalled with no place named is recalled from whoever last acted on the state
    ("Israel freed two Jordanian citizens on Wednesday, a week after their detention without charge "
     + "prompted Amman to recall its ambassador.", ("SANCTION", {"JOR"}, {"ISR"})),
    # a noun set beside a clause sums up its act; a place's name after a first name is a surname
    ("Anti-dumping duties were imposed on Australian wine by China on Friday, a move Australian Trade "
     + "Minister Simon Birmingham called unjustified.", ("ACCUSE", {"AUS"}, {"CHN"})),
    # fighter jets scrambled are a show of force, aimed at what they meet or what prompted them
    ("Taiwan scrambled fighter jets on Sunday to warn away 15 Chinese military aircraft.",
     ("MOBILIZE", {"TWN"}, {"CHN"})),
    ("Russia fired more than 100 missiles at Ukraine on Monday, prompting Poland to scramble fighter jets.",
     ("MOBILIZE", {"POL"}, {"RUS"})),
    # a court's sentence finds its defendant guilty (CAMEO 116), more than it detains them
    ("A Peruvian court on Monday sentenced former President Alejandro Toledo to 20 years in prison.",
     ("ACCUSE", {"PER"}, {"PER"})),
    # (but what a warning says is still threatened)
    ("The Thai government warned that it could declare a state of emergency if protesters stormed state "
     + "buildings.", ("THREATEN", {"THA"}, {"THA"})),
    # a mediation is between the parties of the clause it is told in; a clause of time is an
    # act of its own, not what the verb it hangs on agrees to
    ("Iran and Saudi Arabia agreed on Friday to restore diplomatic relations after China mediated four "
     + "days of secret talks in Beijing.", ("CONSULT", {"CHN"}, {"IRN", "SAU"})),
    ("Ethiopia and Eritrea signed an accord after ten days of talks mediated by the African Union.",
     ("CONSULT", {"AU"}, {"ETH", "ERI"})),
    # a verb the parser joined inside what was said, whose borrowed subject is a thing, is the speaker's
    ("U.S. State Department spokesman John Kirby said the decision was legally binding and urged Beijing to "
     + "comply with it.", ("REQUEST", {"USA"}, {"CHN"})),
    # what a "passed by", "imposed by", "drafted by" phrase names is owned by its author
    ("Serbia rejected a resolution passed by the U.N. Security Council.", ("REJECT", {"SRB"}, {"UNSC"})),
    ("Hamas rejected a ceasefire plan drafted by Egypt.", ("REJECT", {"PSE"}, {"EGY"})),
    # a word joined to the first word of a name shares the rest of it
    ("North and South Korea held talks in Panmunjom on Tuesday.", ("CONSULT", {"PRK", "KOR"}, {"PRK", "KOR"})),
    # a number or a share counted "of" a group acts on the group
    ("Rebels in Sierra Leone freed 54 of the U.N. peacekeepers they abducted earlier this month.",
     ("RETREAT", {"SLE"}, {"UN"})),
    # aid pledged "to help rebuild Afghanistan" goes to whom its purpose acts on
    ("Japan pledged 500 million dollars over two and a half years to help rebuild Afghanistan.",
     ("AGREE", {"JPN"}, {"AFG"})),
    # troops ordered somewhere are deployed there
    ("Turkey ordered troops to the Syrian border on Monday.", ("MOBILIZE", {"TUR"}, {"SYR"})),
    # "the government in Kinshasa", with the "in" phrase hung on the verb
    ("Rwandan President Paul Kagame accused the government in Kinshasa of arming Hutu rebels.",
     ("ACCUSE", {"RWA"}, {"COD"})),
    # "its" cannot be the crowd that acts: it is the state the sentence is about
    ("Riyadh severed relations with Tehran after protesters stormed its embassy in the Iranian capital.",
     ("PROTEST", {"IRN"}, {"SAU"})),
    # a word the tokenizer split at its hyphen is still the word
    ("Israel and Hamas agreed to a cease-fire on Friday.", ("RETREAT", {"ISR", "PSE"}, {"ISR", "PSE"})),
    # forces sent to keep the peace are aid, and a promise to send them a promise of aid
    ("Russia deployed peacekeeping troops to Armenia.", ("AID", {"RUS"}, {"ARM"})),
    ("The CSTO said it would send peacekeeping forces to Kazakhstan.", ("AGREE", {"CSTO"}, {"KAZ"})),
    # being ready to host a meeting between two parties is a promise towards both
    ("Turkish Foreign Minister Mevlut Cavusoglu said Ankara was ready to host a meeting between the Russian and "
     + "Ukrainian foreign ministers.", ("AGREE", {"TUR"}, {"RUS", "UKR"})),
    # "it" in a participle clause is the party the main act was on, named after a preposition
    ("Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.",
     ("ACCUSE", {"EGY"}, {"QAT"})),
    # what a note says is said to the one it was handed to
    ("Nepal handed India a diplomatic note on Saturday protesting against the opening of a road.",
     ("ACCUSE", {"NPL"}, {"IND"})),
    # a region or airspace opened to outsiders lets them in
    ("Myanmar's junta opened the cyclone-hit Irrawaddy delta to U.N. aid workers on Sunday.",
     ("RETREAT", {"MMR"}, {"UN"})),
    # two joined doers of a joint act, one of them of no known state, act on the known one's state
    ("President Juan Manuel Santos and FARC commander Rodrigo Londono signed a peace accord on Monday.",
     ("SUPPORT", {"COL"}, {"COL"})),
    # a crowd's act "in protest" is their protest
    ("Thousands of Catalan separatists blocked access to Barcelona's El Prat airport on Monday in protest at the "
     + "prison sentences handed to nine independence leaders by Spain's Supreme Court.", ("PROTEST", {"ESP"}, {"ESP"})),
    # a state set beside another state's name is the next item of a list, not a description of it
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday.",
     ("SANCTION", {"SAU", "ARE", "BHR", "EGY"}, {"QAT"})),
    # a promise to hold back a hostile act is a promise to de-escalate
    ("Venezuela and Guyana pledged on Thursday not to threaten or use force against each other.",
     ("AGREE", {"VEN", "GUY"}, {"VEN", "GUY"})),
    # forces of two states joined in one noun phrase hold their exercises together
    ("South Korean and U.S. forces began their annual military exercises on Tuesday.",
     ("COOPERATE", {"KOR", "USA"}, {"KOR", "USA"})),
    # riot-control weapons used on a crowd are repression, aimed at whom their purpose acts on
    ("Georgian riot police used water cannon and pepper spray on Friday to disperse thousands of people "
     + "outside parliament in Tbilisi.", ("ASSAULT", {"GEO"}, {"GEO"})),
    ("Police used tear gas on opposition supporters in Kampala on Monday.", ("ASSAULT", {"UGA"}, {"UGA"})),
    # force used to do something to a crowd is used on it; a count's "of" phrase says who
    ("Myanmar soldiers opened fire to drive back hundreds of villagers on Sunday.", ("ASSAULT", {"MMR"}, {"MMR"})),
    # what is shipped is aimed at where it goes; export controls are a sanction
    ("Japan tightened controls on exports of three high-tech materials to South Korea on Thursday.",
     ("SANCTION", {"JPN"}, {"KOR"})),
    ("China banned exports of rare earths to Japan.", ("SANCTION", {"CHN"}, {"JPN"})),
    # a name's title says it is a person set free
    ("Myanmar's military government freed pro-democracy leader Aung San Suu Kyi from house arrest on Saturday.",
     ("RETREAT", {"MMR"}, {"MMR"})),
    # armed men of no state named fight for the place they act on, and against their own state
    ("Nigeria will send peacekeepers to Liberia, President Olusegun Obasanjo said on Tuesday, as rebels "
     + "shelled the capital Monrovia for a third straight day.", ("ASSAULT", {"LBR"}, {"LBR"})),
    ("Colombia's ELN rebels rejected an invitation to attend peace talks on Monday.", ("REJECT", {"COL"}, {"COL"})),
    ("President Trump ordered visa restrictions on Colombian officials on Sunday.", ("SANCTION", {"USA"}, {"COL"})),
    # a particle after the object still makes the verb a phrase of its own ("voted it down")
    ("Hungary's parliament voted the EU plan down on Friday.", ("REJECT", {"HUN"}, {"EU"})),
    ("The U.N. General Assembly voted a Russian resolution down on Friday.", ("REJECT", {"UNGA"}, {"RUS"})),
    # a personal pronoun, or a count of "them", is people held
    ("Turkish police detained him in Istanbul on Monday.", ("COERCE", {"TUR"}, {"TUR"})),
    ("Riot police beat opposition supporters with truncheons and detained dozens of them in central Baku on "
     + "Saturday.", ("COERCE", {"AZE"}, {"AZE"})),
    # a deadline to leave, however parsed, expels the envoy
    ("The junta in Niamey also gave French Ambassador Sylvain Itte 48 hours to leave the country on Friday.",
     ("SANCTION", {"NER"}, {"FRA"})),
    ("Niger's junta gave the French ambassador 48 hours to leave the country on Friday.",
     ("SANCTION", {"NER"}, {"FRA"})),
    ("Indonesia, Malaysia and the Philippines launched coordinated naval patrols in the Sulu Sea on Monday.",
     ("COOPERATE", {"IDN", "MYS", "PHL"}, {"IDN", "MYS", "PHL"})),
    ("BANGUI, Dec 29 (AFP) - Seleka rebels seized the central town of Sibut without a fight on Saturday.",
     ("COERCE", {"CAF"}, {"CAF"})),
    # "a move X condemned", set beside the act's object, sums up the act: X reacts to its doer
    ("Israel imposed a naval blockade on Gaza on Monday, a move Turkey condemned as illegal.",
     ("ACCUSE", {"TUR"}, {"ISR"})),
    ("Russia expelled two Estonian diplomats, a decision Tallinn called unjustified.", ("ACCUSE", {"EST"}, {"RUS"})),
    # workers named by their trade are a crowd of the place they are in, however deep
    ("Resident doctors at public hospitals across Nigeria began an indefinite strike on Monday.",
     ("PROTEST", {"NGA"}, {"NGA"})),
    # an embassy acted on names its state, even the doers' own; one's own is there for its host
    ("Hundreds of Belarusian exiles rallied outside the Belarusian embassy in Vilnius on Monday evening.",
     ("PROTEST", {"BLR"}, {"BLR"})),
    ("Iran closed its embassy in Ottawa on Friday.", ("SANCTION", {"IRN"}, {"CAN"})),
    # a demonym after a state's names a people of that state; force on a place of one's own state
    ("U.N. officials said Bosnian Serb gunners shelled a breadline in Sarajevo.", ("ASSAULT", {"BIH"}, {"BIH"})),
    ("Bosnian Croat forces attacked the town of Mostar.", ("ASSAULT", {"BIH"}, {"BIH"})),
    # a border is aimed at the state it is shared with
    ("Iraq has massed up to 30,000 troops on its border with Kuwait, U.S. officials said on Tuesday.",
     ("MOBILIZE", {"IRQ"}, {"KWT"})),
    # those who sit down for talks hold them; a modifier's joined title is a party of its own
    ("U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands and sat down for talks "
     + "in Singapore on Tuesday.", ("CONSULT", {"USA", "PRK"}, {"USA", "PRK"})),
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held the first "
     + "bilateral summit in Tokyo in 12 years on Thursday.", ("CONSULT", {"JPN", "KOR"}, {"JPN", "KOR"})),
    # what is said to someone during talks says the talks were with them
    ("Putin told Macron during talks in Moscow that Russia would not attack Ukraine.", ("CONSULT", {"RUS"}, {"FRA"})),
    # what a promise noun names is promised by whoever made it ("made no offer" is a negated promise)
    ("Iran made an offer of talks to Saudi Arabia on Monday.", ("AGREE", {"IRN"}, {"SAU"})),
    ("China made no commitment to restructure Zambian debt.", ("AGREE", {"CHN"}, {"ZMB"})),
    # a place's own name is a settlement to the patterns that take one
    ("The Houthis seized Sanaa in September 2014.", ("COERCE", {"YEM"}, {"YEM"})),
    ("Russian troops entered Vilnius on Sunday.", ("COERCE", {"RUS"}, {"LTU"})),
    # an agreement referred back to is what was agreed or signed, and a day's act one told before
    ("The leaders of Ethiopia and Eritrea signed a declaration on Monday ending two decades of hostility. "
     + "The U.N. Security Council imposed an arms embargo on Eritrea in 2009. Saudi Arabia also welcomed the agreement.",
     ("SUPPORT", {"SAU"}, {"ETH", "ERI"})),
    ("Israel and Jordan signed a water agreement on Thursday. Egypt welcomed Thursday's agreement.",
     ("SUPPORT", {"EGY"}, {"ISR", "JOR"})),
    # a denial answers whoever accused the one denying, of their own state or not
    ("Kyrgyzstan's government accused supporters of former President Kurmanbek Bakiyev of stoking the violence. "
     + "Russia agreed to send helicopters to Kyrgyz forces. Bakiyev denied any role.", ("REJECT", {"KGZ"}, {"KGZ"})),
    ("Georgian officials accused Russian soldiers of looting homes around Gori. Moscow denied that its forces "
     + "had entered the town.", ("REJECT", {"RUS"}, {"GEO"})),
    # a noun a state owned before stands for that state again
    ("Mali's junta demanded that France withdraw its troops. Macron announced the end of a nine-year French "
     + "campaign. Junta spokesman Colonel Abdoulaye Maiga accused Paris of failing to halt the insurgency.",
     ("ACCUSE", {"MLI"}, {"FRA"})),
    ("Yemen's government forces, backed by a Saudi-led coalition, attacked Hodeidah. Houthi negotiator Mohammed "
     + "Abdulsalam accused the coalition of bombing the city.", ("ACCUSE", {"YEM"}, {"SAU"})),
    # a state's own body that shares a name with an international one
    ("Algeria's High Security Council accused Morocco of supporting separatists.", ("ACCUSE", {"DZA"}, {"MAR"})),
    # naming one of two rival states is no sign that a name they share means it
    ("Greece halted all trade with Macedonia on Wednesday. The United States recognised Macedonia on Feb 9.",
     ("SUPPORT", {"USA"}, {"MKD"})),
    # forces of two states joined in one modifier act on each other
    ("Thai and Cambodian troops exchanged artillery fire for four days.", ("ASSAULT", {"THA", "KHM"}, {"THA", "KHM"})),
    # a government acted on from outside is the state the story is about; "on Thursday" is no one
    ("Cambodia jailed opposition leaders on Monday. Human Rights Watch on Thursday called on the authorities "
     + "to quash the convictions.", ("REQUEST", {"HRW"}, {"KHM"})),
    # those an act hurts on its way are of the party it was aimed at
    ("Chinese coast guard personnel rammed and boarded two Philippine navy boats and seized several rifles, "
     + "injuring a number of sailors.", ("ASSAULT", {"CHN"}, {"PHL"})),
    # what is shipped is aimed at where a participle says it goes
    ("Russia's Gazprom cut off gas supplies meant for Ukraine on Sunday.", ("SANCTION", {"RUS"}, {"UKR"})),
    # an expulsion of people is a deportation referred back to
    ("Russian authorities deported more than 130 Georgians to Tbilisi on Friday, and the Georgian foreign "
     + "ministry called the expulsions a gross violation of human rights.", ("ACCUSE", {"GEO"}, {"RUS"})),
    # a short form given in brackets stands for the name it shortens
    ("The Bangladesh Nationalist Party (BNP) rejected the verdict. The BNP boycotted the general election in January.",
     ("PROTEST", {"BGD"}, {"BGD"})),
    # a name after "pro-" backs the phrase's head, not owns it
    ("Pro-Russian separatists shelled the port city of Mariupol on Saturday.", ("ASSAULT", {"UKR"}, {"UKR"})),
    # what arrives carrying aid is aid, given where it arrives
    ("A convoy of 40 Greek trucks carrying food, blankets and medicine reached Tirana on Friday.",
     ("AID", {"GRC"}, {"ALB"})),
    # troops brought home are withdrawn; diplomats sent home are expelled
    ("Denmark brought its soldiers home from Mali within days.", ("RETREAT", {"DNK"}, {"MLI"})),
    ("Russia sent home 23 British diplomats on Friday.", ("SANCTION", {"RUS"}, {"GBR"})),
    # weapons launched by someone are their act
    ("Drones launched by Yemen's Houthi movement struck two Saudi Aramco plants on Saturday, and U.S. Secretary "
     + "of State Mike Pompeo blamed Iran.", ("ASSAULT", {"YEM"}, {"SAU"})),
    # a crowd described by a participle or a relative clause acts where it is
    ("Myanmar security forces opened fire on crowds protesting against the coup at a shipyard in Mandalay on Saturday.",
     ("PROTEST", {"MMR"}, {"MMR"})),
    ("Riot police clubbed hundreds of students who had marched into central Prague on Friday.",
     ("PROTEST", {"CZE"}, {"CZE"})),
    ("Riot police clubbed hundreds of students who had marched into central Prague on Friday.",
     ("ASSAULT", {"CZE"}, {"CZE"})),
    # an offensive halted is aimed at whom it was
    ("Russian troops entered Gori. Moscow said it had halted its offensive.", ("RETREAT", {"RUS"}, {"GEO"})),
    ("Israel stopped its bombing of Gaza on Sunday.", ("RETREAT", {"ISR"}, {"PSE"})),
    # a past tense joined to a gerund goes with the finite verb above it
    ("Moldovan President Mircea Snegur accused Russia's 14th Army on Tuesday of siding with separatists in the "
     + "Dniester region and called on Moscow to withdraw its troops, Moldpres news agency said.",
     ("REQUEST", {"MDA"}, {"RUS"})),
    # a host acts on the parties of the meeting it hosted, who hold it all the same
    ("Iran and Saudi Arabia held talks in Beijing hosted by China.", ("CONSULT", {"CHN"}, {"IRN", "SAU"})),
    ("Iran and Saudi Arabia held talks in Beijing hosted by China.", ("CONSULT", {"IRN", "SAU"}, {"IRN", "SAU"})),
    # whom a promise is made to is its target; an accepted invitation is aimed where its act is
    ("Mali's junta promised ECOWAS in September 2020 to hold elections in February 2022.",
     ("AGREE", {"MLI"}, {"ECOWAS"})),
    ("Isaias accepted an invitation on Monday to visit Ethiopia soon, his information minister said.",
     ("AGREE", {"ERI"}, {"ETH"})),
    # praise denied by its copula is criticism
    ("Mali's junta demanded that France withdraw its troops. Junta spokesman Colonel Abdoulaye Maiga said the "
     + "results of the French deployment have not been satisfactory.", ("ACCUSE", {"MLI"}, {"FRA"})),
    # a government acted on from outside is the story's state's, not the last government named
    ("TUNIS - A Tunisian judge ordered the detention of Rached Ghannouchi. The U.S. State Department urged Tunis to respect "
     + "freedom of expression. The European Union's foreign policy chief, Josep Borrell, called on the authorities "
     + "to uphold the rights of the defence.", ("REQUEST", {"EU"}, {"TUN"})),
    # a crowd parsed as the sentence's noun with its verb hung on it still protests
    ("Hundreds of Filipinos protested outside the Chinese consulate in Manila's Makati financial district on "
     + "Friday over Beijing's claim to Scarborough Shoal.", ("PROTEST", {"PHL"}, {"CHN"})),
    # "the capital" with no name is the capital of the state the story is about
    ("BAMAKO (Reuters) - Mali's junta recalled its ambassadors from ECOWAS states. Tens of thousands of people "
     + "rallied in the capital on Friday.", ("PROTEST", {"MLI"}, {"MLI"})),
    # "the enclave" is the state named last that is not acting
    ("Egypt opened the Rafah crossing to let trucks into Gaza, two weeks after Israel imposed a total siege on the "
     + "enclave.", ("COERCE", {"ISR"}, {"PSE"})),
    # "which" after a comma and a list of parties is all of them
    ("Argentina and Britain, which held two days of talks in the Spanish capital this week, agreed on Thursday to "
     + "restore full diplomatic relations.", ("CONSULT", {"ARG", "GBR"}, {"ARG", "GBR"})),
    # "the country" in what a state's official said is the official's state
    ("Poland's defence minister said on Sunday that the country had sent an additional 5,000 soldiers to its "
     + "border with Belarus.", ("MOBILIZE", {"POL"}, {"BLR"})),
    # "the capital" is the one the story is filed from, though another state is named more
    ("BAMAKO (Reuters) - France said on Thursday that French troops would leave. Paris said the French "
     + "deployment had ended. Tens of thousands of people rallied in the capital on Friday.",
     ("PROTEST", {"MLI"}, {"MLI"})),
    # a participle with an object, hung on a noun inside a longer sentence, is the noun's act
    ("A Myanmar military air strike killed at least 50 people at a village ceremony in the Sagaing region on "
     + "Tuesday, and U.N. human rights chief Volker Turk said he was horrified by the attack.",
     ("ASSAULT", {"MMR"}, {"MMR"})),
    # a demonym after a first name in one person's name is a surname
    ("U.N. human rights chief Volker Turk condemned the attack by Myanmar's army.", ("ACCUSE", {"UN"}, {"MMR"})),
    # an ambush near a border with a state is not in that state; armed men of no state fight
    # where the people they attack are from
    ("Suspected jihadists killed at least 14 Burkinabe soldiers in an ambush near the border with Mali on Sunday.",
     ("ASSAULT", {"BFA"}, {"BFA"})),
    # a warning that names no one is aimed at whom what it warns of falls on
    ("Rwandan Patriotic Front rebels warned on Thursday that they would treat French troops as an invading force.",
     ("THREATEN", {"RWA"}, {"FRA"})),
    ("Biden warned that the West would impose severe economic sanctions if Russia invaded Ukraine.",
     ("THREATEN", {"USA"}, {"RUS"})),
    # force used to do something to someone falls on them
    ("Nigerien security forces fired tear gas on Sunday to disperse hundreds of protesters.",
     ("ASSAULT", {"NER"}, {"NER"})),
    # force at a place no state is known for, in a story about the state it is used in
    ("LUANDA, Jan 7 (Reuters) - UNITA rebels shelled the besieged city of Kuito for a fourth day on Thursday.",
     ("ASSAULT", {"AGO"}, {"AGO"})),
    # a body another state's name shares is the state named before it
    ("The Philippine Senate rejected the treaty with Japan.", ("REJECT", {"PHL"}, {"JPN"})),
    # leaving an international body is reducing relations with it
    ("Nicaragua quit the Organization of American States on Friday.", ("SANCTION", {"NIC"}, {"OAS"})),
    ("Russia pulled out of the Council of Europe on Tuesday.", ("SANCTION", {"RUS"}, {"COE"})),
    # "its neighbour" is the other state
    ("Algeria broke off diplomatic relations with Morocco on Tuesday, accusing its western neighbour of hostile "
     + "actions.", ("ACCUSE", {"DZA"}, {"MAR"})),
    # restricting a state's own institutions is domestic, by armed men too
    ("The Malian junta suspended the constitution.", ("COERCE", {"MLI"}, {"MLI"})),
    ("Cambodia's Supreme Court dissolved the main opposition party on Thursday.", ("COERCE", {"KHM"}, {"KHM"})),
    # what is put under arrest is arrested by whoever put it there
    ("Pakistani authorities put former prime minister Imran Khan under house arrest.", ("COERCE", {"PAK"}, {"PAK"})),
    # a state's name that is also a given name, standing alone, is the state
    ("Jordan recalled its ambassador to Israel.", ("SANCTION", {"JOR"}, {"ISR"})),
    # a known name the tagger folds into a time ("on Kyiv overnight") is still acted on
    ("Russian forces launched a missile attack on Kyiv overnight.", ("ASSAULT", {"RUS"}, {"UKR"})),
    # a town after a preposition of moving, tagged as a person, is still a town
    ("Russian troops withdrew from Kherson on Friday.", ("RETREAT", {"RUS"}, {"UKR"})),
    # provinces and the English spellings of towns are places too
    ("Gunmen abducted 300 schoolgirls from a school in Zamfara.", ("ASSAULT", {"NGA"}, {"NGA"})),
    ("Israel pulled its troops out of Khan Younis.", ("RETREAT", {"ISR"}, {"PSE"})),
    # ousting a ruler, stripping immunity and purging officials coerce
    ("The Egyptian military ousted President Mohamed Morsi on Wednesday.", ("COERCE", {"EGY"}, {"EGY"})),
    ("Venezuela's Supreme Court stripped opposition lawmaker Juan Guaido of his parliamentary immunity.",
     ("COERCE", {"VEN"}, {"VEN"})),
    ("Turkey's government dismissed 18,000 civil servants by emergency decree.", ("COERCE", {"TUR"}, {"TUR"})),
    ("Estonian police dispersed the rioters.", ("COERCE", {"EST"}, {"EST"})),
    ("Chinese coast guard ships blocked a Philippine resupply mission.", ("COERCE", {"CHN"}, {"PHL"})),
    # a report dismissed is rejected; agreements cancelled and supplies halted are sanctions
    ("Israel dismissed the U.N. report as biased.", ("REJECT", {"ISR"}, {"UN"})),
    ("Australia cancelled its agreements with China.", ("SANCTION", {"AUS"}, {"CHN"})),
    ("Russia halted gas supplies to Moldova.", ("SANCTION", {"RUS"}, {"MDA"})),
    # a ship let go is released; troops rushed to a border are deployed
    ("Iran released the British-flagged tanker.", ("RETREAT", {"IRN"}, {"GBR"})),
    ("India rushed additional troops to the border with China.", ("MOBILIZE", {"IND"}, {"CHN"})),
    # a deployment is aimed at whom its purpose is hostile to
    ("The Pentagon deployed an aircraft carrier to the Gulf to deter Iran.", ("MOBILIZE", {"USA"}, {"IRN"})),
    ("Iranian students staged a sit-in at Tehran University.", ("PROTEST", {"IRN"}, {"IRN"})),
    # a role noun can act ("the U.N. human rights chief called on ...")
    ("The U.N. human rights chief called on Myanmar's military on Friday to release all political prisoners.",
     ("REQUEST", {"UN"}, {"MMR"})),
    # "he" after an office holder known only by the office is that office
    ("Iran's foreign minister Hossein Amirabdollahian spoke on Sunday. He accused the United States of backing "
     + "the protests.", ("ACCUSE", {"IRN"}, {"USA"})),
    # held responsible, called genocide: blame
    ("The United States said Russia was responsible for the cyberattack.", ("ACCUSE", {"USA"}, {"RUS"})),
    ("Britain described China's treatment of the Uyghurs as genocide.", ("ACCUSE", {"GBR"}, {"CHN"})),
    # a demonym joined to a state's name in a modifier is a party too
    ("U.S. and Russian negotiators return to Geneva this week for talks on missiles.",
     ("CONSULT", {"USA", "RUS"}, {"USA", "RUS"})),
    # expressing regret is an apology; an aid package vetoed is rejected
    ("Japan expressed deep remorse to South Korea for its colonial rule.", ("SUPPORT", {"JPN"}, {"KOR"})),
    ("Hungary vetoed the EU's aid package for Ukraine.", ("REJECT", {"HUN"}, {"EU"})),
    # trade measures are aimed at where goods are made; raising tariffs and capping prices sanction
    ("The European Union imposed duties of up to 35 percent on electric cars made in China on Tuesday.",
     ("SANCTION", {"EU"}, {"CHN"})),
    ("President Donald Trump doubled tariffs on Indian goods to 50 percent on Wednesday.",
     ("SANCTION", {"USA"}, {"IND"})),
    ("The European Union imposed a 60-dollar price cap on Russian seaborne oil on Monday.",
     ("SANCTION", {"EU"}, {"RUS"})),
    # a state's office of no stated state is the one of the state the story is filed from
    ("ACCRA - The foreign ministry criticised Togo.", ("ACCUSE", {"GHA"}, {"TGO"})),
    ("MOSCOW - The Foreign Ministry summoned the British ambassador.", ("ACCUSE", {"RUS"}, {"GBR"})),
    # a deed condemned that no party is named for is the story's state's
    ("BUJUMBURA - Army officers tried to seize power. The African Union condemned the attempted coup.",
     ("ACCUSE", {"AU"}, {"BDI"})),
    # an act that names no one it is aimed at is aimed at the source's counterpart in the story
    ("Taiwan's leader rejected Beijing's terms. China staged war games on Saturday.",
     ("MOBILIZE", {"CHN"}, {"TWN"})),
    ("South Korea raised its alert level on Monday. North Korea shelled a South Korean island.",
     ("MOBILIZE", {"KOR"}, {"PRK"})),
    ("Colombian troops raided a rebel camp inside Ecuador. Ecuador expelled Colombia's ambassador. "
     + "Bogota apologised on Friday.", ("SUPPORT", {"COL"}, {"ECU"})),
    # a verb with the particle "out" is aimed at its "at" phrase
    ("Chavez lashed out at Britain on Sunday.", ("ACCUSE", {"VEN"}, {"GBR"})),
    ("Erdogan hit out at Germany over the ban on Monday.", ("ACCUSE", {"TUR"}, {"DEU"})),
    # forces sent to keep the peace are military assistance; promised, an intent to give it
    ("Ghana said it would send 800 soldiers to join the peacekeeping force in Liberia.",
     ("AGREE", {"GHA"}, {"LBR"})),
    ("Kenya sent 400 police officers to Haiti on Tuesday to support the country's police.",
     ("AID", {"KEN"}, {"HTI"})),
    # closing links with a state is a blockade
    ("Saudi Arabia closed its land, sea and air links with Qatar on Monday.", ("COERCE", {"SAU"}, {"QAT"})),
    # an entry naming what the object is outranks one that takes any party
    ("Mali's junta suspended French broadcaster RFI on Saturday.", ("COERCE", {"MLI"}, {"FRA"})),
    # opponents and critics are people
    ("Belarusian police detained dozens of opponents on Sunday.", ("COERCE", {"BLR"}, {"BLR"})),
    ("Venezuelan authorities freed 110 opponents on Saturday.", ("RETREAT", {"VEN"}, {"VEN"})),
    # "the men" in a participle clause is who the clause it hangs on acted on, as "them" is
    ("Iran detained two British sailors on Friday, accusing the men of spying.", ("ACCUSE", {"IRN"}, {"GBR"})),
    # a condemned deed told of no one is the story's, also when the story is the condemner's state
    ("GUATEMALA CITY - President Bernardo Arevalo condemned the raid on Tuesday.", ("ACCUSE", {"GTM"}, {"GTM"})),
    # strikes on places across a state are aimed at it
    ("Russian forces launched missile strikes on cities across Ukraine on Thursday.", ("ASSAULT", {"RUS"}, {"UKR"})),
    # peacekeepers and marines are people: seizing them is abduction
    ("Rebels seized 500 U.N. peacekeepers in Sierra Leone on Tuesday.", ("ASSAULT", {"SLE"}, {"UN"})),
    # "the kingdom" is a state whose names say it is one, even one acting before it
    ("Saudi Arabia and Iran agreed on Friday to restore ties, seven years after the kingdom cut relations "
     + "with the Islamic Republic.", ("SANCTION", {"SAU"}, {"IRN"})),
    ("Jordan's King Abdullah met President Sisi of Egypt in Cairo on Saturday. Israel criticised the kingdom "
     + "on Sunday.", ("ACCUSE", {"ISR"}, {"JOR"})),
    # cutting or restricting the internet is a restriction at home
    ("Iranian authorities restricted access to Instagram and WhatsApp on Wednesday.", ("COERCE", {"IRN"}, {"IRN"})),
    ("KHARTOUM - The authorities cut mobile internet across much of the country on Monday.",
     ("COERCE", {"SDN"}, {"SDN"})),
    # weapons used on crowds are used at home
    ("KHARTOUM - Security forces fired tear gas to clear the barricades on Tuesday.", ("ASSAULT", {"SDN"}, {"SDN"})),
    # a modifier that names no one does not do what the noun names; the clause's subject does
    ("A Spanish judge issued a European arrest warrant for a Russian businessman on Monday.",
     ("COERCE", {"ESP"}, {"RUS"})),
    # an office holder of no stated state is not of the state they act on by name
    ("Chinese ships rammed Vietnamese vessels on Sunday. Video released by the coast guard showed a Chinese ship "
     + "firing water at a Vietnamese boat. Foreign ministry spokesman Le Hai Binh accused Beijing of violating "
     + "Vietnam's sovereignty.", ("ACCUSE", {"VNM"}, {"CHN"})),
    # a place put before the subject says whose side speaks
    ("Hanoi accused Beijing of violating its sovereignty. In Beijing, foreign ministry spokesman Hong Lei accused "
     + "Vietnamese ships of harassing the rig.", ("ACCUSE", {"CHN"}, {"VNM"})),
    # forces sent to a peacekeeping force give military assistance where it serves
    ("Ghana sent 500 troops to the U.N. peacekeeping force in Lebanon on Monday.", ("AID", {"GHA"}, {"LBN"})),
    # what a call is made to say is said in it, to the one called
    ("Russian President Vladimir Putin telephoned Turkish President Tayyip Erdogan on Monday to congratulate him "
     + "on his election victory.", ("SUPPORT", {"RUS"}, {"TUR"})),
    # designating a group a terrorist one restricts it; the object's complement says what it is called
    ("The United States designated the Houthis a terrorist organisation on Monday.", ("COERCE", {"USA"}, {"YEM"})),
    ("Algeria classified the separatist movement as a terrorist group in May.", ("COERCE", {"DZA"}, {"DZA"})),
    # reviewing relations with a state is a veiled threat to reduce them
    ("Washington is reassessing its relationship with Riyadh, the White House said on Tuesday.",
     ("THREATEN", {"USA"}, {"SAU"})),
    # approving a state's bid to join a body supports that state
    ("Hungary's parliament approved Finland's application for NATO membership on Monday.",
     ("SUPPORT", {"HUN"}, {"FIN"})),
    # suspending transactions with a state is a sanction
    ("ECOWAS suspended all commercial and financial transactions with Niger on Sunday.",
     ("SANCTION", {"ECOWAS"}, {"NER"})),
    # a town after "from" is a place after a noun of moving as after a verb
    ("Russia announced the withdrawal of its troops from Kherson on Wednesday.", ("RETREAT", {"RUS"}, {"UKR"})),
    # the object of a relative clause is the noun the clause describes
    ("The United States deported 200 Venezuelans it accused of belonging to a gang.",
     ("ACCUSE", {"USA"}, {"VEN"})),
    ("Chisinau will not tolerate interference by Russia's 14th Army, which Moldova accuses of arming the "
     + "separatists, Snegur said on Tuesday.", ("ACCUSE", {"MDA"}, {"RUS"})),
    # a noun of leaving an international body is a sanction, as the verb is
    ("Mali, Burkina Faso and Niger announced their immediate withdrawal from ECOWAS on Sunday.",
     ("SANCTION", {"MLI", "BFA", "NER"}, {"ECOWAS"})),
    # a surname alone, which the parser may tag as an organisation, is the person named before
    ("Ugandan soldiers surrounded the home of the singer Bobi Wine, whose real name is Robert Kyagulanyi. "
     + "In November, police arrested Kyagulanyi for allegedly breaching coronavirus rules.",
     ("COERCE", {"UGA"}, {"UGA"})),
    # rejecting an election's result is done at home
    ("Opposition leader Raila Odinga rejected the official result of the presidential election on Monday.",
     ("REJECT", {"KEN"}, {"KEN"})),
    # one's counterpart is of another state, which the modifier or an "in" phrase names
    ("U.S. President Barack Obama telephoned his South Korean counterpart on Tuesday.", ("CONSULT", {"USA"}, {"KOR"})),
    ("Obama telephoned his counterpart in Seoul on Tuesday.", ("CONSULT", {"USA"}, {"KOR"})),
    # returning fire is aimed at whoever fired
    ("North Korea fired artillery shells at a South Korean island on Tuesday. South Korean forces returned fire "
     + "within minutes.", ("ASSAULT", {"KOR"}, {"PRK"})),
    # "the North" is the state named whose name begins so
    ("North Korea shelled a South Korean island on Tuesday. The South accused the North of an unprovoked attack.",
     ("ACCUSE", {"KOR"}, {"PRK"})),
    # after a comma, a second verb of saying goes with the first, not inside what was said
    ("North Korea's military command said in a statement carried by the KCNA news agency that Seoul had fired "
     + "first during an exercise, and warned it would strike again if the South intruded into its waters.",
     ("THREATEN", {"PRK"}, {"KOR"})),
    # a warning that names no party is aimed at the source's counterpart in the story so far
    ("Burundian police arrested an activist on Monday. Interior Minister Edouard Nduwimana warned that anyone "
     + "joining further demonstrations would be treated as a criminal.", ("THREATEN", {"BDI"}, {"BDI"})),
    # a role noun's sector may come from its modifier's own modifier ("foreign ministry spokesman")
    ("In Beijing, a foreign ministry spokesman urged Honiara to protect Chinese citizens and businesses.",
     ("REQUEST", {"CHN"}, {"SLB"})),
    # forces that arrive after the state asked for help give military assistance
    ("Australian police and troops began arriving in the Solomon Islands on Thursday after Prime Minister Manasseh "
     + "Sogavare asked Canberra for help to quell riots.", ("AID", {"AUS"}, {"SLB"})),
    # a government an opposition party acts on is its own state's
    ("SEOUL - North Korea shelled a South Korean island on Tuesday. The White House condemned the attack. The main "
     + "opposition Democratic Party accused the government of ignoring warning signs.", ("ACCUSE", {"KOR"}, {"KOR"})),
    # a verb of judging joined to what someone "had" done goes with the verb of saying above
    ("YAOUNDE - Security forces in Cameroon shot dead at least eight people on Sunday. Amnesty International said "
     + "on Monday that at least 17 people had died and accused troops of firing on protesters from helicopters.",
     ("ACCUSE", {"AI"}, {"CMR"})),
    # forces that are part of a mission to help give military assistance
    ("PORT-AU-PRINCE, June 25 (AP) - Some 400 Kenyan police officers landed in Haiti on Tuesday, the first contingent "
     + "of a U.N.-backed multinational mission to help the Caribbean nation's outgunned police fight armed gangs.",
     ("AID", {"KEN"}, {"HTI"})),
    # "them" as an object is the parties the story last named together
    ("Indian jets struck inside Pakistan on Tuesday. China urged both sides to exercise restraint, and the European "
     + "Union called on them to avoid escalation.", ("REQUEST", {"EU"}, {"IND", "PAK"})),
    # an opposition acts on its own state's bodies
    ("Pakistani troops fired mortars at Indian posts on Tuesday. India's main opposition Congress party praised "
     + "the air force.", ("SUPPORT", {"IND"}, {"IND"})),
    # people a sentence's fronted place names are of its state, also a place noun's place
    ("In the Galician port of Vigo, where the Estai is based, several hundred fishermen and their families "
     + "rallied on Friday and burned a Canadian flag.", ("PROTEST", {"ESP"}, {"CAN"})),
    # sinking a vessel is an attack on its owner; a vessel's compound says what kind it is
    ("U.S. forces sank two Libyan patrol boats in the Gulf of Sidra.", ("ASSAULT", {"USA"}, {"LBY"})),
    ("A North Korean torpedo boat was sunk by South Korean warships in a gun battle.", ("ASSAULT", {"KOR"}, {"PRK"})),
    # people of a state who act on "the government" act on their own
    ("TOKYO, March 16 (wire) - South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed "
     + "on Thursday to resume regular visits. In Seoul, several thousand people rallied on Saturday against the "
     + "government's plan to compensate the victims.", ("PROTEST", {"KOR"}, {"KOR"})),
    # "all sides" are the parties last named together, or the state whose conflict it is
    ("Indian jets struck inside Pakistan on Tuesday. The United Nations urged all sides to exercise restraint.",
     ("REQUEST", {"UN"}, {"IND", "PAK"})),
    ("YAOUNDE - Security forces in Cameroon shot dead at least eight people on Sunday. African Union Commission "
     + "chairman Moussa Faki Mahamat urged all sides to refrain from violence.", ("REQUEST", {"AU"}, {"CMR"})),
    # forces that surrender retreat
    ("PORT STANLEY, Falkland Islands, June 14 (Reuters) - Argentine forces on the Falklands surrendered to British "
     + "troops on Monday evening, the Ministry of Defence said in London.", ("RETREAT", {"ARG"}, {"GBR"})),
    # cutting off sales or curbing exports to a state is a sanction
    ("President Carter on Friday cut off the sale of 17 million tonnes of grain to the Soviet Union and curbed "
     + "exports of high technology.", ("SANCTION", {"USA"}, {"RUS"})),
    # where a meeting was held is no party to it
    ("Maduro and Guyanese President Irfaan Ali met on the Caribbean island of St Vincent.",
     ("CONSULT", {"VEN", "GUY"}, {"VEN", "GUY"})),
    # security forces met protesters with force, not in a meeting
    ("Venezuela's electoral council declared Maduro the winner. Thousands of opposition supporters who poured into "
     + "the streets of Caracas on Monday were met by security forces firing tear gas.", ("ASSAULT", {"VEN"}, {"VEN"})),
    # a reform promised to no one is made at home; one asked for is aimed at whoever asked
    ("Sudan's ruling generals promised to hold elections within nine months.", ("AGREE", {"SDN"}, {"SDN"})),
    ("Peruvian President Alberto Fujimori promised to put a new constitution to a referendum.",
     ("AGREE", {"PER"}, {"PER"})),
    ("Ukraine pledged to carry out reforms demanded by the IMF.", ("AGREE", {"UKR"}, {"IMF"})),
    # taking a state to a court or an international body is suing it
    ("Australia took China to the World Trade Organization over its tariffs on barley.", ("ACCUSE", {"AUS"}, {"CHN"})),
    ("Guyana took Venezuela to the International Court of Justice in 2018.", ("ACCUSE", {"GUY"}, {"VEN"})),
    # "him" is the last person named, though no dictionary knows them, not one named before
    ("Saudi Arabia executed Sheikh Nimr al-Nimr and 46 other men on Saturday. Secretary-General Ban Ki-moon urged "
     + "both countries to avoid any action that could inflame tensions. Nimr, a fierce critic of the ruling family, "
     + "was a leading voice in the protests of 2011. Police arrested him in 2012.", ("COERCE", {"SAU"}, {"SAU"})),
    # a region's qualifier before a state's other name makes a region ("South America")
    ("South America's Mercosur trade bloc suspended Paraguay on Friday.", ("SANCTION", {"MERCOSUR"}, {"PRY"})),
    # an appeal to no one named is made to the parties of the story's last act
    ("Burundian police fired on protesters in Bujumbura on Sunday. The United Nations called for calm and urged "
     + "restraint.", ("REQUEST", {"UN"}, {"BDI"})),
    ("Indian jets struck inside Pakistan on Tuesday. The European Union urged restraint.",
     ("REQUEST", {"EU"}, {"IND", "PAK"})),
    # a state of emergency is at home, whoever declares or extends it
    ("Myanmar's junta extended the state of emergency by another six months on Wednesday, state media reported.",
     ("COERCE", {"MMR"}, {"MMR"})),
    # forces sent to restore order keep the peace
    ("Australian troops leading a U.N.-mandated multinational force landed in Dili on Monday to restore order in "
     + "the devastated territory.", ("AID", {"AUS"}, {"TLS"})),
    # a state named as whose ambassador or embassy it is does not make the story its own
    ("Ugandan soldiers on Monday stopped the U.S. ambassador from visiting opposition leader Bobi Wine. The U.S. "
     + "embassy said the ambassador had wanted to check on his health. The U.S. ambassador later left. The U.N. "
     + "human rights office called on the authorities to lift restrictions on his movements.",
     ("REQUEST", {"OHCHR"}, {"UGA"})),
    # a deed or state of things criticised, told of no one, is the story's state's
    ("Sudanese security forces stormed a protest camp in Khartoum on Monday, killing at least 35 people. U.N. "
     + "Secretary-General Antonio Guterres condemned the use of excessive force against civilians.",
     ("ACCUSE", {"UN"}, {"SDN"})),
    ("A court in the Maldives sentenced former President Mohamed Nasheed to 13 years in prison. India said it was "
     + "disturbed by the developments.", ("ACCUSE", {"IND"}, {"MDV"})),
    ("SUVA, Dec 8 (Reuters) - Fiji's military commander Frank Bainimarama took power on Tuesday. New Zealand "
     + "Prime Minister Helen Clark condemned what she called an unlawful seizure of power.", ("ACCUSE", {"NZL"}, {"FJI"})),
    # a protest said to happen with no one named for it is the people's of where it happened
    ("Protests broke out in Caracas on Monday after the government raised fuel prices.",
     ("PROTEST", {"VEN"}, {"VEN"})),
    ("Anti-government protests spread to Tehran on Sunday.", ("PROTEST", {"IRN"}, {"IRN"})),
    # ... or, with no place named, of the story's state
    ("TUNIS, Jan 7 (Reuters) - Rioting first broke out in the impoverished south in late December.",
     ("PROTEST", {"TUN"}, {"TUN"})),
    # the streets a crowd takes to are in the place their "of" phrase names
    ("Thousands of people took to the streets of Minsk on Sunday.", ("PROTEST", {"BLR"}, {"BLR"})),
    # a non-governmental body no name or state is given for is an unnamed NGO
    ("Sudan expelled at least ten foreign aid agencies from Darfur on Wednesday.", ("SANCTION", {"SDN"}, {"NGO"})),
    ("Rights groups condemned Egypt's crackdown on protesters.", ("ACCUSE", {"NGO"}, {"EGY"})),
    # envoys, monitors and agencies told to go are expelled
    ("Zimbabwe ordered the head of the European Union's election observer mission, Pierre Schori, to leave the "
     + "country.", ("SANCTION", {"ZWE"}, {"EU"})),
    ("Sudan ordered at least ten foreign aid agencies out of Darfur on Wednesday.", ("SANCTION", {"SDN"}, {"NGO"})),
    ("Moldova ordered Russia on Wednesday to cut the number of its diplomats and embassy staff in Chisinau to 25.",
     ("SANCTION", {"MDA"}, {"RUS"})),
    # a halt or an end asked to an act told before is asked of whoever did it
    ("Saudi-led warplanes bombed Houthi positions in Sanaa on Tuesday. Houthi spokesman Mohammed Abdulsalam on "
     + "Wednesday demanded a complete halt to the raids.", ("REQUEST", {"YEM"}, {"SAU"})),
    # "X, the description, verbed", parsed with no main verb: X verbed
    ("North Korea shelled the South Korean island of Yeonpyeong on Tuesday. China, the North's main ally, called on "
     + "Pyongyang to exercise restraint.", ("REQUEST", {"CHN"}, {"PRK"})),
    # an offer welcomed is whoever made it
    ("Pakistan declared a ceasefire along the Line of Control in Kashmir on Sunday, and India welcomed the offer.",
     ("SUPPORT", {"IND"}, {"PAK"})),
    # "the border" is shared: troops sent to it face the state the source faces in the story
    ("Colombian aircraft bombed a rebel camp inside Ecuador on Saturday, and Venezuela moved troops toward its "
     + "border with Colombia. Ecuador sent troops to the border on Sunday.", ("MOBILIZE", {"ECU"}, {"COL"})),
    # an intention to cooperate towards no one named is towards the one the source faces in the story
    ("South Korea held talks with North Korea at Panmunjom on Monday. South Korea agreed to switch off its "
     + "propaganda loudspeakers along the border.", ("AGREE", {"KOR"}, {"PRK"})),
    # an agreement welcomed is between the parties its "between" phrase names
    ("Germany welcomed the agreement between Serbia and Kosovo.", ("SUPPORT", {"DEU"}, {"SRB", "XKX"})),
    # support given or withdrawn, told of no one, goes to the one the source faces in the story
    ("The United States condemned the military coup in Fiji on Tuesday. On Wednesday the United States suspended "
     + "about $2.5 million in military aid.", ("SANCTION", {"USA"}, {"FJI"})),
    # a mediator acts on the parties of the story's latest act it is not part of
    ("Saudi Arabia and the United Arab Emirates cut ties with Qatar on June 5. The list of demands was handed to "
     + "Qatari officials on Thursday by Kuwait, which is mediating in the dispute.",
     ("CONSULT", {"KWT"}, {"SAU", "ARE", "QAT"})),
    # closing an embassy or consulate reduces relations with the state it is in, or whose it is
    ("Venezuela announced the closure of its embassy in Bogota on Sunday.", ("SANCTION", {"VEN"}, {"COL"})),
    # welcoming a meeting's start is praise of its parties, not hosting it
    ("Delegations from Yemen's Houthi movement and the government of President Abd-Rabbu Mansour Hadi opened peace "
     + "talks in Kuwait on Thursday, and the U.N. Security Council welcomed the start of the negotiations.",
     ("SUPPORT", {"UNSC"}, {"YEM"})),
    # ... while hosting talks is hosting their parties
    ("Norway hosted talks between the Colombian government and the FARC.", ("CONSULT", {"NOR"}, {"COL"})),
    # a role word that names a sector is a title: "Fisheries Minister Brian Tobin" serves the story's state
    ("Indonesia cut internet access in Papua on Wednesday as protests spread.\n\n"
     + "Chief Security Minister Wiranto accused Australia of meddling in the province.",
     ("ACCUSE", {"IDN"}, {"AUS"})),
    # a surname alone, tagged as a common noun, is the person the story named in full with a title
    ("Guatemalan prosecutors searched the offices of the anti-corruption commission on Tuesday, deepening a "
     + "standoff between President Bernardo Arevalo and the attorney general.\n\n"
     + "Arevalo condemned the search on Wednesday and accused Washington of silence.",
     ("ACCUSE", {"GTM"}, {"USA"})),
    # a second verb the parser took into an "after" clause is the sentence's subject's
    ("ECOWAS, which had already suspended Mali after two coups there, suspended Guinea from its "
     + "decision-making bodies at a virtual summit on Wednesday.", ("SANCTION", {"ECOWAS"}, {"GIN"})),
    # force used on a place of the doers' own state, named as what they took
    ("Iraqi forces took Kirkuk on Monday.", ("COERCE", {"IRQ"}, {"IRQ"})),
    # a region's own government is no foreign one ("regional troops" may be)
    ("Iraqi forces took Kirkuk on Monday.\n\n"
     + "Prime Minister Haider al-Abadi said Iraq would impose security in Kirkuk.\n\n"
     + "Gorran, the main opposition party in the Kurdish region, accused the regional government of corruption.",
     ("ACCUSE", {"IRQ"}, {"IRQ"})),
    # a people named by their stock and where they live are of where they live ...
    ("The Turkish Cypriots accused Greece of meddling in the island's affairs.", ("ACCUSE", {"CYP"}, {"GRC"})),
    ("Greek Cypriot President Spyros Kyprianou accused Turkey of aggression.", ("ACCUSE", {"CYP"}, {"TUR"})),
    # ... and so is a leader the text places by both, whatever the dictionary says of him
    ("Bosnian Serb leader Radovan Karadzic accused NATO of aggression.", ("ACCUSE", {"BIH"}, {"NATO"})),
    # unnamed people hurt by a state's police are its own
    ("Spanish police charged at voters outside polling stations in Barcelona, injuring hundreds.",
     ("ASSAULT", {"ESP"}, {"ESP"})),
    # a crowd outside an embassy is of the city it is in, not of the embassy's state
    ("Several hundred people rallied outside the Japanese embassy in Seoul on Friday evening.",
     ("PROTEST", {"KOR"}, {"JPN"})),
    # seizing power is coercion at home
    ("Fiji's military commander, Commodore Frank Bainimarama, seized power on Tuesday.",
     ("COERCE", {"FJI"}, {"FJI"})),
    # "the treaty" praised is the one the story says was signed, before any later promise
    ("Israel and Jordan signed a peace treaty on Wednesday.\n\n"
     + "The United States hailed the treaty and said it would forgive part of Jordan's debt.\n\n"
     + "Israeli opposition leader Benjamin Netanyahu praised the treaty.", ("SUPPORT", {"ISR"}, {"JOR"})),
    # a thing a relative clause says someone made is theirs: a reply to it is aimed at them
    ("Iran rejected the sanctions that Washington imposed last year.", ("REJECT", {"IRN"}, {"USA"})),
    # a summing noun parsed as a second object still sums up the clause before it
    ("Russia recognized Georgia's breakaway regions of South Ossetia and Abkhazia as independent states on "
     + "Tuesday, a move quickly condemned by the United States and the European Union.",
     ("ACCUSE", {"USA", "EU"}, {"RUS"})),
    # the actors set just before a verb hung on a summing noun are its subject; a deed no event
    # is coded for is still its doer's
    ("The Taliban-run higher education ministry suspended university education for women across Afghanistan "
     + "on Tuesday, a move the United Nations and Qatar condemned as a violation of basic rights.",
     ("ACCUSE", {"UN", "QAT"}, {"AFG"})),
    # a label that names a wrong done ("an annexation") accuses whoever did the act labelled
    ("President Dmitry Medvedev recognised Georgia's breakaway regions of South Ossetia and Abkhazia as "
     + "independent states on Tuesday, and Georgia's foreign ministry called the move an annexation of its territory.",
     ("ACCUSE", {"GEO"}, {"RUS"})),
    # forces that surrender to someone retreat before them; they hand no one over
    ("Argentine forces on the Falkland Islands surrendered to British commander Major-General Jeremy Moore.",
     ("RETREAT", {"ARG"}, {"GBR"})),
    # forces sent as part of a force many field give military assistance
    ("Kenya deployed 400 police officers to Haiti as part of a multinational security mission.", ("AID", {"KEN"}, {"HTI"})),
    ("Nigeria will send 500 soldiers to the Gambia as part of an ECOWAS force.", ("AGREE", {"NGA"}, {"GMB"})),
    # what a state's own forces are ordered to do, it does
    ("Ecuadorean President Daniel Noboa ordered soldiers to patrol the streets of Guayaquil.", ("MOBILIZE", {"ECU"}, {"ECU"})),
    ("Venezuelan President Hugo Chavez ordered troops to reinforce the Colombian border.", ("MOBILIZE", {"VEN"}, {"COL"})),
    ("Zelensky ordered troops to withdraw from the town of Avdiivka.", ("RETREAT", {"UKR"}, {"UKR"})),
    # a court a case is brought before hears it; the case is against the party
    ("Argentina filed a case at the International Court of Justice against Uruguay over the pulp mills.",
     ("ACCUSE", {"ARG"}, {"URY"})),
    # a described noun the parser joined to a name is no second party
    ("China, Cambodia's biggest donor and investor, said on Friday that it supported Phnom Penh's efforts to keep order.",
     ("SUPPORT", {"CHN"}, {"KHM"})),
    # pausing or putting off tariffs eases them
    ("Trump pauses Mexico tariffs for a month.", ("RETREAT", {"USA"}, {"MEX"})),
    # an act blamed on someone accuses them
    ("Israel blamed the attack on Hezbollah.", ("ACCUSE", {"ISR"}, {"LBN"})),
    # forces sent to lead or join a force many field give military assistance
    ("The first contingent of 400 Kenyan police officers landed in Port-au-Prince on Tuesday to lead a U.N.-backed "
     + "multinational security mission against the gangs.", ("AID", {"KEN"}, {"HTI"})),
    # a visit called off, put off or cancelled cuts contact
    ("Japanese Prime Minister Shinzo Abe called off his visit to Iran.", ("SANCTION", {"JPN"}, {"IRN"})),
    ("Israel called off a planned meeting with Palestinian President Mahmoud Abbas.", ("SANCTION", {"ISR"}, {"PSE"})),
    # a plain noun a naming verb applies is judged by its adjective
    ("Moldova on Tuesday ordered a Russian embassy official to leave the country.\n\n"
     + "Russia's embassy in Chisinau called the expulsion an \"unfriendly step\".", ("ACCUSE", {"RUS"}, {"MDA"})),
    # a quoted judgement the parser set beside the object is still applied to it
    ("A court in the Maldives sentenced former President Mohamed Nasheed to 13 years in prison.\n\n"
     + "Amnesty International called the trial \"a travesty of justice\".", ("ACCUSE", {"AI"}, {"MDV"})),
    # measures called out of proportion are blamed
    ("Russia cut all transport links with Georgia on Tuesday.\n\n"
     + "The European Union called the Russian measures disproportionate.", ("ACCUSE", {"EU"}, {"RUS"})),
    # force condemned is the act the story leads with, not the reply to it
    ("North Korea shelled a South Korean island on Tuesday, killing two marines.\n\nSouth Korean forces returned fire "
     + "within minutes.\n\nThe White House condemned the attack.", ("ACCUSE", {"USA"}, {"PRK"})),
    # a label naming a wrong accuses whoever did what it labels
    ("Burundian police fired tear gas on protesters on Sunday.\n\nGovernment spokesman Philippe Nzobonariba said "
     + "the protests were \"an insurrection\".", ("ACCUSE", {"BDI"}, {"BDI"})),
    # a protest held somewhere to denounce an act is aimed at its doer, not at where it was held
    ("ECOWAS imposed sweeping sanctions on Mali on Sunday.\n\nTens of thousands of people rallied in "
     + "Bamako on Friday to denounce the sanctions.", ("PROTEST", {"MLI"}, {"ECOWAS"})),
    # what is called for names no one: it is asked of the parties of the story's last act
    ("Burundian police fired on protesters in Bujumbura.\n\nU.N. Secretary-General Ban Ki-moon called for calm "
     + "and restraint.", ("REQUEST", {"UN"}, {"BDI"})),
    # forces joined with no word of their own to a state's forces are that state's
    ("BEIRUT, Aug. 12 (AP) - Israeli jets and artillery pounded Palestinian guerrilla positions in West Beirut "
     + "for eleven hours on Thursday.", ("ASSAULT", {"ISR"}, {"PSE"})),
    # force at a place no state is known for answers to the state whose clause it is told in
    ("Iraq summoned Turkey's charge d'affaires in Baghdad on Wednesday after Turkish artillery shelled a mountain "
     + "resort in the Kurdistan region, killing nine tourists.", ("ASSAULT", {"TUR"}, {"IRQ"})),
    # "its former ally" is the other state, as "its neighbour" is
    ("Chinese troops and tanks attacked Vietnam along its northern border on Saturday, and Hanoi accused its former "
     + "ally of launching a war of aggression.", ("ACCUSE", {"VNM"}, {"CHN"})),
    # standing behind or with someone backs them
    ("Poland said it stood with Ukraine.", ("SUPPORT", {"POL"}, {"UKR"})),
    # an act sought from someone is asked of them
    ("Japan released the Chinese captain on Friday.\n\nChina said it would seek an apology from Japan.",
     ("REQUEST", {"CHN"}, {"JPN"})),
    # a warning that the warner itself could act on what someone owns is aimed at the owner
    ("Cambodia's Supreme Court dissolved the main opposition party on Thursday.\n\nThe U.N. human rights office "
     + "criticised the ruling.\n\nThe European Union warned that it could review Cambodia's duty-free access to "
     + "European markets.", ("THREATEN", {"EU"}, {"KHM"})),
    # "it" in a relative clause is whoever holds the noun the clause describes
    ("NATO suspended cooperation with Russia on Tuesday.\n\nSecretary General Anders Fogh Rasmussen said he saw no "
     + "sign that Moscow was pulling back the tens of thousands of troops it had massed on Ukraine's border.",
     ("MOBILIZE", {"RUS"}, {"UKR"})),
    # a relative clause's "who" is the crowd it describes
    ("Nigerian police fired tear gas at hundreds of people who were protesting in Lagos on Wednesday.",
     ("PROTEST", {"NGA"}, {"NGA"})),
])
def test_who_acts_on_whom_is_read_from_the_parse(events_in, text, dyad):
    _assert_dyad(events_in(text), dyad)


@pytest.mark.parametrize(("text", "expected"), [
    # an act named with its parties ("talks between ...") is theirs, together, where a verb
    # says it took place ...
    ("Talks between India and Pakistan resumed in Islamabad on Tuesday.",
     {("CONSULT", frozenset({"IND", "PAK"}), frozenset({"IND", "PAK"}), False)}),
    ("Talks between Indian and Pakistani officials were held in Islamabad on Tuesday.",
     {("CONSULT", frozenset({"IND", "PAK"}), frozenset({"IND", "PAK"}), False)}),
    # ... negated when the verb is
    ("Talks between India and Pakistan did not begin on Tuesday.",
     {("CONSULT", frozenset({"IND", "PAK"}), frozenset({"IND", "PAK"}), True)}),
    # and not where nothing says it took place
    ("A meeting between Modi and Sharif is possible, officials said.", set()),
    ("Talks between India and Pakistan were cancelled.", set()),
])
def test_an_act_named_with_its_parties_is_theirs_together(events_in, text, expected):
    found = {(e.plover, frozenset(a.code for a in e.source), frozenset(a.code for a in e.target), e.negated)
             for e in events_in(text)}
    assert found == expected


def test_no_offer_is_a_negated_promise(events_in):
    events = events_in("Bush made no offer of direct economic aid to Moscow.", date=dt.date(1989, 12, 3))
    assert [(e.plover, e.negated, _codes(e.source), _codes(e.target)) for e in events] == [
        ("AGREE", True, {"USA"}, {"SUN"})]


@pytest.mark.parametrize(("date", "code"), [
    (dt.date(1989, 12, 3), "SUN"), (dt.date(2015, 6, 10), "RUS")])
def test_a_capital_stands_for_the_state_of_its_day(events_in, date, code):
    events = events_in("Poland accused Moscow of interference.", date=date)
    assert [(e.plover, _codes(e.target)) for e in events] == [("ACCUSE", {code})]


def test_an_act_stopped_short_of_is_negated_and_done_by_who_stopped(events_in):
    events = events_in("The European Union stopped short of imposing sanctions on Belarus.")
    assert [(e.plover, e.negated, [a.code for a in e.source]) for e in events] == [("SANCTION", True, ["EU"])]
    # what was not done would have been done to whom the act it is joined to was
    events = events_in("Ecuador recalled its ambassador from Bogota on Sunday, but stopped short of breaking off "
                       "diplomatic relations.")
    assert {(e.cameo, e.negated, tuple(a.code for a in e.target)) for e in events} == {
        ("161", False, ("COL",)), ("161", True, ("COL",))}


def test_a_person_removed_from_power_is_not_a_state_sanctioned(events_in):
    # ... a person removed from office is not (a named state or organisation only)
    assert not [e for e in events_in("The army removed President Mohamed Morsi from power.") if e.plover == "SANCTION"]


@pytest.mark.parametrize("text", [
    # an order to the commander's own units, whatever their sector, is no demand of anyone
    "North Korean leader Kim Jong Un ordered his front-line units onto a war footing on Friday.",
    # a verb of demanding with only a "from" phrase and nothing demanded is motion, not a demand
    "Russian troops pushed across the border from Belarus on Thursday.",
    # a finite verb the parser joins to the ordered infinitive is what the one ordering did
    "The United States ordered 60 Russian diplomats to leave the country and closed Russia's consulate in Seattle.",
])
def test_no_demand_is_made_of_anyone(events_in, text):
    assert not [e for e in events_in(text) if e.plover == "REQUEST"], events_in(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a domestic act with no target named is aimed at the actor's own state ...
    ("Egyptian police confiscated the property of the opposition movement.", {("COERCE", frozenset({"EGY"}), frozenset({"EGY"}))}),
    # ... but not an act of armed forces ("armed_sectors"), which are as often abroad
    ("Russian forces seized Europe's largest nuclear power plant.", set()),
])
def test_only_a_domestic_body_acts_on_its_own_state_by_default(events_in, text, expected):
    assert _dyads(events_in(text)) == expected


def test_a_headline_act_told_with_a_general_verb_is_the_body_act(events_in):
    # the headline's "launch strikes on" reads as an attack, the body's "missile strikes" as
    # a bombardment: one event of the same PLOVER type between the same parties
    events = events_in("The United States, Britain and France launched missile strikes on Saturday against "
                       "three sites in Syria linked to chemical weapons.",
                       title="U.S., Britain and France launch strikes on Syria", date=dt.date(2018, 4, 15))
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert len(assaults) == 1 and {m.segment for m in assaults[0].mentions} == {"headline", "body"}, events
    # whose sites were struck: the state they are in ("_located" in match.py)
    assert {a.code for a in assaults[0].target} == {"SYR"}, events


@pytest.mark.parametrize("text", [
    "North Korea threatened the United States with a pre-emptive nuclear strike on Thursday.",
    "Supporters of Imran Khan's party staged a sit-in against U.S. drone strikes and blocked NATO supply convoys.",
])
def test_a_strike_by_arms_is_no_strike_by_workers(events_in, text):
    events = events_in(text)
    assert not any(e.type == "StrikeOrBoycott" for e in events), events


@pytest.mark.parametrize("text", [
    "China's Zheng Qinwen won the Olympic women's singles title on Saturday, beating Croatia's Donna Vekic in "
    + "straight sets.",
    "Brazil's Lula defeated Jair Bolsonaro in the runoff on Sunday.",
])
def test_beating_someone_in_a_game_or_a_vote_is_no_assault(events_in, text):
    events = events_in(text)
    assert not any(e.plover == "ASSAULT" for e in events), events


def test_a_refusal_asked_for_is_the_demand_not_a_refusal(events_in):
    events = events_in("Greece demanded that its European Community partners refuse to recognize Macedonia.")
    assert [(e.plover, _codes(e.source)) for e in events] == [("REQUEST", {"GRC"})], events


def test_a_participle_sharing_a_passive_is_no_act_of_its_subject(events_in):
    events = events_in("Five U.S. citizens held in Iran were freed on Monday and flown to Doha.")
    assert not any(e.plover == "CONSULT" for e in events), events


def test_meeting_a_commitment_or_a_deadline_is_no_meeting(events_in):
    events = events_in("The EU will lift sanctions once the agency confirms that Tehran has met its commitments.")
    assert not any(e.plover == "CONSULT" for e in events), events


def test_forces_sent_to_help_are_assistance_and_the_help_is_no_second_event(events_in):
    events = events_in("About 150 Australian and New Zealand soldiers arrived in Tonga on Saturday to help "
                       "restore order.")
    assert _dyads(events) == {("AID", frozenset({"AUS", "NZL"}), frozenset({"TON"}))}, events
    # a border reinforced is no help
    events = events_in("Lithuania sent soldiers to reinforce its border with Belarus on Friday.")
    assert "AID" not in {e.plover for e in events}, events


@pytest.mark.parametrize("text", [
    "India and Pakistan agreed to observe the ceasefire, though neither army has pulled troops back from "
    + "forward positions.",
    "None of the parties has withdrawn troops from Libya.",
])
def test_an_act_no_one_did_is_negated(events_in, text):
    [retreat] = [e for e in events_in(text) if e.plover == "RETREAT"]
    assert retreat.negated, retreat


def test_neither_army_is_each_of_the_two_parties(events_in):
    events = events_in("India and Pakistan agreed to observe the ceasefire, though neither army has pulled "
                       "troops back from forward positions.")
    [retreat] = [e for e in events if e.plover == "RETREAT"]
    assert {a.code for a in retreat.source} == {"IND", "PAK"}, retreat


def test_an_act_the_report_only_looks_ahead_to_is_not_coded(events_in):
    events = events_in("Sri Lanka freed dozens of Indian fishermen ahead of a planned visit to the island by "
                       "Prime Minister Narendra Modi.")
    assert {e.plover for e in events} == {"RETREAT"}, events


def test_an_apology_not_offered_is_a_negated_apology(events_in):
    [event] = events_in("Japanese Prime Minister Shinzo Abe did not offer a fresh apology to China or South Korea.")
    assert (event.plover, event.negated) == ("SUPPORT", True), event


def test_not_having_agreed_yet_is_no_refusal(events_in):
    [event] = events_in("China has not agreed to restructure Zambia's debts.")
    assert (event.plover, event.negated) == ("AGREE", True), event
    [event] = events_in("Russia will not attend the talks in Geneva with Ukraine.")
    assert event.plover == "REJECT", event


def test_a_compound_noun_before_an_act_says_what_kind_it_is(events_in):
    events = events_in("China launched war games near Taiwan.")
    assert _dyads(events) == {("MOBILIZE", frozenset({"CHN"}), frozenset({"TWN"}))}, events


def test_what_a_denied_charge_says_is_not_coded_even_in_a_clause_hung_on_it(events_in):
    events = events_in("Kigali denied Congolese charges that Rwandan tanks had crossed the border to support them.")
    assert {e.plover for e in events} == {"REJECT"}, events


def test_a_compound_before_people_says_who_they_are_not_what_they_did(events_in):
    events = events_in("A Serbian army jet shot down a helicopter carrying EC truce monitors.")
    assert "RETREAT" not in {e.plover for e in events}, events


@pytest.mark.parametrize(("text", "unwanted"), [
    # what a threat hangs on is neither threatened nor done
    ("Iraq warned Iran that its cities would be bombed if Iranian artillery continued to shell Basra.",
     lambda e: [a.code for a in e.source] == ["IRN"]),
    # what a demand with no owner asks is not done; a relative clause of holding is no event
    ("The Khmer Rouge rejected a U.N. demand that it disarm its fighters and open the zones it controls "
     + "to peacekeepers.", lambda e: e.plover != "REJECT"),
    # a region's demonym is no state's
    ("Venezuela ordered diplomats from Argentina, Chile and four other Latin American countries to leave.",
     lambda e: "USA" in {a.code for a in e.target}),
    # a name that backs a group is not the group's state
    ("Iran-backed militias attacked a U.S. base in Syria.", lambda e: "IRN" in {a.code for a in e.source}),
    # what an act is done for is its aim, not a second act
    ("The presidents of Chad and Sudan signed an accord on Friday to end the border war.",
     lambda e: e.plover != "SUPPORT"),
    ("Hamas released 50 hostages on Friday.", lambda e: [a.code for a in e.target] == ["PSE"]),
    # a press release is a document, not a release of anyone
    ("Troops detained 40 villagers in the north, according to a press release by Amnesty International.",
     lambda e: e.plover == "RETREAT"),
    # a demand that something not be done is still made
    ("Israeli Prime Minister Benjamin Netanyahu urged Washington not to ease sanctions on Tehran.",
     lambda e: e.negated),
    # a mediator described in a relative clause does not mediate with the clause's subject
    ("China's top diplomat, Wang Yi, who mediated the talks, called the deal a victory for peace.",
     lambda e: e.plover == "CONSULT"),
    # how a charged act was done is part of the charge, wherever the parser hangs the "by" phrase
    ("Colombian President Andres Pastrana accused the rebels of betraying the country by hijacking an airliner "
     + "and kidnapping a senator.", lambda e: e.plover == "ASSAULT"),
    # being ready is no praise of oneself
    ("Brazil's foreign ministry said that Brazil was ready to host talks between the two governments.",
     lambda e: e.plover == "SUPPORT"),
    # what an act brought about is its result, and "in protest" how it was done
    ("Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, formally ending their two-year "
     + "border war.", lambda e: e.plover == "AGREE"),
    ("The United States suspended all but humanitarian aid to Peru on Monday in protest at President Alberto "
     + "Fujimori's suspension of the constitution.", lambda e: e.plover == "PROTEST"),
    # the one who dies did nothing to anyone; a clause inside a name's phrase joins no doers
    ("Jacques Chirac, who served two terms as French president and 18 years as mayor of Paris, died on "
     + "Thursday at the age of 86, his family said.", lambda e: True),
    ("Israel and Hamas have agreed to a four-day pause in fighting in Gaza, said Qatar, which mediated the "
     + "talks along with Egypt and the United States.", lambda e: e.plover == "CONSULT" and e.target
     and {a.code for a in e.target} <= {"QAT"}),
    # what "or" joins to a denied verb is denied too
    ("Russia did not attack or shell Kharkiv on Monday.", lambda e: not e.negated),
    ("Venezuela and Guyana pledged on Thursday not to threaten or use force against each other.",
     lambda e: e.plover == "THREATEN"),
    # a sum of trade is a statistic, not an act
    ("Georgia sold about $150 million worth of goods to Russia last year, according to central bank figures.",
     lambda e: True),
    ("Colombia sells Ecuador more than $1 billion worth of goods annually.", lambda e: True),
    # a recall home acts on no one
    ("Russia recalled its ambassador to Moscow for consultations.", lambda e: True),
    # what someone foresees another doing is neither done nor promised
    ("Diplomats expected Washington to keep pressing Baghdad to curb the rebels.", lambda e: True),
    ("Analysts expect China to impose sanctions on Taiwan.", lambda e: True),
    # why an act was done is no act of its own
    ("U.S. warships shelled two Iranian oil platforms in the Gulf on Monday in retaliation for a missile attack on a "
     + "U.S.-flagged Kuwaiti tanker.", lambda e: e.plover == "THREATEN"),
    # a naming verb with an object predicate says what its object was: no meeting is called
    ("Maduro called the meeting with Guyana's president very productive.", lambda e: e.plover == "REQUEST"),
    # a meeting is of two parties: one met with no one known is no consultation
    ("Iran's foreign minister met reporters on Sunday.", lambda e: e.plover == "CONSULT"),
    # a deployment's purpose says whom it is aimed at only when it is hostile
    ("Nigeria said it would send another 1,500 soldiers to bolster the West African peacekeeping force in Sierra "
     + "Leone.", lambda e: e.plover == "THREATEN"),
    # a state's police and soldiers are one side of it, not two acting on it
    ("The government of Sindh province has ordered patrols by police and paramilitary soldiers.",
     lambda e: e.plover == "MOBILIZE" and bool(e.target)),
    # what commentators say a party would do is their speculation
    ("If Iran attacked, Israel would respond, analysts said.", lambda e: True),
    # "the Senate" is no one state's by name alone
    ("ASUNCION - Paraguay's Senate voted on Friday to remove President Fernando Lugo from office. Lugo accepted the "
     + "Senate's decision but called it a blow to democracy.", lambda e: "USA" in {a.code for a in (*e.source, *e.target)}),
    # a relative clause that "had" done its act recounts what went before
    ("Fijian rebels said they would free Prime Minister Mahendra Chaudhry, whom they had taken hostage two weeks ago.",
     lambda e: e.plover == "ASSAULT"),
    ("Venezuela's electoral council declared Maduro the winner. Thousands of opposition supporters who poured into "
     + "the streets of Caracas on Monday were met by security forces firing tear gas.", lambda e: e.plover == "CONSULT"),
    # ... but a state of things its own ministry regrets is not aimed at itself
    ("China's foreign ministry said it was deeply disappointed by the developments.",
     lambda e: e.plover == "ACCUSE"),
    # what only could happen has not
    ("Analysts fear that the protests could spread to other parts of Iran.", lambda e: e.plover == "PROTEST"),
    # a state told to cut its embassy staff has them sent away, no act demanded of its own
    ("Moldova ordered Russia on Wednesday to cut the number of its diplomats and embassy staff in Chisinau to 25.",
     lambda e: e.plover == "REQUEST"),
    # one's own army told to leave a town is not expelled
    ("Putin ordered the army to leave Kherson.", lambda e: e.plover == "SANCTION"),
    # a state's name ending a longer name is not that state
    ("In Bogota, the opposition Alternative Democratic Pole criticised President Alvaro Uribe.",
     lambda e: any(a.code == "POL" for a in e.source)),
    # a sea that names a province too is a sea
    ("Houthi rebels fired a missile at a tanker in the Red Sea on Monday.",
     lambda e: any(a.code == "SDN" for a in e.target)),
    # a place's name after a word of the place is still the place
    ("Syrian gunners pounded Christian east Beirut with artillery and rocket fire on Tuesday.",
     lambda e: e.plover == "ASSAULT" and {a.code for a in e.target} == {"SYR"}),
    # a promise whose owner is named is the owner's, not the rejecter's
    ("Palestinian leader Yasser Arafat rejected a US offer to host a summit in July.",
     lambda e: e.plover == "AGREE" and {a.code for a in e.source} == {"PSE"}),
    # with no one faced in the story, an intention names no one it is between
    ("Ukraine promised to cut gas subsidies.", lambda e: e.plover == "AGREE"),
    # what a scholar says a state is willing to do is no one's intent
    ("Japan released the Chinese trawler captain on Friday. \"China has shown it is willing to use its weight,\" "
     + "said a political scientist at a Tokyo university.", lambda e: e.plover == "AGREE"),
    # an order to close another state's consulates is the closure, not a demand of that state
    ("Somalia ordered the closure of Ethiopian consulates in Somaliland on Thursday.",
     lambda e: e.plover == "REQUEST"),
    # ... not seizing a power plant (a word modifying the object is not what it is)
    ("Russian forces seized the Zaporizhzhia nuclear power plant.", lambda e: e.type == "Coerce"),
    # an adjective no list names that only reads as pleasant ("calm", "stable") is no praise
    ("Djiboutian troops clashed with Eritrean forces on Tuesday.\n\n"
     + "The front was calm on Thursday, a Djiboutian government spokesman said.", lambda e: e.plover == "SUPPORT"),
    # troops of another state ordered to leave are asked to withdraw, not deployed
    ("Niger's junta ordered French troops to leave the country.", lambda e: e.plover == "MOBILIZE"),
    # a verb with the particle of one of its phrases is that phrase: "called off" calls no visit
    ("Japanese Prime Minister Shinzo Abe called off his visit to Iran.", lambda e: e.plover in {"CONSULT", "REQUEST"}),
    ("Israel called off a planned meeting with Palestinian President Mahmoud Abbas.", lambda e: e.plover == "REQUEST"),
    # an act called off or cancelled does not take place
    ("Israel called off a session with Palestinian negotiators.", lambda e: e.plover == "CONSULT"),
    ("Israel cancelled a session with Palestinian negotiators.", lambda e: e.plover == "CONSULT"),
    # where a speaker speaks from is no one they meet
    ("Hamas spokesman Sami Abu Zuhri, speaking from Doha, accused Israel of war crimes.", lambda e: e.plover == "CONSULT"),
    # what a plan calls for is asked by no one
    ("The plan calls for elections next year.", lambda e: True),
    # standing somewhere backs no one
    ("Iraq invaded Kuwait on Thursday.\n\nResidents said Iraqi tanks stood at the main intersections of Kuwait City "
     + "on Friday.", lambda e: e.plover == "SUPPORT"),
    # a verb of travel with an object carries someone: no visit, no intent to meet
    ("The United States then flew the five detainees to Qatar.", lambda e: e.plover in {"CONSULT", "AGREE"}),
    # an act sought is not done by whoever seeks it
    ("Japan released the Chinese captain on Friday.\n\nChina said it would seek an apology from Japan.",
     lambda e: e.plover == "SUPPORT"),
    ("NATO suspended cooperation with Russia on Tuesday.\n\nSecretary General Anders Fogh Rasmussen said he saw no "
     + "sign that Moscow was pulling back the tens of thousands of troops it had massed on Ukraine's border.",
     lambda e: e.plover == "MOBILIZE" and "NATO" in {a.code for a in e.source}),
    # dying is undergone: the dictionary codes it only where a pattern says how ("in clashes")
    ("Julius Nyerere, Tanzania's founding president, died of leukaemia in a London hospital on Thursday.",
     lambda e: True),
])
def test_what_is_no_event_or_no_party_is_left_out(events_in, text, unwanted):
    events = events_in(text)
    assert not [e for e in events if unwanted(e)], events


def test_an_office_holder_of_no_stated_state_serves_the_state_the_last_sentence_was_about(events_in):
    # Iran is named most, but the sentence before the minister's is about Saudi Arabia
    events = events_in("Iran said Iranian protesters had stormed the Saudi embassy in Tehran. Iranian officials "
                       "condemned the violence in Tehran. Saudi Arabia broke off relations with Iran on Sunday. "
                       "Foreign Minister Ahmed Karimi gave Iranian diplomats 48 hours to leave the kingdom.")
    [expulsion] = [e for e in events if e.type == "ExpelDiplomats"]
    assert {a.code for a in expulsion.source} == {"SAU"}
    assert {a.code for a in expulsion.target} == {"IRN"}


def test_a_person_no_dictionary_places_joined_to_another_is_of_the_state_faced(events_in):
    # "Kang Kyung-wha" is in no dictionary: joined to Japan's foreign minister in a story that
    # sets Japan against South Korea, she is South Korea's
    text = ("Japan's cabinet on Friday approved removing South Korea from its list of trusted trading partners.\n\n"
            "Foreign ministers Taro Kono and Kang Kyung-wha had met on Thursday in Bangkok.")
    _assert_dyad(events_in(text, date=dt.date(2019, 8, 2)), ("CONSULT", {"JPN", "KOR"}, {"JPN", "KOR"}))


def test_a_case_brought_before_a_court_naming_no_party_is_against_the_one_faced(events_in):
    events = events_in("Venezuelan President Nicolas Maduro threatened Guyana on Tuesday.\n\nGuyana filed a case at the ICJ in 2018.")
    _assert_dyad(events, ("ACCUSE", {"GUY"}, {"VEN"}))


def test_a_known_one_word_name_that_starts_another_persons_name_is_not_that_person(events_in):
    events = events_in("Somali President Hassan Sheikh Mohamud blamed the bombing on al-Shabaab.",
                       date=dt.date(2022, 10, 30))
    assert not [e for e in events if "JOR" in {a.code for a in e.source}], events
    _assert_dyad(events, ("ACCUSE", {"SOM"}, {"SOM"}))


def test_he_is_the_person_last_named_though_the_tagger_took_the_name_for_a_body(events_in):
    events = events_in("U.S. President Donald Trump paused the tariffs on Monday.\n\n"
                       "The head of the World Trade Organization, Ngozi Okonjo-Iweala, urged Washington and Mexico City "
                       "to show restraint.\n\nIt is not the first time Trump has used tariffs as leverage over Mexico. "
                       "In May 2019 he threatened duties on all Mexican goods.", date=dt.date(2025, 2, 3))
    assert not [e for e in events if "WTO" in {a.code for a in e.source} and e.plover == "THREATEN"], events
    assert [e for e in events if e.plover == "THREATEN" and {a.code for a in e.source} == {"USA"}], events


def test_what_a_relative_clause_says_was_ordered_on_something_is_its_object_not_a_demand(events_in):
    events = events_in("U.S. President Donald Trump on Monday put on hold the 25% tariffs he had ordered on Mexican imports.",
                       date=dt.date(2025, 2, 3))
    assert not [e for e in events if e.plover == "REQUEST"], events


def test_what_a_signed_order_says_is_done_by_its_signer(events_in):
    events = events_in("President Donald Trump signed an order reimposing sanctions on Iran.", date=dt.date(2018, 5, 9))
    _assert_dyad(events, ("SANCTION", {"USA"}, {"IRN"}))


def test_a_name_given_without_the_middle_initial_is_the_dictionary_holder(events_in):
    # (the dictionaries have "Patrick J. Hillery"; a story that names Ireland)
    events = events_in("Britain protested to Dublin on Thursday over the burning of its embassy. Foreign Minister "
                       + "Patrick Hillery met U.N. Secretary-General Kurt Waldheim in New York on Wednesday.",
                       date=dt.date(1972, 2, 3))
    _assert_dyad(events, ("CONSULT", {"IRL"}, {"UN"}))


def test_an_official_of_no_stated_state_is_of_the_spokesman_who_reports_them(events_in):
    events = events_in("Britain's ambassador was summoned on Monday. An Irish government spokesman said "
                       + "Prime Minister Jack Lynch condemned the British army.", date=dt.date(1972, 2, 3))
    _assert_dyad(events, ("ACCUSE", {"IRL"}, {"GBR"}))


def test_a_story_discard_later_in_an_article_skips_only_its_sentence(events_in):
    text = ("Salvadoran troops attacked Honduras on Monday and captured the town of Nueva Ocotepeque.\n\n"
            + "Tensions rose after World Cup qualifying matches between the two countries in June.")
    events = events_in(text, date=dt.date(1969, 7, 16), title="Salvadoran troops push into Honduras")
    _assert_dyad(events, ("ASSAULT", {"SLV"}, {"HND"}))
    assert not events_in("The World Cup final ended in a draw.\n\nFrance attacked the referee's decision.",
                         title="World Cup final ends level")


def test_a_participle_after_a_noun_that_takes_an_object_is_the_nouns_act(events_in):
    # parsed with "torpedoed" describing the submarine
    events = events_in("A British submarine torpedoed and sank the Argentine cruiser General Belgrano outside the "
                       + "exclusion zone around the Falklands on Sunday, and the junta in Buenos Aires vowed to "
                       + "avenge the hundreds of sailors lost.", date=dt.date(1982, 5, 3))
    _assert_dyad(events, ("ASSAULT", {"GBR"}, {"ARG"}))


def test_the_group_is_the_armed_group_named_last(events_in):
    events = events_in("Houthi forces seized a car carrier owned by a company linked to an Israeli businessman on "
                       + "Sunday, and the group's military spokesman, Yahya Saree, warned that all ships connected "
                       + "to Israel would be treated as legitimate targets.", date=dt.date(2023, 11, 19))
    _assert_dyad(events, ("THREATEN", {"YEM"}, {"ISR"}))
    assert not [e for e in events if e.plover == "THREATEN" and "ISR" in {a.code for a in e.source}]


def test_both_countries_are_the_two_states_named_last_not_a_body(events_in):
    events = events_in("Rwanda and Uganda signed a defence pact on Monday. The United Nations accused Uganda of "
                       + "arming the rebels. Both countries rejected the accusation.", date=dt.date(2012, 11, 21))
    _assert_dyad(events, ("REJECT", {"RWA", "UGA"}, {"UN"}))


def test_a_two_word_name_of_people_split_by_the_parser_is_no_verb(events_in):
    # parsed with "aid" as a verb whose object is "workers"
    assert not events_in("Poland's parliament approved a 30-day state of emergency in a three-kilometre strip along "
                         + "the border with Belarus on Monday, barring journalists and aid workers from the area as "
                         + "thousands of migrants gathered on the Belarusian side of the frontier.",
                         date=dt.date(2021, 9, 6))


def test_those_killed_in_a_clash_with_someone_were_killed_by_them(events_in):
    events = events_in("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on "
                       + "Monday night, the Indian army said.", date=dt.date(2020, 6, 16))
    _assert_dyad(events, ("ASSAULT", {"CHN"}, {"IND"}))


def test_an_official_titled_by_a_bodys_common_word_acts_for_that_body(events_in):
    events = events_in("Iran withdrew the accreditation of several experienced IAEA inspectors on Saturday, a move "
                       + "that agency chief Rafael Grossi condemned as extreme and unjustified.",
                       date=dt.date(2022, 9, 3))
    _assert_dyad(events, ("ACCUSE", {"IAEA"}, {"IRN"}))


def test_whom_after_a_comma_is_the_person_the_clause_describes(events_in):
    # (one they "had" detained is told of as what went before)
    events = events_in("Armenian police released opposition leader Nikol Pashinyan, whom they detained "
                       + "a day earlier.", date=dt.date(2018, 4, 23))
    _assert_dyad(events, ("COERCE", {"ARM"}, {"ARM"}))


def test_forces_pushing_into_a_place_attack_it(events_in):
    events = events_in("Salvadoran troops pushed deeper into Honduras on Wednesday.", date=dt.date(1969, 7, 16))
    _assert_dyad(events, ("ASSAULT", {"SLV"}, {"HND"}))
    assert not events_in("The government pushed for talks with the rebels on Wednesday.")


def test_a_word_in_lower_case_is_no_office_holders_surname(events_in):
    # the dictionaries hold a Mozambican minister named Bias
    events = events_in("Venezuela's opposition accused the supreme court of bias.", date=dt.date(2006, 5, 1))
    _assert_dyad(events, ("ACCUSE", {"VEN"}, {"VEN"}), only=True)


def test_an_accusation_in_so_many_words_beside_a_protest_is_one(events_in):
    events = events_in("Somalia's opposition boycotted the election on Sunday, accusing Kenya of meddling.",
                       date=dt.date(2012, 5, 1))
    _assert_dyad(events, ("ACCUSE", {"SOM"}, {"KEN"}))
    # what a protest demands is still part of the protest
    events = events_in("Thousands of workers went on strike in Lagos on Monday, demanding higher wages.",
                       date=dt.date(2012, 5, 1))
    assert not [e for e in events if e.plover == "REQUEST"], events


def test_it_in_a_relative_clause_on_an_object_is_that_clauses_doer(events_in):
    events = events_in("M23 rebels took control of the airport in the eastern city of Goma on Monday, days after "
                       + "Kinshasa cut diplomatic ties with Kigali, which it accuses of arming the group, residents said.",
                       date=dt.date(2025, 1, 27))
    _assert_dyad(events, ("ACCUSE", {"COD"}, {"RWA"}))


def test_a_state_barring_its_own_people_restricts_them_and_another_states_sanctions_it(events_in):
    events = events_in("A state court in Sarajevo sentenced Bosnian Serb leader Milorad Dodik to one year in prison "
                       + "on Wednesday and banned him from holding office for six years.", date=dt.date(2025, 2, 26))
    _assert_dyad(events, ("COERCE", {"BIH"}, {"BIH"}))
    events = events_in("Australia barred Fiji's military leaders from entering its territory on Wednesday.",
                       date=dt.date(2006, 12, 6))
    _assert_dyad(events, ("SANCTION", {"AUS"}, {"FJI"}), only=True)


def test_states_agreeing_on_a_treaty_agree_with_each_other(events_in):
    events = events_in("Armenia and Azerbaijan have agreed on the full text of a peace treaty, the two foreign "
                       + "ministries said on Thursday.", date=dt.date(2025, 3, 13))
    _assert_dyad(events, ("AGREE", {"ARM", "AZE"}, {"ARM", "AZE"}))


def test_a_regions_leaders_named_together_act_as_its_organisation(events_in):
    events = events_in("West African leaders imposed sanctions on Niger at an emergency summit in Abuja on Sunday.",
                       date=dt.date(2023, 7, 30))
    _assert_dyad(events, ("SANCTION", {"ECOWAS"}, {"NER"}), only=True)
    # (not every plural after the words: troops are a state's)
    assert not [e for e in events_in("West African troops attacked the rebels on Sunday.")
                if "ECOWAS" in {a.code for a in e.source}]


def test_those_declared_persona_non_grata_are_expelled_however_the_phrase_is_parsed(events_in):
    for text, dyad in [
        ("Moldova's foreign ministry declared a Russian embassy employee persona non grata on Thursday.",
         ("SANCTION", {"MDA"}, {"RUS"})),
        ("India declared Pakistan's defence attaches persona non grata on Wednesday.", ("SANCTION", {"IND"}, {"PAK"})),
        ("Ethiopia declared seven senior United Nations officials persona non grata on Thursday, accusing them of "
         + "meddling.", ("SANCTION", {"ETH"}, {"UN"})),
    ]:
        _assert_dyad(events_in(text, date=dt.date(2023, 2, 9)), dyad)


def test_a_surname_after_a_states_possessive_is_that_states_person(events_in):
    # the dictionaries' Morales of that year is Bolivia's
    events = events_in("Guatemala's Morales expelled the U.N. anti-graft chief on Monday.", date=dt.date(2018, 9, 3))
    assert {a.code for e in events for a in e.source} == {"GTM"}, events


def test_force_on_a_thing_is_on_the_state_where_the_thing_lies(events_in):
    events = events_in("Rebels loyal to renegade general Laurent Nkunda shelled army positions north of Goma on "
                       + "Wednesday.", date=dt.date(2008, 10, 29))
    _assert_dyad(events, ("ASSAULT", {"COD"}, {"COD"}))
    events = events_in("Russian troops took control of the Zaporizhzhia nuclear power plant in southern Ukraine "
                       + "on Friday.", date=dt.date(2022, 3, 4))
    _assert_dyad(events, ("COERCE", {"RUS"}, {"UKR"}))
    # (not where something was fired into: missiles fired into waters near a state show force)
    assert not any(e.plover == "ASSAULT" for e in events_in(
        "China fired ballistic missiles into waters around Taiwan on Thursday.", date=dt.date(2022, 8, 4)))


def test_backing_said_of_a_noun_or_given_as_a_grievance_is_no_act(events_in):
    events = events_in("Saudi Arabia severed diplomatic ties with Qatar on Monday over Doha's alleged support for "
                       + "terrorism.", date=dt.date(2017, 6, 5))
    _assert_dyad(events, ("SANCTION", {"SAU"}, {"QAT"}), only=True)
    events = events_in("Tens of thousands of Georgians marched through the capital on Saturday against a bill backed "
                       + "by the ruling Georgian Dream party.", date=dt.date(2024, 5, 11))
    assert not [e for e in events if e.plover == "SUPPORT"], events


def test_a_verb_joined_to_a_dated_one_shares_its_date(events_in):
    events = events_in("In his nightly video address on Wednesday, Ukrainian President Volodymyr Zelenskiy thanked "
                       + "Scholz and urged Berlin to send tanks.", date=dt.date(2023, 1, 26))
    appeal = next(e for e in events if e.plover == "REQUEST")
    assert appeal.time is not None and appeal.time.value == "2023-01-25", appeal.time


def test_a_participle_beside_the_subject_dates_what_the_subject_did(events_in):
    events = events_in("Premier Wen Jiabao, speaking in New York on Tuesday, demanded the immediate release of the "
                       + "Chinese trawler captain.", date=dt.date(2010, 9, 24))
    demand = next(e for e in events if e.plover == "REQUEST")
    assert demand.time is not None and demand.time.value == "2010-09-21", demand.time


def test_a_date_that_says_which_treaty_is_not_when_it_was_suspended(events_in):
    events = events_in("Hungary suspended a 1969 travel agreement with East Germany.", date=dt.date(1989, 9, 11))
    assert events and all(e.time is not None and e.time.value == "1989-09-11" for e in events), events
    # (the date of an act its subject names still dates it)
    events = events_in("The 1969 war between Honduras and El Salvador killed thousands.", date=dt.date(1989, 9, 11))
    assert events and all(e.time is not None and e.time.value == "1969" for e in events), events


def test_a_date_hung_on_the_purpose_dates_the_act(events_in):
    events = events_in("Solomon Islands police fired tear gas to disperse crowds on Wednesday.",
                       date=dt.date(2021, 11, 26))
    assert events and events[0].time is not None and events[0].time.value == "2021-11-24", events


def test_a_clause_told_of_a_date_happened_on_it(events_in):
    events = events_in("The war began on Monday evening, when Salvadoran planes attacked Honduras.",
                       date=dt.date(1969, 7, 16))
    attack = next(e for e in events if e.plover == "ASSAULT")
    assert attack.time is not None and attack.time.value == "1969-07-14", attack.time


def test_a_weekday_with_a_time_of_day_dates_the_act(events_in):
    # the entity recogniser labels "Sunday night" a time, not a date
    events = events_in("President Alberto Fujimori suspended the constitution on Sunday night.",
                       date=dt.date(1992, 4, 6))
    assert events and events[0].time is not None and events[0].time.value == "1992-04-05", events


def test_the_first_of_joined_verbs_shares_the_date_hung_on_the_last(events_in):
    events = events_in("President Alberto Fujimori dissolved Congress and suspended the constitution on Sunday.",
                       date=dt.date(1992, 4, 6))
    assert events and all(e.time is not None and e.time.value == "1992-04-05" for e in events), events


def test_its_president_after_an_organisation_acts_is_the_states(events_in):
    events = events_in("The African Union suspended Mali on Friday after its president arrested the prime minister.",
                       date=dt.date(2012, 3, 30))
    _assert_dyad(events, ("COERCE", {"MLI"}, {"MLI"}))
    # (an organisation has troops of its own)
    events = events_in("NATO suspended patrols in Kosovo on Friday after its troops clashed with Serb protesters.",
                       date=dt.date(2023, 5, 30))
    assert not [e for e in events if e.plover == "ASSAULT" and {a.code for a in e.source} == {"SRB"}], events


def test_the_group_with_a_describing_word_is_still_the_group_named_last(events_in):
    events = events_in("U.S. and British warships struck more than a dozen Houthi targets across Yemen, and a senior "
                       + "official of the Iran-aligned group vowed that Washington and London would pay a heavy price.",
                       date=dt.date(2024, 1, 12))
    _assert_dyad(events, ("THREATEN", {"YEM"}, {"USA", "GBR"}))


def test_a_people_of_one_region_is_of_the_state_it_lives_in(events_in):
    events = events_in("Chechen leader Dzhokhar Dudayev vowed on Sunday to wage a holy war against Moscow.",
                       date=dt.date(1994, 12, 11))
    _assert_dyad(events, ("THREATEN", {"RUS"}, {"RUS"}))


def test_an_act_prompted_by_another_that_names_only_that_act_answers_its_doer(events_in):
    events = events_in("North Korea fired a ballistic missile over northern Japan early on Tuesday, prompting Prime "
                       + "Minister Shinzo Abe to condemn the launch as a grave threat.", date=dt.date(2017, 8, 29))
    _assert_dyad(events, ("ACCUSE", {"JPN"}, {"PRK"}))


def test_a_capitalised_dateline_with_hyphens_names_its_state(events_in):
    # (two states named once each: the dateline settles whose the soldiers are)
    events = events_in("PORT-AU-PRINCE, Sept 30 (Reuters) - Mutinous soldiers arrested Haitian President Jean-Bertrand "
                       + "Aristide on Monday, and Venezuela said hours later that it would give him asylum.",
                       date=dt.date(1991, 9, 30))
    _assert_dyad(events, ("COERCE", {"HTI"}, {"HTI"}))


def test_summoning_a_high_commissioner_is_a_complaint_not_a_demand(events_in):
    events = events_in("Pakistan's Foreign Office summoned India's deputy high commissioner on Friday.",
                       date=dt.date(2017, 3, 3))
    _assert_dyad(events, ("ACCUSE", {"PAK"}, {"IND"}), only=True)


def test_a_person_named_again_keeps_the_office_the_story_gave_first(events_in):
    # (the dictionaries date an Austrian role for him in 1972; the story makes him the UN's)
    events = events_in("Ireland's foreign minister met U.N. Secretary-General Kurt Waldheim on Thursday. Waldheim "
                       + "condemned the shootings in Londonderry.", date=dt.date(1972, 2, 3))
    assert not any("AUT" in {a.code for a in e.source} for e in events), events
    _assert_dyad(events, ("ACCUSE", {"UN"}, {"GBR"}))


def test_an_object_pronoun_of_a_joined_verb_is_the_first_verbs_object(events_in):
    # (not Damascus, the last place named before "it")
    events = events_in("Protesters surrounded the Danish embassy in Damascus on Saturday and burned it.",
                       date=dt.date(2006, 2, 5))
    _assert_dyad(events, ("PROTEST", {"SYR"}, {"DNK"}), only=True)


def test_a_title_standing_alone_is_the_person_last_named_with_it(events_in):
    events = events_in("Fiji's military commander, Commodore Frank Bainimarama, said on Tuesday he had taken over "
                       + "executive authority. The commodore accused the government of corruption.",
                       date=dt.date(2006, 12, 6))
    _assert_dyad(events, ("ACCUSE", {"FJI"}, {"FJI"}))


def test_an_ethnic_demonym_is_no_mention_of_the_state_of_that_name(events_in):
    # ("ethnic Albanian" four times against one dateline: the story is still Macedonia's)
    events = events_in("SKOPJE, Aug 13 (Reuters) - Ethnic Albanian leaders welcomed the peace deal on Monday, and "
                       + "ethnic Albanian villagers returned home. Ethnic Albanian rebels said they would disarm. "
                       + "Security forces shelled the village of Ljuboten on Sunday, ethnic Albanian witnesses said.",
                       date=dt.date(2001, 8, 13))
    _assert_dyad(events, ("ASSAULT", {"MKD"}, {"MKD"}), only=True)


def test_an_ethnic_demonym_does_not_make_a_group_that_states(events_in):
    events = events_in("SKOPJE, Aug 13 (Reuters) - The ethnic Albanian National Liberation Army attacked a police "
                       + "station near Tetovo on Monday.", date=dt.date(2001, 8, 13))
    _assert_dyad(events, ("ASSAULT", {"MKD"}, {"MKD"}))
    assert not any("ALB" in {a.code for a in e.source} for e in events), events


def test_criminal_gangs_of_no_stated_country_are_the_story_states(events_in):
    events = events_in("Haiti's prime minister accused bandits of blocking the country's main fuel terminal.",
                       date=dt.date(2022, 1, 7))
    _assert_dyad(events, ("ACCUSE", {"HTI"}, {"HTI"}))


def test_the_united_arab_republic_is_egypt(events_in):
    events = events_in("The United Arab Republic broke off diplomatic relations with the United States tonight.",
                       date=dt.date(1967, 6, 6))
    _assert_dyad(events, ("SANCTION", {"EGY"}, {"USA"}))


def test_a_command_that_surrenders_retreats(events_in):
    events = events_in("Pakistan's Eastern Command surrendered unconditionally to the Indian Army in Dacca this "
                       + "afternoon.", date=dt.date(1971, 12, 16))
    _assert_dyad(events, ("RETREAT", {"PAK"}, {"IND"}), only=True)


def test_a_states_name_before_a_groups_says_whose_the_group_is(events_in):
    # (El Salvador's "National Resistance" shares the last two words)
    events = events_in("MAPUTO (AP) - Rebels of the Mozambique National Resistance ambushed a bus convoy north of the "
                       + "capital today, killing at least 20 civilians.", date=dt.date(1987, 7, 20))
    _assert_dyad(events, ("ASSAULT", {"MOZ"}, {"MOZ"}), only=True)


def test_forces_ordered_to_launch_an_act_named_by_a_noun_carry_it_out(events_in):
    events = events_in("Nigeria's president ordered troops to launch an assault on Boko Haram.", date=dt.date(2015, 2, 1))
    _assert_dyad(events, ("ASSAULT", {"NGA"}, {"NGA"}), only=True)


def test_welcoming_an_act_praises_its_parties_and_does_not_do_it(events_in):
    events = events_in("The army chiefs of Armenia and Azerbaijan held talks with Russia's Valery Gerasimov in Moscow "
                       + "on Tuesday. Kremlin spokesman Dmitry Peskov welcomed the truce.", date=dt.date(2016, 4, 5))
    _assert_dyad(events, ("SUPPORT", {"RUS"}, {"ARM", "AZE"}))
    assert not any(e.plover == "RETREAT" for e in events), events


def test_the_minsk_group_is_the_osces_not_belarus(events_in):
    events = events_in("The OSCE Minsk Group, co-chaired by Russia, France and the United States, called on Armenia "
                       + "and Azerbaijan to respect the truce.", date=dt.date(2016, 4, 5))
    _assert_dyad(events, ("REQUEST", {"OSCE"}, {"ARM", "AZE"}), only=True)


def test_a_lockdown_imposed_restricts_the_states_own_people(events_in):
    events = events_in("China imposed a lockdown on Shanghai.", date=dt.date(2022, 3, 28))
    _assert_dyad(events, ("COERCE", {"CHN"}, {"CHN"}), only=True)


def test_a_place_that_opens_a_paragraph_holds_for_the_rest_of_it(events_in):
    events = events_in("North Korea seized the American ship Pueblo on Tuesday. North Korea also sent commandos across "
                       + "the border, and North Korea's radio praised them.\n\nIn Seoul, a government spokesman said "
                       + "South Korea expected its ally to take firm measures. The opposition New Democratic Party "
                       + "accused the government of lax security.", date=dt.date(1968, 1, 25))
    _assert_dyad(events, ("ACCUSE", {"KOR"}, {"KOR"}))
    assert not any(e.plover == "ACCUSE" and {a.code for a in e.source} == {"PRK"} for e in events), events


def test_troops_of_two_states_named_together_trading_fire_attack_each_other(events_in):
    # (the parser hangs the two demonyms on "troops" as a modifier and its conjunct)
    events = events_in("Thai and Cambodian troops traded artillery fire near the disputed temple on Monday.",
                       date=dt.date(2011, 2, 7))
    _assert_dyad(events, ("ASSAULT", {"THA", "KHM"}, {"THA", "KHM"}), only=True)


def test_accusations_traded_are_accusations_each_way(events_in):
    events = events_in("India and Pakistan exchanged accusations over the attack on Monday.", date=dt.date(2019, 2, 18))
    _assert_dyad(events, ("ACCUSE", {"IND", "PAK"}, {"IND", "PAK"}), only=True)


def test_a_person_handed_to_a_tribunal_is_judicial_cooperation_not_a_release(events_in):
    events = events_in("Serbian authorities handed former Yugoslav President Slobodan Milosevic over to the UN war "
                       + "crimes tribunal in The Hague on Thursday.", date=dt.date(2001, 6, 28))
    assert [e.plover for e in events] == ["COOPERATE"], events
    events = events_in("Hamas handed three Israeli hostages to the International Committee of the Red Cross on Saturday.",
                       date=dt.date(2025, 1, 25))
    assert [e.plover for e in events] == ["RETREAT"], events


def test_abstaining_in_a_vote_concedes_nothing(events_in):
    events = events_in("Russia vetoed the resolution on Friday, while China and India abstained.",
                       date=dt.date(2022, 2, 25))
    assert not any(e.plover == "CONCEDE" for e in events), events


def test_what_an_act_left_its_object_is_no_judgement_of_the_act(events_in):
    # ("dead" is what the shooting left the people, not a rights group's verdict on it)
    events = events_in("Kenyan police shot dead at least two people in Nairobi on Tuesday as thousands of young "
                       + "demonstrators returned to the streets of the capital, a rights group said.",
                       date=dt.date(2024, 7, 2))
    _assert_dyad(events, ("ASSAULT", {"KEN"}, {"KEN"}), only=True)


def test_a_body_a_relative_clause_describes_does_what_the_clause_says(events_in):
    events = events_in("The army, which had accused the RSF of illegally deploying fighters around the northern town of "
                       + "Merowe, carried out air strikes on the paramilitary group's bases in Khartoum on Sunday.",
                       date=dt.date(2023, 4, 16))
    _assert_dyad(events, ("ACCUSE", {"SDN"}, {"SDN"}))


def test_marks_of_time_and_history_do_not_discard_a_sentence(events_in):
    # (the Phoenix discard list drops sentences with "months later" or "World War Two")
    events = events_in("BAMAKO (Reuters) - Mali's junta promised elections in August 2020. Nine months later, the army "
                       + "arrested the interim president.", date=dt.date(2021, 6, 1))
    _assert_dyad(events, ("COERCE", {"MLI"}, {"MLI"}))
    events = events_in("Russia's invasion of Ukraine on Thursday was the biggest attack on a European state since World "
                       + "War Two.", date=dt.date(2022, 2, 25))
    _assert_dyad(events, ("ASSAULT", {"RUS"}, {"UKR"}), only=True)


def test_a_body_no_dictionary_knows_acting_as_subject_is_of_the_story_state(events_in):
    events = events_in("BUENOS AIRES, Dec. 15 - President Raul Alfonsin on Thursday set up a commission to investigate "
                       + "the disappearance of thousands of people under military rule.\n\nThe Mothers of the Plaza de "
                       + "Mayo, who marched again on Thursday outside the presidential palace, rejected the commission "
                       + "as toothless and demanded that Congress set up its own inquiry.", date=dt.date(1983, 12, 16))
    _assert_dyad(events, ("REQUEST", {"ARG"}, {"ARG"}))


def test_a_storm_by_its_name_is_no_body_acting(events_in):
    events = events_in("Typhoon Hagibis, one of the most powerful storms to hit Japan in decades, left dozens of people "
                       + "dead and flooded large parts of the Kanto region around Tokyo, public broadcaster NHK said on "
                       + "Sunday.", date=dt.date(2019, 10, 13))
    assert events == [], events


def test_an_office_holder_acted_on_is_of_the_story_state_not_the_last_speakers(events_in):
    events = events_in("PHNOM PENH - Cambodia's Supreme Court dissolved the main opposition party on Thursday.\n\n"
                       + "China said on Friday that it supported the government's efforts to protect political "
                       + "stability.\n\nPolice arrested party president Kem Sokha at his home in a midnight raid on "
                       + "Sept. 3.", date=dt.date(2017, 11, 17))
    _assert_dyad(events, ("COERCE", {"KHM"}, {"KHM"}))
    assert not any(e.plover == "COERCE" and "CHN" in {a.code for a in e.target} for e in events), events


def test_a_body_no_dictionary_knows_acted_on_is_of_the_story_state(events_in):
    events = events_in("MANAGUA (AP) - Police on Monday raided Cristiana, the main opposition movement.",
                       date=dt.date(2021, 5, 10))
    _assert_dyad(events, ("ASSAULT", {"NIC"}, {"NIC"}), only=True)


def test_the_commonwealth_standing_alone_is_the_commonwealth_of_nations(events_in):
    events = events_in("The Commonwealth suspended Fiji from its councils on Friday.", date=dt.date(2006, 12, 8))
    _assert_dyad(events, ("SANCTION", {"COMW"}, {"FJI"}), only=True)


def test_the_fighters_of_a_groups_leader_are_the_named_group(events_in):
    # (a group actor with no name would share its IRI with its home state's rebels)
    events = events_in("Saeb Salam, a leader of the opposition United National Front, warned that his fighters would "
                       + "resist any foreign soldier who entered the Basta quarter.", date=dt.date(1958, 7, 16))
    groups = [a for e in events for a in (*e.source, *e.target) if a.kind == "group"]
    assert groups and all(a.name and a.key.startswith("group/") for a in groups), events


@pytest.mark.parametrize(("text", "dyad"), [
    ("Moldova accused Transnistria of blocking the talks.", ("ACCUSE", {"MDA"}, {"MDA"})),
    ("Kenya has not recognised the self-declared republic of Somaliland.", ("SUPPORT", {"KEN"}, {"SOM"})),
])
def test_a_breakaway_region_is_a_body_of_the_state_it_is_in(events_in, text, dyad):
    # (as the state's own name it would be the source's own state, and no target)
    events = events_in(text, date=dt.date(2021, 4, 14))
    _assert_dyad(events, dyad, only=True)
    assert all(a.kind == "group" and a.name for e in events for a in e.target), events


@pytest.mark.parametrize("text", [
    "Chinese Premier Li Peng held talks on Monday with visiting Pakistani Prime Minister Nawaz Sharif.",
    "Vietnam's president met with visiting Chinese Foreign Minister Wang Yi in Hanoi on Tuesday.",
])
def test_the_visitor_after_with_is_the_one_met(events_in, text):
    events = events_in(text, date=dt.date(2015, 3, 10))
    assert any(e.plover == "CONSULT" and {a.code for a in e.target} & {"PAK", "CHN"} for e in events), events


def test_a_state_of_a_named_kind_is_the_state_named_last(events_in):
    events = events_in("Saudi Arabia cut diplomatic ties with Qatar on Monday, accusing the Gulf state of backing "
                       + "terrorism.", date=dt.date(2017, 6, 5))
    _assert_dyad(events, ("ACCUSE", {"SAU"}, {"QAT"}))


def test_a_refusal_told_of_no_one_answers_whom_the_refuser_faces(events_in):
    events = events_in("Zambia's electoral commission barred the main opposition party from the vote on Monday after "
                       + "the party refused to sign a code of conduct.", date=dt.date(2022, 3, 14))
    _assert_dyad(events, ("REJECT", {"ZMB"}, {"ZMB"}))


def test_blame_of_a_body_of_no_known_state_answers_whom_the_accuser_faces(events_in):
    events = events_in("Bolivia's main opposition parties said they would boycott Sunday's election, accusing the "
                       + "electoral council of favouring President Evo Morales.", date=dt.date(2019, 10, 14))
    _assert_dyad(events, ("ACCUSE", {"BOL"}, {"BOL"}))


def test_a_meeting_one_is_due_to_hold_is_a_schedule_not_an_intent(events_in):
    events = events_in("EU foreign ministers are due to discuss relations with Albania at a meeting later this month.",
                       date=dt.date(1994, 9, 9))
    assert events == [], events


@pytest.mark.parametrize(("text", "dyad"), [
    ("North Korea fired a ballistic missile over Japan on Tuesday.", ("MOBILIZE", {"PRK"}, {"JPN"})),
    ("China's military fired ballistic missiles into waters around Taiwan on Thursday.",
     ("MOBILIZE", {"CHN"}, {"TWN"})),
    ("Hamas fired rockets into Israel on Friday.", ("ASSAULT", {"PSE"}, {"ISR"})),
])
def test_missiles_fired_over_or_near_a_state_show_force_and_into_it_attack(events_in, text, dyad):
    events = events_in(text, date=dt.date(2022, 10, 4))
    _assert_dyad(events, dyad, only=True)


def test_troops_massing_at_a_border_mobilise_against_the_state_beyond(events_in):
    events = events_in("Iraqi troops massed along the Kuwaiti border on Friday.", date=dt.date(1994, 10, 7))
    _assert_dyad(events, ("MOBILIZE", {"IRQ"}, {"KWT"}), only=True)


def test_forces_put_on_alert_by_no_one_named_answer_whom_the_response_names(events_in):
    events = events_in("Guyana's defence force has been placed on full alert, President Irfaan Ali said on Wednesday, in "
                       + "response to Venezuela's moves to annex the Essequibo region.", date=dt.date(2023, 12, 6))
    _assert_dyad(events, ("MOBILIZE", {"GUY"}, {"VEN"}), only=True)


@pytest.mark.parametrize("text", [
    "Turkey agreed with the United States on Thursday to suspend its offensive in northern Syria.",
    "Turkey agreed on Thursday to suspend its offensive in northern Syria under a deal with the United States.",
])
def test_a_promise_is_made_to_its_partner(events_in, text):
    events = events_in(text, date=dt.date(2019, 10, 18))
    _assert_dyad(events, ("AGREE", {"TUR"}, {"USA"}), only=True)


def test_a_promise_is_dated_by_its_own_verb_not_by_what_it_promises(events_in):
    events = events_in("Haiti's military rulers agreed on Sunday to step down by Oct. 15.", date=dt.date(1994, 9, 19))
    [event] = [e for e in events if e.plover == "AGREE"]
    assert event.time is not None and event.time.value == "1994-09-18", event


def test_a_force_named_by_a_regions_adjective_is_its_organisations(events_in):
    events = events_in("MONROVIA, Aug 24 (Reuters) - A West African peacekeeping force landed at Monrovia's port on "
                       + "Friday, and rebel leader Charles Taylor vowed to attack it.", date=dt.date(1990, 8, 24))
    _assert_dyad(events, ("THREATEN", {"LBR"}, {"ECOWAS"}))
    # (a state's name that holds the words names the state)
    events = events_in("Russia has delivered small arms to the Central African Republic's armed forces.",
                       date=dt.date(2018, 3, 22))
    _assert_dyad(events, ("AID", {"RUS"}, {"CAF"}), only=True)


def test_rebels_are_no_body_of_an_organisation_of_states(events_in):
    events = events_in("President Samuel Doe was captured by rebels loyal to Prince Yormie Johnson at the headquarters "
                       + "of the West African peacekeeping force in Monrovia on Sunday.", date=dt.date(1990, 9, 10))
    _assert_dyad(events, ("ASSAULT", {"LBR"}, {"LBR"}), only=True)


def test_a_region_named_by_its_of_phrase_is_that_region_not_its_peoples_state(events_in):
    events = events_in("Croatian troops launched an offensive on the rebel Serb region of Krajina at dawn on Friday.",
                       date=dt.date(1995, 8, 4))
    _assert_dyad(events, ("ASSAULT", {"HRV"}, {"HRV"}), only=True)


@pytest.mark.parametrize("text", [
    "Two Russian diplomats were expelled from Moldova on Wednesday.",
    "Russian diplomats were ordered to leave Moldova on Wednesday.",
])
def test_envoys_sent_away_by_no_one_named_are_sent_by_the_state_they_leave(events_in, text):
    events = events_in(text, date=dt.date(2023, 7, 26))
    _assert_dyad(events, ("SANCTION", {"MDA"}, {"RUS"}), only=True)


def test_what_an_announced_act_waits_on_is_no_act(events_in):
    events = events_in("He warned that Burundi would suspend all contact with the Rwandan government until Kigali "
                       + "handed over the rebel leaders it was hosting.", date=dt.date(2024, 1, 12))
    _assert_dyad(events, ("THREATEN", {"BDI"}, {"RWA"}), only=True)


@pytest.mark.parametrize(("text", "code"), [
    ("JAKARTA, May 19 - President Megawati Sukarnoputri placed Aceh under martial law on Monday.", "IDN"),
    ("JUBA - Riek Machar was placed under house arrest in Juba late on Wednesday.", "SSD"),
])
def test_what_is_placed_under_a_restriction_is_restricted(events_in, text, code):
    # (passive with no agent: by the state where it happened)
    events = events_in(text, date=dt.date(2025, 3, 27))
    _assert_dyad(events, ("COERCE", {code}, {code}), only=True)


def test_a_flight_into_exile_is_no_visit(events_in):
    events = events_in("Charles Taylor stepped down as Liberia's president on Monday and flew into exile in Nigeria.",
                       date=dt.date(2003, 8, 11))
    assert not any(e.plover == "CONSULT" for e in events), events
    _assert_dyad(events, ("CONCEDE", {"LBR"}, {"LBR"}))


@pytest.mark.parametrize(("text", "expected"), [
    # a help among purposes joined
    ("Britain flew paratroopers into Freetown on Monday to secure the airport and help government forces defend "
     + "the capital.", ("AID", {"GBR"}, {"SLE"})),
    # forces sent to someone's aid
    ("Serbia sent its army to the aid of the rebels in Croatia on Friday.", ("AID", {"SRB"}, {"HRV"})),
    # the request for help hung on the verb of saying
    ("Rwanda has begun deploying 1,000 soldiers to Mozambique, the Rwandan government said on Friday, after the "
     + "government in Maputo asked Kigali for help.", ("AID", {"RWA"}, {"MOZ"})),
])
def test_forces_sent_to_help_however_the_help_is_told_are_assistance(events_in, text, expected):
    events = events_in(text, date=dt.date(2021, 7, 9))
    _assert_dyad(events, expected)
    assert "MOBILIZE" not in {e.plover for e in events}, events


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Britain cut off all aid to Rhodesia tonight.", dt.date(1965, 11, 11), "RHO"),
    ("Britain cut off all aid to Hanoi tonight.", dt.date(1966, 5, 2), "VDR"),
    ("Britain cut off all aid to Hanoi tonight.", dt.date(1990, 5, 2), "VNM"),
    ("Britain cut off all aid to South Yemen tonight.", dt.date(1986, 1, 20), "YMD"),
])
def test_states_of_the_cold_war_keep_their_codes_in_their_day(events_in, text, date, code):
    events = events_in(text, date=date)
    assert [(e.plover, _codes(e.target)) for e in events] == [("SANCTION", {code})]


@pytest.mark.parametrize(("text", "expected"), [
    ("Noriega surrendered to U.S. forces on Wednesday night.", ("RETREAT", {"PAN"}, {"USA"})),
    ("The Argentine garrison capitulated to British troops on Monday.", ("RETREAT", {"ARG"}, {"GBR"})),
])
def test_a_surrender_to_someone_is_a_retreat_before_them(events_in, text, expected):
    events = events_in(text, date=dt.date(1990, 1, 4))
    _assert_dyad(events, expected, only=True)


def test_a_council_president_is_their_own_states_outside_the_presidency(events_in):
    events = events_in("Foreign Secretary David Owen warned Guatemala on Wednesday that Britain would defend Belize.",
                       date=dt.date(1977, 7, 7))
    _assert_dyad(events, ("THREATEN", {"GBR"}, {"GTM"}))


def test_an_office_given_in_apposition_says_whom_a_known_person_serves(events_in):
    # (the dictionaries know him as a Dutch minister; the British spelling of the body's name
    # is its name too)
    events = events_in("Max van der Stoel, the High Commissioner on National Minorities of the Organisation for "
                       + "Security and Cooperation in Europe, met Prime Minister Guntars Krasts in Riga on Thursday.",
                       date=dt.date(1998, 3, 19))
    _assert_dyad(events, ("CONSULT", {"OSCE"}, {"LVA"}))


@pytest.mark.parametrize(("date", "code"), [(dt.date(1991, 10, 13), "YUG"), (dt.date(1998, 10, 13), "SRB")])
def test_a_title_naming_a_former_state_serves_the_state_of_the_day(events_in, date, code):
    events = events_in("NATO warned Yugoslav President Slobodan Milosevic on Tuesday that its warplanes would strike.",
                       date=date)
    _assert_dyad(events, ("THREATEN", {"NATO"}, {code}), only=True)


def test_a_threat_on_a_condition_in_the_passive_is_aimed_at_its_agent(events_in):
    # (blocking a strait is a blockade; the condition's agent is whom it is aimed at)
    events = events_in("Iran will block the Strait of Hormuz to oil shipments if its own exports are halted by U.S. "
                       + "sanctions, President Hassan Rouhani said on Tuesday.", date=dt.date(2018, 7, 3))
    _assert_dyad(events, ("THREATEN", {"IRN"}, {"USA"}), only=True)


def test_what_a_legislature_refuses_naming_no_party_it_refuses_at_home(events_in):
    events = events_in("Peru's Congress voted down a proposal on Friday to bring forward general elections to October.",
                       date=dt.date(2023, 2, 3))
    _assert_dyad(events, ("REJECT", {"PER"}, {"PER"}), only=True)


def test_a_particle_giving_a_verb_of_demand_another_sense_makes_no_demand(events_in):
    events = events_in("RIGA - Riot police pushed the demonstrators back with truncheons on Tuesday.",
                       date=dt.date(1998, 3, 3))
    assert "REQUEST" not in {e.plover for e in events}, events


def test_what_a_vow_waits_on_is_not_done(events_in):
    events = events_in("General Michel Aoun vowed on Tuesday to fight on until Syria withdraws its troops from "
                       + "Lebanon.", date=dt.date(1989, 11, 7))
    _assert_dyad(events, ("THREATEN", {"LBN"}, {"SYR"}), only=True)


def test_a_vote_supports_only_what_it_is_for(events_in):
    events = events_in("Lithuania's parliament voted 98-3 on Friday against Moscow's demand.", date=dt.date(1990, 4, 20))
    assert "SUPPORT" not in {e.plover for e in events}, events


def test_mediators_act_on_the_parties_not_on_each_other(events_in):
    events = events_in("The Sudanese army and the paramilitary Rapid Support Forces signed a seven-day ceasefire "
                       + "agreement in Jeddah late on Saturday, after Saudi and U.S. diplomats mediated two weeks of "
                       + "talks between the warring sides.", date=dt.date(2023, 5, 21))
    _assert_dyad(events, ("CONSULT", {"SAU", "USA"}, {"SDN"}))
    assert ("CONSULT", frozenset({"SAU", "USA"}), frozenset({"SAU", "USA"})) not in _dyads(events), events


def test_a_bodys_demand_is_made_of_whom_it_asks_its_own_government_too(events_in):
    events = events_in("DAKAR - Abdoulaye Wade, leader of the opposition Senegalese Democratic Party, demanded that the "
                       + "government seek compensation from Mauritania.", date=dt.date(1989, 4, 26))
    _assert_dyad(events, ("REQUEST", {"SEN"}, {"SEN"}), only=True)


def test_an_arrival_told_with_shelter_given_is_no_visit(events_in):
    events = events_in("Nigeria granted asylum to former Liberian President Charles Taylor on Monday, and he arrived in "
                       + "the southeastern city of Calabar with his family and aides.", date=dt.date(2003, 8, 12))
    assert "CONSULT" not in {e.plover for e in events}, events
    _assert_dyad(events, ("AID", {"NGA"}, {"LBR"}))


def test_a_vow_of_a_lesson_or_of_forceful_measures_is_a_threat(events_in):
    events = events_in("President Omar Hassan al-Bashir vowed on Friday to teach South Sudan a final lesson.",
                       date=dt.date(2012, 4, 20))
    _assert_dyad(events, ("THREATEN", {"SDN"}, {"SSD"}), only=True)


@pytest.mark.parametrize("text", [
    "Iraq fired at least eight Scud missiles at Tel Aviv and Haifa early today, but Israel did not retaliate.",
    "Honduran planes struck back on Tuesday, bombing the Ilopango air base outside San Salvador.",
])
def test_a_retaliation_done_is_no_threat(events_in, text):
    # (what was done in answer is coded as that act; only a retaliation to come threatens)
    events = events_in(text, date=dt.date(1991, 1, 18))
    assert "THREATEN" not in {e.plover for e in events}, events


def test_what_commentators_do_is_comment_not_an_act(events_in):
    events = events_in("More than three decades after the war that split Moldova, historians in Chisinau and Tiraspol "
                       + "still disagree over whether the 1992 fighting on the Dniester could have been avoided.",
                       date=dt.date(2024, 3, 2))
    assert not events, events


@pytest.mark.parametrize("text", [
    "New Zealand has paused NZ$18.2 million in funding to Samoa, the foreign ministry said on Thursday.",
    "Washington paused military aid to Ukraine on Monday.",
])
def test_aid_paused_is_aid_suspended_and_a_sum_the_tagger_missed_is_still_a_sum(events_in, text):
    events = events_in(text, date=dt.date(2025, 6, 19))
    assert {(e.plover, frozenset(a.code for a in e.target)) for e in events} & {
        ("SANCTION", frozenset({"WSM"})), ("SANCTION", frozenset({"UKR"}))}, events


def test_firing_halted_by_two_sides_is_a_ceasefire_between_them(events_in):
    events = events_in("India and Pakistan halted all firing and military action on land, in the air and at sea at "
                       + "5 p.m. on Saturday, Foreign Secretary Vikram Misri said.", date=dt.date(2025, 5, 11))
    _assert_dyad(events, ("RETREAT", {"IND", "PAK"}, {"IND", "PAK"}), only=True)


@pytest.mark.parametrize(("text", "date", "dyad"), [
    # what a treaty says in a relative clause is its terms, not an act
    ("Konstantin Kosachev, a deputy speaker of Russia's upper house, accused Oslo last week of breaching the 1920 "
     + "Svalbard Treaty, which gives Norway sovereignty over the islands but grants citizens of signatory states "
     + "equal rights to fish.", dt.date(2024, 3, 18), ("ACCUSE", {"RUS"}, {"NOR"})),
    # a state's strikes inside another are an attack, not a labour strike
    ("Pakistan strikes inside Afghanistan after deadly attack on army post", dt.date(2024, 3, 18),
     ("ASSAULT", {"PAK"}, {"AFG"})),
    # a light verb the model lemmatises wrongly ("staged" as "stag" in this clause) still carries its noun's act
    ("China's military staged large-scale drills around Taiwan on Monday, the island's defence ministry said.",
     dt.date(2024, 10, 14), ("MOBILIZE", {"CHN"}, {"TWN"})),
    # a court striking down a decision rejects it at home
    ("Senegal's Constitutional Council overturned President Macky Sall's decision to postpone the election on "
     + "Thursday.", dt.date(2024, 2, 15), ("REJECT", {"SEN"}, {"SEN"})),
    ("Romania's Constitutional Court annulled the first round of the presidential election on Friday.",
     dt.date(2024, 2, 15), ("REJECT", {"ROU"}, {"ROU"})),
    # no state expels its own envoy: "its" is then the other state named before it
    ("The Holy See said on Saturday that Nicaragua had expelled its ambassador, Archbishop Waldemar Sommertag.",
     dt.date(2022, 3, 12), ("SANCTION", {"NIC"}, {"VAT"})),
    # a decision given up is aimed at whom its act was
    ("Serbia on Sunday revoked its decision to expel Montenegro's ambassador.", dt.date(2020, 11, 29),
     ("CONCEDE", {"SRB"}, {"MNE"})),
    ("Washington reversed its decision to impose tariffs on Mexico on Friday.", dt.date(2020, 11, 29),
     ("CONCEDE", {"USA"}, {"MEX"})),
    # the time an ultimatum gives is its object where the parser makes it an adverb
    ("The Security Council gave Khartoum 30 days on Friday to disarm the Janjaweed militias in Darfur or face "
     + "unspecified measures.", dt.date(2004, 7, 30), ("THREATEN", {"UN"}, {"SDN"})),
    # an impeachment is a formal charge
    ("South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol over his declaration "
     + "of martial law.", dt.date(2024, 12, 14), ("ACCUSE", {"KOR"}, {"KOR"})),
    ("Peru's Congress impeached President Martin Vizcarra on Monday.", dt.date(2024, 12, 14),
     ("ACCUSE", {"PER"}, {"PER"})),
    # a proposal brought by an envoy is theirs
    ("Argentina has rejected the latest peace proposals brought to Buenos Aires by Secretary of State Alexander "
     + "Haig, the foreign ministry said on Monday.", dt.date(1982, 4, 19), ("REJECT", {"ARG"}, {"USA"})),
    # intervening in a state is armed force used there
    ("A Saudi-led military coalition intervened in Yemen in March 2015 against the Iran-aligned Houthi movement.",
     dt.date(2018, 12, 13), ("ASSAULT", {"SAU"}, {"YEM"})),
    # destroying by force is an attack, as CAMEO codes it
    ("French forces destroyed Ivory Coast's small air force on Saturday.", dt.date(2004, 11, 6),
     ("ASSAULT", {"FRA"}, {"CIV"})),
    # an embassy where someone is arrested is a place, not a party
    ("Ecuadorean police arrested former Vice President Jorge Glas inside Mexico's embassy in Quito late on Friday.",
     dt.date(2024, 4, 6), ("COERCE", {"ECU"}, {"ECU"})),
    # a march past an embassy is aimed at the state it belongs to
    ("Thousands of Nicaraguans marched past the Honduran embassy in Managua on Sunday.", dt.date(1999, 12, 13),
     ("PROTEST", {"NIC"}, {"HND"})),
    # the reason an act cites is not coded
    ("Congo's Supreme Defence Council ordered the expulsion of Rwanda's ambassador on Saturday, citing Kigali's "
     + "support for the M23 rebellion.", dt.date(2022, 10, 30), ("SANCTION", {"COD"}, {"RWA"})),
    # a surname alone is the holder named by a first name and it: Daniel Ortega (Nicaragua), not Jorge
    # Urbina Ortega (Costa Rica), both in office in 2023
    ("Ortega's government stripped 94 critics of their citizenship on Wednesday.", dt.date(2023, 2, 16),
     ("COERCE", {"NIC"}, {"NIC"})),
    # "King Hassan" is Morocco's Hassan II
    ("King Hassan criticised Algeria on Monday.", dt.date(1976, 2, 10), ("ACCUSE", {"MAR"}, {"DZA"})),
    # holding someone responsible is blame, not detention
    ("The UN Security Council held Belgrade responsible for the bloodshed in Bosnia on Saturday.",
     dt.date(1992, 5, 30), ("ACCUSE", {"UNSC"}, {"SRB"})),
    # the popes act for the Holy See
    ("Argentina and Chile accepted an offer by Pope John Paul II to mediate in their dispute.", dt.date(1978, 12, 23),
     ("AGREE", {"ARG", "CHL"}, {"VAT"})),
    ("Argentina and Chile accepted an offer by Pope Francis to mediate in their dispute.", dt.date(2016, 5, 2),
     ("AGREE", {"ARG", "CHL"}, {"VAT"})),
    # an office listed under Russia that ended with the Soviet Union was the Soviet Union's; one that ran on
    # past it, Russia's
    ("Mikhail Gorbachev criticised Latvia on Monday.", dt.date(1991, 9, 10), ("ACCUSE", {"SUN"}, {"LVA"})),
    ("Boris Yeltsin criticised Latvia on Monday.", dt.date(1991, 9, 10), ("ACCUSE", {"RUS"}, {"LVA"})),
    # what a state's opposition asks of no one named it asks of its own state
    ("ISLAMABAD - Pakistan's opposition demanded an independent inquiry into the killings on Monday.",
     dt.date(2021, 9, 6), ("REQUEST", {"PAK"}, {"PAK"})),
    ("Pakistani opposition leaders called for calm on Monday.", dt.date(2021, 9, 6), ("REQUEST", {"PAK"}, {"PAK"})),
], ids=["treaty-terms", "strikes-inside", "misread-light-verb", "court-senegal", "court-romania", "own-envoy",
        "decision-revoked", "decision-reversed", "ultimatum-time", "impeach-korea", "impeach-peru", "envoy-proposal",
        "intervention", "destroyed-by-force", "embassy-a-place", "march-past-embassy", "reason-cited",
        "surname-alone", "king-hassan", "held-responsible", "pope-john-paul", "pope-francis", "soviet-office",
        "russian-office", "opposition-demand", "opposition-appeal"])
def test_the_one_event_of_a_sentence(events_in, text, date, dyad):
    _assert_dyad(events_in(text, date=date), dyad, only=True)


@pytest.mark.parametrize("sides", ["both sides", "all sides"])
def test_both_sides_are_the_two_facing_each_other_not_two_acting_side_by_side(events_in, sides):
    events = events_in("TALLINN - Russia accused Estonia on Wednesday of desecrating a Soviet war memorial.\n\n"
                       + "Latvia and Lithuania expressed support for Tallinn, and Finnish Foreign Minister Ilkka Kanerva "
                       + f"urged {sides} to settle the dispute through dialogue.", date=dt.date(2007, 5, 3))
    _assert_dyad(events, ("REQUEST", {"FIN"}, {"RUS", "EST"}))
    assert not [e for e in events if e.plover == "REQUEST" and {a.code for a in e.target} & {"LVA", "LTU"}], events


def test_troops_taking_part_in_joint_exercises_are_those_exercises_not_a_show_of_force(events_in):
    events = events_in("India and France began their largest joint military exercises in years on Monday, with more "
                       + "than 5,000 troops taking part in drills off the coast of Goa.", date=dt.date(2023, 6, 5))
    _assert_dyad(events, ("COOPERATE", {"IND", "FRA"}, {"IND", "FRA"}))
    assert "MOBILIZE" not in {e.plover for e in events}, events


def test_a_denial_in_a_relative_clause_answers_the_statement_it_hangs_in(events_in):
    events = events_in("The United States has accused Iran of supplying drones and ballistic missiles to Moscow for use "
                       + "in Ukraine, which Tehran denies.", date=dt.date(2023, 3, 1))
    _assert_dyad(events, ("REJECT", {"IRN"}, {"USA"}))
    assert not [e for e in events if e.plover == "REJECT" and "UKR" in {a.code for a in e.target}], events


def test_a_capital_naming_where_an_accord_was_signed_is_no_party(events_in):
    events = events_in("MAPUTO, Oct 22 - Mozambican troops overran the mountain base of opposition leader Afonso "
                       + "Dhlakama on Monday.\n\n\"Dhlakama is alive, but the government wanted to kill him,\" Renamo "
                       + "spokesman Fernando Mazanga told reporters in Maputo on Monday. \"This action puts an end to "
                       + "the Rome accord. Peace is finished.\"\n\nDefence Minister Filipe Nyusi on Monday night "
                       + "accused gunmen based at Satunjira of repeatedly firing on soldiers.", date=dt.date(2013, 10, 22))
    assert not [e for e in events if "ITA" in {a.code for a in (*e.source, *e.target)}], events
    _assert_dyad(events, ("ACCUSE", {"MOZ"}, {"MOZ"}))


def test_rebels_with_no_name_of_their_own_are_the_armed_group_named_last(events_in):
    events = events_in("Saudi jets pounded positions of Houthi rebels on Monday.\n\nThe rebels killed a Saudi border "
                       + "guard on Tuesday.", date=dt.date(2009, 11, 10))
    _assert_dyad(events, ("ASSAULT", {"YEM"}, {"SAU"}))
    assert not [e for e in events if {a.code for a in e.source} == {"SAU"} and {a.code for a in e.target} == {"SAU"}], events


def test_a_bare_participle_happened_when_the_clause_it_hangs_on_did(events_in):
    events = events_in("Relations were last strained in October 1999, after Burmese gunmen seized Myanmar's embassy in "
                       + "Bangkok. "
                       + "Yangon then closed its border crossings with Thailand, accusing Bangkok of letting the gunmen "
                       + "go.", date=dt.date(2001, 2, 12))
    accusation = next(e for e in events if e.plover == "ACCUSE")
    assert _codes(accusation.source) == {"MMR"} and _codes(accusation.target) == {"THA"}, events
    assert accusation.time is not None and accusation.time.value == "1999-10", accusation.time


def test_aid_cut_with_no_recipient_named_is_cut_from_the_state_the_story_is_about(events_in):
    events = events_in("LUSAKA - Zambia's parliament amended the constitution in May.\n\nBritain, the country's largest "
                       + "donor, suspended part of its aid after the amendment.", date=dt.date(1997, 12, 26))
    _assert_dyad(events, ("SANCTION", {"GBR"}, {"ZMB"}))


def test_the_troops_taken_up_again_as_the_ones_acting_are_those_the_story_named(events_in):
    events = events_in("LIBREVILLE - French paratroopers put down an army revolt in Gabon on Wednesday. The troops "
                       + "stormed the rebel-held Baraka camp outside the capital at dawn.", date=dt.date(1964, 2, 20))
    _assert_dyad(events, ("ASSAULT", {"FRA"}, {"GAB"}))
    assert not [e for e in events if e.plover == "ASSAULT" and _codes(e.source) == {"GAB"}], events


def test_foreign_force_at_a_place_of_no_state_named_hits_the_state_the_story_is_about(events_in):
    events = events_in("LEOPOLDVILLE - Prime Minister Patrice Lumumba asked the United Nations on Wednesday for help "
                       + "against Belgian paratroopers, who shelled the port of Matadi on Monday.",
                       date=dt.date(1960, 7, 13))
    _assert_dyad(events, ("ASSAULT", {"BEL"}, {"COD"}))


def test_an_act_named_as_the_reason_for_another_is_not_coded(events_in):
    events = events_in("Georgia severed diplomatic relations with Russia on Friday, its deputy foreign minister said, "
                       + "in protest at Moscow's recognition of South Ossetia and Abkhazia as independent states.",
                       date=dt.date(2008, 8, 29))
    _assert_dyad(events, ("SANCTION", {"GEO"}, {"RUS"}))
    assert "SUPPORT" not in {e.plover for e in events}, events


@pytest.mark.parametrize(("text", "cls", "source", "target"), [
    ("Kenyan opposition lawmakers walked out of parliament on Thursday.", "StrikeOrBoycott", "KEN", "KEN"),
    ("North Korea walked away from the talks with South Korea on Monday.", "HaltNegotiations", "PRK", "KOR"),
    ("Palestinian negotiators walked out of the talks with Israel on Monday.", "HaltNegotiations", "PSE", "ISR"),
])
def test_walking_out_of_what_one_leaves(events_in, text, cls, source, target):
    events = events_in(text)
    assert [(e.type, _codes(e.source), _codes(e.target)) for e in events] == [(cls, {source}, {target})], events


def test_walking_into_a_building_is_no_walk_out(events_in):
    assert not events_in("Masked soldiers walked into Fiji's parliament on Thursday.", date=dt.date(1987, 5, 14))


def test_a_plural_possessive_the_one_state_acting_cannot_own_is_the_parties_just_named(events_in):
    events = events_in("Venezuela ordered diplomats from Argentina and Chile to leave the country on Monday, after their "
                       + "governments refused to recognise President Nicolas Maduro's re-election.",
                       date=dt.date(2024, 7, 30))
    _assert_dyad(events, ("REJECT", {"ARG", "CHL"}, {"VEN"}))
    assert not [e for e in events if e.plover == "REJECT" and _codes(e.source) == {"VEN"}], events


@pytest.mark.parametrize("text", [
    "TUNIS - Police raided the home of opposition leader Rached Ghannouchi on Monday night and took him away for "
    + "questioning, a party official said.",
    "GDANSK - General Wojciech Jaruzelski's military council interned the leaders of the Solidarity union.",
])
def test_taken_away_for_questioning_or_interned_is_held(events_in, text):
    events = events_in(text, date=dt.date(1981, 12, 14))
    assert "COERCE" in {e.plover for e in events}, events


def test_troops_sent_to_defend_a_state_are_military_aid_to_it(events_in):
    events = events_in("KUWAIT - British troops and warships began arriving in Kuwait on Saturday to defend the sheikhdom "
                       + "against Iraq.", date=dt.date(1961, 7, 1))
    _assert_dyad(events, ("AID", {"GBR"}, {"KWT"}))
    assert not [e for e in events if e.plover == "MOBILIZE" and _codes(e.source) == {"GBR"}], events


@pytest.mark.parametrize("text", [
    "KUWAIT - Iraq has moved armoured units toward the frontier.",
    "KUWAIT - Iraq has massed some 100,000 troops along the border, diplomats said on Monday.",
])
def test_forces_massed_on_a_border_no_one_is_named_for_face_the_other_state(events_in, text):
    _assert_dyad(events_in(text, date=dt.date(1990, 7, 20)), ("MOBILIZE", {"IRQ"}, {"KWT"}))
