"""Event extraction on sentences written for these tests (table-driven), and on the seed."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.build import extract_articles
from kg.events import find_frames, load_lexicon


def _events(nlp, text: str, date: dt.date | None = dt.date(2015, 6, 10), title: str | None = None):
    from kg.articles import make_article

    article = make_article(id="t", body=text, title=title, date=date)
    [(_, events)] = list(extract_articles([article], nlp=nlp))
    return events


def _codes(actors) -> set[str]:
    return {a.code for a in actors}


CASES = [
    # (sentence, type, source codes, target codes, negated, modality)
    ("Russia expelled two Estonian diplomats on Monday.", "ExpelDiplomats", {"RUS"}, {"EST"}, False, "asserted"),
    ("Two Polish diplomats were expelled by Moscow.", "ExpelDiplomats", {"RUS"}, {"POL"}, False, "asserted"),
    ("Japan recalled its ambassador from Beijing.", "RecallRepresentative", {"JPN"}, {"CHN"}, False, "asserted"),
    ("The European Union imposed sanctions on Iran.", "ImposeSanctions", {"EU"}, {"IRN"}, False, "asserted"),
    ("Washington lifted sanctions against Cuba.", "LiftSanctions", {"USA"}, {"CUB"}, False, "asserted"),
    ("NATO suspended all practical cooperation with Russia.", "SuspendCooperation", {"NATO"}, {"RUS"}, False, "asserted"),
    ("France and Germany held talks with Ukraine in Berlin.", "Meet", {"FRA", "DEU"}, {"UKR"}, False, "asserted"),
    ("The Turkish foreign minister visited Iraq.", "Visit", {"TUR"}, {"IRQ"}, False, "asserted"),
    ("China accused the United States of hacking its networks.", "Accuse", {"CHN"}, {"USA"}, False, "asserted"),
    ("Israeli troops attacked Palestinian positions near Gaza.", "Attack", {"ISR"}, {"PSE"}, False, "asserted"),
    ("Germany will send humanitarian aid to Syria.", "PledgeAid", {"DEU"}, {"SYR"}, False, "intended"),
    ("Iran threatened to close its border with Iraq.", "ThreatenForce", {"IRN"}, {"IRQ"}, False, "asserted"),
    ("NATO does not pose a threat to Russia.", "Threaten", {"NATO"}, {"RUS"}, True, "asserted"),
    ("Serbia refused to extradite the suspects to Croatia.", "Reject", {"SRB"}, {"HRV"}, False, "asserted"),
    ("The United States demanded that North Korea abandon its missile tests.", "Demand", {"USA"}, {"PRK"}, False, "asserted"),
    ("India condemned Pakistan for the raid.", "Criticize", {"IND"}, {"PAK"}, False, "asserted"),
    ("Egypt and Israel signed a border agreement.", "SignAgreement", {"EGY", "ISR"}, set(), False, "asserted"),
    # framing: obligations in reported speech are demands of the one who must act
    ("Russia said on Tuesday that Sudan must return the captured helicopter.", "Demand", {"RUS"}, {"SDN"}, False, "asserted"),
    # a threat's condition names its target
    ("Turkey threatened to halt talks if Greece goes ahead with the drilling.", "ThreatenToBreakRelations", {"TUR"}, {"GRC"}, False, "asserted"),
    # refusing a cooperative act is a rejection, not a negated cooperation
    ("Chile will not accept Bolivia's proposal for talks.", "Reject", {"CHL"}, {"BOL"}, False, "asserted"),
    # evaluative speech: criticism of whoever owns the evaluated thing
    ("The United States said it was disappointed by Seoul's decision.", "Criticize", {"USA"}, {"KOR"}, False, "asserted"),
    ("Austria said the expulsion of its diplomats by Hungary was unacceptable.", "Criticize", {"AUT"}, {"HUN"}, False, "asserted"),
    # domestic protest is directed at the protesters' own state
    ("Thousands of Kenyan students marched in Nairobi on Friday.", "Demonstrate", {"KEN"}, {"KEN"}, False, "asserted"),
    # joint action with no other party: both sides are sources
    ("Czechia and Albania upgraded their diplomatic ties on Monday.", "RestoreRelations", {"CZE", "ALB"}, set(), False, "asserted"),
    # a treaty left is cooperation suspended
    ("Seoul decided to terminate its intelligence-sharing pact with Tokyo.", "SuspendCooperation", {"KOR"}, {"JPN"}, False, "asserted"),
    ("Ukraine filed a case against Russia at the international court.", "Sue", {"UKR"}, {"RUS"}, False, "asserted"),
]


@pytest.mark.parametrize(("text", "etype", "src", "tgt", "negated", "modality"), CASES)
def test_sentence_events(nlp, text, etype, src, tgt, negated, modality):
    events = _events(nlp, text)
    found = [(e.type, _codes(e.source), _codes(e.target), e.negated, e.modality) for e in events]
    assert (etype, src, tgt, negated, modality) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil beat Argentina 2-1 in Rio on Tuesday.",
        "The Prompt Global Strike concept was discussed.",
        "The company attacked the problem of rising costs.",
        "Analysts said the economy grew by three percent.",
        "The weather in Moscow was cold.",
    ],
)
def test_no_event_without_actors_or_action(nlp, text):
    assert _events(nlp, text) == []


def test_nominalisation_and_possessive_source(nlp):
    events = _events(nlp, "Japan's recall of its ambassador to China angered Beijing.")
    assert any(e.type == "RecallRepresentative" and _codes(e.source) == {"JPN"} and _codes(e.target) == {"CHN"}
               for e in events), events


def test_speaker_is_recorded_and_outlets_are_not_speakers(nlp):
    events = _events(nlp, "Russia will resume talks with Japan, Foreign Minister Sergei Lavrov said, as quoted by Reuters.")
    assert events, "expected an intent event"
    event = events[0]
    assert event.modality == "intended"
    assert event.speaker is not None and event.speaker.code == "RUS"
    assert event.speaker.label != "Reuters"


def test_pronoun_subject_resolves_to_earlier_actor(nlp):
    events = _events(nlp, "Syria rejected the proposal. It also accused Turkey of arming rebels.")
    assert any(e.type == "Accuse" and _codes(e.source) == {"SYR"} and _codes(e.target) == {"TUR"} for e in events)


def test_hypothetical_modality(nlp):
    events = _events(nlp, "Russia might attack Ukraine.")
    assert [(e.type, e.modality) for e in events] == [("Attack", "hypothetical")]


def test_headline_and_body_are_one_event_with_two_mentions(nlp):
    events = _events(nlp, "Japan recalled its ambassador to China on Monday.", title="Japan recalls ambassador to China")
    recalls = [e for e in events if e.type == "RecallRepresentative"]
    assert len(recalls) == 1 or {m.segment for e in recalls for m in e.mentions} == {"headline", "body"}


def test_frames_on_hand_built_doc(parsed_doc):
    frames = find_frames(parsed_doc, load_lexicon())
    assert [(f.cls, f.trigger, f.sources) for f in frames] == [("RecallRepresentative", 1, [0])]
    assert 5 in frames[0].targets


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


def test_clause_dates_bound_the_event(nlp):
    events = _events(nlp, "In March, Kenya expelled two Somali diplomats after Somalia recalled its ambassador from Nairobi.")
    recall = next(e for e in events if e.type == "RecallRepresentative")
    assert recall.time is not None and (recall.time.value, recall.time.precision) == ("2015-03", "month")


def test_present_tense_statement_takes_the_date_it_was_made(nlp):
    events = _events(nlp, "On Monday, the minister said France does not pose a threat to Algeria.")
    threat = next(e for e in events if e.plover == "THREATEN")
    assert threat.negated and threat.time is not None and threat.time.value == "2015-06-08"


def test_office_holder_without_country_serves_the_article_state(nlp):
    events = _events(nlp, "Angola's government faced protests. President Dos Santos conceded to demands from the opposition.")
    assert any(e.plover == "CONCEDE" and _codes(e.source) == {"AGO"} for e in events), events


def test_reaction_to_an_earlier_event_targets_who_did_it(nlp):
    events = _events(nlp, "Turkey shot down a Russian warplane near the border on Tuesday. "
                          "Moscow condemned the attack as a stab in the back.")
    assert any(e.type == "Criticize" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"TUR"} for e in events), events


def test_calling_a_measure_a_provocation_is_criticism(nlp):
    events = _events(nlp, "Britain expelled 23 Russian diplomats. Russia's foreign ministry called the measures a provocation.")
    assert any(e.plover == "ACCUSE" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"GBR"} for e in events), events


def test_retaliation_is_a_threat_against_whoever_acted(nlp):
    events = _events(nlp, "Britain expelled 23 Russian diplomats. Russia vowed to retaliate.")
    assert any(e.plover == "THREATEN" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"GBR"} for e in events), events


@pytest.mark.parametrize(("text", "etype"), [
    ("The Arab League called on Syria to halt the violence.", "Appeal"),
    ("Britain warned Iran of serious consequences.", "Threaten"),
])
def test_calls_and_warnings(nlp, text, etype):
    assert etype in {e.type for e in _events(nlp, text)}
