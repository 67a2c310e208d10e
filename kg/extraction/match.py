"""Candidate events on the parse: lexicon look-up by lemma, then the trigger's arguments.

Above :mod:`~kg.extraction.parse` and :mod:`~kg.extraction.lexicon` in the extractor wing, side by
side with :mod:`~kg.extraction.framing` (neither imports the other); :mod:`~kg.extraction.frames`
runs this module first. A verb is looked up with its particle, its lemma, its text and the
base forms a regular inflection could come from; a noun by lemma or text. An entry that
names objects matches only with one of them; the entry's flags (``person_object``,
``people_object``, ``requires_org_object``, ``joint``, ``noun_needs_object``) narrow the
match, each checked by one small function. A match becomes a :class:`~kg.extraction.records.Frame`
with its source and target noun phrases; negation, modality and framing come later.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extraction.lexicon import TRAIT_FLAGS, LexEntry, Lexicon
from kg.extraction.parse import (
    ACTORISH_ENTS,
    agent_sector,
    base_forms,
    between_parties,
    can_act,
    carried_by,
    children,
    condition_subjects,
    exchange_partners,
    extent_of,
    hyphen_participle,
    hyphened,
    in_actor_span,
    is_light_verb,
    is_passive,
    lemma,
    named_body,
    named_person,
    named_place,
    noun_complement,
    noun_governor,
    np_head,
    object_of,
    of_time,
    other_sense,
    person_noun,
    prep_objects,
    promise_noun,
    purpose_clauses,
    recounted,
    subject_of,
    time_tokens,
    with_counted,
)
from kg.extraction.records import Frame
from kg.extraction.tree import (
    act_places,
    descriptive_participle,
    kept,
    kids,
    lefts,
    reduced_passive,
    tokens_of,
)
from kg.extraction.verbs import VerbMatch, class_for_code, load_verb_dictionary, match_verb
from kg.extraction.words import load_words

# framing word lists whose verbs frame another event rather than report one (framing.py)
_FRAMING_KEYS = ("intent", "commit", "threat", "refuse", "demand", "speech")


def candidate_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """Every verb and noun of the Doc the lexicon knows, as a frame with its arguments."""
    frames, claimed = _verb_frames(doc, lex)
    return frames + _noun_frames(doc, lex, claimed)


def _verb_frames(doc: Doc, lex: Lexicon) -> tuple[list[Frame], set[int]]:
    """Verb frames, and the nouns they cover (their objects), which report no event of their own."""
    frames: list[Frame] = []
    claimed: set[int] = set()
    for token in tokens_of(doc):
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT" and lemma(token) in lex.by_verb):
            if token.dep_ in {"amod", "compound"} or descriptive_participle(token) is not None or hyphen_participle(token):
                continue  # "the besieged town", "gunmen linked to al Qaeda", "tsunami-hit": a participle describing a noun
            if lemma(token) in lex.word_set("refuse") and any(
                    lemma(c) in load_words().remark_verbs or lemma(c) in lex.word_set("speech")
                    for c in children(token, "xcomp")):
                continue  # "declined to comment": refuses no one anything
            if _claimed(token, lex):
                continue  # "demanded an admission that Soviet forces murdered ...": what is claimed
            if lemma(token) in load_words().naming_verbs and children(token, "oprd"):
                # "called the meeting very productive" says what the meeting was: no meeting is
                # called, and the meeting named is one told of already
                claimed.update(o.i for o in children(token, "dobj"))
                continue
            if _compound_taken_for_verb(token):
                continue  # "barring journalists and aid workers", parsed with "aid" as a verb
            if _confronted(token):
                continue  # "were met by security forces firing tear gas": no meeting
            found = verb_entry(lex, token)
            if found is not None and lex.info(found[0].cls)["plover"] == "REQUEST" and other_sense(token):
                continue  # "pressed ahead with the plan", "pushed them back": no demand
            if found is not None and "reactive" in found[0].flags and _done_by(token):
                continue  # "retaliated by expelling aid agencies": the expulsion is the retaliation
            if _in_contest(token) and _forceful(token, lex):
                continue  # "won the title, beating Croatia's Donna Vekic in straight sets"
            if found is not None:
                obj = object_of(token)
                if not found[1] and obj is not None and (_phrase_event(token, obj) or (
                        obj.dep_ == "dobj" and is_light_verb(token, lex.light_verbs))) and noun_entry(lex, obj) is not None:
                    # "went on strike", "went to war", "flew a joint patrol": the noun in the
                    # verb's phrase, or the object of a verb that only carries it, says what
                    continue
                named = _named_object_frame(token, found[0], obj, lex)
                frames.append(named or _verb_frame(token, *found, lex))
            else:
                # where the hand lexicon knows the verb and declined ("beat" a team), only a
                # dictionary pattern that names more of the clause may code it, not a bare default
                known = any(lex.by_verb.get(key) for key in verb_keys(token))
                frame = _dictionary_frame(token, lex, patterns_only=known)
                if frame is None:
                    continue
                frames.append(frame)
                obj = object_of(token)
            if obj is not None and not reduced_passive(token):
                # ("talks hosted by China" are held by their parties all the same)
                claimed.add(obj.i)
                claimed.update(c.i for c in children(obj, "compound"))
    return frames, claimed


def _compound_taken_for_verb(verb: Token) -> bool:
    """Whether a verb and the object right after it are one of the word lists' two-word names of
    people or bodies ("aid workers", "relief agencies"): a noun phrase the parser split."""
    words = load_words()
    named = [f"{verb.lower_} {lemma(obj)}" for obj in children(verb, "dobj") if obj.i == verb.i + 1]
    return any(name in words.person_nouns or name in words.ngo_nouns for name in named)


def _confronted(verb: Token) -> bool:
    """Whether a passive verb of receiving has security forces as its agent ("were met by
    police"): a confrontation, told by what the forces did."""
    words = load_words()
    return lemma(verb) in words.confronted_verbs and is_passive(verb) and any(
        agent_sector(p) in words.security_sectors for a in children(verb, "agent") for p in children(a, "pobj"))


def _in_contest(verb: Token) -> bool:
    """Whether a verb tells of a game, race or vote rather than of force: "beat her in straight
    sets", "defeated him in the runoff", "won the title, beating ..."."""
    contests = load_words().contest_nouns
    phrases = [p for prep in children(verb, "prep") if prep.lower_ in {"in", "at"} for p in children(prep, "pobj")]
    if any(lemma(p) in contests for p in phrases):
        return True
    won = verb.head if verb.dep_ in {"advcl", "conj"} and lemma(verb.head) in {"win", "clinch", "retain"} else None
    return won is not None and any(lemma(o) in contests for o in children(won, "dobj"))


def _forceful(verb: Token, lex: Lexicon) -> bool:
    """Whether the lexicon or the dictionary reads a verb as an act of force (ASSAULT)."""
    if any(lex.info(e.cls)["plover"] == "ASSAULT" for e in lex.by_verb.get(lemma(verb), ())):
        return True
    found = dictionary_match(lex, verb)
    return found is not None and lex.info(found[0])["plover"] == "ASSAULT"


def _named_object_frame(verb: Token, entry: LexEntry, obj: Token | None, lex: Lexicon) -> Frame | None:
    """The dictionary's frame where one of its patterns names the object that the lexicon entry
    took only as a kind ("exchanged ambassadors" is recognition, though "exchange" frees any
    person): the more specific reading wins."""
    wildcards = {"*", "*person", "*actor", "*party", "*criminal", "*place"}
    if obj is None or not entry.objects & wildcards or {lemma(obj), obj.lower_} & entry.objects:
        return None
    if "to_court" in entry.flags:
        return None  # "took China to the WTO": the court named says more than the object does
    found = dictionary_match(lex, verb)
    if found is None or found[1].pattern is None or found[1].thing is None or found[1].thing.i != obj.i:
        return None
    return _dictionary_frame(verb, lex, patterns_only=True, found=found)


def _done_by(verb: Token) -> bool:
    """Whether a verb says how it was done with a gerund: "retaliated by expelling ..."."""
    return any(prep.lower_ == "by" and any(c.tag_ == "VBG" for c in children(prep, "pcomp"))
               for prep in children(verb, "prep"))


def _phrase_event(verb: Token, noun: Token) -> bool:
    """Whether a verb of going or staying only leads to the event its phrase names: "went on
    strike", "went to war", "remained on hunger strike" (not "went to Paris for talks")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in {"on", "to", "into"}
            and lemma(verb) in load_words().phrase_verbs)


def _noun_frames(doc: Doc, lex: Lexicon, claimed: set[int]) -> list[Frame]:
    words = load_words()
    frames: list[Frame] = []
    for token in tokens_of(doc):
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in claimed:
            continue
        if token.pos_ == "PROPN" and token.is_title and token.i > token.sent.start:
            continue  # part of a name ("Prompt Global Strike", "Arab Spring Summit")
        if token.dep_ == "compound" and (lemma(token.head) in words.person_nouns
                                         or lemma(token.head) in words.unit_nouns):
            continue  # "riot police", "strike force": who they are, not what they did
        if any(c.dep_ == "compound" and lemma(c) in words.document_modifiers for c in kids(token)):
            continue  # "a press release by the Liberation Tigers" is a document
        found = noun_entry(lex, token)
        if found is None:
            continue
        if lemma(token) in words.response_nouns and token.dep_ == "pobj" and token.head.lower_ == "in" \
                and token.head.head.pos_ == "VERB":
            continue  # "shelled two oil platforms in retaliation for ...": why the act was done
        if token.dep_ == "pobj" and (token.head.lower_ in words.object_reason_preps or (
                token.head.lower_ == "at" and token.head.head.pos_ == "NOUN")):
            continue  # "in protest at Moscow's recognition of ...", "over the removal of": a reason
        if token.dep_ == "dobj" and lemma(token.head) in words.reason_verbs:
            continue  # "citing Kigali's support for the M23 rebellion": the reason given
        if token.dep_ == "compound" and noun_entry(lex, token.head) is not None:
            continue  # "war games", "aid suspension": the head says what the act is
        if token.dep_ == "dobj" and set(verb_keys(token.head)) & (words.cancellation_verbs | words.seeking_verbs):
            continue  # "called off a meeting", "would seek an apology": what is not done (by them)
        entry, specific = found
        frame = _noun_frame(token, entry, specific, lex)
        if frame is not None:
            frames.append(frame)
    return frames


# ---------------------------------------------------------------------------
# look-up


def object_matches(entry: LexEntry, obj: Token | None) -> bool:
    """Whether ``obj`` is one of the entry's objects (or the entry names none).

    ``"*"`` matches any object, ``"*actor"`` a named actor, ``"*person"`` a person,
    ``"*party"`` a named state or organisation ("suspended Fiji", not "suspended the minister"),
    ``"*place"`` a place by its own name ("seized Sanaa"), ``"*body"`` an international body
    ("quit the OAS"), ``"*criminal"`` a person the agent
    nouns call a criminal ("handed over a drug trafficker"; the one handed over is acted on like a
    thing: the state receiving them is the target).
    """
    if not entry.objects:
        return True
    if obj is None:
        return False
    if _object_words(obj) & entry.objects:
        return True
    if "*" in entry.objects:
        return True
    if "*actor" in entry.objects and any(o.ent_type_ in ACTORISH_ENTS or in_actor_span(o) for o in _named_by(obj)):
        return True
    if "*place" in entry.objects and any(named_place(o) for o in _named_by(obj)):
        return True
    if "*body" in entry.objects and named_body(obj):
        return True
    if "*criminal" in entry.objects and (agent_sector(obj).startswith("CRM") or _suspect(obj)):
        return True
    if "*party" in entry.objects and any(not named_person(o) and (
            in_actor_span(o) or (o.ent_type_ in {"GPE", "ORG"} and o.pos_ == "PROPN")) for o in _named_by(obj)):
        return True
    # "hundreds of undocumented Afghans": a count's "of" phrase says who they are
    # "freed opposition leader Aung San Suu Kyi": a name's compounds may be what says it is a person
    named = children(obj, "compound") if obj.pos_ == "PROPN" else []
    return "*person" in entry.objects and any(o.ent_type_ in {"PERSON", "NORP"} or person_noun(o)
                                              for o in with_counted(obj) + named)


def _object_words(obj: Token) -> set[str]:
    """The words that say what an object is: its own, its compounds' and modifiers', its
    conjuncts', an apposed noun's ("expelled Thomas Grant, a British diplomat") and an "of"
    phrase's ("suspended the broadcasts of France 24")."""
    found = {lemma(obj), obj.lower_, hyphened(obj)}
    found |= {lemma(c) for c in children(obj, "compound", "amod")}
    # "suspended civilian and military cooperation", parsed with "civilian" as the object
    found |= {lemma(c) for c in obj.conjuncts}
    found |= {lemma(c) for c in children(obj, "appos")}
    for prep in children(obj, "prep"):
        if prep.lower_ == "of":
            found |= {lemma(p) for p in children(prep, "pobj")}
    return found


def _head_words(obj: Token) -> set[str]:
    """What an object is by its own word, or, for a name, by the noun set before or beside it
    ("broadcaster RFI", "Thomas Grant, a British diplomat"); not by a modifier ("drug smuggler")."""
    found = {lemma(obj), obj.lower_, hyphened(obj)} | {lemma(c) for c in children(obj, "appos")}
    if obj.pos_ == "PROPN":
        found |= {lemma(c) for c in children(obj, "compound") if c.pos_ == "NOUN"}
    return found


def _named_by(obj: Token) -> list[Token]:
    """The object, or the names its "of" phrase gives when it is a word for a state or place
    ("recognised the republics of Croatia and Slovenia", "seized the port of Fao")."""
    words = load_words()
    if lemma(obj) not in words.state_anaphors | words.place_nouns:
        return [obj]
    return [obj] + [p for prep in children(obj, "prep") if prep.lower_ == "of" for p in children(prep, "pobj")]


def verb_keys(verb: Token) -> tuple[str, ...]:
    """Lexicon keys for a verb: with its particle first ("step down"), then the bare lemma.
    Worked out once per token: matching asks for them several times."""
    known: dict[int, tuple[str, ...]] = kept(verb.doc, "kg_verb_keys", lambda _doc: {})
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _verb_keys(verb)
    return found


def _verb_keys(verb: Token) -> tuple[str, ...]:
    base = lemma(verb)
    particles = [c.lower_ for c in children(verb, "prt")]
    # "pulled out of Lebanon", parsed with "out" as a preposition holding the "of" phrase
    particles += [c.lower_ for c in children(verb, "prep") if c.lower_ == "out" and children(c, "prep")]
    # "brushed aside French calls", "voted the decree down", parsed with the particle as an adverb
    # (or hung on the object: "voted the plan down")
    objects = children(verb, "dobj")
    ends = {verb.i + 1} | {o.right_edge.i + 1 for o in objects} | {o.i + 1 for o in objects}
    particles += [c.lower_ for h in [verb, *objects] for c in children(h, "advmod", "prt")
                  if c.lower_ in load_words().particle_adverbs and c.i in ends and c.lower_ not in particles]
    # "would respond in kind": a fixed phrase of a preposition and a bare noun, on the verb or,
    # as the parser often has it, on the verb's own phrase ("respond to the move in kind")
    preps = children(verb, "prep")
    preps += [inner for prep in preps for pobj in children(prep, "pobj") for inner in children(pobj, "prep")]
    # ("took him away for questioning", parsed with the phrase on the particle)
    preps += [p for adverb in children(verb, "advmod") if adverb.lower_ in load_words().particle_adverbs
              for p in children(adverb, "prep")]
    phrases = [f"{prep.lower_} {noun.lower_}" for prep in preps
               for noun in children(prep, "pobj") if not any(True for _ in kids(noun))]
    keys = [f"{base} {p}" for p in phrases + particles] + [base, verb.lower_] + base_forms(verb)
    # British spellings ("recognise", "criticised") under the lexicons' American ones
    return (*keys, *(k[:-3] + "ize" for k in keys if k.endswith("ise")))


def verb_entry(lex: Lexicon, verb: Token) -> tuple[LexEntry, bool] | None:
    """The first lexicon entry that matches a verb in its clause, and whether it named the object."""
    candidates: list[LexEntry] = []
    for key in verb_keys(verb):
        candidates += [e for e in lex.by_verb.get(key, []) if e not in candidates]
    if not candidates:
        return None
    obj = object_of(verb)
    # "warned Tehran of serious consequences": what the verb is about can follow "of"
    about = [p for prep in children(verb, "prep") if prep.lower_ in load_words().about_preps
             for p in children(prep, "pobj")]
    # "designated the Houthis a terrorist organisation": the object's complement says what of
    about += [c for c in kids(verb) if c.pos_ == "NOUN" and (
        c.dep_ == "oprd" or (c.dep_ == "dobj" and obj is not None and c.i > obj.i))]
    # "warned that such actions would not be left without consequences": what the clause says
    about += [n for comp in children(verb, "ccomp") for n in
              children(comp, "dobj") + [p for prep in children(comp, "prep") for p in children(prep, "pobj")]]
    # "demonstrators protesting election results": the noun a participle describes is its subject
    # "paratroopers began arriving": a complement's subject is its governor's
    # ("Hundreds of Filipinos protested ...", parsed as a noun phrase with no main verb: its noun)
    subj = next(iter(children(verb, "nsubj")), None) or (
        verb.head if verb.dep_ == "acl" and verb.tag_ == "VBG" else None) or (
        next(iter(subject_of(verb)), None) if verb.dep_ in {"xcomp", "acl"} else None)
    if subj is not None and verb.dep_ == "relcl" and subj.lower_ in load_words().relative_pronouns:
        subj = verb.head  # "people who were protesting": the noun the clause describes
    wildcard: tuple[LexEntry, bool] | None = None
    for entry in candidates:
        if entry.objects and about and not object_matches(entry, obj) and any(
                object_matches(entry, a) for a in about) and "*" not in entry.objects:
            return entry, True
        if entry.subjects:
            # "peacekeeping troops flew into Dili": a compound may say what the subject is;
            # "a convoy of trucks carrying food reached Tirana": so may what it carries
            kinds = {lemma(subj), lemma(np_head(subj))} | {lemma(c) for c in children(subj, "compound")} \
                | {lemma(c) for c in _cargo(subj)} if subj is not None else set()
            if kinds & entry.subjects:
                return entry, True
            continue
        if "from_object" in entry.flags and obj is None:
            if any(object_matches(entry, p) for p in _left(verb)):
                return entry, True
            continue
        if not all(check(entry, verb, obj) for flag, check in _VERB_CHECKS.items() if flag in entry.flags):
            continue
        if wildcard is not None and not entry.objects:
            return wildcard  # those naming objects come first; the deferred one is the first of them
        if object_matches(entry, obj):
            # "suspended French broadcaster RFI": an entry naming what the object is outranks
            # an earlier one that takes any party
            if wildcard is not None:
                if _head_words(obj) & entry.objects:  # type: ignore[arg-type]
                    return entry, True
                continue
            if obj is not None and entry.objects and not _object_words(obj) & entry.objects:
                wildcard = (entry, True)
                continue
            return entry, bool(entry.objects)
    return wildcard


def _left(verb: Token) -> list[Token]:
    """What a verb's or noun's "from", "of" or "out of" phrase names: "withdrew from ECOWAS",
    "pulled out of the Council of Europe", "its exit from the EU" (what one leaves)."""
    preps = children(verb, "prep")
    preps += [p for out in preps if out.lower_ == "out" for p in children(out, "prep")]
    # "walked away from the talks", parsed with the particle as an adverb holding the phrase
    preps += [p for away in children(verb, "advmod", "prt") if away.lower_ in load_words().particle_adverbs
              for p in children(away, "prep")]
    return [p for prep in preps if prep.lower_ in {"from", "of"} for p in children(prep, "pobj")]


def _cargo(noun: Token) -> list[Token]:
    """What a noun, or what its "of" phrase counts, is said to carry ("a transport carrying
    medical supplies", "a convoy of 40 trucks carrying food and blankets")."""
    holders = [noun, *(p for prep in children(noun, "prep") if prep.lower_ == "of" for p in children(prep, "pobj"))]
    return [t for holder in holders for c in carried_by(holder) for t in (c, *c.conjuncts)]


def _person_object(entry: LexEntry, verb: Token, obj: Token | None) -> bool:
    """``person_object``: an entry without objects needs a person as its object."""
    if entry.objects:
        return True
    if obj is not None and obj.dep_ == "pobj" and obj.head.lower_ in entry.preps:
        return False  # "surrendered to the British commander": whom the act is aimed at, not whom it acts on
    if any(c.lower_ in load_words().judgement_adjectives and c.dep_ in {"oprd", "acomp", "ccomp"} for c in kids(verb)):
        return False  # "held Belgrade responsible": what they are held to be, not held captive
    # "detained dozens of them", "arrested him": a count of people, a personal pronoun
    return obj is not None and any(o.ent_type_ in {"PERSON", "NORP"} or person_noun(o) or o.pos_ == "PROPN"
                                   or in_actor_span(o) or o.lower_ in load_words().person_pronouns
                                   or (o.pos_ == "PRON" and o.i != obj.i) for o in with_counted(obj))


def _people_object(entry: LexEntry, verb: Token, obj: Token | None) -> bool:
    """``people_object``: people are beaten or tortured, states and teams are not."""
    # a named person is one even when the dictionaries know them ("Tsvangirai was beaten")
    return obj is not None and (lemma(obj) in load_words().person_nouns or obj.tag_ in {"NNS", "NNPS"}
                                or obj.ent_type_ == "PERSON" or named_person(obj)
                                or (obj.ent_type_ == "NORP" and not in_actor_span(obj)))


def _org_object(entry: LexEntry, verb: Token, obj: Token | None) -> bool:
    """``requires_org_object``: an object, when there is one, must be one of the entry's."""
    return obj is None or object_matches(entry, obj)


def _joint_object(entry: LexEntry, verb: Token, obj: Token | None) -> bool:
    """``joint``: "held drills with Japan" is cooperation; "held drills near Taiwan" is not."""
    return joint(verb, obj)


# Entry flags that narrow a verb match: each check says whether the verb may report the entry.
def _givers(entry: LexEntry, verb: Token, obj: Token | None) -> list[Token]:
    """``received_from``: whom the "from" phrase on the verb or its object names."""
    return [p for head in (verb, obj) if head is not None
            for prep in children(head, "prep") if prep.lower_ == "from" for p in children(prep, "pobj")]


_VERB_CHECKS: dict[str, Callable[[LexEntry, Token, Token | None], bool]] = {
    "person_object": _person_object,
    "people_object": _people_object,
    "requires_org_object": _org_object,
    "joint": _joint_object,
    "received_from": lambda entry, verb, obj: bool(_givers(entry, verb, obj)),
    "no_object": lambda entry, verb, obj: not children(verb, "dobj"),
    # ("fired a missile over Japan": the phrase may hang on the object)
    "needs_prep": lambda entry, verb, obj: bool(prep_objects(verb, entry.preps)
                                                or (obj is not None and prep_objects(obj, entry.preps))),
    "object_head": lambda entry, verb, obj: obj is not None and bool(_head_words(obj) & entry.objects),
    "to_court": lambda entry, verb, obj: any(
        lemma(p) in load_words().court_nouns or named_body(p) for prep in children(verb, "prep")
        if prep.lower_ == "to" for p in children(prep, "pobj")),
}
# The flags of event_patterns.json this module handles (person_object also in _verb_frame).
HANDLED_FLAGS = frozenset(_VERB_CHECKS) | {"noun_needs_object", "noun_aimed", "recipient_target", "own_envoy",
                                           "mediated_parties", "from_object"}


def joint(verb: Token, obj: Token | None) -> bool:
    """Whether an act is done together: a "with" partner, a "joint" object, or several subjects."""
    words = load_words()
    if any(p.lower_ in words.partner_preps for h in (verb, obj) if h is not None for p in children(h, "prep")):
        return True
    if obj is not None and any(c.lower_ in words.joint_modifiers for c in lefts(obj)):
        return True
    # several subjects, or one that names several parties ("warships from India, Japan and
    # Australia", "South Korean and U.S. forces")
    subjects = children(verb, "nsubj")
    return any(s.conjuncts for s in subjects) or any(
        p.conjuncts for s in subjects for prep in children(s, "prep") if prep.lower_ in {"from", "of"}
        for p in children(prep, "pobj")) or any(
        m.conjuncts for s in subjects for m in kids(s) if m.dep_ in {"amod", "compound", "nmod"})


def noun_entry(lex: Lexicon, noun: Token) -> tuple[LexEntry, bool] | None:
    """The first lexicon entry a noun reports, and whether it named the object."""
    base = lemma(noun)
    candidates = lex.by_noun.get(hyphened(noun)) or lex.by_noun.get(base) or lex.by_noun.get(noun.lower_)
    if not candidates:
        return None
    modifiers = _modifiers(noun)
    for entry in candidates:
        if entry.modifiers and not any(lemma(c) in entry.modifiers or c.lower_ in entry.modifiers for c in modifiers):
            continue
        if "noun_aimed" in entry.flags and not (_aimed(noun, entry.preps) or _does_violence(noun, lex)):
            continue  # "strikes on Syria" is aimed at someone; "a strike on Monday" is not
        if "from_object" in entry.flags:
            # "its withdrawal from ECOWAS": what is left says what it is ("the withdrawal of
            # its troops from Kherson" is another act)
            if any(object_matches(entry, p) for p in _left(noun)):
                return entry, True
            continue
        if not entry.objects or base in entry.objects or "noun_needs_object" not in entry.flags:
            return entry, bool(entry.objects) and base in entry.objects
        # "suspension of cooperation", "aid suspension"; "U.S. drone strikes": any of the
        # compounds may say what the noun is of, the nearest first
        complements = [noun_complement(noun)] + [c for c in reversed(children(noun, "compound"))]
        if any(object_matches(entry, c) for c in complements if c is not None):
            return entry, True
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun that say what kind it is, and theirs: "joint" in "joint military
    drills", where the parse hangs "joint" on "military"."""
    found = [c for c in lefts(noun) if c.dep_ in {"amod", "compound", "nmod"}]
    return found + [m for c in found for m in lefts(c) if m.dep_ in {"amod", "compound"}]


def _does_violence(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is how a violent verb's act was done: "a U.S. strike killed Iran's top
    general", "Israel killed a Hamas commander in a strike in Beirut"."""
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return False
    return verb.pos_ == "VERB" and any(
        lex.info(e.cls)["plover"] == "ASSAULT" for e in lex.by_verb.get(lemma(verb), ()))


def _aimed(noun: Token, preps: tuple[str, ...]) -> bool:
    """Whether a noun heads a phrase naming what it is aimed at: "strikes on Syria", "a strike on
    a convoy", "strikes against Hezbollah"; not a date ("on Monday"), and after "against" only a
    party or a place, not a policy ("a general strike against austerity measures")."""
    for prep in children(noun, "prep"):
        if prep.lower_ not in preps:
            continue
        for pobj in children(prep, "pobj"):
            if pobj.ent_type_ in {"DATE", "TIME"}:
                continue
            if prep.lower_ == "on" or in_actor_span(pobj) or pobj.ent_type_ in ACTORISH_ENTS:
                return True
    return False


# ---------------------------------------------------------------------------
# arguments


def _verb_frame(verb: Token, entry: LexEntry, specific: bool, lex: Lexicon) -> Frame:
    cls = _manner_class(verb, entry.cls, lex)
    frame = Frame(cls=cls, trigger=verb.i, kind="verb", specific=specific, entry=_as_class(entry, cls, lex))
    frame.sources = _verb_sources(verb)
    obj = object_of(verb)
    thing_object = obj is not None and _thing_object(entry)
    if obj is not None and thing_object:
        frame.owner_targets.append(obj.i)
    frame.targets = _verb_targets(verb, obj, thing_object, entry, cls, lex)
    if lex.info(cls)["plover"] == "CONSULT":
        # "the two leaders met on the Caribbean island of St Vincent": where they met is no
        # party, unless the entry's own phrases name it so ("arrived in Dushanbe" is a visit there)
        frame.targets = [t for t in frame.targets if not (_where(verb.doc[t], verb) and verb.doc[t].head.lower_ not in entry.preps)]
    if reduced_passive(verb) and lex.info(cls)["cameo"][:3] in {"043", "045"}:
        # "restored relations with Iran under an agreement brokered by China": a mediator
        # acts on the parties of what it brokered, the clause's subject and its partner; a
        # host on those of the meeting it hosted ("held talks hosted by China")
        frame.targets = _clause_parties(verb.head) + frame.targets
    if not frame.sources and cls == "Release" and is_passive(verb):
        # "five U.S. citizens held in Iran were freed": freed by whoever held them
        frame.sources = _holders_of(obj, lex)
    if "received_from" in entry.flags:
        # "Ukraine received Patriot systems from the United States": the giver acts on the receiver
        frame.sources, frame.targets = [g.i for g in _givers(entry, verb, obj)], frame.sources
    frame.time_tokens = time_tokens(verb)
    return frame


def _where(token: Token, verb: Token) -> bool:
    """Whether a token is the place a verb's meeting was held ("met in Kingstown", "on the
    island of St Vincent")."""
    return token.dep_ == "pobj" and token.head.head.i == verb.i and token.head.lower_ in load_words().meeting_place_preps


def _clause_parties(noun: Token) -> list[int]:
    """The subject and "with" partner of the verb a noun's phrase hangs on."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB":
        return []
    partners = [p for head in [verb, *children(verb, "dobj")] for prep in children(head, "prep")
                if prep.lower_ == "with" for p in children(prep, "pobj")]
    return [t.i for t in subject_of(verb)] + [p.i for p in partners]


def _thing_object(entry: LexEntry) -> bool:
    """Whether what an entry acts on is a thing of its list, not a party or a person."""
    return bool(entry.objects) and not (entry.objects & {"*", "*actor", "*person", "*party"}
                                        or "person_object" in entry.flags)


def _verb_sources(verb: Token) -> list[int]:
    """Who does what a verb says: its subject, climbing through conjunction and control; or,
    where the subject is an act that names its parties ("talks between Israel and the
    Palestinians resumed", "... were held"), those parties."""
    sources = [t.i for t in subject_of(verb)]
    held = verb.head
    if verb.dep_ == "relcl" and len(sources) == 1 and verb.doc[sources[0]].pos_ == "PRON" \
            and verb.doc[sources[0]].lower_ not in load_words().relative_pronouns and held.dep_ == "dobj":
        # "Moscow was pulling back the troops it had massed on the border": "it" is whoever
        # holds the noun the clause describes, not the last actor of the story
        holders = [t.i for t in subject_of(held.head) if t.pos_ != "PRON"]
        if holders:
            return holders
    if sources and any(can_act(verb.doc[t]) for t in sources):
        return sources
    subjects = children(verb, "nsubjpass" if is_passive(verb) else "nsubj")
    return [p.i for s in subjects if not can_act(s) for p in between_parties(s)] or sources


def dictionary_match(lex: Lexicon, verb: Token) -> tuple[str, VerbMatch] | None:
    """The CAMEO verb dictionary's reading of a verb: the ontology class and the match.

    Verbs that frame another event (want, promise, threaten, refuse, demand, say) are left
    to :mod:`~kg.extraction.framing`, which codes them through what they frame.
    """
    if any(lemma(verb) in lex.word_set(key) for key in _FRAMING_KEYS) and not children(verb, "prt"):
        return None  # but "called off", "said no" ... with a particle are verbs of their own
    if lemma(verb) in load_words().reason_verbs:
        return None  # "citing Kigali's support for the rebels": the reason for another act
    found = match_verb(verb, load_verb_dictionary(), keys=verb_keys(verb))
    if found is None:
        return None
    cls = class_for_code(found.code)
    return (cls, found) if cls is not None else None


def _dictionary_frame(verb: Token, lex: Lexicon, *, patterns_only: bool = False,
                      found: tuple[str, VerbMatch] | None = None) -> Frame | None:
    """A frame for a verb the hand lexicon does not code but the CAMEO dictionary does.

    The pattern's marks say who acts and on whom where it has them; otherwise the subject
    acts on the object, dative and prepositional objects, as for a lexicon verb. An object
    the pattern named as a thing ("asked for aid") is what is acted on, not whom.
    """
    found = found or dictionary_match(lex, verb)  # ``found``: the caller's own match of the verb
    if found is None or (patterns_only and found[1].pattern is None):
        return None
    cls, match = found
    if any(o.pos_ == "PRON" or o.ent_type_ == "PERSON" or person_noun(o) for o in children(verb, "dobj")) \
            and match.pattern is not None and not any(
            e.kind == "noun" for e in (*match.pattern.pre, *match.pattern.post)) and any(
            "no_object" in e.flags for key in verb_keys(verb) for e in lex.by_verb.get(key, ())):
        # "flew the five detainees to Qatar": a verb the lexicon reads as travel only with no
        # object carries the people it has for one, whatever a pattern naming no object says
        return None
    obj = object_of(verb)
    nouns = [n for head in (obj, match.thing) if head is not None
             for n in (head, *children(head, "compound"))]
    light = match.pattern is None or (is_light_verb(verb, lex.light_verbs) and not children(verb, "prt"))
    if light and any(noun_entry(lex, noun) is not None for noun in nouns):
        # "held talks with", "launched a mediation effort": the hand lexicon's noun says what;
        # but "called off a strike" is what the verb's own pattern says
        return None
    entry = LexEntry(cls=cls, verbs=frozenset({match.sense.lemma}), nouns=frozenset(), objects=frozenset(),
                     preps=lex.default_preps, intransitive=False, flags=lex.class_traits(cls))
    manner = _manner_class(verb, cls, lex)
    frame = Frame(cls=manner, trigger=verb.i, kind="verb", specific=match.pattern is not None,
                  entry=_as_class(entry, manner, lex))
    frame.sources = [match.source.i] if match.source is not None else _verb_sources(verb)
    thing_object = obj is not None and match.thing is not None and obj.i == match.thing.i
    if obj is not None and thing_object:
        frame.owner_targets.append(obj.i)
    if match.target is not None:
        frame.targets = [match.target.i]
    else:
        targets = _verb_targets(verb, obj, thing_object, entry, frame.cls, lex)
        frame.targets = [t for t in targets if match.thing is None or t != match.thing.i]
    frame.time_tokens = time_tokens(verb)
    return frame


def _as_class(entry: LexEntry, cls: str, lex: Lexicon) -> LexEntry:
    """An entry whose event the manner codes as another class ("protesters gathered" is a
    rally, not a meeting) finds its missing arguments as that class's entries do."""
    if cls == entry.cls:
        return entry
    own = [e for e in lex.entries if e.cls == cls]
    return replace(entry, flags=(entry.flags - TRAIT_FLAGS) | lex.class_traits(cls),
                   intransitive=entry.intransitive or any(e.intransitive for e in own))


def _manner_class(verb: Token, cls: str, lex: Lexicon) -> str:
    """"spoke by telephone with", "talked over the phone": the manner gives a consultation's
    subtype; "protesters stormed the embassy", "... besieged it", "... gathered outside it":
    what protesters do is a form of protest (a meeting with someone still is a meeting)."""
    plover = lex.info(cls)["plover"]
    protest = lex.frames["protester_classes"].get(plover)
    # "protesters", "thousands of demonstrators"
    subjects = [n for s in subject_of(verb) for n in [np_head(s), *(p for prep in children(s, "prep")
                                                                   if prep.lower_ == "of" for p in children(prep, "pobj"))]]
    if protest is not None and any(lemma(s) in load_words().protester_nouns for s in subjects) \
            and not (plover == "CONSULT" and (any(can_act(o) for o in children(verb, "dobj", "obj"))
                                              or joint(verb, None))):
        return str(protest)
    if plover == "CONSULT":
        manners = lex.frames.get("manner_classes", {})
        for prep in children(verb, "prep"):
            for pobj in children(prep, "pobj"):
                cls = manners.get(lemma(pobj), cls)
    return cls


def _claimed(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is in what a claim noun says, directly or in a clause hung on that one:
    "denied charges that Rwandan tanks had crossed the border to support them"."""
    node = verb
    for _ in range(4):
        if node.dep_ in {"acl", "ccomp"} and node.head.pos_ in {"NOUN", "PROPN"} \
                and lemma(node.head) in lex.word_set("claim_nouns"):
            return True
        if node.dep_ not in {"advcl", "xcomp", "conj", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _suspect(noun: Token) -> bool:
    """Whether people are described as wanted or suspected ("four men wanted in connection with ...")."""
    return person_noun(noun) and any(c.dep_ == "acl" and lemma(c) in load_words().suspect_participles
                                     for c in kids(noun))


def _named_what(comp: Token) -> Token | None:
    """The noun a "what X said was ..." or "what X called ..." clause names, else None."""
    if not any(t.lower_ == "what" and t.i < comp.i for t in comp.subtree):
        return None
    for clause in (comp, *children(comp, "ccomp")):
        # "what New Delhi called a camp", "what New Delhi described as a camp"
        nouns = children(clause, "attr", "dobj", "oprd") + [
            p for prep in children(clause, "prep") if prep.lower_ == "as" for p in children(prep, "pobj")]
        for noun in nouns:
            if noun.lower_ != "what":
                return noun
    return None


def _mediated_parties(verb: Token, obj: Token | None) -> list[int]:
    """Whom a mediation is between: the parties of the talks ("talks between Israel and Hamas"),
    else the subject of the clause it is told in ("Iran and Saudi Arabia agreed ... after China
    mediated talks", "signed an accord after talks mediated by the African Union")."""
    for holder in (verb, obj):
        between = prep_objects(holder, ("between",)) if holder is not None else []
        if between:
            return between
    mediators = {t.i for t in subject_of(verb)}
    if verb.dep_ == "relcl":
        # "China's top diplomat, Wang Yi, who mediated the talks, called ...": the one the
        # clause describes, under either of his names, is the mediator
        mediators |= {verb.head.i} | ({verb.head.head.i} if verb.head.dep_ == "appos" else set())
    clause = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None:
        return []
    parties = [p for s in subject_of(clause) for p in (s, *s.conjuncts)]
    return [p.i for p in parties if p.i not in mediators]


def _verb_targets(verb: Token, obj: Token | None, thing_object: bool, entry: LexEntry, cls: str,
                  lex: Lexicon) -> list[int]:
    """Whom a verb acts on: its object, dative, entry prepositions and complement subjects."""
    plover = lex.info(cls)["plover"]
    # "demanded the release of a citizen detained in Beijing": asked of whoever holds them
    targets: list[int] = _holders(obj, lex) if plover == "REQUEST" and obj is not None else []
    if plover == "REQUEST" and obj is not None:
        # "demanded an end to attacks by Israel": asked of the one doing what is to end
        inner = [p for prep in children(obj, "prep") if prep.lower_ in {"to", "of"} for p in children(prep, "pobj")]
        targets += [a.i for noun in inner for prep in children(noun, "prep") if prep.lower_ == "by"
                    for a in children(prep, "pobj")]
    if "recipient_target" in entry.flags:
        targets += prep_objects(verb, ("to",))  # "extradited to Germany a Vietnamese man"
    if obj is not None:
        targets += [p.i for p in exchange_partners(obj)]  # "banned exports of rare earths to Japan"
        if lemma(obj) in load_words().offer_nouns:
            # "accepted an invitation to visit Ethiopia": whom the offered act is aimed at
            targets += [t for acl in children(obj, "acl") for t in
                        [d.i for d in children(acl, "dobj")] + prep_objects(acl, ("to", "with"))
                        if can_act(obj.doc[t])]
        if lemma(obj) in load_words().mission_nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(obj)):
            # "closed its embassy in Ottawa": where one's own mission is, is whom it is there for
            targets += prep_objects(obj, ("in", "to"))
    if obj is not None and not thing_object and obj.lower_ not in load_words().reflexives:
        targets.append(obj.i)  # "blew himself up" acts on no one else
    if verb.dep_ == "relcl" and not thing_object and not recounted(verb):
        # "the 14th Army, which Moldova accuses of arming ...", "200 Venezuelans it accused of
        # ...": the object of a relative clause is the noun the clause describes (one that
        # "had" done it recounts what went before: "whom they had taken hostage")
        relative = load_words().relative_pronouns
        targets = [verb.head.i if verb.doc[t].lower_ in relative else t for t in targets]
        if obj is None and any(s.lower_ not in relative for s in children(verb, "nsubj")):
            targets.append(verb.head.i)
    targets += [d.i for d in children(verb, "dative")]
    targets += prep_objects(verb, entry.preps)
    if any(p.lower_ in load_words().aiming_particles for p in children(verb, "prt")):
        targets += prep_objects(verb, ("at",))  # "lashed out at Britain", "hit out at Paris"
    if "from_object" in entry.flags and obj is None:
        # ("walked out of talks with Israel": the phrases of what is left, as of an object)
        targets += [t for p in _left(verb) for t in [p.i, *prep_objects(p, entry.preps)] if t not in targets]
    if obj is not None:
        # "fired a barrage of rockets at Israel": the phrases of what counts the object too;
        # "sent ships carrying food to Cuba": those of what carries it
        carrier = obj.head if obj.dep_ == "dobj" and obj.head.dep_ == "acl" and obj.head.head.head.i == verb.i else None
        # "launched 728 drones and 13 missiles at Ukraine": those of a joined object as well
        targets += [t for holder in (obj, extent_of(obj), carrier, *obj.conjuncts) if holder is not None
                    for t in prep_objects(holder, entry.preps)]
    if "mediated_parties" in entry.flags:
        # the talks mediated are what is acted on; their parties are whom it is between
        targets = _mediated_parties(verb, obj) or targets
    # "demanded that North Korea abandon ...", "accused Iran of ...": the complement's subject
    for comp in children(verb, "ccomp"):
        named = _named_what(comp)
        if named is not None:
            # "struck what New Delhi called a training camp inside Pakistan": the thing named
            # and where it is, not the one naming it
            places = entry.preps + ("inside", "in", "near")
            targets += prep_objects(named, places) or prep_objects(named.head, places)
            continue
        # ("warned that it could review Cambodia's access": "it" is the one warning, acting)
        targets += [t.i for t in children(comp, "nsubj", "nsubjpass")
                    if not (t.pos_ == "PRON" and plover == "THREATEN")]
    if plover in {"REJECT", "ACCUSE"}:
        # "denied that its troops had entered Ukraine": the one acted on in the denied clause,
        # when the clause's subject is the speaker's own
        for comp in children(verb, "ccomp"):
            comp_obj = object_of(comp)
            if comp_obj is not None:
                targets.append(comp_obj.i)
    # "threatened to deliver blows to Israel": a threat, demand or complaint aims at whom its
    # complement's action is aimed at, when the verb itself names no one
    aimed = plover in {"THREATEN", "REQUEST", "ACCUSE", "PROTEST"}
    for comp in children(verb, "xcomp") if aimed and not targets else ():
        comp_obj = object_of(comp)
        if comp_obj is not None and can_act(comp_obj):
            targets.append(comp_obj.i)
        targets += prep_objects(comp, lex.default_preps)
        if comp_obj is not None:
            targets += prep_objects(comp_obj, lex.default_preps)
    if plover == "THREATEN" and obj is not None:
        # "threatened a nuclear strike on the United States": whom the threatened act is aimed at
        act = noun_entry(lex, obj)
        if act is not None:
            targets += prep_objects(obj, act[0].preps)
    if plover == "THREATEN":
        # "warned of serious consequences if Japan did not withdraw", "threatened to strike
        # unless the government restored ...": the one the condition is on
        conditions = condition_subjects(verb) + [t for comp in children(verb, "xcomp") for t in condition_subjects(comp)]
        targets += [t for t in conditions if t not in targets]
    if plover == "PROTEST":
        # "began a hunger strike to protest against Sweden's decision", "blocked streets in
        # defiance of Chinese authorities": whom the protest is aimed at, after its own targets;
        # where it was held is none of them then ("rallied in the capital to denounce the sanctions")
        aims = [t.i for t in protest_aims(verb, lex)]
        if aims:
            targets = [t for t in targets if not _where(verb.doc[t], verb)]
        targets += aims
    if plover in {"ASSAULT", "COERCE", "MOBILIZE"} and not any(
            can_act(verb.doc[t]) and not named_place(verb.doc[t]) for t in targets):
        # "fired tear gas to disperse hundreds of protesters", "deployed a carrier to deter
        # Iran": force used to do something to someone is aimed at them
        for clause in purpose_clauses(verb):
            purpose = clause.dep_ == "advcl" and (plover != "MOBILIZE" or lemma(clause) in load_words().hostile_purposes)
            aim = object_of(clause) if purpose else None
            if aim is not None and aim.i not in targets:
                targets.append(aim.i)
    if plover in _PLACE_AIMED:
        targets += [t for t in _act_subject_aims(verb, lex) if t not in targets]
        targets += [t for t in place_targets(verb, obj) if t not in targets]
    if plover in _LOCATED_AIMS:
        targets += [t for t in _located(verb.doc, targets) if t not in targets]
    # "massed troops on its border with Kuwait": the state a border is shared with
    borders = load_words().border_nouns
    targets += [p.i for t in list(targets) if lemma(verb.doc[t]) in borders
                for prep in children(verb.doc[t], "prep") if prep.lower_ == "with" for p in children(prep, "pobj")]
    if aimed and not targets and not (obj is not None and can_act(obj)):
        # (an object whose owner is named, "blocked NATO supply convoys", says whom already)
        targets = _coordinated_targets(verb, lex)
    return targets


def _holders(noun: Token, lex: Lexicon) -> list[int]:
    """Who holds the people whose release a noun names: "the release of a citizen detained in
    Beijing" (China), "of an employee whom Chinese authorities detained" (the authorities)."""
    if not any(e.cls == "Release" for e in lex.by_noun.get(lemma(noun), ())):
        return []
    return _holders_of(noun_complement(noun), lex)


def _holders_of(held: Token | None, lex: Lexicon) -> list[int]:
    """Who holds people the clauses on them say were detained or held, by agent or by place."""
    holders: list[int] = []
    for clause in kids(held) if held is not None else ():
        if clause.dep_ not in {"acl", "relcl"} or not any(
                lex.info(e.cls)["cameo"].startswith(("173", "181")) for e in lex.by_verb.get(lemma(clause), ())):
            continue
        doers = [p for a in children(clause, "agent") for p in children(a, "pobj")]
        doers += [s for s in children(clause, "nsubj") if s.lower_ not in load_words().relative_pronouns]
        holders += [t.i for t in doers] + [t.i for t in act_places([clause], {"in"})]
    return holders


def _coordinated_targets(verb: Token, lex: Lexicon) -> list[int]:
    """Whom the verb a threat, demand or complaint is coordinated with acts on, when it names
    no one itself: "accused Britain of interfering and threatened to take countermeasures"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head  # "threatened to take ...": the threatening verb's own place
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    first = verb.head
    obj = object_of(first)
    found = [obj.i] if obj is not None and can_act(obj) else []
    return found + [d.i for d in children(first, "dative")] + prep_objects(first, lex.default_preps)


def _act_subject_aims(verb: Token, lex: Lexicon) -> list[int]:
    """Whom an act named as the subject was aimed at: "Israeli air strikes on Gaza killed 15
    people", "a Russian attack on Kharkiv destroyed ..." act on Gaza's and Kharkiv's side."""
    aims: list[int] = []
    for act in subject_of(verb):
        found = noun_entry(lex, act) if act.pos_ == "NOUN" else None
        if found is not None:
            aims += prep_objects(act, found[0].preps)
    return aims


# PLOVER types whose act may be aimed at a place when it names no party
_PLACE_AIMED = frozenset({"MOBILIZE", "ASSAULT", "RETREAT", "PROTEST", "COERCE"})
# ... and those aimed at the state where the things they name are: "opened an investigation
# into crimes in Venezuela", "condemned the killings in Myanmar"
_LOCATED_AIMS = _PLACE_AIMED | {"ACCUSE"}


def place_targets(verb: Token, obj: Token | None) -> list[int]:
    """The places an act is aimed at, whose state it is aimed at: "moved forces toward the
    Ukrainian border", "rallied outside the Japanese embassy", "sent troops to its border with
    Syria", "pulled out of the city of Kherson" (the place, then whose it is)."""
    words = load_words()
    found: list[int] = []
    # the verb, its object, and what its own phrases name ("put on alert along the border")
    heads = [verb] + ([obj] if obj is not None else [])
    heads += [d for d in children(verb, "dobj") if d not in heads]  # "thousands of troops": the count
    heads += [p for prep in children(verb, "prep") if prep.lower_ not in words.place_preps
              for p in children(prep, "pobj")]
    # "moved troops closer to the border": the phrase hangs on an adverb
    heads += [c for h in list(heads) for c in children(h, "advmod", "amod") if c.lower_ in words.direction_adverbs]
    # "reinforced its border with Syria", "sent soldiers to reinforce its border with Belarus":
    # a place the act or its purpose takes as object, with whom it is shared
    purposes = [c for c in children(verb, "xcomp", "advcl") if any(a.lower_ == "to" for a in children(c, "aux"))]
    for held in [obj, *(object_of(c) for c in purposes)]:
        if held is not None:
            found += [p.i for prep in children(held, "prep") if prep.lower_ == "with" for p in children(prep, "pobj")]
    for head in heads:
        for prep in children(head, "prep"):
            after_out = prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"
            if prep.lower_ not in words.place_preps and not after_out:
                continue
            places = children(prep, "pobj") or [p for inner in children(prep, "prep") for p in children(inner, "pobj")]
            for place in places:  # "out of the city": the object of the inner preposition
                found.append(place.i)
                found += [p.i for inner in children(place, "prep") if inner.lower_ in words.place_owner_preps
                          for p in children(inner, "pobj")]
    return found


def _noun_frame(noun: Token, entry: LexEntry, specific: bool, lex: Lexicon) -> Frame | None:
    head = np_head(noun)
    head = extent_of(head) or head  # "a wave of air strikes on Gaza": the phrase "wave" heads
    governor = noun_governor(noun)
    # "put Imran Khan under house arrest", "placed the city under siege": the one who put it
    # there does it, to what was put under it ("Machar was placed under house arrest", with no
    # agent: the state where it happened, where the entry's flags say a state acts)
    put_under = head.dep_ == "pobj" and head.head.lower_ == "under" and head.head.head.pos_ == "VERB" \
        and bool(children(head.head.head, "dobj", "nsubjpass"))
    if governor is None and put_under:
        governor = head.head.head
    sources = _noun_sources(noun, head, governor, lex)
    comp = noun_complement(noun)
    if not sources and "own_envoy" in entry.flags and comp is not None:
        # "the recall of Kenya's ambassador to Somalia": whose envoy it is recalls them
        sources = [c.i for c in children(comp, "poss") if c.pos_ != "PRON"]
    outbreak = not sources and _outbreak(head, lex, entry)
    placed_by_state = put_under and "state_source" in entry.flags and is_passive(head.head.head)
    if not sources and not outbreak and not placed_by_state:
        return None
    frame = Frame(cls=entry.cls, trigger=noun.i, kind="noun", specific=specific, entry=entry, sources=sources,
                  outbreak=outbreak)
    frame.targets = [t for t in _noun_targets(noun, head, governor, entry, sources, lex) if t not in sources]
    if comp is not None and comp.i not in sources and (
            (_thing_object(entry) and lemma(comp) in entry.objects)
            or (not entry.objects and not frame.targets and any(
                in_actor_span(m) for m in kids(comp) if m.dep_ in {"poss", "compound", "amod"}))):
        # "Russia's expulsion of two British diplomats", "in defiance of U.N. Security Council
        # resolutions": the thing acted on, whose owner is aimed at
        frame.owner_targets.append(comp.i)
    if not frame.targets and lex.info(entry.cls)["plover"] == "CONSULT" and head.dep_ == "pobj" \
            and head.head.lower_ in {"during", "at", "in"} and head.head.head.pos_ == "VERB":
        # "warned Biden during a phone call": the one the clause acts on was the other party
        frame.targets = [o.i for o in children(head.head.head, "dobj", "dative") if can_act(o)]
    if not frame.targets and put_under:
        frame.targets = [o.i for o in children(head.head.head, "dobj", "nsubjpass") if o.i not in sources]
    joint_parties = len(sources) > 1 and {noun.doc[t] for t in sources} <= set(between_parties(head))
    if not frame.targets and not frame.owner_targets and not entry.intransitive and not joint_parties:
        return None
    if governor is None and joint_parties and head.dep_ == "nsubj":
        governor = head.head  # "talks between ... began": the verb's clause frames them
    anchor = governor if governor is not None else noun
    frame.time_tokens = time_tokens(anchor)
    if governor is not None and governor.pos_ in {"VERB", "AUX"}:
        frame.head_clause = governor.i
    return frame


def _outbreak(head: Token, lex: Lexicon, entry: LexEntry) -> bool:
    """"Rioting broke out in the oasis towns", "protests spread to Tehran": a protest said to
    happen with no one named for it (kept with no source; its place says whose it is); not one
    that "could spread"."""
    verb = head.head
    return lex.info(entry.cls)["plover"] == "PROTEST" and head.dep_ == "nsubj" \
        and lemma(verb) in load_words().outbreak_verbs and not any(c.tag_ == "MD" for c in kids(verb))


def _noun_sources(noun: Token, head: Token, governor: Token | None, lex: Lexicon) -> list[int]:
    """Who does what a noun names: its owner, a "by" agent, or the subject of the clause it is in."""
    if governor is not None and _drawn(head, governor):
        # "the raid drew criticism from Turkey": whom it came from
        return [p.i for h in (head, governor) for prep in children(h, "prep") if prep.lower_ == "from"
                for p in children(prep, "pobj")]
    sources: list[int] = []
    # "Russia's recall", "Israeli air strikes", "U.S. sanctions"
    for child in list(lefts(noun)) + ([c for c in lefts(head) if c.i != noun.i] if head.i != noun.i else []):
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and (
                in_actor_span(child) or child.ent_type_ in ACTORISH_ENTS or child.pos_ == "PROPN"):
            sources.append(child.i)
    agents = [p for prep in children(head, "prep") if prep.lower_ == "by" for p in children(prep, "pobj")]
    sources += [a.i for a in agents]
    suffered = _suffered_under(head)
    if suffered is not None and not sources:
        # "Israel came under rocket fire from Gaza": whom it came from acts
        sources = [p.i for h in (head, suffered) for prep in children(h, "prep") if prep.lower_ == "from"
                   for p in children(prep, "pobj")]
    if (governor is not None and governor.pos_ in {"VERB", "AUX"} and not sources
            and (is_light_verb(governor, lex.light_verbs) or governor.dep_ in {"ROOT"})):
        sources = [t.i for t in subject_of(governor)]
    # ("guarded installations during weeks of protests": protests a span of time is named by are
    # no act of the clause's subject)
    found = noun_entry(lex, noun) if head.i != noun.i and head.ent_type_ in {"DATE", "TIME"} else None
    spell = found is not None and lex.info(found[0].cls)["plover"] == "PROTEST"
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"VERB"} and not sources \
            and not spell:
        # "in a bomb attack", "with the signing of", "went on strike": the clause's subject acts
        verb = head.head.head
        # ("sat down for talks", "arrived for a summit": those who came for a meeting hold it)
        meeting = head.head.lower_ == "for" and lemma(head) in load_words().meeting_nouns and any(
            s.conjuncts for s in subject_of(verb))
        if head.head.lower_ in load_words().clause_subject_preps or _phrase_event(verb, head) or meeting:
            sources = [t.i for t in subject_of(verb)]
    promise = promise_noun(head) if not sources else None
    if promise is not None:
        sources = [t.i for t in subject_of(promise.head)]  # "made no offer of talks": who made it
    if not sources:
        # "called for the release of two hikers held by Iran": the holder is who would free them
        sources = _holders(noun, lex)
    if not sources and head.dep_ in {"nsubj", "nsubjpass"} and is_light_verb(head.head, lex.light_verbs):
        # "talks between Israel and the Palestinians were held", "... began": the parties it
        # names act together, where a verb says the act took place ("a meeting ... is
        # possible", "... were cancelled" say it did not)
        sources = [p.i for p in between_parties(head)]
    return sources


def _noun_targets(noun: Token, head: Token, governor: Token | None, entry: LexEntry, sources: list[int],
                  lex: Lexicon) -> list[int]:
    """Whom a noun event is aimed at: its phrases, its governor's, and an actor it is "of"."""
    party = tuple(load_words().noun_party_preps)
    if governor is not None and _drawn(head, governor):
        return [t.i for t in subject_of(governor)]  # ... aimed at the raid's doer
    suffered = _suffered_under(head)
    if suffered is not None:
        return [t.i for t in subject_of(suffered)]  # "Ukraine's capital came under attack": the one under it
    targets = prep_objects(head, entry.preps + party + ("of",)) if head.i != noun.i else []
    targets += prep_objects(noun, entry.preps + party)
    if governor is not None:
        targets += prep_objects(governor, entry.preps)
    comp = noun_complement(noun)
    if comp is not None and comp.i not in sources:
        # "the release of two American hikers": people are what a release is of
        people = "person_object" in entry.flags or "*person" in entry.objects
        if in_actor_span(comp) or comp.ent_type_ in ACTORISH_ENTS or (people and person_noun(comp)):
            targets.append(comp.i)
        # "recall of its ambassador to China"
        targets += prep_objects(comp, entry.preps)
    plover = lex.info(entry.cls)["plover"]
    if governor is not None and governor.pos_ == "VERB" and plover == "PROTEST":
        targets += [t.i for t in protest_aims(governor, lex)]  # "began a hunger strike to protest ..."
    if governor is not None and governor.pos_ == "VERB" and plover in _PLACE_AIMED:
        # "detonated a car bomb outside the Turkish embassy": where the act is aimed
        targets += [t for t in place_targets(governor, None) if t not in targets]
    if plover in _LOCATED_AIMS:
        targets += [t for t in _located(noun.doc, targets) if t not in targets]
    if governor is not None and governor.pos_ in {"VERB", "AUX"}:
        targets += [t for t in aimed_at(governor) if t not in targets]
    return targets


def aimed_at(verb: Token) -> list[int]:
    """Whom a clause's act is meant for, said by a participle in one of its phrases: "began war
    games ... in a show of strength aimed at the United States"."""
    words = load_words()
    phrases = [p for prep in children(verb, "prep") for p in children(prep, "pobj")]
    nouns = [n for p in phrases for n in (p, *[q for inner in children(p, "prep") for q in children(inner, "pobj")])]
    return [o.i for n in nouns for acl in children(n, "acl") if lemma(acl) in words.aiming_participles
            for prep in children(acl, "prep") if prep.lower_ in {"at", "against"} for o in children(prep, "pobj")]


def _drawn(head: Token, governor: Token) -> bool:
    """Whether a reaction is what a deed brought on: "drew criticism from Turkey", "prompting
    condemnation from the EU" (a "from" phrase saying whose it is)."""
    return (head.dep_ in {"dobj", "obj"} and lemma(governor) in load_words().drawing_verbs
            and any(prep.lower_ == "from" for h in (head, governor) for prep in children(h, "prep")))


def _located(doc: Doc, targets: list[int]) -> list[int]:
    """Where the things an act of force is aimed at are: "strikes against three sites in
    Syria", "fired at targets in Jericho" are aimed at the state the places are in (tried after
    the things themselves, which may name their owner)."""
    where = load_words().location_preps  # "strikes on cities across Ukraine"
    return [p.i for t in targets if doc[t].pos_ == "NOUN" for prep in children(doc[t], "prep")
            if prep.lower_ in where for p in children(prep, "pobj") if not of_time(prep)]


def _suffered_under(head: Token) -> Token | None:
    """The verb of "came under attack", "was under fire", "remained under pressure", whose
    subject suffers the act the noun names; None for any other noun."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prep.head if lemma(prep.head) in {"come", "be", "remain", "stay", "fall"} else None


def protest_aims(verb: Token, lex: Lexicon) -> list[Token]:
    """Noun phrases a protest act is aimed at: "in defiance of X", and what its purpose clause
    is against ("to protest X's decision", "to show disapproval for X's policies")."""
    words = load_words()
    aims: list[Token] = []
    phrases: list[Token] = []
    for prep in children(verb, "prep"):
        if prep.lower_ in words.protest_preps:
            phrases += children(prep, "pobj")
        for pobj in children(prep, "pobj"):
            if lemma(pobj) in words.protest_stance_nouns:
                phrases += [p for inner in children(pobj, "prep") for p in children(inner, "pobj")]
    for clause in purpose_clauses(verb):
        if lemma(clause) in lex.word_set("demand"):
            continue  # "... to demand reforms": the demand names what is wanted, not whom
        phrases += children(clause, "dobj")
        phrases += [p for prep in children(clause, "prep") if prep.lower_ in words.purpose_target_preps
                    for p in children(prep, "pobj")]
    for phrase in phrases:
        # "Sweden's decision", "the United States' military policies", "settlement of ..."
        owners = children(phrase, "poss")
        owners += [p for prep in children(phrase, "prep") if prep.lower_ in words.phrase_owner_preps
                   for p in children(prep, "pobj")]
        aims += owners + [phrase]
    return aims
