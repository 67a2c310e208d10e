"""Small questions asked of the dependency parse: subject of, object of, passive?, governors.

The bottom of the event side of the extractor wing (``kg/extract``): :mod:`~kg.extraction.match`,
:mod:`~kg.extraction.framing`, :mod:`~kg.extraction.frames` and :mod:`~kg.extraction.assemble` ask
these questions, and this module imports none of them. It reads only the Doc, the word lists
(:mod:`~kg.extraction.words`, :mod:`~kg.extraction.lexicon`) and the actor spans the ruler marked
(:func:`~kg.extraction.actors.actor_span_at`). The label sets below are parse vocabulary
(spaCy's dependency and entity labels), not English words.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Token

from kg.extraction.actors import actor_span_at
from kg.extraction.gazetteer import load_gazetteer
from kg.extraction.lexicon import load_lexicon
from kg.extraction.tree import (
    children,
    descriptive_participle,
    kids,
    labelled_kids,
    reduced_passive,
)
from kg.extraction.words import load_words
from kg.temporal import names_day

# Dependents that open a clause of their own.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"})
# Entity labels of names that may stand for an actor.
ACTORISH_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# Entity labels of times, never whom an act is aimed at.
TIME_ENTS = frozenset({"DATE", "TIME"})
# Entity labels of a number of things or people: "hundreds of Afghans", "dozens of activists".
COUNT_ENTS = frozenset({"CARDINAL", "QUANTITY"})
# Relations through which a trigger is governed by a clause that frames it.
# how a word before a noun says which of its kind the noun is ("a 1969 treaty")
_ATTRIBUTIVE_DEPS = frozenset({"compound", "nummod", "amod", "nmod"})
_GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "pobj", "prep"})


def lemma(token: Token) -> str:
    """The token's lemma in lower case."""
    key = token.lemma
    found = _LOWER_LEMMAS.get(key)
    if found is None:
        found = _LOWER_LEMMAS[key] = token.lemma_.lower()
    return found


# lemma hash -> lower-cased lemma: the hash is the same in every Doc of a process
_LOWER_LEMMAS: dict[int, str] = {}


def base_forms(verb: Token) -> list[str]:
    """Base forms a regular inflection could come from, for when the model's lemma is wrong
    ("staged" lemmatised as "stag")."""
    text, tag = verb.lower_, verb.tag_
    forms: list[str] = []
    if tag in {"VBD", "VBN"} and text.endswith("ed"):
        forms += [text[:-3] + "y"] if text.endswith("ied") else []
        forms += [text[:-1], text[:-2]]
        if len(text) > 4 and text[-3] == text[-4]:
            forms.append(text[:-3])  # "stopped"
    elif tag == "VBZ" and text.endswith("s"):
        forms += [text[:-3] + "y"] if text.endswith("ies") else []
        forms += [text[:-1], text[:-2]]
    elif tag == "VBG" and text.endswith("ing"):
        forms += [text[:-3], text[:-3] + "e"]
        if len(text) > 5 and text[-4] == text[-5]:
            forms.append(text[:-4])  # "stopping"
    return forms


def is_light_verb(verb: Token, light: frozenset[str]) -> bool:
    """Whether the verb is one of ``light``, the verbs that only carry a noun's act ("staged
    drills", "held talks"), also where the model's lemma is wrong."""
    return lemma(verb) in light or any(form in light for form in base_forms(verb))


def is_passive(verb: Token) -> bool:
    """Whether the verb has a passive subject or auxiliary ("was expelled"), or is a participle
    with an agent describing a noun ("sanctions imposed by the United States")."""
    return any(dep in {"nsubjpass", "auxpass"} for dep, _ in labelled_kids(verb)) or reduced_passive(verb)


def np_head(token: Token) -> Token:
    """Climb from a compound modifier to the noun phrase it modifies."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _counted_object(verb: Token) -> Token | None:
    """The object of "arrested up to 200 protesters" when the parse reads "up" as the verb's
    particle and "to 200 protesters" as a phrase of the verb: the counted noun."""
    for prt in children(verb, "prt"):
        if prt.lower_ != "up":
            continue
        for prep in children(verb, "prep") + children(prt, "prep"):
            if prep.lower_ == "to" and prep.i == prt.i + 1:
                return next((p for p in children(prep, "pobj") if children(p, "nummod")), None)
    return None


def carried_by(noun: Token) -> list[Token]:
    """What a participle says a noun carries: the food of "two navy ships carrying food"."""
    return [c for acl in children(noun, "acl") if lemma(acl) in load_words().carrying_participles
            for c in children(acl, "dobj")]


def recounted(verb: Token) -> bool:
    """Whether a verb is in the past perfect ("whom they had taken hostage"): in a relative
    clause it recounts what went before rather than reporting an act."""
    return any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ == "VBD" for a in kids(verb))


def object_of(verb: Token) -> Token | None:
    """The head of what a verb acts on: its direct object, passive subject or object phrase."""
    words = load_words()
    if is_passive(verb):
        subj = children(verb, "nsubjpass")
        if subj and subj[0].lower_ in words.relative_pronouns and verb.dep_ == "relcl":
            return verb.head  # "three activists who were detained": the activists
        if subj:
            return subj[0]
        if reduced_passive(verb):
            return verb.head
    objs = children(verb, "dobj", "obj")
    if objs and objs[0].lower_ in words.relative_pronouns and verb.dep_ == "relcl" and not (
            objs[0].i > 0 and verb.doc[objs[0].i - 1].text == "," and (objs[0].tag_ != "WP" or recounted(verb))):
        # "an employee whom Chinese authorities detained", "Pashinyan, whom they had detained":
        # the one described; but ", which Tehran denies" may be about the whole clause before it
        return verb.head
    if not objs and verb.dep_ in {"relcl", "acl"} and children(verb, "nsubj") and not any(
            c.lower_ in words.relative_pronouns or c.tag_ in {"WDT", "WP", "WRB"} or c.dep_ in {"ccomp", "xcomp"}
            # ("a move Turkey condemned as illegal", "the tariffs he had ordered on Mexican
            # imports"; but "the city they fled from")
            or (c.dep_ == "prep" and c.lower_ != "as" and not children(c, "pobj"))
            for c in kids(verb)) and verb.head.ent_type_ not in {"DATE", "TIME"} \
            and lemma(verb.head) not in words.clause_nouns:
        return verb.head  # "the 11 policemen they seized last week": the policemen
    if not objs and apposed_subject(verb) is not None:
        return verb.head  # "a move the United Nations condemned": the move
    if len(objs) > 1 and objs[1].i == objs[0].i + 1 and all(o.pos_ == "NOUN" and o.is_alpha for o in objs[:2]):
        objs = objs[1:]  # "extradited a genocide suspect" split in two objects: the last is the head
    if objs:
        # "detained dozens of protesters": the people, not their number; "launched two days of
        # drills": the act, not its length
        inner = [p for prep in children(objs[0], "prep") if prep.lower_ == "of" for p in children(prep, "pobj")
                 if (p.pos_ == "NOUN" or p.tag_ == "VBG") and extent_of(p) is not None]
        if inner:
            return inner[0]
        if objs[0].pos_ == "NUM" or objs[0].lower_ in words.partitive_words:
            # "freed 54 of the U.N. peacekeepers", "released some of the hostages": those counted
            counted_in = [p for prep in children(objs[0], "prep") if prep.lower_ == "of" for p in children(prep, "pobj")]
            if counted_in:
                return counted_in[0]
        cargo = carried_by(objs[0]) if lemma(verb) in words.sending_verbs else []
        if cargo:
            return cargo[0]  # "sent two navy ships carrying food": the food
        return _amount_given(verb, objs[0]) or objs[0]
    given = [c for c in children(verb, "npadvmod") if c.pos_ == "NOUN"] if children(verb, "dative") else []
    if given:
        return given[0]  # "gave Khartoum 30 days on Friday to ...", the time given parsed as an adverb
    counted = _counted_object(verb)
    if counted is not None:
        return counted
    taken = _object_taken_by_report(verb)
    if taken is not None:
        return taken
    for prep in children(verb, "prep"):
        # "rejected as untenable a new map of Nepal", "dismissed as worthless the calls by ...",
        # parsed as one "as" phrase: the noun whose determiner follows the adjective is the object
        if prep.lower_ != "as":
            continue
        phrase = list(prep.subtree)
        adjectives = [t.i for t in phrase if t.pos_ == "ADJ"]
        for noun in phrase:
            dets = [c for c in children(noun, "det")]
            if noun.pos_ in {"NOUN", "PROPN"} and dets and adjectives and adjectives[0] < dets[0].i:
                return noun
    for adj in children(verb, "advcl", "acomp", "oprd"):
        # "dismissed as baseless the accusations", the object hung on the adjective
        if adj.pos_ == "ADJ" and any(c.lower_ == "as" for c in kids(adj)) and children(adj, "dobj"):
            return children(adj, "dobj")[0]
    # "agreed on a pact", "called for talks", "withdrew from the treaty", "pulled out of the deal"
    for prep in children(verb, "prep", "prt"):
        pobj = children(prep, "pobj")
        if pobj and prep.lower_ in words.object_preps and pobj[0].ent_type_ not in {"DATE", "TIME"}:
            return pobj[0]  # "agreed on Saturday on a framework": the framework
        if prep.dep_ == "prt" and prep.lower_ == "out":
            for inner_prep in children(prep, "prep"):
                found = children(inner_prep, "pobj")
                if found:
                    return found[0]
    # "let the IAEA inspect": the one let or allowed
    if lemma(verb) in words.permissive_verbs:
        for comp in children(verb, "ccomp", "xcomp"):
            subj = children(comp, "nsubj")
            if subj:
                return subj[0]
    return _shared_object(verb)


def _object_taken_by_report(verb: Token) -> Token | None:
    """The object the parser gave to the reporting verb after the clause as its subject:
    "Russia has massed more than 150,000 troops on Ukraine's borders, Josep Borrell said", parsed
    with "troops ... Borrell" as the subject of "said"."""
    report = verb.head
    if verb.dep_ != "ccomp" or report.i < verb.i or report.pos_ != "VERB":
        return None
    subjects = [s for s in kids(report) if s.dep_ == "nsubj" and s.i > verb.i]
    if subjects and subjects[0].left_edge.i == verb.i + 1 and subjects[0].pos_ == "NOUN":
        return subjects[0]
    return None


def _holds_currency_sign(text: str) -> bool:
    return any(unicodedata.category(char) == "Sc" for char in text)


def _amount_given(verb: Token, obj: Token) -> Token | None:
    """What a sum is given as: "provided 50 million pounds in aid", "pledged $1 billion in
    reconstruction assistance" act on the aid, not on the money."""
    if obj.ent_type_ != "MONEY" and not any(_holds_currency_sign(t.text) for t in obj.subtree):
        return None  # (a sum the tagger missed: "NZ$18.2 million in funding")
    for head in (obj, verb):
        for prep in children(head, "prep"):
            if prep.lower_ == "in" and prep.i > obj.i:
                found = [p for p in children(prep, "pobj") if p.pos_ == "NOUN" and p.ent_type_ not in {"DATE", "TIME"}]
                if found:
                    return found[0]
    return None


def _shared_object(verb: Token) -> Token | None:
    """The object of the verb joined after this one, when this one has none of its own:
    "attacked and captured the town", "shelled and destroyed Ukrainian positions"."""
    for conj in children(verb, "conj"):
        if conj.pos_ == "VERB" and conj.i > verb.i and not is_passive(conj) and not children(conj, "nsubj"):
            objs = children(conj, "dobj", "obj")
            if objs:
                return objs[0]
    return None


def apposed_subject(verb: Token) -> Token | None:
    """"a move the United Nations and Qatar condemned as ...", parsed with the actors as an
    apposition of "move" and the verb hung on it: the actor set just before the verb is its
    subject, and the noun its object."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or children(verb, "nsubj", "dobj"):
        return None
    appos = [c for c in children(verb.head, "appos") if c.i < verb.i and c.right_edge.i == verb.i - 1]
    return appos[0] if appos and can_act(appos[0]) else None


def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The source noun phrase heads of a verb, climbing through conjunction and control."""
    if depth > 4:
        return []
    if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.dep_ == "appos" \
            and verb.head.head.dep_ == "ROOT" and can_act(verb.head.head):
        # "China, the North's main ally, called on both sides ...", parsed with no main verb and
        # "called" hung on the description: the one described is who called
        return [verb.head.head]
    if is_passive(verb):
        agents = [p for p in children(verb, "agent") for p in children(p, "pobj")]
        # "were ordered to leave Moldova by the government", the "by" phrase hung on "leave"
        agents = agents or [p for comp in children(verb, "xcomp") for prep in children(comp, "prep")
                            if prep.lower_ == "by" for p in children(prep, "pobj")
                            if p.pos_ in {"NOUN", "PROPN"} and p.ent_type_ not in {"DATE", "TIME"}]
        # "were killed in a clash with Chinese troops": who fought them
        agents = agents or [p for prep in children(verb, "prep") if prep.lower_ == "in"
                            for fight in children(prep, "pobj") if lemma(fight) in load_words().combat_nouns
                            for by in children(fight, "prep") if by.lower_ in {"with", "by"}
                            for p in children(by, "pobj")]
        return agents
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and verb.i == verb.head.i + 1 and can_act(verb.head) \
            and any(children(v, "dobj") for v in (verb, *children(verb, "conj"))):
        # "A British submarine torpedoed and sank the cruiser", parsed with "torpedoed"
        # describing the submarine: a participle right after a noun that takes an object of its
        # own is no passive, and the noun is its subject
        return [verb.head]
    subj = children(verb, "nsubj", "csubj")
    if subj:
        s = subj[0]
        if s.lower_ in load_words().relative_pronouns and verb.dep_ == "relcl":
            # "Israel, which ...", but not "a resolution that aims to tighten sanctions"; after a
            # comma, "Argentina and Britain, which held talks" is both
            noun = verb.head
            while noun.dep_ == "conj" and s.i > 0 and verb.doc[s.i - 1].text == ",":
                noun = noun.head
            # ("the army, which had accused the RSF": a body the agent nouns give a sector acts too)
            return [noun] if can_act(noun) or (noun.pos_ == "NOUN" and agent_sector(noun)) else []
        if s.pos_ == "NOUN" and verb.tag_ in {"VBD", "VBZ", "VBP"} and any(m.dep_ == "mark" for m in kids(verb)) \
                and not can_act(s):
            # "ECOWAS, which had suspended Mali after two coups there, suspended Guinea ...",
            # parsed with no main verb and the second verb taken into the "after" clause: a
            # thing cannot act, the noun the sentence stands on does
            root = verb.sent.root
            if root.pos_ in {"NOUN", "PROPN"} and can_act(root) and root.i < s.i:
                return [root]
        return [s]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "strikes killed eight people, the Taliban administration said, warning Islamabad ...":
        # a participle after a reporting clause set in the sentence is the reporter's
        reports = [c for c in children(verb.head, "parataxis") if verb.head.i < c.i < verb.i]
        said_by = children(reports[-1], "nsubj") if reports else []
        if said_by:
            return said_by[:1]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.text == "," and verb.i > 1 and verb.doc[verb.i - 2].dep_ == "appos":
        before = verb.doc[verb.i - 2].head  # "..., and Ukraine's foreign minister, Dmytro Kuleba, thanked"
    if verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBD" and before is not None and before.dep_ == "conj" \
            and before.pos_ in {"PROPN", "NOUN"} and before.head.pos_ != "VERB" and can_act(before):
        # "Hamas freed three hostages on Saturday and Israel released 183 prisoners", parsed
        # with "Israel" joined to "Saturday": the name just before a verb with no subject is it
        return [before]
    if verb.dep_ in {"advcl", "conj", "ccomp", "dep"} and getattr(descriptive_participle(verb.head), "i", None) == verb.i:
        # "Gunmen linked to al Qaeda kidnapped ...", parsed with "linked" as the main verb
        return children(verb.head, "nsubj")
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        head = conj_head(verb)
        if verb.dep_ == "xcomp":
            # object control: "urged Iran to stop" (Iran stops); but "used tear gas to disperse"
            objs = children(head, "dobj")
            if objs and lemma(head) in _object_control():
                return objs
        if verb.dep_ == "advcl" and verb.tag_ not in {"VBG", "VBN"} and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
            return []
        if verb.dep_ == "conj" and head.dep_ == "advcl" and any(m.dep_ == "mark" for m in kids(head)) \
                and any(t.text == "," for t in verb.doc[head.i : verb.i]) and head.head.i != head.i:
            # "Poland sent soldiers to the border as migrants tried to cross, and accused Minsk
            # ...": after a comma, a verb joined to a subordinate clause goes with the main one
            return subject_of(head.head, depth + 1)
        if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
            if verb.tag_ == "VBN" and not children(verb, "aux"):
                # "were freed and flown to Doha": a participle sharing the passive is passive too
                return subject_of(head, depth + 1)
            # "was indicted by the court and will resign": the one indicted resigns
            return children(head, "nsubjpass")
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBG" and head.dep_ == "pcomp" \
                and head.head.head.pos_ in {"VERB", "AUX"}:
            # "accused Russia of siding with separatists and called on Moscow to withdraw",
            # parsed with "called" joined to "siding": a past tense goes with the finite verb above
            return subject_of(head.head.head, depth + 1)
        shared = subject_of(head, depth + 1)
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < head.i and shared \
                and not any(can_act(s) or agent_sector(s) for s in shared):
            # "Kirby said the decision was binding and urged Beijing to comply", parsed with
            # "urged" joined inside what was said: a thing cannot urge, the one who spoke did
            speakers = subject_of(head.head, depth + 1)
            if speakers and all(can_act(s) for s in speakers):
                return speakers
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < head.i and verb.tag_ in {"VBD", "VBN"} \
                and not children(verb, "aux") and head.head.tag_ == "VBD" \
                and any(a.lower_ == "had" for a in children(head, "aux")) and lemma(verb) in _reporting():
            # "Amnesty said 17 people had died and accused troops of firing", parsed with
            # "accused" joined inside what was said: a verb of saying or judging joined to what
            # someone "had" done, in the past as the verb of saying above is, goes with it
            speakers = subject_of(head.head, depth + 1)
            if speakers and all(can_act(s) for s in speakers):
                return speakers
        return shared
    apposed = apposed_subject(verb)
    if apposed is not None:
        return [apposed]
    if verb.dep_ == "relcl" and can_act(verb.head):
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and can_act(verb.head):
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma(verb.head) in load_words().message_nouns:
        # "Hamas issued a statement calling on Egypt to ...": the issuer of the message
        message = verb.head
        issued = message.head.head if message.dep_ == "pobj" else message.head
        if message.dep_ in {"dobj", "nsubjpass", "pobj"} and issued.pos_ in {"VERB", "AUX"}:
            return subject_of(issued, depth + 1)
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and verb.tag_ in {"VBD", "VBN"} and not is_passive(verb) and (can_act(verb.head) or children(verb, "dobj")):
        # "Iran's top security official negotiated with ...", parsed as a noun phrase with
        # no main verb: the participle is the sentence's verb and the noun its subject; so it
        # is of any noun when the participle has an object ("a Myanmar military air strike
        # killed 50 people": a passive participle takes none)
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.head.pos_ in {"NOUN", "PROPN"} \
            and children(verb, "dobj") and not is_passive(verb) and not children(verb, "agent"):
        # the same misparse inside a longer sentence: "a Myanmar air strike killed 50 people ...,
        # and the U.N. rights chief said", "jihadists on motorbikes killed 14 soldiers"; a
        # participle that describes its noun is passive and takes no object, so one with an
        # object is the noun's act (a noun in a phrase hung on another is that one's detail)
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
        return [noun]
    if verb.dep_ == "acl" and lemma(verb.head) in load_words().effort_nouns \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        # "Turkey's efforts to mediate": the owner of the effort; "suspended its efforts to
        # mediate": "its" is whoever suspended them
        owners = children(verb.head, "poss")
        if owners and owners[0].pos_ == "PRON" and verb.head.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            return subject_of(verb.head.head, depth + 1) if verb.head.dep_ == "dobj" else []
        return [o for o in owners if o.pos_ != "PRON"]
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in load_words().manner_preps \
            and verb.head.head.pos_ == "VERB":
        # "responded by breaking off relations", "retaliated by expelling aid agencies": the
        # one responding does it
        return subject_of(verb.head.head, depth + 1)
    if fell_short(verb):
        return subject_of(verb.head.head.head, depth + 1)  # "stopped short of imposing sanctions"
    return []


def fell_short(verb: Token) -> bool:
    """Whether a gerund is what someone stopped or fell short of: "stopped short of imposing
    sanctions" (not done, by whoever stopped)."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.lower_ in load_words().short_of_adverbs
            and prep.head.head.pos_ == "VERB")


@cache
def _object_control() -> frozenset[str]:
    """Verbs whose object does what their complement says ("urged Iran to stop")."""
    return load_lexicon().word_set("object_control")


@cache
def _reporting() -> frozenset[str]:
    """Verbs that tell what someone said or how they judged it ("said", "warned", "urged",
    "accused", "condemned")."""
    lex = load_lexicon()
    return lex.word_set("speech") | lex.word_set("threat") | lex.word_set("demand") | load_words().reaction_verbs


def in_actor_span(token: Token) -> bool:
    """Whether the token is part of a gazetteer name."""
    return actor_span_at(token) is not None


def named_person(token: Token) -> bool:
    """Whether the token is part of a name the dictionaries know as a person's."""
    span = actor_span_at(token)
    entry = load_gazetteer().entry(span.label_) if span is not None else None
    return entry is not None and entry.kind == "person"


def named_place(token: Token) -> bool:
    """Whether the token names a place by its own name ("seized Sanaa", "took Kuwait"): a state,
    a capital or a town the dictionaries know, or a place spaCy finds; not a people's name."""
    span = actor_span_at(token)
    entry = load_gazetteer().entry(span.label_) if span is not None else None
    if entry is not None:
        return entry.kind == "country" and entry.role != "demonym"
    return token.pos_ == "PROPN" and token.ent_type_ in {"GPE", "LOC", "FAC"}


def named_body(token: Token) -> bool:
    """Whether the token is part of the name of an international body the dictionaries know
    ("the Organization of American States", "ECOWAS", "the International Criminal Court")."""
    span = actor_span_at(token)
    entry = load_gazetteer().entry(span.label_) if span is not None else None
    return entry is not None and entry.kind == "igo"


def between_parties(noun: Token) -> list[Token]:
    """The parties a joint act's noun names: "talks between Israel and the Palestinians",
    "clashes among rival factions"."""
    return [p for prep in children(noun, "prep") if prep.lower_ in load_words().noun_party_preps
            for pobj in children(prep, "pobj") for p in [pobj, *pobj.conjuncts]]


def agent_sector(token: Token) -> str:
    """The sector the field's agent nouns give a common noun ("CRM" for "drug trafficker"), or ""."""
    nouns = load_gazetteer().sector_nouns
    base = lemma(token)
    # "intelligence agents": the agent noun may be the compound with its head
    phrases = [f"{c.lower_} {base}" for c in children(token, "compound") if c.i == token.i - 1]
    return next((nouns[p] for p in [*phrases, base, token.lower_] if p in nouns), "")


def with_counted(token: Token) -> list[Token]:
    """A noun phrase head and, when it is a count ("hundreds of villagers"), whom its "of"
    phrase says are counted."""
    if token.ent_type_ not in COUNT_ENTS:
        return [token]
    return [token, *(p for prep in children(token, "prep") if prep.lower_ == "of" for p in children(prep, "pobj"))]


def person_noun(token: Token) -> bool:
    """Whether a common noun names a person or people: the hand list, the titles of office
    ("commander"), and the Phoenix agent nouns ("cleric", "smuggler", "intelligence agent")
    but its military ones, which mix soldiers with their weapons ("tank", "frigate"; a
    "serviceman" is one), and those that name a body, a place or a vehicle ("ministry",
    "embassy", "tanker")."""
    words = load_words()
    base = lemma(token)
    if base in words.person_nouns or base in words.person_roles:
        return True
    sector = agent_sector(token)
    if sector.startswith("MIL"):
        # the military agent nouns mix soldiers with their weapons: a "-man" is a person
        return base.endswith(("man", "men", "person", "people"))
    return bool(sector) and base not in words.agent_non_persons


def hyphened(token: Token) -> str:
    """The whole word a token ends when the tokenizer split it at a hyphen, in lemma form
    ("cease-fire" as "cease", "-", "fire"; "sit-ins"), else ""."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{lemma(token)}"


def can_act(token: Token) -> bool:
    """Whether a noun can be the one who acts: a named actor, a person or group noun, a pronoun."""
    words = load_words()
    return (in_actor_span(token) or token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in ACTORISH_ENTS
            or lemma(token) in words.person_nouns or lemma(token) in words.crowds
            or lemma(token) in words.person_roles  # "the U.N. human rights chief"
            # "security forces" (but not "gunboats": the military agent nouns hold weapons too)
            or (token.pos_ == "NOUN" and agent_sector(token) in words.security_sectors and person_noun(token))
            or any(in_actor_span(c) for c in children(token, "poss", "amod", "compound")))


def prep_objects(token: Token, preps: Iterable[str]) -> list[int]:
    """Indexes of the objects of the token's prepositional phrases introduced by ``preps``
    (and of its dative), including a directed phrase one level down."""
    words = load_words()
    wanted = set(preps)
    found: list[int] = []
    # "sent its ambassador back to Seoul": the phrase hangs on an adverb
    heads = [token] + [c for c in children(token, "advmod", "amod") if c.lower_ in words.direction_adverbs]
    for prep in [p for h in heads for p in children(h, "prep", "dative", "agent")]:
        if prep.lower_ in wanted or prep.dep_ == "dative":
            pobjs = children(prep, "pobj") or ([prep] if prep.dep_ == "dative" and prep.pos_ != "ADP" else [])
            # "held talks with visiting Prime Minister Nawaz Sharif", parsed as "with visiting" him
            pobjs = pobjs or [o for c in children(prep, "pcomp") if c.i == prep.i + 1
                              and c.lower_ in words.attributive_participles for o in children(c, "dobj")]
            if not pobjs and prep.pos_ == "ADP":
                pobjs = _dangling_object(prep)
            # "an embargo on trade with Nicaragua": the partner of the exchange acted on
            pobjs = [q for p in pobjs for q in (exchange_partners(p) or [p])]
            # "recall of its envoy in January"; but "on Kyiv overnight" is tagged a time too
            found += [p.i for p in pobjs if p.ent_type_ not in TIME_ENTS or in_actor_span(p)]
        else:
            # "mobilized reservists for a possible war against Iraq", "pledged 1 billion euros in
            # aid to Ukraine": a directed phrase one level down
            for pobj in children(prep, "pobj"):
                owners = [o for o in children(pobj, "poss") if o.pos_ != "PRON"] \
                    if prep.lower_ in words.reason_preps else []
                if owners:
                    found += [o.i for o in owners]  # "a protest over the coast guard's use of force against ..."
                    continue
                for inner in children(pobj, "prep"):
                    if inner.lower_ in wanted and (inner.lower_ in words.inner_target_preps
                                                   or prep.lower_ in words.inner_carrier_preps):
                        found += [p.i for p in children(inner, "pobj")]
    if "to" in wanted:
        # "delivered food to tsunami-hit Sri Lanka", parsed as "to hit Sri Lanka"
        found += [o.i for c in children(token, "advcl") if hyphen_participle(c)
                  and any(a.lower_ == "to" for a in kids(c) if a.dep_ == "aux")
                  for d in children(c, "dobj") for o in (d, *d.conjuncts)]
    return found


def exchange_partners(noun: Token) -> list[Token]:
    """The partners an exchange noun names ("trade with Nicaragua"), or where what is shipped
    goes ("exports to South Korea"), else none."""
    words = load_words()
    if lemma(noun) in words.exchange_nouns:
        preps = words.partner_preps
    elif lemma(noun) in words.shipment_nouns:
        # "gas supplies meant for Ukraine", "arms bound for Syria": a participle says where
        preps = frozenset({"to"})
        bound = [p for acl in children(noun, "acl") for prep in children(acl, "prep")
                 if prep.lower_ in {"to", "for"} for p in children(prep, "pobj")]
        return [p for prep in children(noun, "prep") if prep.lower_ in preps for p in children(prep, "pobj")] + bound
    else:
        # "duties on electric cars made in China": where goods come from
        return [p for acl in children(noun, "acl") if lemma(acl) in words.origin_participles
                for prep in children(acl, "prep") if prep.lower_ in {"in", "by"} for p in children(prep, "pobj")]
    return [p for prep in children(noun, "prep") if prep.lower_ in preps for p in children(prep, "pobj")]


def hyphen_participle(verb: Token) -> bool:
    """Whether a verb is the end of a hyphenated modifier ("tsunami-hit", "war-torn",
    "flood-affected"), which describes a place rather than reporting an act."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 1].whitespace_ \
        and not doc[verb.i - 2].whitespace_ and verb.tag_ in {"VB", "VBD", "VBN"} \
        and doc[verb.i - 2].pos_ in {"NOUN", "PROPN", "ADJ"}  # not "re-open"


def _dangling_object(prep: Token) -> list[Token]:
    """The noun a preposition governs when the parser attached it elsewhere.

    "granted asylum to five Panamanian officers holed up ..." often parses "officers" as
    the subject of "holed"; the first noun phrase head after the preposition is the object.
    """
    for token in prep.doc[prep.i + 1 : min(prep.i + 8, prep.sent.end)]:
        if token.pos_ in {"NOUN", "PROPN", "PRON"} and token.dep_ not in {"compound", "amod", "poss", "nmod"}:
            return [token]
        if token.pos_ in {"VERB", "AUX", "ADP", "PUNCT"}:
            break
    return []


def of_time(prep: Token) -> bool:
    """Whether a preposition heads a phrase of time ("on Monday", "in March")."""
    objects = children(prep, "pobj")
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def marked(clause: Token, marks: frozenset[str]) -> bool:
    """Whether a clause is introduced by one of ``marks`` ("if", "after")."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in kids(clause))


def other_sense(verb: Token) -> bool:
    """Whether a particle after a verb gives it another sense than its own: "pushed them back",
    "pressed ahead", "called off the talks" (words.json ``other_sense_particles``)."""
    return any(c.dep_ in {"prt", "advmod"} and c.i > verb.i and c.lower_ in load_words().other_sense_particles
               for c in kids(verb))


def condition_subjects(verb: Token) -> list[int]:
    """"threatened to stop talks if the United States goes ahead": the one the condition is on
    (in the passive, its agent as well: "if its exports are halted by U.S. sanctions")."""
    marks = load_words().condition_marks
    found: list[int] = []
    for clause in children(verb, "advcl"):
        if marked(clause, marks):
            found += [t.i for t in children(clause, "nsubj", "nsubjpass")]
            found += [p.i for agent in children(clause, "agent") for p in children(agent, "pobj")]
    return found


def noun_complement(noun: Token) -> Token | None:
    """What a nominalisation is of: its "of" object, else its first compound ("aid suspension")."""
    for prep in children(noun, "prep"):
        if prep.lower_ == "of":
            pobj = children(prep, "pobj")
            if pobj:
                return pobj[0]
    comps = children(noun, "compound")
    return comps[0] if comps else None


def noun_governor(noun: Token) -> Token | None:
    """The word whose object, attribute or passive subject the noun's phrase is ("held *talks*",
    "launched two days of *drills*")."""
    head = np_head(noun)
    head = extent_of(head) or head
    return head.head if head.dep_ in {"dobj", "obj", "attr", "nsubjpass"} else None


def extent_of(noun: Token) -> Token | None:
    """The noun that counts or measures the phrase ``noun`` completes: "dozens" for "dozens of
    *protesters*", "days" for "two days of *drills*", "barrage" for "a barrage of *rockets*"."""
    holder = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or holder.pos_ not in {"NOUN", "PRON", "ADJ", "DET"}:
        return None
    words = load_words()
    return holder if lemma(holder) in words.quantities or holder.lower_ in words.extent_nouns else None


def promise_noun(token: Token) -> Token | None:
    """The noun of a promise that names an act ("an offer to release", "no offer of talks",
    "a commitment to restructure"), made with a verb ("made", "gave"), else None."""
    head = np_head(token) if token.pos_ in {"NOUN", "PROPN"} else token
    if token.pos_ == "VERB" and token.dep_ in {"acl", "xcomp"}:
        noun = token.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        noun = head.head.head
    else:
        return None
    words = load_words()
    if noun.pos_ != "NOUN" or lemma(noun) not in words.commitment_nouns or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    return noun


def purpose_clauses(verb: Token) -> list[Token]:
    """"to protest ...", "to demand ...", "to show their disapproval ...": why something was done."""
    return [c for c in children(verb, "advcl", "xcomp") if c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]


def time_tokens(token: Token) -> list[int]:
    """DATE entity tokens in the trigger's own clause (not in clauses embedded in it, nor a
    date that says which of a thing it is: "suspended a 1969 travel agreement")."""
    found: list[int] = []
    stack = [token]
    while stack:
        node = stack.pop()
        for child in kids(node):
            if child.dep_ in CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
                continue
            day = names_day(child)
            if day and node.i != token.i and node.pos_ in {"NOUN", "PROPN"} \
                    and node.dep_ in {"dobj", "pobj", "attr", "oprd"} and node.ent_type_ not in TIME_ENTS \
                    and child.dep_ in _ATTRIBUTIVE_DEPS and child.i < node.i and not _period_of(node):
                continue
            if day:
                found.append(child.i)
            stack.append(child)
    return sorted(found)


def _period_of(noun: Token) -> bool:
    """Whether a noun names a lasting event the clause took place in ("in the 1967 war")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} \
        and noun.lemma_.lower() in load_words().period_event_nouns


def governing(token: Token) -> Iterator[tuple[str, Token]]:
    """Clause-level governors of a trigger: (relation, governor) pairs, nearest first."""
    node = token
    for _ in range(4):
        if node.dep_ in _GOVERNING_DEPS and node.head.i != node.i:
            head = conj_head(node)
            if any(t.text == ";" for t in node.doc[min(node.i, head.i) : max(node.i, head.i)]):
                return  # "Algeria cut relations ...; Morocco's ministry called the decision ...":
                # clauses a semicolon parts are each their own
            yield node.dep_, head
            node = head
        else:
            return


def _finite_after_infinitive(verb: Token) -> bool:
    """A past or present-tense verb the parser joined to a "to" infinitive."""
    head = verb.head
    return verb.tag_ in {"VBD", "VBZ"} and head.tag_ == "VB" and head.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(head))


def conj_head(verb: Token) -> Token:
    """The verb a joined verb really goes with: its head, unless the parser joined a finite verb
    to an infinitive ("ordered the diplomats to leave and closed the consulate": "closed" goes
    with "ordered") or, after a comma, to a relative clause of another tense or mood ("face
    measures that could include force, and imposed sanctions": "imposed" goes with the
    nearest verb above the relative clause in its own tense, "gave")."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i:
        return head
    if _finite_after_infinitive(verb):
        return head.head
    # a bare past participle there is a past tense the tagger missed
    tense = "VBD" if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in kids(verb)) else verb.tag_
    if tense in {"VBD", "VBZ"} and head.dep_ == "relcl" and any(t.text == "," for t in verb.doc[head.i : verb.i]) \
            and (head.tag_ != tense or any(c.dep_ == "aux" for c in kids(head))):
        node = head.head
        for _ in range(8):
            if node.pos_ in {"VERB", "AUX"} and node.tag_ == tense:
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return head


def governor_of_kind(token: Token, lemmas: frozenset[str]) -> Token:
    """The nearest clause-level governor whose lemma is one of ``lemmas``; else the token itself."""
    for _, gov in governing(token):
        if lemma(gov) in lemmas:
            return gov
    return token
