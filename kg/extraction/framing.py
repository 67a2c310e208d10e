"""How a candidate event is framed: negation, modality, and the verb that may wrap it.

Above :mod:`~kg.extraction.parse` and :mod:`~kg.extraction.lexicon` in the extractor wing, side by
side with :mod:`~kg.extraction.match` (neither imports the other); :mod:`~kg.extraction.frames`
runs this module on the frames match found. It sets a frame's negation ("does not pose",
"no talks") and modality ("will", "might", "is going to"); finds the framing verb or
adjective that governs it (intent, commitment, threat, refusal, demand;
``kg/data/event_frames.json``) and its reported speaker ("X said", "according to X"); and
finds the events that framing words report on their own: demands and obligations whose
content names no action of the lexicon, commitments, and evaluations ("called the move
regrettable").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extraction.lexicon import LexEntry, Lexicon
from kg.extraction.parse import (
    ACTORISH_ENTS,
    can_act,
    children,
    condition_subjects,
    conj_head,
    fell_short,
    governing,
    in_actor_span,
    is_light_verb,
    is_passive,
    lemma,
    marked,
    noun_governor,
    np_head,
    object_of,
    of_time,
    other_sense,
    prep_objects,
    promise_noun,
    subject_of,
    time_tokens,
)
from kg.extraction.polarity import leaning
from kg.extraction.records import Frame
from kg.extraction.tree import QUOTE_MARKS, kids, labelled_kids, tokens_of
from kg.extraction.words import load_words

# a promised reform that names no one it is for is aimed at home (the ``at_home`` flag)
_AT_HOME_REFORM = LexEntry("ExpressIntentToReform", frozenset(), frozenset(), frozenset(), (), False,
                           frozenset({"at_home"}))


# ---------------------------------------------------------------------------
# negation and modality



def negated(token: Token, lex: Lexicon) -> bool:
    """"does not pose", "never recognised", "imposed no sanctions", "no talks"."""
    negators = lex.word_set("negators")
    if any(dep == "neg" or (dep in {"advmod", "preconj"} and c.lower_ in negators) for dep, c in labelled_kids(token)):
        return True
    if fell_short(token):
        return True  # "stopped short of imposing sanctions"
    if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ == "VERB" \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in kids(token)) \
            and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in kids(token.head)) \
            and any(c.dep_ == "neg" for c in kids(token.head)):
        return True  # "did not threaten or use force": what "or" joins to a denied verb is denied too
    if token.pos_ in {"VERB", "AUX"} and any(
            c.lower_ in negators or any(d.dep_ == "det" and d.lower_ in negators for d in kids(c))
            for c in children(token, "nsubj", "nsubjpass")):
        return True  # "neither army has pulled back", "no country has recognised", "none of them"
    obj = object_of(token) if token.pos_ in {"VERB", "AUX"} else None
    noun = obj if obj is not None else (token if token.pos_ == "NOUN" else None)
    return noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun))


def modality(token: Token, lex: Lexicon) -> str:
    """``hypothetical`` ("might", "if"), ``intended`` ("will", "is going to") or ``asserted``."""
    intent_aux = lex.word_set("intent_aux")
    hypo_aux = lex.word_set("hypothetical_aux")
    marks = lex.word_set("hypothetical_marks")
    node: Token | None = token
    hops = 0
    while node is not None and hops < 3:
        aux = [c.lower_ for c in children(node, "aux", "auxpass")]
        if marked(node, marks):
            return "hypothetical"
        if any(a in hypo_aux for a in aux) and not any(a in lex.word_set("obligation_aux") for a in aux):
            return "hypothetical"
        if any(a in intent_aux for a in aux):
            return "intended"
        # "is going to re-establish", "plans to"
        if node.dep_ == "xcomp" and lemma(node.head) == "go" and node.head.tag_ == "VBG":
            return "intended"
        # "Russia to expel 10 U.S. diplomats": a headline's "to" with no verb before it announces
        if node.dep_ == "ROOT" and "to" in aux and any(c.dep_ == "nsubj" for c in kids(node)):
            return "intended"
        # "will travel to Damascus to meet Assad": a purpose clause is as certain as its act
        purpose = node.dep_ == "advcl" and "to" in aux
        if (node.dep_ in {"conj", "xcomp"} or purpose) and node.head.i != node.i:
            node = conj_head(node)
            hops += 1
            continue
        break
    return "asserted"


def mark_mood(doc: Doc, frame: Frame, lex: Lexicon) -> None:
    """Set a matched frame's negation and modality from its trigger (a verb, or a noun's governor)."""
    trigger = doc[frame.trigger]
    if frame.kind == "noun":
        _mark_noun(frame, trigger, lex)
    else:
        _mark_verb(frame, trigger, lex)


def _mark_verb(frame: Frame, verb: Token, lex: Lexicon) -> None:
    frame.negated = negated(verb, lex) or denied(verb)
    frame.modality = modality(verb, lex)
    # "threatened to stop talks if ...", "will retaliate unless ...": the one the condition is on
    if frame.modality == "intended" or any(
            m.lower_ == "unless" for c in children(verb, "advcl") for m in kids(c) if m.dep_ == "mark"):
        frame.targets += condition_subjects(verb)


def _mark_noun(frame: Frame, noun: Token, lex: Lexicon) -> None:
    governor = noun_governor(noun)
    if governor is None and frame.head_clause is not None:
        governor = noun.doc[frame.head_clause]  # "talks between ... did not begin"
    frame.negated = negated(noun, lex) or (governor is not None and (negated(governor, lex) or denied(governor)))
    anchor = governor if governor is not None else noun
    frame.modality = modality(anchor, lex) if anchor.pos_ in {"VERB", "AUX"} else "asserted"
    if governor is not None and governor.pos_ == "VERB" and np_head(noun).dep_ in {"dobj", "obj"} and (
            lemma(governor) in lex.word_set("intent") or lemma(governor) in lex.word_set("commit")):
        # "is considering new sanctions", "proposed talks": what is planned or promised is intended
        frame.modality = "intended"
    elif frame.frame is None and any(c.dep_ in {"amod", "compound"} and c.lower_ in load_words().prospective_modifiers
                                     for c in kids(noun)):
        frame.frame = "prospective"  # "ahead of a planned visit by Modi": not done, not promised here


def denied(verb: Token) -> bool:
    """Whether a verb's act is what someone denies: "denied supplying weapons", "denied that it
    had supplied weapons" (the clause a denial verb governs, not one joined to it by "and")."""
    words = load_words().denial_verbs
    node = verb
    for _ in range(3):
        gerund = node.dep_ == "dobj" and node.tag_ == "VBG"
        if node.dep_ not in {"ccomp", "xcomp", "pcomp"} and not gerund:
            return False
        if lemma(node.head) in words:
            return True
        node = node.head
    return False


def _demand_target(verb: Token) -> Token | None:
    """The one a demand is made of: the object, "on"/"of" someone, or the complement's subject."""
    objs = children(verb, "dobj")
    if objs:
        return objs[0]
    comps = children(verb, "ccomp", "xcomp")
    for prep in children(verb, "prep"):
        if prep.lower_ in load_words().demand_preps:
            pobj = [p for p in children(prep, "pobj") if p.ent_type_ not in {"DATE", "TIME"}]  # not "on Thursday"
            if pobj and (prep.lower_ != "from" or comps):
                # ("pushing across the border from Russia" demands nothing of anyone)
                return pobj[0]
    for comp in comps:
        subj = children(comp, "nsubj", "nsubjpass")
        if subj:
            return subj[0]
    return None


# ---------------------------------------------------------------------------
# framing verbs and speakers


def apply_framing(doc: Doc, frame: Frame, lex: Lexicon) -> None:
    """Code the verbs that govern a frame: intent, commitment, threat, refusal, demand, speech."""
    trigger = doc[frame.trigger]
    anchor = doc[frame.head_clause] if frame.head_clause is not None else trigger
    wrappers = lex.word_set("threat") | lex.word_set("demand") | lex.word_set("commit")
    speech = lex.word_set("speech")
    framers = wrappers | lex.word_set("intent") | lex.word_set("refuse")
    _demanded_by_noun(frame, anchor, lex)
    _demanded_as_object(frame, trigger, lex)
    _promised_by_noun(frame, trigger, lex)
    anchor = _effort_stopped(frame, anchor, lex)
    below = anchor
    for rel, gov in governing(anchor):
        if rel == "advcl" and (marked(below, load_words().condition_marks) or (
                marked(below, load_words().limit_marks) and _not_yet_done(gov, lex))):
            # "warned that its cities would be bombed if Iranian artillery shelled Basra", "will
            # retaliate if NATO deploys troops", "would suspend all contact until Kigali handed
            # over the rebels", "vowing to press on with protests until Mugabe agreed to a new
            # constitution": what an act hangs on is neither done nor announced
            frame.frame = frame.frame or "condition"
            break
        if rel == "advcl" and marked(below, load_words().sequence_marks):
            break  # "agreed to restore relations after China mediated talks": an act of its own
        below = gov
        said = rel == "ccomp" and lemma(gov) in speech
        # "told Annan that it would ...": a verb of speech that demands only with an infinitive
        # ("told Russia to withdraw") reports a "that" clause
        told = said and lemma(gov) not in lex.word_set("threat") and lemma(gov) not in lex.word_set("commit")
        # "vowed in a televised speech to crush the revolt": an infinitive the parser hung on the
        # framing verb as an adverbial clause is still what is vowed
        infinitive = rel == "advcl" and lemma(gov) in framers and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(anchor))
        if frame.frame in _STANCES and rel in {"ccomp", "xcomp"} and gov.i != frame.trigger \
                and lemma(gov) in lex.word_set("demand") and lemma(gov) not in speech:
            # "demanded that its partners refuse to recognize Macedonia": what a demand asks a
            # refusal, promise or threat of is not done; the demand itself is coded from its verb
            frame.frame = "demanded"
            break
        if rel == "xcomp" and lemma(gov) in lex.word_set("cessation") and frame.frame is None:
            _stopped(frame, gov, lex)
            anchor = gov  # what governs the stopping governs the ending ("urged Israel to stop fighting")
        elif rel in {"xcomp", "acomp"} or (rel == "ccomp" and lemma(gov) in wrappers and not told) or infinitive:
            _frame_by(frame, anchor, "xcomp" if infinitive else rel, gov, lex)
        elif said and frame.frame is None and anchor.pos_ in {"VERB", "AUX"} and {
                c.lower_ for c in children(anchor, "aux")} & lex.word_set("obligation_aux"):
            _obligation(frame, gov)
        elif said and frame.speaker is None:
            _reported(frame, gov)
    if frame.speaker is None:
        frame.speaker = _inverted_speaker(anchor, speech)
    if frame.speaker is None:
        frame.speaker = _according_to(trigger)


def _not_yet_done(verb: Token, lex: Lexicon) -> bool:
    """Whether a clause tells of what is not done yet: not asserted ("would suspend"), an
    infinitive ("to press on") or a vow ("vowing to ...")."""
    return modality(verb, lex) != "asserted" or any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(verb)) \
        or any(lemma(verb) in lex.word_set(k) for k in _PLEDGES)


# Frames a framing verb has already made a stance (a refusal, promise, intent or threat).
_STANCES = frozenset({"refuse", "commit", "intent", "threat"})
# framing words of what one means to do: an act they wait on ("vowed to fight on until ...") is not done
_PLEDGES = ("commit", "intent", "threat")


def _effort_stopped(frame: Frame, anchor: Token, lex: Lexicon) -> Token:
    """"Qatar suspended its efforts to mediate": the act an effort is towards ends, by whoever
    stopped the effort; the verb of stopping becomes what governs the frame. Else ``anchor``."""
    effort = anchor.head
    if anchor.dep_ != "acl" or frame.frame is not None or effort.dep_ != "dobj" \
            or lemma(effort) not in load_words().effort_nouns or lemma(effort.head) not in lex.word_set("cessation"):
        return anchor
    _stopped(frame, effort.head, lex)
    return effort.head


def _promised_by_noun(frame: Frame, trigger: Token, lex: Lexicon) -> None:
    """"made no offer of talks", "gave a commitment to restructure the debt": the act a
    promise noun names is promised by whoever made it, and not promised where it was "no"
    promise or the making is denied."""
    noun = promise_noun(trigger)
    if noun is None or frame.frame is not None:
        return
    maker = noun.head
    frame.frame, frame.modality = "commit", "intended"
    # "rejected a US offer to host a summit": a promise whose owner is named is the owner's; one
    # the verb does not make ("rejected an offer") is not its subject's
    owners = [c.i for c in children(noun, "poss", "compound", "amod", "nmod") if c.pos_ != "PRON"
              and (in_actor_span(c) or c.ent_type_ in ACTORISH_ENTS)]
    if owners:
        frame.sources = owners
    elif is_light_verb(maker, lex.light_verbs):
        frame.sources = frame.sources or [t.i for t in subject_of(maker)]
    else:
        frame.sources = []
    frame.targets = frame.targets or prep_objects(noun, ("to", "with"))  # "an offer of talks to Riyadh"
    frame.negated = any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun)) or negated(maker, lex)
    frame.time_tokens = frame.time_tokens or time_tokens(maker)


def _demanded_by_noun(frame: Frame, anchor: Token, lex: Lexicon) -> None:
    """"reiterated its demand that Israel ease restrictions", "the EU's call for Russia to
    withdraw": the act a demand noun's clause names is demanded, by the noun's owner."""
    noun = anchor.head
    if anchor.dep_ == "ccomp":
        # the parser may hang the clause on the verb: "reiterated its demand | that Israel ease"
        noun = next((o for o in children(anchor.head, "dobj") if o.i < anchor.i), noun)
    if frame.frame is not None or anchor.dep_ not in {"acl", "ccomp"} or noun.pos_ != "NOUN" \
            or lemma(noun) not in lex.word_set("demand"):
        return
    if not any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to" for c in kids(anchor)):
        return  # "the demand made by ...", not what is demanded
    owners = children(noun, "poss")
    if owners and owners[0].pos_ == "PRON" and noun.dep_ == "dobj":
        owners = subject_of(noun.head)  # "reiterated its demand": the one who reiterated it
    if owners:
        _demanded_by(frame, owners, noun.head)
    else:
        frame.frame = "demanded"  # "rejected a U.N. demand that it disarm": what is asked, not done


def _demanded_as_object(frame: Frame, noun: Token, lex: Lexicon) -> None:
    """"called for the release of two hikers held by Iran", "urged an investigation into the
    killing": an act a demand verb names as its object is demanded of its doer, by the verb's
    subject."""
    if frame.kind != "noun" or frame.frame is not None:
        return
    head = np_head(noun)
    demand = lex.word_set("demand")
    if head.dep_ == "pobj" and head.head.lower_ == "for" and lemma(head.head.head) in demand:
        verb = head.head.head
    elif head.dep_ == "dobj" and lemma(head.head) in load_words().command_verbs:
        # "ordered a total embargo on trade with Nicaragua", "ordered his expulsion": the order
        # enacts the act, which is the commander's own
        frame.sources = frame.sources or [t.i for t in subject_of(head.head)]
        return
    elif head.dep_ == "dobj" and lemma(head.head) in demand and lemma(head.head) not in load_words().naming_verbs:
        verb = head.head  # (but "called the assault unprovoked" names it)
    else:
        return
    askers = subject_of(verb)
    if askers:
        _demanded_by(frame, askers, verb)


def _demanded_by(frame: Frame, askers: list[Token], said: Token) -> None:
    """Make a frame's act what ``askers`` demand of its doer, dated by the clause of ``said``."""
    frame.frame = "demand"
    frame.action_target = frame.sources[0] if frame.sources else None
    frame.sources = [t.i for t in askers]
    frame.modality = "asserted"
    frame.time_tokens = frame.time_tokens or time_tokens(said)


def _stopped(frame: Frame, stopper: Token, lex: Lexicon) -> None:
    """"Gazprom stopped supplying gas to Poland": the act's ending, by whoever stopped it, coded
    by the act's PLOVER type; an act with no ending of its own is marked to be left out."""
    ending = lex.cessation_class(frame.cls)
    if ending is None:
        frame.frame = "cessation"
        return
    frame.cls = ending
    frame.sources = [t.i for t in subject_of(stopper)] or frame.sources
    frame.negated = negated(stopper, lex)
    frame.modality = modality(stopper, lex)
    frame.time_tokens = frame.time_tokens or time_tokens(stopper)


def _frame_by(frame: Frame, anchor: Token, rel: str, gov: Token, lex: Lexicon) -> None:
    """A framing word governs the frame ("wants to", "threatened to", "demanded that")."""
    if lemma(gov) in lex.word_set("willing_adjectives") and gov.pos_ == "ADJ":
        frame.frame = frame.frame or "commit"
        if not frame.sources:
            frame.sources = [t.i for t in subject_of(gov.head)] if gov.dep_ == "acomp" else []
        frame.modality = "intended"
        return
    if gov.pos_ not in {"VERB", "AUX", "ADJ"} or not _set_frame_kind(frame, gov, lex, told=rel == "xcomp"):
        return
    subj = subject_of(gov)
    if frame.frame == "demand":
        # "demanded that Hamas renounce ...": Hamas is asked, the demander acts
        if frame.action_target is None and frame.sources:
            frame.action_target = frame.sources[0]
        frame.sources = [t.i for t in subj]
    elif subj and (not frame.sources or rel == "xcomp"):
        frame.sources = [t.i for t in subj]
    if frame.frame == "threat" and not frame.targets:
        frame.targets = condition_subjects(gov) + condition_subjects(anchor)
    if frame.frame == "commit" and not frame.targets:
        # "promised ECOWAS to hold elections": whom a promise is made to
        frame.targets = [o.i for o in children(gov, "dobj", "dative") if o.i != anchor.i and can_act(o)]
    if frame.frame == "commit":
        # "agreed with the United States to suspend its offensive in Syria", "agreed to step down
        # under a deal with a U.S. delegation": the partner of the promise is whom it is made to
        partners = _promise_partners(gov) + _promise_partners(anchor, deals_only=True)
        frame.targets = partners + [t for t in frame.targets if t not in partners]
    if frame.frame == "commit" and frame.cls == _AT_HOME_REFORM.cls:
        # "promised to hold elections": a reform promised to no one is made at home
        frame.entry = _AT_HOME_REFORM if frame.entry is None else replace(
            frame.entry, flags=frame.entry.flags | _AT_HOME_REFORM.flags)
    if frame.frame == "demand":
        # "urged Washington not to ease sanctions" still asks: the demand is negated only by its own verb
        frame.content_negated, frame.negated = frame.negated, negated(gov, lex)
    elif negated(gov, lex):
        frame.negated = not frame.negated
    if modality(gov, lex) == "hypothetical":
        frame.modality = "hypothetical"
    if frame.frame in {"commit", "intent", "threat"}:
        # "agreed on Sunday to step down by Oct. 15": a promise or threat is made when its verb says
        frame.time_tokens = time_tokens(gov) or frame.time_tokens
    else:
        frame.time_tokens = frame.time_tokens or time_tokens(gov)


def _promise_partners(verb: Token, *, deals_only: bool = False) -> list[int]:
    """Who a verb's "with" phrase names as a partner, directly ("agreed with Ankara") or as
    the other party of an agreement ("under a deal with a U.S. delegation"); ``deals_only``
    for the promised act's verb, whose own "with" phrase may say what else held ("withdraw
    its troops, with Washington and Moscow as guarantors")."""
    words = load_words()
    deals = [p for prep in children(verb, "prep") for p in children(prep, "pobj") if lemma(p) in words.agreement_nouns]
    preps = [inner for deal in deals for inner in children(deal, "prep")]
    preps += [] if deals_only else children(verb, "prep")
    return [p.i for prep in preps if prep.lower_ in words.partner_preps for p in children(prep, "pobj") if can_act(p)]


def _set_frame_kind(frame: Frame, gov: Token, lex: Lexicon, *, told: bool = False) -> bool:
    """Set the frame's kind from a governing verb; False when it frames nothing (or is framed already).

    ``told``: the frame is the verb's infinitive complement, so a verb of speech that also
    demands ("told Russia to withdraw") frames it as a demand."""
    if frame.frame is not None or gov.i == frame.trigger:
        return False
    word = lemma(gov)
    if word in lex.word_set("threat"):
        frame.frame = "threat"
    elif word in lex.word_set("refuse"):
        frame.frame = "refuse"
    elif word in lex.word_set("demand") and (word not in lex.word_set("speech") or told):
        frame.frame = "demand"
        target = _demand_target(gov)
        frame.action_target = target.i if target is not None else None
    elif word in lex.word_set("commit") or word in lex.word_set("intent"):
        frame.frame = "commit" if word in lex.word_set("commit") else "intent"
        frame.modality = "intended"
    else:
        return False
    return True


def _obligation(frame: Frame, said: Token) -> None:
    """"Russia said Sudan must return the helicopter": a demand of Sudan by Russia."""
    speaker_subj = subject_of(said)
    if speaker_subj and [t.i for t in speaker_subj] != frame.sources:
        frame.frame, frame.targets = "obligation", list(frame.sources)
        frame.action_target = None
        frame.sources = [t.i for t in speaker_subj]
        frame.speaker = speaker_subj[0].i
        frame.modality = "asserted"


def _reported(frame: Frame, said: Token) -> None:
    """"X said ...": X is the speaker; the saying's date is the event's only for an intent."""
    subj = subject_of(said)
    if subj:
        frame.speaker = subj[0].i
    if frame.modality == "intended" or frame.frame in {"commit", "intent", "threat"}:
        frame.time_tokens = frame.time_tokens or time_tokens(said)
        # "Iraq told Kofi Annan that it would allow inspectors to return": the one told is
        # whom an intention is towards, when what it names acts on no one known
        frame.owner_targets += [o.i for o in children(said, "dobj")]


def _inverted_speaker(anchor: Token, speech: frozenset[str]) -> int | None:
    """"Russia will resume talks, Foreign Minister Sergei Lavrov said": an inverted quote."""
    clause = anchor
    for _, gov in governing(anchor):
        clause = gov
    for child in kids(clause):
        if child.dep_ in {"parataxis", "advcl", "conj"} and lemma(child) in speech and child.i > clause.i:
            subj = children(child, "nsubj")
            if subj:
                return subj[0].i
    return None


def _according_to(trigger: Token) -> int | None:
    """"according to Breedlove, he has had conversations ..."."""
    found: int | None = None
    for prep in kids(trigger.sent.root):
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for sub in prep.subtree:
                if sub.dep_ == "pobj" and sub.head.lower_ == "to":
                    found = sub.i
                    break
    return found


# ---------------------------------------------------------------------------
# events said through framing words alone


def framing_frames(doc: Doc, lex: Lexicon, covered: set[int]) -> list[Frame]:
    """Threats, demands, commitments and evaluations whose content names no known action.

    "demanded that the DPRK forsake its nuclear program" is a Demand of the DPRK even
    though "forsake" is not in the lexicon; "said Sudan must return" likewise. ``covered``
    holds the triggers of frames already found.
    """
    words = load_words()
    demand = lex.word_set("demand")
    speech = lex.word_set("speech")
    out: list[Frame] = _evaluation_frames(doc, lex) + _commitment_frames(doc, lex, covered)
    wanted = demand | speech | words.bare_demand_verbs
    for token in tokens_of(doc):
        if token.pos_ != "VERB" or token.i in covered:
            continue
        word = lemma(token)
        if word not in wanted:
            continue
        if other_sense(token):
            continue  # "pushed them back", "pressed ahead", "called off the talks": no demand
        comps = children(token, "ccomp", "xcomp")
        if word == "call" and not any(p.lower_ in words.call_preps and not of_time(p) for p in children(token, "prep")):
            continue  # "called the measures a provocation (on Monday)" is an evaluation, not a call on someone
        # "told Iran to stop", "told Iran it must stop" make a demand; "told Putin that the
        # United States would impose costs" reports what the speaker's side will do
        told_to = [c for c in comps if c.dep_ == "xcomp" or {a.lower_ for a in kids(c) if a.dep_ == "aux"}
                   & lex.word_set("obligation_aux")]
        if word in words.command_verbs and any(o.i in covered for o in children(token, "dobj")):
            continue  # "ordered an embargo": the act ordered is coded, as the commander's
        if word in demand and word not in speech or (word == "tell" and told_to):
            out += _demand_frame(token, lex)
        elif word in speech:
            out += _obligation_frames(token, lex, covered)
    return out


def _demand_frame(verb: Token, lex: Lexicon) -> list[Frame]:
    target = _demand_target(verb)
    # "called for calm and restraint", "appealed for an immediate investigation": what is asked
    # for names no one it is asked of (assemble.py asks the parties of the story's last act)
    asked_for = [p for prep in children(verb, "prep") if prep.lower_ == "for" for p in children(prep, "pobj")
                 if p.ent_type_ not in {"DATE", "TIME"} and not can_act(p)]
    if target is None and not asked_for:
        return []
    cls = "Appeal" if lemma(verb) in set(lex.frames["demand_classes"]["polite"]) else "Demand"
    frame = Frame(cls=cls, trigger=verb.i, kind="verb", sources=[t.i for t in subject_of(verb)],
                  targets=[target.i] if target is not None else [], specific=False)
    frame.negated = negated(verb, lex)
    frame.modality = modality(verb, lex)
    frame.time_tokens = time_tokens(verb)
    return [frame]


def _obligation_frames(verb: Token, lex: Lexicon, covered: set[int]) -> list[Frame]:
    """"said Sudan must return ...": a demand of the one who must, by the one who said it."""
    frames: list[Frame] = []
    for comp in children(verb, "ccomp"):
        aux = {c.lower_ for c in children(comp, "aux")}
        if aux & lex.word_set("obligation_aux") and comp.i not in covered:
            subj = children(comp, "nsubj")
            if subj:
                frame = Frame(cls="Demand", trigger=comp.i, kind="verb",
                              sources=[t.i for t in subject_of(verb)], targets=[subj[0].i],
                              frame="obligation", specific=True)
                frame.time_tokens = time_tokens(verb)
                frames.append(frame)
    return frames


def _commitment_frames(doc: Doc, lex: Lexicon, covered: set[int]) -> list[Frame]:
    """Promises whose content names no action of the lexicon.

    "Kostunica promised to democratize Serbia", "Vietnam is committed to opening up the
    economy": an expressed intent to cooperate, or to reform when the promised verb is
    one of reform.
    """
    commit = lex.word_set("commit") | lex.word_set("willing_adjectives")
    reform = lex.word_set("reform_verbs")
    frames: list[Frame] = []
    for word in tokens_of(doc):
        if lemma(word) not in commit or word.i in covered:
            continue
        comps = [c for c in children(word, "xcomp", "ccomp") if c.pos_ == "VERB"]
        comps += [p for prep in children(word, "prep") if prep.lower_ == "to" for p in kids(prep)
                  if p.dep_ == "pcomp" and p.pos_ == "VERB"]
        comps = [c for c in comps if c.i not in covered]
        if not comps:
            continue
        holder = word.head if word.pos_ == "ADJ" and word.dep_ in {"acomp", "amod"} else word
        sources = [t.i for t in subject_of(holder)]
        if not sources:
            continue
        comp = comps[0]
        things = children(comp, "dobj") + [p for prep in children(comp, "prep") for p in children(prep, "pobj")]
        reforming = lemma(comp) in reform or any(lemma(t) in lex.word_set("reform_nouns") for t in things)
        # ("vowed to teach the South a final lesson", "to take forceful measures": a threat)
        hostile = any(lemma(t) in load_words().hostile_promise_words for t in comp.subtree)
        cls = "ExpressIntentToReform" if reforming else lex.frames["intent_class"]["default_conflictual"] if hostile \
            else "ExpressIntentToCooperate"
        targets = [t.i for t in children(comp, "dobj", "dative")] + prep_objects(comp, lex.default_preps)
        if reforming:
            # "promised the EU to cut spending", "pledged to carry out reforms demanded by the
            # IMF": to whom, or for whom, else at home ("promised to hold elections")
            asked = [a.i for t in things for acl in children(t, "acl") for agent in children(acl, "agent")
                     for a in children(agent, "pobj")]
            promised_to = [t.i for t in children(word, "dative", "dobj") if can_act(t)]
            targets = promised_to + asked + targets
        frame = Frame(cls=cls, trigger=word.i, kind="verb", sources=sources, targets=targets,
                      modality="intended", specific=False)
        if reforming:
            frame.entry = _AT_HOME_REFORM
        frame.negated = negated(word, lex) or negated(comp, lex)
        frame.time_tokens = time_tokens(holder)
        frames.append(frame)
    return frames


def _evaluation_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """Criticism and praise said through an evaluative word.

    "Japan called the move extremely regrettable", "the arrest was incomprehensible, Maas
    said", "Washington was disappointed by Seoul's decision": the one who speaks (or
    feels) criticises whoever the evaluated thing belongs to.
    """
    frames: list[Frame] = []
    for word in tokens_of(doc):
        cls = _evaluation_class(word, lex)
        if cls is None:
            continue
        clause = _evaluated_clause(word)
        if clause is None or clause.pos_ not in {"VERB", "AUX"}:
            continue
        source, evaluated, speaker = _evaluation_parties(word, clause, lex.word_set("speech"))
        if not source or not evaluated:
            continue
        frame = Frame(cls=cls, trigger=word.i, kind="verb", sources=source, targets=evaluated,
                      specific=True)
        if clause.i != word.i:
            # "called the talks useful", "described the sanctions as terrorism": the verb that
            # applies the judgement reports nothing else (frames.find_frames drops its own frame)
            frame.head_clause = clause.i
        # the criticism is made when it is said
        frame.time_tokens = time_tokens(clause) or (time_tokens(speaker) if speaker is not None else [])
        frames.append(frame)
    return frames


def _evaluation_class(word: Token, lex: Lexicon) -> str | None:
    """Criticize or Praise for an evaluative adjective, verb or noun that is not negated; an
    adjective of praise denied by its copula is criticism ("have not been satisfactory").

    The extractor's own word lists are asked first, then VADER's lexicon
    (:mod:`~kg.extraction.polarity`) for an adjective, or for a noun applied to something
    ("called the measures a provocation", "described the sanctions as economic terrorism").
    """
    pos = word.pos_
    if pos not in {"NOUN", "ADJ", "VERB"} or any(dep == "neg" for dep, _ in labelled_kids(word)):
        return None
    denied = pos == "ADJ" and word.dep_ == "acomp" and any(dep == "neg" for dep, _ in labelled_kids(word.head))
    if lemma(word) in lex.word_set("willing_adjectives"):
        return None  # "was ready to host talks" says what one will do, not how good anything is
    negative = lex.word_set("negative_evaluation")
    positive = lex.word_set("positive_evaluation")
    forms = (lemma(word), word.lower_)
    sign = -1 if any(w in negative for w in forms) else 1 if any(w in positive for w in forms) else 0
    if pos == "NOUN":
        if not _applied_noun(word):
            return None
        if forms[0] in lex.word_set("negative_evaluation_nouns"):
            sign = -1  # "called the measures a provocation"
        elif _judgement_noun(word):
            # ("called the expulsion an unfriendly step": a plain noun judged by its adjective)
            sign = leaning(*forms) or _modifier_sign(word, lex)
        else:
            sign = 0
    elif pos == "ADJ" and not sign:
        # (of an adjective no list names, only blame, said or denied praise: "calm", "clear" and
        # "stable" describe a state of things more often than they praise anyone, but "have not
        # been satisfactory" blames)
        sign = leaning(*forms) if denied else min(leaning(*forms), 0)
    if denied:
        return "Criticize" if sign > 0 else None
    return None if not sign else "Criticize" if sign < 0 else "Praise"


def _modifier_sign(noun: Token, lex: Lexicon) -> int:
    """Blame or praise an adjective of a noun's says: an adjective the lists name, or one only
    VADER knows for blame ("an unfriendly step", "a constructive step", "a brutal act")."""
    adjectives = [(lemma(a), a.lower_) for a in kids(noun) if a.dep_ == "amod" and a.pos_ == "ADJ"
                  and not any(c.dep_ == "neg" for c in kids(a))]
    if any(w in lex.word_set("negative_evaluation") for forms in adjectives for w in forms) or any(
            leaning(*forms) < 0 for forms in adjectives):
        return -1
    return 1 if any(w in lex.word_set("positive_evaluation") for forms in adjectives for w in forms) else 0


def _applied_noun(word: Token) -> bool:
    """A noun in the place where something is said to be it: "called the move a
    provocation", "the arrest was a mistake", "described it as terrorism"."""
    return word.dep_ in {"oprd", "attr", "dobj", "xcomp", "ccomp"} or _as_phrase(word) is not None \
        or _quoted_naming(word) is not None


def _quoted_naming(word: Token) -> Token | None:
    """The naming verb of 'called the trial "a travesty of justice"', parsed with the quoted
    noun apposed to the object."""
    obj = word.head
    if word.dep_ != "appos" or obj.dep_ != "dobj" or lemma(obj.head) not in load_words().naming_verbs:
        return None
    start = word.left_edge.i
    return obj.head if start > 0 and word.doc[start - 1].text in QUOTE_MARKS else None


def _judgement_noun(word: Token) -> bool:
    """A noun a naming verb applies to its object, not the object itself: "branded the
    protesters terrorists", "described the sanctions as economic terrorism"."""
    clause = _evaluated_clause(word)
    if clause is None or lemma(clause) not in load_words().naming_noun_verbs:
        return False
    if _as_phrase(word) is not None or word.dep_ in {"oprd", "xcomp"} or _quoted_naming(word) is not None:
        return True
    objects = children(clause, "dobj")
    return word.dep_ == "dobj" and (len(objects) > 1 and word.i != objects[0].i or clause.dep_ == "relcl")


def _as_phrase(word: Token) -> Token | None:
    """The verb of "described the sanctions as terrorism" for the noun or adjective after "as"."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "as":
        return None
    holder = prep.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    return verb if verb.pos_ == "VERB" else None


def _evaluated_clause(word: Token) -> Token | None:
    """The clause an evaluative word is said in ("was disappointed", "called ... a provocation")."""
    if word.pos_ == "VERB" and is_passive(word):
        return word  # "was disappointed by ..."
    while word.dep_ == "conj":
        word = word.head  # "called the assault premeditated and unprovoked"
    said_as = _as_phrase(word) or _quoted_naming(word)
    if said_as is not None:
        return said_as
    if word.dep_ in {"amod", "acl"} and word.i > word.head.i and word.head.dep_ == "dobj" \
            and lemma(word.head.head) in load_words().naming_verbs:
        return word.head.head  # "called the measures irresponsible", parsed as a modifier
    if word.pos_ == "NOUN":
        return word.head if lemma(word.head) in load_words().naming_noun_verbs or (
            word.dep_ == "attr" and word.head.pos_ in {"AUX", "VERB"}) else None
    if word.dep_ in {"acomp", "oprd"} and children(word.head, "dobj") \
            and lemma(word.head) not in load_words().naming_verbs:
        return None  # "shot dead at least two people": what the act left its object, no judgement
    return word.head if word.dep_ in {"acomp", "attr", "oprd", "ccomp", "xcomp"} else None


def _evaluation_parties(word: Token, clause: Token,
                        speech: frozenset[str]) -> tuple[list[int], list[int], Token | None]:
    """Who evaluates, what is evaluated, and the verb of saying, if any."""
    words = load_words()
    if lemma(clause) in words.naming_verbs:
        # "called the move regrettable": the caller speaks about the object; "a move the
        # Commission called blackmail": about the noun the clause describes
        named = [t.i for t in children(clause, "dobj") if t.i != word.i]
        if not named and clause.dep_ == "relcl":
            named = [clause.head.i]
        return [t.i for t in subject_of(clause)], named, None
    subj = children(clause, "nsubj", "nsubjpass")
    agents = [p for prep in children(word, "prep", "agent") if prep.lower_ in words.feeling_preps
              for p in children(prep, "pobj")]
    speaker: Token | None = None
    for rel, gov in governing(clause):
        if rel in {"ccomp", "parataxis"} and lemma(gov) in speech:
            speaker = gov
            break
    if speaker is None:
        speaker = next((c for c in children(clause, "parataxis", "ccomp") if lemma(c) in speech), None)
    if agents:
        # "X was disappointed by Seoul's decision": X feels, Seoul is criticised
        return [t.i for t in subj], [a.i for a in agents], speaker
    if speaker is not None:
        return [t.i for t in subject_of(speaker)], [t.i for t in subj], speaker
    return [], [], speaker
