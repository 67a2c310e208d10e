"""Events matched and framed in sentences written for these tests (table-driven), and frames
found on a hand-built Doc: kg.extraction.match, kg.extraction.framing and the kg_event_matcher."""
from __future__ import annotations

import pytest

from kg.extraction import find_frames, load_lexicon


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
    ("Egypt and Israel signed a border agreement.", "SignAgreement", {"EGY", "ISR"}, {"EGY", "ISR"}, False, "asserted"),
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
    ("Czechia and Albania upgraded their diplomatic ties on Monday.", "RestoreRelations", {"CZE", "ALB"}, {"CZE", "ALB"}, False, "asserted"),
    # a treaty left is cooperation suspended
    ("Seoul decided to terminate its intelligence-sharing pact with Tokyo.", "SuspendCooperation", {"KOR"}, {"JPN"}, False, "asserted"),
    ("Ukraine filed a case against Russia at the international court.", "Sue", {"UKR"}, {"RUS"}, False, "asserted"),
    # a withdrawal, deployment or protest aimed at a place is aimed at the place's state
    ("Russian troops pulled out of the southern Ukrainian city of Kherson on Friday.", "Deescalate", {"RUS"},
     {"UKR"}, False, "asserted"),
    ("Hundreds of South Koreans rallied outside the Japanese embassy on Wednesday.", "Demonstrate", {"KOR"},
     {"JPN"}, False, "asserted"),
    # a joint act with no other party named is read pairwise; owners coordinated in an "of" phrase
    ("The foreign ministers of Turkey and Armenia met in Zurich on Saturday.", "Meet", {"TUR", "ARM"},
     {"TUR", "ARM"}, False, "asserted"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday.", "Attack", {"IND", "PAK"},
     {"IND", "PAK"}, False, "asserted"),
    # British spelling of a verb the dictionaries list as "terrorize"
    ("Militias terrorised Sudanese villagers in Darfur.", "UnconventionalViolence", {"SDN"}, {"SDN"}, False,
     "asserted"),
]


@pytest.mark.parametrize(("text", "etype", "src", "tgt", "negated", "modality"), CASES)
def test_sentence_events(events_in, text, etype, src, tgt, negated, modality):
    events = events_in(text)
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
def test_no_event_without_actors_or_action(events_in, text):
    assert events_in(text) == []


def test_nominalisation_and_possessive_source(events_in):
    events = events_in("Japan's recall of its ambassador to China angered Beijing.")
    assert any(e.type == "RecallRepresentative" and _codes(e.source) == {"JPN"} and _codes(e.target) == {"CHN"}
               for e in events), events


def test_hypothetical_modality(events_in):
    events = events_in("Russia might attack Ukraine.")
    assert [(e.type, e.modality) for e in events] == [("Attack", "hypothetical")]


def test_frames_on_hand_built_doc(parsed_doc):
    frames = find_frames(parsed_doc, load_lexicon())
    assert [(f.cls, f.trigger, f.sources) for f in frames] == [("RecallRepresentative", 1, [0])]
    assert 5 in frames[0].targets


def test_calling_a_measure_a_provocation_is_criticism(events_in):
    events = events_in("Britain expelled 23 Russian diplomats. Russia's foreign ministry called the measures a provocation.")
    assert any(e.plover == "ACCUSE" and _codes(e.source) == {"RUS"} and _codes(e.target) == {"GBR"} for e in events), events


@pytest.mark.parametrize(("text", "etype"), [
    ("The Arab League called on Syria to halt the violence.", "Appeal"),
    ("Britain warned Iran of serious consequences.", "Threaten"),
])
def test_calls_and_warnings(events_in, text, etype):
    assert etype in {e.type for e in events_in(text)}


@pytest.mark.parametrize("text", [
    "The diplomacy goes backwards, said a Western diplomat in Kinshasa, who asked not to be named.",
    "A senior official, who declined to be identified, said the talks had failed.",
])
def test_how_a_source_is_cited_is_no_request_or_refusal(nlp, text):
    frames = find_frames(nlp(text), load_lexicon())
    assert not [f for f in frames if load_lexicon().info(f.cls)["plover"] in {"REQUEST", "REJECT"}], frames


def test_protests_a_span_of_time_is_named_by_are_no_act_of_the_clause_subject(nlp):
    doc = nlp("Troops from Saudi Arabia entered the kingdom to guard government installations "
              "during weeks of Shi'ite-led protests.")
    frames = find_frames(doc, load_lexicon())
    protests = [f for f in frames if load_lexicon().info(f.cls)["plover"] == "PROTEST"]
    assert not [f for f in protests if any(doc[s].lower_ == "troops" for s in f.sources)], protests
