"""The ``kg_event_matcher`` component: candidate events in each sentence, matched then framed.

Stage three of the pipeline, in the extractor wing (``kg/extract``). This module runs the
two that stand side by side below it: :mod:`~kg.extraction.match` finds the events the action
lexicon (``kg/data/event_patterns.json``) names, with their source and target noun phrases;
:mod:`~kg.extraction.framing` then sets their negation and modality, adds the events framing
words report on their own, and codes the verbs that wrap them (intent, threat, refusal,
demand, speech; ``kg/data/event_frames.json``). The frames are stored in
``doc._.kg_frames``; :mod:`~kg.extraction.assemble` resolves them into events.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction.framing import apply_framing, framing_frames, mark_mood
from kg.extraction.lexicon import LexEntry, Lexicon, load_lexicon
from kg.extraction.match import candidate_frames
from kg.extraction.parse import (
    children,
    in_actor_span,
    lemma,
    object_of,
    purpose_clauses,
    reduced_passive,
    subject_of,
)
from kg.extraction.records import Frame
from kg.extraction.tree import kids, tokens_of
from kg.extraction.verbs import load_verb_dictionary
from kg.extraction.words import load_words

# types of act whose purpose clause says whom they are aimed at, when they name no one
_AIMED_BY_PURPOSE = frozenset({"MOBILIZE", "AID", "ASSAULT", "COERCE"})
# types of act that use force on someone
_FORCE = frozenset({"ASSAULT", "COERCE"})
# what the purpose clause of a helping deployment says: the help itself, not more events
_HELP_CONTENT = frozenset({"AID", "SUPPORT", "COOPERATE", "CONSULT", "AGREE"})

if not Doc.has_extension("kg_frames"):
    Doc.set_extension("kg_frames", default=None)


def find_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """Every candidate event in a Doc, with framing (intent, threat, demand, speech) applied."""
    # "the zones it controls", "the region, which Hamas rules": a relative clause in the simple
    # present says what holds, not what took place
    frames = [f for f in candidate_frames(doc, lex) if f.kind != "verb" or not _describes(doc[f.trigger])]
    frames += _declared_unwelcome(doc, lex, frames)
    for frame in frames:
        mark_mood(doc, frame, lex)
    framed = framing_frames(doc, lex, {f.trigger for f in frames})
    # a verb that says what something is ("called the talks useful") is that judgement only
    judging = {f.head_clause for f in framed if f.head_clause is not None}
    frames = [f for f in frames if f.kind != "verb" or f.trigger not in judging] + framed
    for frame in frames:
        apply_framing(doc, frame, lex)
    frames = _without_told_objects(doc, _told_to_leave(doc, frames, lex), lex)
    _prompted(doc, frames, lex)
    _addressed(doc, frames)
    frames = _without_charged_means(doc, frames, lex)
    frames = _without_results(doc, frames)
    frames = _without_act_purposes(doc, frames, lex)
    frames = _without_protest_manner(doc, frames, lex)
    frames = _without_foreseen(doc, _without_anonymity(doc, frames))
    frames = _without_trade_figures(doc, frames, lex)
    frames = _without_described_support(doc, frames, lex)
    _aid_aims(doc, frames, lex)
    frames = _revoked_decisions(doc, frames, lex)
    _answered_statements(doc, frames, lex)
    return _helping_deployments(doc, _without_protest_purposes(doc, frames, lex), lex)


# PLOVER types of what is said to someone, which a call or meeting made to say it does say
_SAID_IN_CONTACT = frozenset({"SUPPORT", "ACCUSE", "REQUEST"})


def _without_act_purposes(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """Drop what an act is done for: "signed a peace agreement to end the civil war", "opened
    fire to disperse demonstrators". The purpose is the act's aim, not a second act; but what a
    vote or decision is for is what it decides ("voted to impose sanctions")."""
    deciding = load_words().decision_verbs
    acts = {f.trigger: f for f in frames if f.kind == "verb" and f.frame is None and lemma(doc[f.trigger]) not in deciding}
    # "used tear gas to disperse demonstrators": force is used for a purpose, not agreed to one
    purposes = {c.i: act for t, act in acts.items() for c in purpose_clauses(doc[t])
                if c.dep_ == "advcl" or lex.info(act.cls)["plover"] in _FORCE}
    kept = []
    for frame in frames:
        act = purposes.get(frame.trigger)
        if act is None or frame.frame is not None:
            kept.append(frame)
        elif lex.info(act.cls)["plover"] == "CONSULT" and lex.info(frame.cls)["plover"] in _SAID_IN_CONTACT:
            # "telephoned Snegur to congratulate him": what a call is made to say is said in it
            kept.append(frame)
        elif not act.targets and lex.info(act.cls)["plover"] in _AIMED_BY_PURPOSE:
            # "sent soldiers to reinforce its border with Belarus": the aim says where forces
            # go; "used water cannon to disperse protesters", whom force was used on
            act.targets = list(frame.targets)
    for trigger, act in acts.items():
        if not act.targets and lex.info(act.cls)["plover"] in _FORCE:
            # "used water cannon and tear gas to disperse thousands of people": force is used
            # on whom its aim acts on, though the aim ("disperse") is no coded act of its own
            act.targets = [o.i for c in purpose_clauses(doc[trigger]) for o in kids(c) if o.dep_ == "dobj"]
    return kept


def _declared_unwelcome(doc: Doc, lex: Lexicon, frames: list[Frame]) -> list[Frame]:
    """"declared two Russian diplomats persona non grata": those declared unwelcome are
    expelled. The parser reads the phrase in many ways (as a clause with the diplomats for its
    subject, as the verb's object); the one declared is the passive subject, else the head of
    the words between the verb and the phrase. A clause the parser hangs on the phrase is the
    declarer's (", accusing them of meddling")."""
    text = doc.text.lower()
    phrases = [p for p in load_words().unwelcome_phrases if p in text]  # (most texts have none)
    if not phrases:
        return []
    lowers = [t.lower_ for t in tokens_of(doc)]
    taken = {f.trigger for f in frames}
    found: list[Frame] = []
    for phrase in phrases:
        words = phrase.split()
        for start in (i for i, low in enumerate(lowers) if low == words[0] and lowers[i : i + len(words)] == words):
            end = start + len(words)
            verb = next((a for a in doc[start].ancestors if a.pos_ == "VERB" and not start <= a.i < end), None)
            if verb is None or verb.i in taken or verb.i > start:
                continue
            declared = children(verb, "nsubjpass") or [
                t for t in doc[verb.i + 1 : start] if t.pos_ in {"NOUN", "PROPN", "PRON"} and not verb.i < t.head.i < start]
            if not declared:
                continue
            # ("were declared persona non grata by Estonia": the phrase may take the agent)
            sources = [t.i for t in subject_of(verb)] or [
                p.i for t in doc[start:end] for prep in kids(t) if prep.lower_ == "by" for p in children(prep, "pobj")]
            found.append(Frame(cls=lex.frames["expulsion_class"], trigger=verb.i, kind="verb", specific=True,
                               sources=sources, targets=[declared[-1].i]))
            taken.add(verb.i)
            for frame in frames:
                if doc[frame.trigger].head.i in range(start, end) and doc[frame.trigger].dep_ in {"advcl", "conj"}:
                    frame.sources = list(sources)
    return found


# types of act that back someone: said of a noun, or given as the reason for another act, they
# describe a standing tie rather than report an act
_BACKING = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _without_described_support(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """"Soviet paratroopers backed by tanks", "a bill backed by the ruling party": backing told
    of as what describes a noun is no act; nor is backing given as the grievance another act
    answers ("severed ties with Qatar over Doha's alleged support for terrorism"). Such a
    frame is kept as "described": its actors are still read, so that "the coalition" later in
    the story is the "Saudi-led coalition" that backed someone, but it codes no event."""
    acts = {f.trigger for f in frames if f.kind == "verb"}
    reasons = load_words().reason_preps

    def described(frame: Frame) -> bool:
        if lex.info(frame.cls)["plover"] not in _BACKING or frame.frame is not None:
            return False
        word = doc[frame.trigger]
        if frame.kind == "verb":
            return reduced_passive(word)
        return word.dep_ == "pobj" and word.head.lower_ in reasons and word.head.head.i in acts
    for frame in frames:
        if described(frame):
            frame.frame = "described"
    return frames


def _without_trade_figures(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """"Georgia sold $150 million worth of goods to Russia last year", "Colombia sells Ecuador
    more than $1 billion of goods annually": a sum of trade is a statistic, not an act of
    economic cooperation (what is promised, "agreed to buy $200 billion of goods", stays)."""
    def figure(frame: Frame) -> bool:
        if frame.kind != "verb" or frame.frame is not None or not lex.info(frame.cls)["cameo"].startswith("061"):
            return False
        obj = object_of(doc[frame.trigger])
        return obj is not None and any(t.ent_type_ == "MONEY" or t.lower_ == "worth" for t in obj.subtree)
    return [f for f in frames if not figure(f)]


def _without_anonymity(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """"a diplomat, who asked not to be named", "declined to be identified": how a source is
    cited, not a request or a refusal."""
    def citing(token: Token) -> bool:
        return any(c.dep_ == "xcomp" and lemma(c) in load_words().citing_verbs
                   and any(a.dep_ == "auxpass" for a in kids(c)) for c in kids(token))
    return [f for f in frames if f.kind != "verb" or not citing(doc[f.trigger])]


def _without_foreseen(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """"Diplomats expected Washington to keep pressing Baghdad": what someone foresees another
    doing is neither done nor promised (one's own expectation, "Iran expects to sign", is an intent)."""
    foresee = load_words().forecast_verbs

    def foreseen(token: Token) -> bool:
        clause = token
        for _ in range(3):
            if clause.dep_ not in {"xcomp", "ccomp"}:
                return False
            head = clause.head
            if lemma(head) in foresee:
                own = children(clause, "nsubj")
                return bool(children(head, "dobj")) or (bool(own) and own[0].lower_ not in load_words().relative_pronouns)
            clause = head
        return False
    return [f for f in frames if f.kind != "verb" or not foreseen(doc[f.trigger])]


def _without_protest_manner(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """"suspended all but humanitarian aid to Peru in protest at the coup": a protest named as
    the way another coded act was done is that act, not one more ("thousands blocked the
    airport in protest", where the blocking is not coded, stays a protest)."""
    acts = {f.trigger for f in frames if f.kind == "verb"}

    def manner(frame: Frame) -> bool:
        noun = doc[frame.trigger]
        return frame.kind == "noun" and lex.info(frame.cls)["plover"] == "PROTEST" and noun.dep_ == "pobj" \
            and noun.head.lower_ == "in" and noun.head.head.i in acts \
            and not any(c.dep_ in {"det", "poss", "amod"} for c in kids(noun)) and not _crowd_acts(noun.head.head)
    return [f for f in frames if not manner(f)]


def _crowd_acts(verb: Token) -> bool:
    """Whether a verb's doers are an unnamed crowd ("thousands of separatists", "protesters")."""
    crowds = load_words().crowds
    return any(lemma(s) in crowds or any(lemma(p) in crowds or p.tag_ == "NNS" for prep in kids(s) if prep.lower_ == "of"
                                         for p in kids(prep) if p.dep_ == "pobj")
               for s in subject_of(verb))


def _without_results(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """"signed a peace accord on Monday, ending more than half a century of war": a participle
    after a comma that says what an act brought about is that act's result, not an act of its own."""
    acts = {f.trigger for f in frames if f.kind == "verb"}
    results = load_words().result_participles
    return [f for f in frames if not (
        f.kind == "verb" and doc[f.trigger].dep_ == "advcl" and doc[f.trigger].tag_ == "VBG"
        and lemma(doc[f.trigger]) in results and doc[f.trigger].head.i in acts
        and doc[f.trigger].left_edge.i > 0 and doc[doc[f.trigger].left_edge.i - 1].text == ",")]


def _without_charged_means(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """"accused the rebels of betraying the country by hijacking an airliner", parsed with the
    "by" phrase on "accused": how the charged act was done is part of the charge, not an act of
    the accuser's."""
    charged: set[int] = set()
    for frame in frames:
        verb = doc[frame.trigger]
        if frame.kind != "verb" or lex.info(frame.cls)["plover"] != "ACCUSE":
            continue
        held = [verb, *(o for o in kids(verb) if o.dep_ == "dobj")]
        if not any(p.dep_ == "prep" and p.lower_ in {"of", "for"} for h in held for p in kids(h)):
            continue
        for prep in kids(verb):
            if prep.dep_ == "prep" and prep.lower_ == "by":
                charged |= {t.i for c in children(prep, "pcomp") for t in c.subtree}
    return [f for f in frames if f.trigger not in charged]


def _aid_aims(doc: Doc, frames: list[Frame], lex: Lexicon) -> None:
    """Aid given or pledged "to help rebuild Afghanistan", "to support Ukraine" goes to the
    party its purpose clause acts on, when the act names no one of its own."""
    for frame in frames:
        info = lex.info(frame.cls)
        if frame.kind != "verb" or frame.targets or not (info["plover"] == "AID" or info["cameo"].startswith("033")):
            continue
        clauses = purpose_clauses(doc[frame.trigger])
        while clauses:
            clause = clauses.pop(0)
            objects = [o for o in kids(clause) if o.dep_ in {"dobj", "dative"} and in_actor_span(o)]
            if objects:
                frame.targets = [o.i for o in objects]
                break
            clauses += [c for c in children(clause, "xcomp") if c.pos_ == "VERB"]


def _revoked_decisions(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """"Serbia revoked its decision to expel Montenegro's ambassador": a decision given up is
    aimed at whom its act was, and that act, never done, is no event of its own."""
    by_trigger = {f.trigger: f for f in frames}
    dropped: set[int] = set()
    for frame in frames:
        verb = doc[frame.trigger]
        if frame.kind != "verb" or frame.targets or lex.info(frame.cls)["plover"] != "CONCEDE":
            continue
        obj = object_of(verb)
        acts = [by_trigger[c.i] for c in (kids(obj) if obj is not None else ()) if c.dep_ == "acl" and c.i in by_trigger
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) and not by_trigger[c.i].sources]
        for act in acts:
            frame.targets += act.targets
            frame.owner_targets += act.owner_targets
            dropped.add(act.trigger)
    return [f for f in frames if f.trigger not in dropped]


def _answered_statements(doc: Doc, frames: list[Frame], lex: Lexicon) -> None:
    """"accused Iran of supplying drones to Moscow for use in Ukraine, which Tehran denies",
    "issued 13 demands, including the closure of Al Jazeera, which Qatar rejected": what a
    denial or refusal told in a relative clause answers is the statement of the clause it
    hangs in, so it is aimed at whoever made that statement, not at the noun it follows."""
    relatives = load_words().relative_pronouns
    for frame in frames:
        verb = doc[frame.trigger]
        if frame.kind != "verb" or verb.dep_ != "relcl" or lex.info(frame.cls)["plover"] != "REJECT" \
                or not any(c.dep_ == "dobj" and c.lower_ in relatives for c in kids(verb)):
            continue
        said = [f for f in frames if f is not frame and f.sources
                and verb.head.i in {t.i for t in doc[f.trigger].subtree} and f.trigger != verb.head.i]
        if said:
            frame.targets = list(max(said, key=lambda f: f.trigger).sources)
            frame.owner_targets = []


def _addressed(doc: Doc, frames: list[Frame]) -> None:
    """"Nepal handed India a diplomatic note protesting against the road": what a message says
    is said to the one it was given to, when it names no one of its own."""
    messages = load_words().message_nouns
    for frame in frames:
        verb = doc[frame.trigger]
        if frame.kind != "verb" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            continue
        given = verb.head
        if any(lemma(o) in messages for o in kids(given) if o.dep_ == "dobj"):
            frame.owner_targets += [d.i for d in kids(given) if d.dep_ == "dative" and d.pos_ != "ADP"]
            frame.owner_targets += [p.i for prep in kids(given) if prep.dep_ in {"dative", "prep"} and prep.lower_ == "to"
                                    for p in kids(prep) if p.dep_ == "pobj"]


def _prompted(doc: Doc, frames: list[Frame], lex: Lexicon) -> None:
    """"Russia fired missiles at Ukraine, prompting Poland to scramble jets": an act another
    brought about answers its doer, when it names no one of its own, or only the act itself
    ("prompting Prime Minister Abe to condemn the launch")."""
    words = load_words()
    acts = lex.word_set("event_nouns")

    def names_act(token: Token) -> bool:
        return token.pos_ == "NOUN" and (lemma(token) in lex.by_noun or lemma(token) in acts)
    for frame in frames:
        verb = doc[frame.trigger]
        prompt = verb.head
        if frame.kind != "verb" or not all(names_act(doc[t]) for t in frame.targets) or verb.dep_ != "xcomp" \
                or lemma(prompt) not in words.prompting_verbs or prompt.dep_ != "advcl" or prompt.tag_ != "VBG":
            continue
        frame.owner_targets += [s.i for s in subject_of(prompt.head)]


def _told_to_leave(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """Envoys, monitors or agencies told to go are expelled: "gave France's ambassador 72 hours
    to leave the country" is no ultimatum, and "ordered the head of the EU observer mission to
    leave", "ordered ten aid agencies out of Darfur" or "ordered Russia to cut its embassy staff
    to 25" no mere demand."""
    expel = lex.frames["expulsion_class"]
    words = load_words()
    envoys = next(e.objects for e in lex.entries if e.cls == expel)
    present = envoys | words.presence_nouns
    done: set[int] = set()

    def names(token: Token, nouns: frozenset[str]) -> bool:
        # ("gave French Ambassador Sylvain Itte 48 hours": the title says who is given it)
        return any(lemma(t) in nouns for t in token.subtree if t.pos_ in {"NOUN", "PROPN"})

    for frame in frames:
        plover = lex.info(frame.cls)["plover"]
        verb = doc[frame.trigger]
        if frame.kind != "verb" or not (plover == "THREATEN" or (
                plover == "REQUEST" and lemma(verb) in words.command_verbs)):
            continue
        told = [t for t in (verb.subtree if plover == "THREATEN" else kids(verb)) if t.dep_ in {"dative", "dobj"}]
        # ("to leave" may hang anywhere under the verb: "Pierre Schori, to leave the country")
        goes = [t for t in verb.subtree if t.pos_ == "VERB" and lemma(t) in words.departure_verbs
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(t))]
        goes += [c for c in kids(verb) if c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"}]
        # "ordered Russia to cut its embassy staff": fewer envoys is envoys sent away
        cuts = [c for c in children(verb, "xcomp") if lemma(c) in words.reduction_verbs
                and any(names(o, envoys) for o in kids(c) if o.dep_ == "dobj")]
        if goes and any(names(t, present) for t in told):
            frame.cls = expel
        elif cuts and told and plover == "REQUEST":
            frame.cls = expel
            done |= {c.i for c in cuts}  # (the cut is the expulsion, no act demanded of its own)
    return [f for f in frames if f.trigger not in done]


def _without_told_objects(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """A verb of demand whose infinitive is itself an act demanded (or a light verb of one)
    codes that demand only: "ordered French troops to leave" demands a withdrawal and deploys
    no troops, though the dictionaries code "order" with a security force as its object as a
    show of force. ("Ordered the army to launch an offensive": the light verb of a noun's act.)"""
    acts = [doc[f.trigger if f.kind == "verb" or f.head_clause is None else f.head_clause] for f in frames
            if f.frame == "demand" and (f.kind == "verb" or f.head_clause is not None)]
    demanded = {act.head.i for act in acts if act.dep_ == "xcomp"}
    return [f for f in frames if f.kind != "verb" or f.frame is not None or f.trigger not in demanded
            or lemma(doc[f.trigger]) not in lex.word_set("demand")]


def _describes(verb: Token) -> bool:
    """A verb in a relative clause in the simple present, with no auxiliary, that says what
    holds: a verb of holding, or any verb telling the terms of a treaty or charter ("the
    Svalbard Treaty, which gives Norway sovereignty ... but grants citizens ...")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if clause.dep_ != "relcl" or verb.tag_ not in {"VBZ", "VBP"} or any(
            c.dep_ in {"aux", "auxpass", "neg"} for c in kids(verb)):
        return False
    words = load_words()
    return lemma(verb) in words.standing_verbs or lemma(clause.head) in words.provision_nouns


def _helping_deployments(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """Forces sent or arriving to help those they go to, or at their request, give military
    assistance: "soldiers arrived in Tonga to help restore order", "a force sent by the CSTO to
    help Tokayev restore order", "sent troops at the request of Prime Minister Sogavare". The
    deployment is coded as that assistance, aimed where the forces go (else at whom they help
    or who asked), and the acts in its purpose clause are its content, not more events."""
    words = load_words()
    kept: list[Frame] = []
    content: set[int] = set()
    for frame in frames:
        if frame.kind != "verb" or lex.info(frame.cls)["plover"] != "MOBILIZE":
            continue
        verb = doc[frame.trigger]
        # ("landed ..., the first contingent of a mission to help the police": the purpose of
        # what the forces are)
        purposes = purpose_clauses(verb) + [t for o in kids(verb) if o.dep_ == "dobj" for t in o.subtree
                                            if t.dep_ in {"acl", "relcl"} and t.pos_ == "VERB"
                                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(t))]
        # ("to lead a U.N.-backed multinational security mission": a force many field)
        # ("to secure the airport and help government forces": a help among purposes joined)
        clauses = [c for c in purposes if any(lemma(v) in words.assist_verbs for v in (c, *c.conjuncts))
                   or _keeps_peace(c) or any(_joint_force(o) for o in kids(c) if o.dep_ == "dobj")]
        # "sent its army to their aid", "to the assistance of the rebels": where they go is help
        aid = [prep for prep in kids(verb) if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
               and any(p.dep_ == "pobj" and lemma(p) in words.help_nouns for p in kids(prep))]
        clauses += aid
        # "would send up to six battalions to the peacekeeping force": where they go says it
        clauses += [prep for head in (verb, *(o for o in kids(verb) if o.dep_ == "dobj")) for prep in kids(head)
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "into"} and _keeps_peace(prep)]
        clauses += _joint_force_parts(verb)
        # "sent police and troops ... at the request of Prime Minister Sogavare"
        asked = [p for prep in kids(verb) if prep.dep_ == "prep" and prep.lower_ == "at"
                 for p in kids(prep) if p.dep_ == "pobj" and lemma(p) in words.invitation_nouns]
        # "arrived ... after Prime Minister Sogavare asked Canberra for help": whoever asked
        # ("began arriving ... after", the clause hung on "began"; "has begun deploying ...,
        # the government said on Friday, after Maputo asked Kigali for help", on the saying)
        governing = [verb]
        while governing[-1].dep_ in {"xcomp", "ccomp"} and governing[-1].head.i != governing[-1].i:
            governing.append(governing[-1].head)
        asked_for = [c for head in governing for c in children(head, "advcl")
                     if lemma(c) in lex.word_set("demand") and any(
            lemma(p) in words.help_nouns for prep in kids(c) if prep.dep_ == "prep" and prep.lower_ == "for"
            for p in kids(prep) if p.dep_ == "pobj")]
        if not clauses and not asked and not asked_for:
            continue
        inner = {t.i for clause in (purposes if asked else clauses) for t in clause.subtree}
        helped = [t for f in frames if f.trigger in inner and f.kind == "verb" for t in f.targets]
        askers = [o for p in asked for prep in kids(p) if prep.dep_ == "prep" and prep.lower_ == "of"
                  for o in kids(prep) if o.dep_ == "pobj"]
        # ("to their aid", "to the aid of the rebels": those helped)
        helped += [o.i for prep in aid for p in kids(prep) if p.dep_ == "pobj" for o in kids(p) if o.dep_ == "poss"]
        helped += [o.i for prep in aid for p in kids(prep) if p.dep_ == "pobj" for of in kids(p)
                   if of.dep_ == "prep" and of.lower_ == "of" for o in kids(of) if o.dep_ == "pobj"]
        frame.cls = lex.frames["assistance_class"]
        # "to bolster the peacekeeping force in Sierra Leone": else where the help is given
        places = [t.i for clause in clauses for t in clause.subtree
                  if t.dep_ == "pobj" and t.head.lower_ in {"in", "to"} and t.ent_type_ in {"GPE", "LOC"}]
        askers += [s for c in asked_for for s in children(c, "nsubj")]
        frame.targets = frame.targets or helped or [o.i for o in askers] or places
        if any(c.dep_ in {"prep", "dative"} for c in clauses):
            # "sent troops to the U.N. force in Lebanon": aimed where the force serves
            frame.targets = places + [t for t in frame.targets if t not in places]
        content |= inner
    for frame in frames:
        if frame.trigger in content and lex.info(frame.cls)["plover"] in _HELP_CONTENT:
            continue
        kept.append(frame)
    return kept


def _keeps_peace(clause: Token) -> bool:
    """Whether a purpose clause is about keeping the peace: "to lead a United Nations
    stabilisation force", "to bolster the ECOMOG peacekeeping force", "to join the blue helmets"
    (the dictionaries' peacekeeping words, and words.json ``peace_force_words``)."""
    words = _peace_words()
    for noun in (t for t in clause.subtree if t.dep_ in {"dobj", "pobj", "compound", "amod"}):
        phrase = " ".join(t.lower_ for t in noun.subtree if t.dep_ != "det")
        if lemma(noun) in words or noun.lower_ in words or phrase in words:
            return True
    return False


def _joint_force_parts(verb: Token) -> list[Token]:
    """The "as part of" phrases that put forces sent into a force many field: "as part of a
    multinational mission", "as part of an East African regional force", "as part of the Gulf
    Cooperation Council's Peninsula Shield force" (see :func:`_joint_force`), or a peacekeeping one."""
    words = load_words()
    found = []
    for head in (verb, *(o for o in kids(verb) if o.dep_ == "dobj")):
        for prep in kids(head):
            parts = [p for p in kids(prep) if prep.dep_ == "prep" and prep.lower_ == "as" and p.dep_ == "pobj"
                     and p.lower_ == "part"]
            forces = [f for p in parts for of in kids(p) if of.dep_ == "prep" and of.lower_ == "of"
                      for f in kids(of) if f.dep_ == "pobj" and lemma(f) in words.joint_force_nouns]
            if any(_joint_force(f) for f in forces) or any(_keeps_peace(p) for p in parts if forces):
                found.append(prep)
    return found


def _joint_force(noun: Token) -> bool:
    """Whether a noun names a force that many field: a force noun of words.json
    ``joint_force_nouns`` with a word of ``not_home`` or ``joint_modifiers`` or a named
    organisation in its phrase ("a multinational security mission", "an ECOWAS force")."""
    words = load_words()
    joint = words.not_home | words.joint_modifiers
    return lemma(noun) in words.joint_force_nouns and any(
        t.lower_ in joint or t.ent_type_ == "ORG" or t.pos_ == "PROPN" or (t.is_upper and len(t) > 1)
        for t in noun.subtree if t.i != noun.i)


@cache
def _peace_words() -> frozenset[str]:
    return load_verb_dictionary().synsets.get("pko", frozenset()) | load_words().peace_force_words


def _without_protest_purposes(doc: Doc, frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """Drop what a protest act says it is for: "went on strike to protest ...", "blocked roads
    demanding that he be reinstated", "staged rallies, saying he must resign". The purpose of a
    protest is part of that act (its target), not a second event; a deed in such a clause
    ("..., killing two policemen") still is one."""
    purposes: set[int] = set()
    for frame in frames:
        if lex.info(frame.cls)["plover"] != "PROTEST":
            continue
        anchor = doc[frame.trigger] if frame.kind == "verb" else (
            doc[frame.head_clause] if frame.head_clause is not None else None)
        if anchor is None:
            continue
        clauses = purpose_clauses(anchor) + [c for c in children(anchor, "advcl") if c.tag_ == "VBG"]
        for clause in clauses:
            purposes.update(t.i for t in clause.subtree)
    said = {"REQUEST", "ACCUSE", "PROTEST", "REJECT"}

    def charge(frame: Frame) -> bool:
        # "boycotted the vote, accusing the council of fraud": an accusation made in so many
        # words of someone named is one, whatever act it gives the reason for
        verb = doc[frame.trigger]
        return frame.kind == "verb" and frame.frame is None and lex.info(frame.cls)["plover"] == "ACCUSE" \
            and verb.dep_ == "advcl" and verb.tag_ == "VBG" and bool(children(verb, "dobj"))
    # ("saying he must resign" is framed as a demand only now, whatever its verb)
    return [f for f in frames if f.trigger not in purposes or charge(f)
            or (lex.info(f.cls)["plover"] not in said and f.frame not in {"demand", "obligation"})]


class EventMatcher:
    """Finds event frames in each sentence and stores them in ``doc._.kg_frames``."""

    def __init__(self, nlp: Language, name: str = "kg_event_matcher", *, data_dir: str | None = None) -> None:
        self.name = name
        self.data_dir = data_dir
        self.lexicon = load_lexicon(data_dir)

    def add_patterns(self, entries: list[dict[str, Any]]) -> None:
        """Add lexicon entries at run time (same form as in event_patterns.json)."""
        for raw in entries:
            entry = LexEntry(raw["class"], frozenset(raw.get("verbs", [])), frozenset(raw.get("nouns", [])),
                             frozenset(raw.get("objects", [])), tuple(raw.get("preps") or self.lexicon.default_preps),
                             bool(raw.get("intransitive")), frozenset())
            self.lexicon.info(entry.cls)
            self.lexicon.entries.append(entry)
            for verb in entry.verbs:
                self.lexicon.by_verb.setdefault(verb, []).append(entry)
            for noun in entry.nouns:
                self.lexicon.by_noun.setdefault(noun, []).append(entry)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_frames = find_frames(doc, self.lexicon)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "cfg.json").write_text(json.dumps({"data_dir": self.data_dir}))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EventMatcher:
        return self


@Language.factory("kg_event_matcher", default_config={"data_dir": None})
def make_event_matcher(nlp: Language, name: str, data_dir: str | None) -> EventMatcher:
    return EventMatcher(nlp, name, data_dir=data_dir)
