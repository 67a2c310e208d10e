"""What, to whom: the ``kg_event_matcher`` component and article-level event extraction.

Stage three of the pipeline. The component finds *frames* in each sentence from the
dependency parse and the action lexicon (``kg/data/event_patterns.json``): a trigger (a
verb lemma with its object, or a nominalisation), the noun phrases that hold its source
and target, negation, modality, and the framing verb that may wrap it (intent, threat,
refusal, demand, speech; ``kg/data/event_frames.json``). :func:`extract_events` then
resolves those phrases to actors with the article's context and returns
:class:`~kg.types.Event` records.
"""
from __future__ import annotations

import bisect
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import resources
from kg.actors import ActorResolver, Gazetteer, actor_span_at
from kg.errors import OntologyError, PatternError
from kg.types import Actor, Article, Event, Mention, TimeSpan

logger = logging.getLogger(__name__)

EXTRACTOR_VERSION = "kg-rules/0.1"

if not Doc.has_extension("kg_frames"):
    Doc.set_extension("kg_frames", default=None)

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_OBJ_DEPS = {"dobj", "obj"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
_ACTORISH_ENTS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
# Nouns for unnamed crowds, who belong to the place they are in.
_CROWDS = {"people", "thousand", "hundred", "crowd", "protester", "demonstrator", "resident", "student",
           "worker", "villager", "civilian", "activist", "supporter", "youth", "dozen", "million"}
_PERSONISH = {"people", "person", "civilian", "citizen", "national", "man", "woman", "child",
              "prisoner", "hostage", "detainee", "activist", "journalist", "soldier", "officer",
              "member", "leader", "official", "worker", "adviser", "advisor", "student",
              "protester", "demonstrator", "refugee", "youth", "villager", "resident", "suspect",
              "militant", "rebel", "fighter", "diplomat", "minister", "president", "crew",
              "tourist", "missionary", "opposition", "supporter", "lawmaker", "politician",
              "academic", "scholar", "researcher", "scientist", "doctor", "nurse", "businessman",
              "businesswoman", "sailor", "fisherman", "pilot", "teacher", "priest", "nun", "blogger",
              "dissident", "writer", "artist", "engineer", "employee", "contractor", "farmer",
              "reporter", "correspondent", "photographer", "aid worker", "volunteer", "pilgrim",
              "passenger", "seaman", "sportsman", "athlete", "lawyer", "judge", "mayor", "governor"}


@dataclass(frozen=True)
class LexEntry:
    cls: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    objects: frozenset[str]
    preps: tuple[str, ...]
    intransitive: bool
    flags: frozenset[str]
    subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()  # a noun counts only with one of these ("military operation")


@dataclass
class Lexicon:
    """The action lexicon and the framing words, loaded from ``kg/data``."""

    entries: list[LexEntry]
    by_verb: dict[str, list[LexEntry]]
    by_noun: dict[str, list[LexEntry]]
    default_preps: tuple[str, ...]
    light_verbs: frozenset[str]
    frames: dict[str, Any]
    classes: dict[str, dict[str, Any]]
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def word_set(self, key: str) -> frozenset[str]:
        found = self._word_sets.get(key)
        if found is None:
            found = self._word_sets[key] = frozenset(self.frames.get(key, ()))
        return found

    def info(self, cls: str) -> dict[str, Any]:
        try:
            return self.classes[cls]
        except KeyError:
            raise OntologyError(f"Event class '{cls}' is used in kg/data but not defined in ontology/kg.ttl") from None

    def intent_class(self, action: str) -> str:
        """The class CAMEO gives to an expressed intent to do ``action``."""
        table = self.frames["intent_class"]
        if action in table["by_class"]:
            return table["by_class"][action]
        info = self.info(action)
        # saying one will agree, threaten, criticise, demand or refuse is coded as that act
        if info["plover"] in ("AGREE", "THREATEN", *self.frames.get("verbal_plover", ())):
            return action
        if info["plover"] in table["by_plover"]:
            return table["by_plover"][info["plover"]]
        return table["default_conflictual"] if info["goldstein"] < 0 else table["default_cooperative"]


@cache
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Read the action lexicon and framing words, checked against the ontology. Cached.

    Raises:
        PatternError: a lexicon file is malformed.
        OntologyError: the lexicon names a class the ontology does not define.
    """
    from kg.vocab import event_classes

    base = Path(data_dir) if data_dir else resources.DATA_DIR
    try:
        patterns = json.loads((base / "event_patterns.json").read_text(encoding="utf-8"))
        frames = json.loads((base / "event_frames.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PatternError(f"Cannot read the action lexicon in {base}: {exc}") from None
    classes = event_classes()
    entries: list[LexEntry] = []
    by_verb: dict[str, list[LexEntry]] = {}
    by_noun: dict[str, list[LexEntry]] = {}
    for number, raw in enumerate(patterns.get("entries", []), start=1):
        try:
            entry = LexEntry(
                cls=raw["class"],
                verbs=frozenset(v.lower() for v in raw.get("verbs", [])),
                nouns=frozenset(n.lower() for n in raw.get("nouns", [])),
                objects=frozenset(o.lower() for o in raw.get("objects", [])),
                preps=tuple(raw.get("preps") or patterns.get("default_preps", [])),
                intransitive=bool(raw.get("intransitive", False)),
                flags=frozenset(k for k, v in raw.items() if v is True and k != "intransitive"),
                subjects=frozenset(w.lower() for w in raw.get("subjects", [])),
                modifiers=frozenset(w.lower() for w in raw.get("noun_modifiers", [])),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise PatternError(f"event_patterns.json entry {number} is malformed: {exc}") from None
        if entry.cls not in classes:
            raise OntologyError(
                f"event_patterns.json entry {number} names class '{entry.cls}', which ontology/kg.ttl does not define"
            )
        entries.append(entry)
        for verb in entry.verbs:
            by_verb.setdefault(verb, []).append(entry)
        for noun in entry.nouns:
            by_noun.setdefault(noun, []).append(entry)
    # entries that name their objects are more specific: try them first, in file order
    for index in (by_verb, by_noun):
        for key, found in index.items():
            index[key] = sorted(found, key=lambda e: not e.objects)
    return Lexicon(
        entries=entries,
        by_verb=by_verb,
        by_noun=by_noun,
        default_preps=tuple(patterns.get("default_preps", [])),
        light_verbs=frozenset(patterns.get("light_verbs", [])),
        frames=frames,
        classes=classes,
    )


@dataclass
class Frame:
    """A candidate event in one sentence, still in terms of tokens."""

    cls: str
    trigger: int
    kind: str  # verb | noun
    sources: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    owner_targets: list[int] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    frame: str | None = None  # intent | commit | threat | refuse | demand | obligation
    action: str | None = None
    speaker: int | None = None
    specific: bool = False
    time_tokens: list[int] = field(default_factory=list)
    head_clause: int | None = None
    entry: LexEntry | None = None  # the lexicon entry that found it (None for framing-only events)
    action_target: int | None = None
    open_target: bool = False  # may stand without a target ("promised to democratize the country")

    @property
    def flags(self) -> frozenset[str]:
        return self.entry.flags if self.entry is not None else frozenset()

    @property
    def intransitive(self) -> bool:
        return self.entry.intransitive if self.entry is not None else False


# ---------------------------------------------------------------------------
# frame finding (sentence level, tokens only)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _np_head(token: Token) -> Token:
    """Climb from a compound modifier to the noun phrase it modifies."""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return token


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _object_of(verb: Token) -> Token | None:
    if _is_passive(verb):
        subj = _children(verb, "nsubjpass")
        if subj:
            return subj[0]
    objs = _children(verb, "dobj", "obj")
    if len(objs) > 1 and objs[1].i == objs[0].i + 1 and all(o.pos_ == "NOUN" and o.is_alpha for o in objs[:2]):
        objs = objs[1:]  # "extradited a genocide suspect" split in two objects: the last is the head
    if objs:
        # "detained dozens of protesters": the people, not their number
        if _lemma(objs[0]) in _QUANTITIES:
            inner = [p for prep in _children(objs[0], "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")
                     if p.pos_ == "NOUN"]
            if inner:
                return inner[0]
        return objs[0]
    # "agreed on a pact", "called for talks", "withdrew from the treaty", "pulled out of the deal"
    for prep in _children(verb, "prep", "prt"):
        pobj = _children(prep, "pobj")
        if pobj and prep.lower_ in {"on", "for", "upon", "to", "off", "out", "from", "of", "into"}:
            return pobj[0]
        if prep.dep_ == "prt" and prep.lower_ == "out":
            for inner in _children(prep, "prep"):
                found = _children(inner, "pobj")
                if found:
                    return found[0]
    # "let the IAEA inspect": the one let or allowed
    if _lemma(verb) in {"let", "allow", "permit", "help", "enable", "invite"}:
        for comp in _children(verb, "ccomp", "xcomp"):
            subj = _children(comp, "nsubj")
            if subj:
                return subj[0]
    return None


_QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                         "number", "group", "handful", "million", "millions", "couple", "lot"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves", "yourself"})


def _object_matches(entry: LexEntry, obj: Token | None) -> bool:
    if not entry.objects:
        return True
    if obj is None:
        return False
    lemmas = {_lemma(obj), obj.lower_}
    lemmas |= {_lemma(c) for c in obj.children if c.dep_ in {"compound", "amod"}}
    # "suspended civilian and military cooperation", parsed with "civilian" as the object
    lemmas |= {_lemma(c) for c in obj.conjuncts}
    for prep in _children(obj, "prep"):
        if prep.lower_ == "of":
            lemmas |= {_lemma(p) for p in _children(prep, "pobj")}
    if lemmas & entry.objects:
        return True
    if "*" in entry.objects:
        return True
    if "*actor" in entry.objects and (obj.ent_type_ in _ACTORISH_ENTS or _in_actor_span(obj)):
        return True
    if "*person" in entry.objects and (obj.ent_type_ in {"PERSON", "NORP"} or _lemma(obj) in _PERSONISH):
        return True
    return False


@cache
def _object_control() -> frozenset[str]:
    """Verbs whose object does what their complement says ("urged Iran to stop")."""
    return load_lexicon().word_set("object_control")


def _can_act(token: Token) -> bool:
    """Whether a noun can be the one who acts: a named actor, a person or group noun, a pronoun."""
    return (_in_actor_span(token) or token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in _ACTORISH_ENTS
            or _lemma(token) in _PERSONISH or any(_in_actor_span(c) for c in token.children if c.dep_ in {"poss", "amod", "compound"}))


def _in_actor_span(token: Token) -> bool:
    return actor_span_at(token) is not None


def _verb_key(verb: Token) -> list[str]:
    """Lexicon keys for a verb: with its particle first ("step down"), then the bare lemma."""
    lemma = _lemma(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return [f"{lemma} {p}" for p in particles] + [lemma, verb.lower_] + _base_forms(verb)


def _base_forms(verb: Token) -> list[str]:
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


def _verb_entry(lex: Lexicon, verb: Token) -> tuple[LexEntry, bool] | None:
    candidates: list[LexEntry] = []
    for key in _verb_key(verb):
        candidates += [e for e in lex.by_verb.get(key, []) if e not in candidates]
    if not candidates:
        return None
    obj = _object_of(verb)
    # "warned Tehran of serious consequences": what the verb is about can follow "of"
    about = [p for prep in _children(verb, "prep") if prep.lower_ in {"of", "with"} for p in _children(prep, "pobj")]
    # "demonstrators protesting election results": the noun a participle describes is its subject
    subj = next(iter(_children(verb, "nsubj")), None) or (
        verb.head if verb.dep_ == "acl" and verb.tag_ == "VBG" else None)
    for entry in candidates:
        if entry.objects and about and not _object_matches(entry, obj) and any(
                _object_matches(entry, a) for a in about) and "*" not in entry.objects:
            return entry, True
        if entry.subjects:
            if subj is not None and (_lemma(subj) in entry.subjects or _lemma(_np_head(subj)) in entry.subjects):
                return entry, True
            continue
        if "person_object" in entry.flags and not entry.objects:
            if obj is None or not (obj.ent_type_ in {"PERSON", "NORP"} or _lemma(obj) in _PERSONISH
                                   or obj.pos_ == "PROPN" or _in_actor_span(obj)):
                continue
        if "people_object" in entry.flags and (obj is None or not (
                _lemma(obj) in _PERSONISH or obj.tag_ in {"NNS", "NNPS"}
                or (obj.ent_type_ in {"PERSON", "NORP"} and not _in_actor_span(obj)))):
            continue  # people are beaten or tortured, states and teams are not
        if "requires_org_object" in entry.flags and obj is not None and not _object_matches(entry, obj):
            continue
        if "joint" in entry.flags and not _joint(verb, obj):
            continue  # "held drills with Japan" is cooperation; "held drills near Taiwan" is not
        if _object_matches(entry, obj):
            return entry, bool(entry.objects)
    return None


def _joint(verb: Token, obj: Token | None) -> bool:
    """Whether an act is done together: a "with" partner, a "joint" object, or several subjects."""
    if any(p.lower_ in {"with", "alongside"} for h in (verb, obj) if h is not None for p in _children(h, "prep")):
        return True
    if obj is not None and any(c.lower_ in {"joint", "combined", "bilateral", "trilateral", "multinational"}
                               for c in obj.lefts):
        return True
    return any(s.conjuncts for s in _children(verb, "nsubj"))


def _noun_entry(lex: Lexicon, noun: Token) -> tuple[LexEntry, bool] | None:
    lemma = _lemma(noun)
    candidates = lex.by_noun.get(lemma) or lex.by_noun.get(noun.lower_)
    if not candidates:
        return None
    for entry in candidates:
        if entry.modifiers and not any(
                _lemma(c) in entry.modifiers or c.lower_ in entry.modifiers
                for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"}):
            continue
        if not entry.objects or lemma in entry.objects or "noun_needs_object" not in entry.flags:
            return entry, bool(entry.objects) and lemma in entry.objects
        # "suspension of cooperation", "aid suspension"
        if _object_matches(entry, _noun_complement(noun)):
            return entry, True
    return None


def _noun_complement(noun: Token) -> Token | None:
    for prep in _children(noun, "prep"):
        if prep.lower_ == "of":
            pobj = _children(prep, "pobj")
            if pobj:
                return pobj[0]
    comps = _children(noun, "compound")
    return comps[0] if comps else None


def _subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The source noun phrase heads of a verb, climbing through conjunction and control."""
    if depth > 4:
        return []
    if _is_passive(verb):
        agents = [p for p in _children(verb, "agent") for p in _children(p, "pobj")]
        if agents:
            return agents
        return []
    subj = _children(verb, "nsubj", "csubj")
    if subj:
        s = subj[0]
        if s.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            # "Israel, which ...", but not "a resolution that aims to tighten sanctions"
            return [verb.head] if _can_act(verb.head) else []
        return [s]
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head is not verb:
        head = verb.head
        if verb.dep_ == "xcomp":
            # object control: "urged Iran to stop" (Iran stops); but "used tear gas to disperse"
            objs = _children(head, "dobj")
            if objs and _lemma(head) in _object_control():
                return objs
        if verb.dep_ == "advcl" and verb.tag_ not in {"VBG", "VBN"} and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        if verb.dep_ == "conj" and _is_passive(head) and not _is_passive(verb):
            # "was indicted by the court and will resign": the one indicted resigns
            return _children(head, "nsubjpass")
        return _subject_of(head, depth + 1)
    if verb.dep_ == "relcl" and _can_act(verb.head):
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _can_act(verb.head):
        return [verb.head]
    return []


def _purpose_clauses(verb: Token) -> list[Token]:
    """"to protest ...", "to demand ...", "to show their disapproval ...": why something was done."""
    return [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _protest_aims(verb: Token, lex: Lexicon) -> list[Token]:
    """Noun phrases a protest act is aimed at: "in defiance of X", and what its purpose clause
    is against ("to protest X's decision", "to show disapproval for X's policies")."""
    aims: list[Token] = []
    phrases: list[Token] = []
    for prep in _children(verb, "prep"):
        if prep.lower_ in {"against", "over"}:
            phrases += _children(prep, "pobj")
        for pobj in _children(prep, "pobj"):
            if _lemma(pobj) in {"defiance", "protest", "opposition", "solidarity"}:
                phrases += [p for inner in _children(pobj, "prep") for p in _children(inner, "pobj")]
    for clause in _purpose_clauses(verb):
        if _lemma(clause) in lex.word_set("demand"):
            continue  # "... to demand reforms": the demand names what is wanted, not whom
        phrases += _children(clause, "dobj")
        phrases += [p for prep in _children(clause, "prep") if prep.lower_ in {"against", "at", "over", "to"}
                    for p in _children(prep, "pobj")]
    for phrase in phrases:
        # "Sweden's decision", "the United States' military policies", "settlement of ..."
        owners = [c for c in phrase.children if c.dep_ == "poss"]
        owners += [p for prep in _children(phrase, "prep") if prep.lower_ in {"of", "by", "for"}
                   for p in _children(prep, "pobj")]
        aims += owners + [phrase]
    return aims


def _prep_objects(token: Token, preps: Iterable[str]) -> list[int]:
    wanted = set(preps)
    found: list[int] = []
    # "sent its ambassador back to Seoul": the phrase hangs on an adverb
    heads = [token] + [c for c in token.children if c.dep_ == "advmod" and c.lower_ in {"back", "away", "out", "home"}]
    for prep in [p for h in heads for p in _children(h, "prep", "dative", "agent")]:
        if prep.lower_ in wanted or prep.dep_ == "dative":
            pobjs = _children(prep, "pobj") or ([prep] if prep.dep_ == "dative" and prep.pos_ != "ADP" else [])
            if not pobjs and prep.pos_ == "ADP":
                pobjs = _dangling_object(prep)
            found += [p.i for p in pobjs]
        else:
            # "mobilized reservists for a possible war against Iraq", "pledged 1 billion euros in
            # aid to Ukraine": a directed phrase one level down
            for pobj in _children(prep, "pobj"):
                for inner in _children(pobj, "prep"):
                    if inner.lower_ in wanted and (inner.lower_ in {"against", "on"}
                                                   or prep.lower_ in {"in", "of", "as"}):
                        found += [p.i for p in _children(inner, "pobj")]
    return found


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


def _negated(token: Token, lex: Lexicon) -> bool:
    """"does not pose", "never recognised", "imposed no sanctions", "no talks"."""
    negators = lex.word_set("negators")
    if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "preconj"} and c.lower_ in negators) for c in token.children):
        return True
    obj = _object_of(token) if token.pos_ in {"VERB", "AUX"} else None
    noun = obj if obj is not None else (token if token.pos_ == "NOUN" else None)
    return noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _modality(token: Token, lex: Lexicon) -> str:
    intent_aux = lex.word_set("intent_aux")
    hypo_aux = lex.word_set("hypothetical_aux")
    marks = lex.word_set("hypothetical_marks")
    node: Token | None = token
    hops = 0
    while node is not None and hops < 3:
        aux = [c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}]
        if any(m.dep_ == "mark" and m.lower_ in marks for m in node.children):
            return "hypothetical"
        if any(a in hypo_aux for a in aux) and not any(a in lex.word_set("obligation_aux") for a in aux):
            return "hypothetical"
        if any(a in intent_aux for a in aux):
            return "intended"
        # "is going to re-establish", "plans to"
        if node.dep_ == "xcomp" and _lemma(node.head) == "go" and node.head.tag_ == "VBG":
            return "intended"
        if node.dep_ in {"conj", "xcomp"} and node.head is not node:
            node = node.head
            hops += 1
            continue
        break
    return "asserted"


def _time_tokens(token: Token) -> list[int]:
    """DATE entity tokens in the trigger's own clause (not in clauses embedded in it)."""
    found: list[int] = []
    stack = [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in _CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
                continue
            if child.ent_type_ == "DATE":
                found.append(child.i)
            stack.append(child)
    return sorted(found)


def find_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """Every candidate event in a Doc, with framing (intent, threat, demand, speech) applied."""
    frames: list[Frame] = []
    claimed: set[int] = set()  # nouns already covered by a verb frame (its object)
    for token in doc:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT" and _lemma(token) in lex.by_verb):
            if token.dep_ in {"amod", "compound"}:
                continue  # "the besieged town": a participle describing a noun reports no event
            if token.dep_ in {"acl", "ccomp"} and _lemma(token.head) in lex.word_set("claim_nouns"):
                continue  # "demanded an admission that Soviet forces murdered ...": what is claimed
            found = _verb_entry(lex, token)
            if found is None:
                continue
            entry, specific = found
            frame = _verb_frame(token, entry, specific, lex)
            frames.append(frame)
            obj = _object_of(token)
            if obj is not None:
                claimed.add(obj.i)
                claimed.update(c.i for c in obj.children if c.dep_ == "compound")
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in claimed:
            continue
        if token.is_title and token.i > token.sent.start and token.pos_ == "PROPN":
            continue  # part of a name ("Prompt Global Strike", "Arab Spring Summit")
        if token.dep_ == "compound" and (_lemma(token.head) in _PERSONISH or _lemma(token.head) in {"police", "force", "squad", "unit"}):
            continue  # "riot police", "strike force": who they are, not what they did
        found = _noun_entry(lex, token)
        if found is None:
            continue
        entry, specific = found
        frame = _noun_frame(token, entry, specific, lex)
        if frame is not None:
            frames.append(frame)
    frames += _bare_frames(doc, lex, frames)
    frames = _without_protest_purposes(doc, frames, lex)
    for frame in frames:
        _apply_framing(doc, frame, lex)
    return frames


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
        clauses = _purpose_clauses(anchor) + [c for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        for clause in clauses:
            purposes.update(t.i for t in clause.subtree)
    said = {"REQUEST", "ACCUSE", "PROTEST", "REJECT"}
    return [f for f in frames if f.trigger not in purposes or lex.info(f.cls)["plover"] not in said]


def _verb_frame(verb: Token, entry: LexEntry, specific: bool, lex: Lexicon) -> Frame:
    cls = entry.cls
    if lex.info(cls)["plover"] == "CONSULT":
        # "spoke by telephone with", "talked over the phone": the manner gives the subtype
        manners = lex.frames.get("manner_classes", {})
        for prep in _children(verb, "prep"):
            for pobj in _children(prep, "pobj"):
                cls = manners.get(_lemma(pobj), cls)
    frame = Frame(cls=cls, trigger=verb.i, kind="verb", specific=specific, entry=entry)
    frame.sources = [t.i for t in _subject_of(verb)]
    obj = _object_of(verb)
    thing_object = bool(entry.objects) and obj is not None and not (
        "*actor" in entry.objects or "*person" in entry.objects or "*" in entry.objects
        or "person_object" in entry.flags)
    targets: list[int] = []
    if obj is not None and not thing_object and obj.lower_ not in _REFLEXIVES:
        targets.append(obj.i)  # "blew himself up" acts on no one else
    targets += [d.i for d in _children(verb, "dative")]
    targets += _prep_objects(verb, entry.preps)
    if obj is not None:
        targets += _prep_objects(obj, entry.preps)
        if thing_object:
            frame.owner_targets.append(obj.i)
    # "demanded that North Korea abandon ...", "accused Iran of ...": the complement's subject
    for comp in _children(verb, "ccomp"):
        targets += [t.i for t in _children(comp, "nsubj", "nsubjpass")]
    if lex.info(cls)["plover"] in {"REJECT", "ACCUSE"}:
        # "denied that its troops had entered Ukraine": the one acted on in the denied clause,
        # when the clause's subject is the speaker's own
        for comp in _children(verb, "ccomp"):
            comp_obj = _object_of(comp)
            if comp_obj is not None:
                targets.append(comp_obj.i)
    # "threatened to deliver blows to Israel": a threat, demand or complaint aims at whom its
    # complement's action is aimed at, when the verb itself names no one
    aimed = lex.info(cls)["plover"] in {"THREATEN", "REQUEST", "ACCUSE", "PROTEST"}
    for comp in _children(verb, "xcomp") if aimed and not targets else ():
        comp_obj = _object_of(comp)
        if comp_obj is not None and _can_act(comp_obj):
            targets.append(comp_obj.i)
        targets += _prep_objects(comp, lex.default_preps)
        if comp_obj is not None:
            targets += _prep_objects(comp_obj, lex.default_preps)
    if lex.info(cls)["plover"] == "PROTEST":
        # "began a hunger strike to protest against Sweden's decision", "blocked streets in
        # defiance of Chinese authorities": whom the protest is aimed at, after its own targets
        targets += [t.i for t in _protest_aims(verb, lex)]
    frame.targets = targets
    frame.negated = _negated(verb, lex)
    frame.modality = _modality(verb, lex)
    frame.time_tokens = _time_tokens(verb)
    if frame.modality == "intended" or any(
            m.lower_ == "unless" for c in _children(verb, "advcl") for m in c.children if m.dep_ == "mark"):
        frame.targets += _condition_subjects(verb)
    return frame


def _noun_frame(noun: Token, entry: LexEntry, specific: bool, lex: Lexicon) -> Frame | None:
    head = _np_head(noun)
    frame = Frame(cls=entry.cls, trigger=noun.i, kind="noun", specific=specific, entry=entry)
    sources: list[int] = []
    # "Russia's recall", "Israeli air strikes", "U.S. sanctions"
    for child in list(noun.lefts) + ([c for c in head.lefts if c.i != noun.i] if head is not noun else []):
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and (
                _in_actor_span(child) or child.ent_type_ in _ACTORISH_ENTS or child.pos_ == "PROPN"):
            sources.append(child.i)
    agents = [p for prep in _children(head, "prep") if prep.lower_ == "by" for p in _children(prep, "pobj")]
    sources += [a.i for a in agents]
    governor = head.head if head.dep_ in {"dobj", "obj", "attr", "nsubjpass"} else None
    if governor is not None and governor.pos_ in {"VERB", "AUX"}:
        if not sources and (_lemma(governor) in lex.light_verbs or governor.dep_ in {"ROOT"}):
            sources = [t.i for t in _subject_of(governor)]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"VERB"} and not sources:
        # "in a bomb attack", "with the signing of": the clause's subject acts
        verb = head.head.head
        if head.head.lower_ in {"with", "through", "by", "during", "in"}:
            sources = [t.i for t in _subject_of(verb)]
    if not sources:
        return None
    frame.sources = sources
    targets = _prep_objects(head, entry.preps + ("between", "of")) if head is not noun else []
    targets += _prep_objects(noun, entry.preps + ("between",))
    if governor is not None:
        targets += _prep_objects(governor, entry.preps)
    comp = _noun_complement(noun)
    if comp is not None and comp.i not in sources:
        if _in_actor_span(comp) or comp.ent_type_ in _ACTORISH_ENTS:
            targets.append(comp.i)
        # "recall of its ambassador to China"
        targets += _prep_objects(comp, entry.preps)
    if governor is not None and governor.pos_ == "VERB" and lex.info(entry.cls)["plover"] == "PROTEST":
        targets += [t.i for t in _protest_aims(governor, lex)]  # "began a hunger strike to protest ..."
    frame.targets = [t for t in targets if t not in sources]
    if not frame.targets and not entry.intransitive:
        return None
    frame.negated = _negated(noun, lex) or (governor is not None and _negated(governor, lex))
    anchor = governor if governor is not None else noun
    frame.modality = _modality(anchor, lex) if anchor.pos_ in {"VERB", "AUX"} else "asserted"
    frame.time_tokens = _time_tokens(anchor)
    if governor is not None and governor.pos_ in {"VERB", "AUX"}:
        frame.head_clause = governor.i
    return frame


def _bare_frames(doc: Doc, lex: Lexicon, existing: list[Frame]) -> list[Frame]:
    """Threats, demands and refusals whose complement names no known action.

    "demanded that the DPRK forsake its nuclear program" is a Demand of the DPRK even
    though "forsake" is not in the lexicon; "said Sudan must return" likewise.
    """
    covered = {f.trigger for f in existing}
    demand = lex.word_set("demand")
    speech = lex.word_set("speech")
    out: list[Frame] = _evaluation_frames(doc, lex) + _commitment_frames(doc, lex, covered)
    wanted = demand | speech | {"tell", "call"}
    for token in doc:
        if token.pos_ != "VERB" or token.i in covered:
            continue
        lemma = _lemma(token)
        if lemma not in wanted:
            continue
        comps = _children(token, "ccomp", "xcomp")
        if lemma == "call" and not any(p.lower_ in {"on", "upon", "for"} for p in _children(token, "prep")):
            continue  # "called the measures a provocation" is an evaluation, not a call on someone
        if lemma in demand and lemma not in speech or (lemma == "tell" and comps):
            target = _demand_target(token)
            if target is None:
                continue
            cls = "Appeal" if lemma in set(lex.frames["demand_classes"]["polite"]) else "Demand"
            frame = Frame(cls=cls, trigger=token.i, kind="verb", sources=[t.i for t in _subject_of(token)],
                          targets=[target.i], specific=False)
            frame.negated = _negated(token, lex)
            frame.modality = _modality(token, lex)
            frame.time_tokens = _time_tokens(token)
            out.append(frame)
        elif lemma in speech:
            for comp in _children(token, "ccomp"):
                aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
                if aux & lex.word_set("obligation_aux") and comp.i not in covered:
                    subj = _children(comp, "nsubj")
                    if subj:
                        frame = Frame(cls="Demand", trigger=comp.i, kind="verb",
                                      sources=[t.i for t in _subject_of(token)], targets=[subj[0].i],
                                      frame="obligation", specific=True)
                        frame.time_tokens = _time_tokens(token)
                        out.append(frame)
    return out


def _commitment_frames(doc: Doc, lex: Lexicon, covered: set[int]) -> list[Frame]:
    """Promises whose content names no action of the lexicon.

    "Kostunica promised to democratize Serbia", "Vietnam is committed to opening up the
    economy": an expressed intent to cooperate, or to reform when the promised verb is
    one of reform.
    """
    commit = lex.word_set("commit") | lex.word_set("willing_adjectives")
    reform = lex.word_set("reform_verbs")
    frames: list[Frame] = []
    for word in doc:
        if _lemma(word) not in commit or word.i in covered:
            continue
        comps = [c for c in word.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
        comps += [p for prep in _children(word, "prep") if prep.lower_ == "to" for p in prep.children
                  if p.dep_ == "pcomp" and p.pos_ == "VERB"]
        comps = [c for c in comps if c.i not in covered]
        if not comps:
            continue
        subject_of = word.head if word.pos_ == "ADJ" and word.dep_ in {"acomp", "amod"} else word
        sources = [t.i for t in _subject_of(subject_of)]
        if not sources:
            continue
        comp = comps[0]
        cls = "ExpressIntentToReform" if _lemma(comp) in reform else "ExpressIntentToCooperate"
        targets = [t.i for t in _children(comp, "dobj", "dative")] + _prep_objects(comp, lex.default_preps)
        frame = Frame(cls=cls, trigger=word.i, kind="verb", sources=sources, targets=targets,
                      modality="intended", specific=False, open_target=True)
        frame.negated = _negated(word, lex) or _negated(comp, lex)
        frame.time_tokens = _time_tokens(subject_of)
        frames.append(frame)
    return frames


def _evaluation_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """Criticism and praise said through an evaluative word.

    "Japan called the move extremely regrettable", "the arrest was incomprehensible, Maas
    said", "Washington was disappointed by Seoul's decision": the one who speaks (or
    feels) criticises whoever the evaluated thing belongs to.
    """
    negative = lex.word_set("negative_evaluation")
    positive = lex.word_set("positive_evaluation")
    negative_nouns = lex.word_set("negative_evaluation_nouns")
    speech = lex.word_set("speech")
    frames: list[Frame] = []
    for word in doc:
        lemma = _lemma(word)
        if word.pos_ == "NOUN" and lemma in negative_nouns and word.dep_ in {"oprd", "attr", "dobj", "xcomp", "ccomp"}:
            lemma = "unacceptable"  # "called the measures a provocation"
        elif word.pos_ not in {"ADJ", "VERB"} or (lemma not in negative and lemma not in positive
                                                    and word.lower_ not in negative | positive):
            continue
        if any(c.dep_ == "neg" for c in word.children):
            continue
        cls = "Criticize" if lemma in negative or word.lower_ in negative else "Praise"
        if word.pos_ == "VERB":
            clause = word if _is_passive(word) else None  # "was disappointed by ..."
        elif word.pos_ == "NOUN":
            clause = word.head if _lemma(word.head) in {"call", "describe", "brand", "label", "consider", "term", "denounce", "condemn"} or (
                word.dep_ == "attr" and word.head.pos_ in {"AUX", "VERB"}) else None
        else:
            clause = word.head if word.dep_ in {"acomp", "attr", "oprd", "ccomp", "xcomp"} else None
        if clause is None or clause.pos_ not in {"VERB", "AUX"}:
            continue
        evaluated: list[int] = []
        source: list[int] = []
        speaker: Token | None = None
        if _lemma(clause) in {"call", "consider", "describe", "deem", "find", "brand", "label"}:
            # "called the move regrettable": the caller speaks about the object
            evaluated = [t.i for t in _children(clause, "dobj")]
            source = [t.i for t in _subject_of(clause)]
        else:
            subj = _children(clause, "nsubj", "nsubjpass")
            agents = [p for prep in _children(word, "prep", "agent") if prep.lower_ in {"by", "with", "at", "about", "over"}
                      for p in _children(prep, "pobj")]
            for rel, gov in _governing(clause):
                if rel in {"ccomp", "parataxis"} and _lemma(gov) in speech:
                    speaker = gov
                    break
            if speaker is None:
                speaker = next((c for c in clause.children if c.dep_ in {"parataxis", "ccomp"} and _lemma(c) in speech), None)
            if agents:
                # "X was disappointed by Seoul's decision": X feels, Seoul is criticised
                source, evaluated = [t.i for t in subj], [a.i for a in agents]
            elif speaker is not None:
                source, evaluated = [t.i for t in _subject_of(speaker)], [t.i for t in subj]
        if not source or not evaluated:
            continue
        frame = Frame(cls=cls, trigger=word.i, kind="verb", sources=source, targets=evaluated,
                      specific=True)
        # the criticism is made when it is said
        frame.time_tokens = _time_tokens(clause) or (_time_tokens(speaker) if speaker is not None else [])
        frames.append(frame)
    return frames


def _condition_subjects(verb: Token) -> list[int]:
    """"threatened to stop talks if the United States goes ahead": the one the condition is on."""
    found: list[int] = []
    for clause in _children(verb, "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in clause.children):
            found += [t.i for t in _children(clause, "nsubj", "nsubjpass")]
    return found


def _demand_target(verb: Token) -> Token | None:
    objs = _children(verb, "dobj")
    if objs:
        return objs[0]
    for prep in _children(verb, "prep"):
        if prep.lower_ in {"on", "upon", "to", "of", "from"}:
            pobj = _children(prep, "pobj")
            if pobj:
                return pobj[0]
    for comp in _children(verb, "ccomp", "xcomp"):
        subj = _children(comp, "nsubj", "nsubjpass")
        if subj:
            return subj[0]
    return None


def _governing(token: Token) -> Iterator[tuple[str, Token]]:
    """Clause-level governors of a trigger: (relation, governor) pairs, nearest first."""
    node = token
    for _ in range(4):
        if node.dep_ in {"xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "pobj", "prep"} and node.head is not node:
            yield node.dep_, node.head
            node = node.head
        else:
            return


def _apply_framing(doc: Doc, frame: Frame, lex: Lexicon) -> None:
    trigger = doc[frame.trigger]
    anchor = doc[frame.head_clause] if frame.head_clause is not None else trigger
    intent = lex.word_set("intent")
    commit = lex.word_set("commit")
    willing = lex.word_set("willing_adjectives")
    threat = lex.word_set("threat")
    refuse = lex.word_set("refuse")
    demand = lex.word_set("demand")
    speech = lex.word_set("speech")
    for rel, gov in _governing(anchor):
        lemma = _lemma(gov)
        if rel in {"xcomp", "acomp"} or (rel == "ccomp" and lemma in threat | demand | commit):
            if lemma in willing and gov.pos_ == "ADJ":
                frame.frame = frame.frame or "commit"
                if not frame.sources:
                    frame.sources = [t.i for t in _subject_of(gov.head)] if gov.dep_ == "acomp" else []
                frame.modality = "intended"
                continue
            if gov.pos_ not in {"VERB", "AUX", "ADJ"}:
                continue
            if frame.frame is None and lemma in threat and gov.i != frame.trigger:
                frame.frame = "threat"
            elif frame.frame is None and lemma in refuse and gov.i != frame.trigger:
                frame.frame = "refuse"
            elif frame.frame is None and lemma in demand and lemma not in speech and gov.i != frame.trigger:
                frame.frame = "demand"
                target = _demand_target(gov)
                frame.action_target = target.i if target is not None else None
            elif frame.frame is None and (lemma in commit or lemma in intent) and gov.i != frame.trigger:
                frame.frame = "commit" if lemma in commit else "intent"
                frame.modality = "intended"
            else:
                continue
            subj = _subject_of(gov)
            if frame.frame == "demand":
                # "demanded that Hamas renounce ...": Hamas is asked, the demander acts
                if frame.action_target is None and frame.sources:
                    frame.action_target = frame.sources[0]
                frame.sources = [t.i for t in subj]
            elif subj and (not frame.sources or rel == "xcomp"):
                frame.sources = [t.i for t in subj]
            if frame.frame == "threat" and not frame.targets:
                frame.targets = _condition_subjects(gov) + _condition_subjects(anchor)
            if _negated(gov, lex):
                frame.negated = not frame.negated
            gov_modality = _modality(gov, lex)
            if gov_modality == "hypothetical":
                frame.modality = "hypothetical"
            frame.time_tokens = frame.time_tokens or _time_tokens(gov)
        elif rel == "ccomp" and lemma in speech and frame.frame is None and anchor.pos_ in {"VERB", "AUX"} and {
                c.lower_ for c in anchor.children if c.dep_ == "aux"} & lex.word_set("obligation_aux"):
            # "Russia said Sudan must return the helicopter": a demand of Sudan by Russia
            speaker_subj = _subject_of(gov)
            if speaker_subj and [t.i for t in speaker_subj] != frame.sources:
                frame.frame, frame.targets = "obligation", list(frame.sources)
                frame.action_target = None
                frame.sources = [t.i for t in speaker_subj]
                frame.speaker = speaker_subj[0].i
                frame.modality = "asserted"
        elif rel == "ccomp" and lemma in speech and frame.speaker is None:
            subj = _subject_of(gov)
            if subj:
                frame.speaker = subj[0].i
            frame.time_tokens = frame.time_tokens  # the saying's date is not the event's
            if frame.modality == "intended" or frame.frame in {"commit", "intent", "threat"}:
                frame.time_tokens = frame.time_tokens or _time_tokens(gov)
        elif rel == "conj" and gov.pos_ in {"VERB"}:
            continue
    if frame.speaker is None:
        # "Russia will resume talks, Foreign Minister Sergei Lavrov said": an inverted quote
        clause = anchor
        for _, gov in _governing(anchor):
            clause = gov
        for child in clause.children:
            if child.dep_ in {"parataxis", "advcl", "conj"} and _lemma(child) in speech and child.i > clause.i:
                subj = _children(child, "nsubj")
                if subj:
                    frame.speaker = subj[0].i
                    break
    if frame.speaker is None:
        # "according to Breedlove, he has had conversations ..."
        root = trigger.sent.root
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for sub in prep.subtree:
                    if sub.dep_ == "pobj" and sub.head.lower_ == "to":
                        frame.speaker = sub.i
                        break


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


# ---------------------------------------------------------------------------
# article-level resolution


def _outlet(token: Token, lex: Lexicon) -> bool:
    """A news outlet ("as quoted by Reuters", "the New York Times reported") is not a speaker."""
    outlets = lex.word_set("outlets")
    if token.text in outlets:
        return True
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    return any(o in phrase for o in outlets if " " in o)


def extract_events(
    article: Article,
    docs: list[tuple[str, int, Doc]],
    gazetteer: Gazetteer,
    lex: Lexicon,
) -> list[Event]:
    """Resolve the frames of an article's parsed segments into events.

    Args:
        article: the article the docs come from.
        docs: ``(segment kind, character offset in article.text, Doc)`` in article order;
            link lines must not be among them.
        gazetteer: the actor gazetteer.
        lex: the action lexicon.

    Returns:
        Events in order of first mention, one per (type, actors, date) within the article.
    """
    resolver = ActorResolver(gazetteer, date=article.date)
    events: list[Event] = []
    last_time: TimeSpan | None = None
    for kind, offset, doc in docs:
        resolver.observe(doc)
        frames = doc._.kg_frames or []
        for sent in doc.sents:
            sent_frames = [f for f in frames if sent.start <= f.trigger < sent.end]
            sent_events: list[Event] = []
            for frame in sorted(sent_frames, key=lambda f: f.trigger):
                event = _resolve_frame(frame, doc, sent, resolver, lex, article, kind, offset,
                                       history=events + sent_events)
                if event is None:
                    continue
                if event.time is not None and event.time.value == "":
                    event = _with_time(event, last_time)
                if event.time is not None:
                    last_time = event.time
                sent_events.append(event)
            events += _dedup_sentence(sent_events)
            _remember_subject(sent, resolver)
    return [_headline_date(e, article) for e in _merge_mentions(events)]


def _headline_date(event: Event, article: Article) -> Event:
    """An undated event told only in the headline is news of the publication day."""
    if event.time is not None or article.date is None or any(m.segment != "headline" for m in event.mentions):
        return event
    return replace(event, time=TimeSpan(article.date.isoformat(), "day", "publication date"))


def _with_time(event: Event, time: TimeSpan | None) -> Event:
    return replace(event, time=TimeSpan(time.value, time.precision, event.time.text) if time and event.time else None)


def _remember_subject(sent: Span, resolver: ActorResolver) -> None:
    root = sent.root
    subj = _children(root, "nsubj")
    if subj:
        found = resolver.resolve(subj[0], subject=resolver.last_subject)
        if found:
            resolver.last_subject = found


def _event_antecedent(token: Token, history: list[Event], lex: Lexicon, exclude: set[str]) -> list[Actor]:
    """Who did "the decision", "the strikes", "the seizure" an actor reacts to.

    A definite noun naming an action refers back to the latest event of that kind in the
    article (any earlier event, for general words such as "decision" or "move"); its
    source is the one the reaction is aimed at.
    """
    noun = _np_head(token)
    if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those", "such"} for c in noun.children):
        return []
    lemma = _lemma(noun)
    plovers = {lex.info(e.cls)["plover"] for e in lex.by_noun.get(lemma, [])}
    if not plovers and lemma not in lex.word_set("event_nouns"):
        return []
    for past in reversed(history):
        if plovers and past.plover not in plovers:
            continue
        actors = [a for a in past.source if a.code not in exclude]
        if actors:
            return actors
    return []


def _resolve_frame(frame: Frame, doc: Doc, sent: Span, resolver: ActorResolver, lex: Lexicon,
                   article: Article, kind: str, offset: int, *, history: list[Event] | None = None) -> Event | None:
    trigger = doc[frame.trigger]
    context: list[Actor] = []
    speaker: Actor | None = None
    if frame.speaker is not None:
        speaker_tok = doc[frame.speaker]
        if not _outlet(speaker_tok, lex):
            found = resolver.resolve(speaker_tok, subject=resolver.last_subject, follow_conj=False)
            speaker = found[0] if found else None
    in_quote = _inside_quote(trigger)
    previous_speaker = resolver.speaker
    if speaker is not None:
        resolver.speaker = speaker
    elif in_quote and resolver.last_person is not None:
        resolver.speaker = resolver.last_person
    # a matrix subject resolves "it"/"they" in the clause ("Syria says it will ...")
    matrix = _children(sent.root, "nsubj")
    if matrix and matrix[0].i not in frame.sources:
        context = resolver.resolve(matrix[0], subject=resolver.last_subject)
    if not context:
        context = list(resolver.last_subject)
    sources: list[Actor] = []
    for tok in frame.sources:
        sources += [a for a in resolver.resolve(doc[tok], subject=context) if a not in sources]
    targets: list[Actor] = []
    source_keys = {a.key for a in sources}
    target_tokens = list(frame.targets)
    if frame.frame == "demand" and frame.action_target is not None:
        target_tokens.insert(0, frame.action_target)
    source_codes = {a.code for a in sources}
    fallback: list[Actor] = []
    owners = set(frame.owner_targets)
    # named targets first; then an unowned "government" or "dissident" standing for the
    # article's state, and that only for a body of the state acting at home ("the opposition
    # criticised the government"), not for the state itself ("Britain granted asylum to the
    # dissident" is about a foreign dissident)
    passes = [False, True] if all(a.sector for a in sources) else [False]
    threat = lex.info(frame.cls)["plover"] == "THREATEN"
    for home in passes:
        resolver.home_bodies = home
        for tok in target_tokens + frame.owner_targets:
            found = [a for a in resolver.resolve(doc[tok], subject=sources or context)
                     if a.key not in source_keys]
            # another state or organisation first; the source's own body only if nothing else,
            # and never the owner of the thing acted on ("recalled its ambassador")
            if found and not {a.code for a in found} <= source_codes:
                targets = found
                break
            said_by_own = threat and doc[tok].dep_ in {"nsubj", "nsubjpass"} \
                and doc[tok].head.dep_ == "ccomp" and doc[tok].head.head.i == trigger.i
            # "warned that the military would ...": the speaker's own forces are not the target
            if found and not fallback and tok not in owners and not said_by_own:
                fallback = found
        if targets or fallback:
            break
    resolver.home_bodies = True
    if not targets and history:
        for tok in target_tokens + frame.owner_targets:
            targets = _event_antecedent(doc[tok], history, lex, source_codes)
            if targets:
                break
    targets = targets or fallback
    flags = frame.flags
    if not sources and ("state_source" in flags or any(
            _lemma(doc[t]) in _CROWDS for t in frame.sources)):
        # "was arrested in Lebanon": the state acts; "thousands blocked streets in Hong Kong":
        # an unnamed crowd belongs to the place it is in
        sources = _location_state(trigger, resolver)
    if not targets and "domestic_person" in flags and sources and any(
            _lemma(doc[t]) in _PERSONISH for t in target_tokens):
        # "police opened fire, killing one person": unnamed victims of a state's own forces
        home = gazetteer_home(resolver, sources[0])
        targets = [home] if home is not None else []
    if not targets and "reactive" in flags and sources and history:
        # "Russia vowed to retaliate": against whoever last acted against Russia
        for past in reversed(history):
            if {a.code for a in past.target} & source_codes and not {a.code for a in past.source} & source_codes:
                targets = list(past.source)
                break
    if not targets and "context_target" in flags and sources:
        # "Britain pledged an extra 10 million pounds in emergency aid": to the article's state
        home = resolver.dominant_country()
        if home is not None and home.code not in source_codes:
            targets = [_actor_of_entry(home)]
    if not targets and "domestic" in flags and sources:
        home = gazetteer_home(resolver, sources[0])
        # a domestic protest or restriction is directed at the actor's own state
        targets = [home] if home is not None else []
    resolver.speaker = previous_speaker
    if not sources:
        # "three civilians were killed in a bombing" names no one who acted: not coded
        return None
    cls = frame.cls
    action: str | None = None
    modality = frame.modality
    negated = frame.negated
    info = lex.info(cls)
    if frame.frame == "threat":
        action, cls, modality = cls, lex.intent_class(cls), "asserted"
        if lex.info(cls)["plover"] != "THREATEN":
            cls = "Threaten"
    elif frame.frame == "refuse":
        action, cls, modality = cls, lex.frames["refusal_class"], "asserted"
    elif frame.frame == "demand":
        action = cls
        cls = "Appeal" if _lemma(_governor_of_kind(trigger, lex.word_set("demand"))) in set(
            lex.frames["demand_classes"]["polite"]) else "Demand"
        modality = "asserted"
    elif modality == "intended":
        if negated and info["goldstein"] > 0:
            action, cls, modality, negated = cls, lex.frames["refusal_class"], "asserted", False
        elif info["plover"] not in {"AGREE", "THREATEN"}:
            action, cls = cls, lex.intent_class(cls)
    elif frame.frame == "obligation":
        action = cls if cls != "Demand" else None
        cls, modality = "Demand", "asserted"
    if not targets and lex.info(cls)["plover"] == "REQUEST":
        return None  # a demand or an appeal is made of someone
    if not targets and not (frame.intransitive or frame.open_target) and frame.frame is None and len(sources) < 2:
        # a dyadic action with no one to act on is not coded; "Czechia and Albania upgraded
        # their ties" names both sides as joint sources
        return None
    info = lex.info(cls)
    time = _frame_time(frame, doc, lex.word_set("speech"))
    sentence = sent.text
    start = offset + sent.start_char
    confidence = 0.55 + (0.15 if frame.specific else 0.0) + (0.1 if sources and targets else 0.0)
    confidence -= 0.1 if frame.kind == "noun" else 0.0
    confidence -= 0.05 if frame.frame else 0.0
    confidence -= 0.05 if kind == "headline" else 0.0
    mention = Mention(article=article.id, sentence=sentence, start=start, end=start + len(sentence),
                      trigger=trigger.text, segment=kind if kind in ("headline", "body") else "body",  # type: ignore[arg-type]
                      confidence=round(min(confidence, 0.95), 3))
    return Event(
        type=cls, plover=info["plover"], cameo=info["cameo"], source=tuple(sources), target=tuple(targets),
        mentions=(mention,), time=time, negated=negated, modality=modality,  # type: ignore[arg-type]
        speaker=speaker, action=action, confidence=round(min(confidence, 0.95), 3),
        extractor=EXTRACTOR_VERSION,
    )


def _governor_of_kind(token: Token, lemmas: frozenset[str]) -> Token:
    for _, gov in _governing(token):
        if _lemma(gov) in lemmas:
            return gov
    return token


def _actor_of_entry(entry: Any) -> Actor:
    return Actor(code=entry.code, kind=entry.kind, label=entry.label, wikidata=entry.wikidata)


def gazetteer_home(resolver: ActorResolver, actor: Actor) -> Actor | None:
    """The state or organisation an actor belongs to, as an actor without a sector."""
    entry = resolver.gaz.by_code.get(actor.code)
    if entry is None:
        return None
    return Actor(code=entry.code, kind=entry.kind, label=entry.label, wikidata=entry.wikidata)  # type: ignore[arg-type]


def _location_state(trigger: Token, resolver: ActorResolver) -> list[Actor]:
    """The state where an act took place: "in Lebanon" on the verb, its object or its subject."""
    holders = [trigger] + _children(trigger, "dobj", "nsubj", "nsubjpass")
    for prep in [p for h in holders for p in _children(h, "prep")]:
        if prep.lower_ == "in":
            for pobj in _children(prep, "pobj"):
                found = [a for a in resolver.resolve(pobj) if a.kind == "country"]
                if found:
                    return found[:1]
    return []


def _inside_quote(token: Token) -> bool:
    """True when the token stands between an odd number of quotation marks in its paragraph."""
    doc = token.doc
    marks = doc.user_data.get("kg_quote_marks")
    if marks is None:
        marks = doc.user_data["kg_quote_marks"] = [t.i for t in doc if t.text in {'"', "“", "”", "``", "''"}]
    return bisect.bisect_left(marks, token.i) % 2 == 1


def _present(verb: Token) -> bool:
    """A present-tense (or modal) clause: "does not pose", "is", "will"."""
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(tags & {"VBZ", "VBP", "MD"})


def _frame_time(frame: Frame, doc: Doc, speech: frozenset[str] = frozenset()) -> TimeSpan | None:
    """The resolved date of the frame's clause; an empty value means "the time just mentioned".

    Dates come from the ``kg_time_normalizer`` (``ent._.kg_time``); "at that time"
    and "then" refer back to the previous event's date.
    """
    ents = doc.user_data.get("kg_date_index")
    if ents is None:
        ents = doc.user_data["kg_date_index"] = {
            i: ent for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start, ent.end)}

    def first_date(tokens: Iterable[int]) -> TimeSpan | None:
        for index in tokens:
            ent = ents.get(index)
            if ent is not None and ent._.kg_time is not None:
                return ent._.kg_time  # type: ignore[no-any-return]
        return None

    own = first_date(frame.time_tokens)
    if own is not None:
        return own
    trigger = doc[frame.trigger]
    anchor = doc[frame.head_clause] if frame.head_clause is not None else trigger
    if anchor.dep_ == "advcl" and anchor.head is not anchor:
        # "In April, Moscow recalled ... after the Alliance suspended ...": the clause's date
        # bounds the event; "after"/"before" keep only the month of it
        marks = {m.lower_ for m in anchor.children if m.dep_ == "mark"}
        bound = first_date(_time_tokens(anchor.head))
        if bound is not None and marks & {"after", "before", "until", "since"}:
            if bound.precision == "day":
                bound = TimeSpan(bound.value[:7], "month", bound.text)
            return TimeSpan(bound.value, bound.precision, f"{'/'.join(sorted(marks))} {bound.text or bound.value}")
        if bound is not None and marks & {"when", "as", "while"}:
            return bound
    for rel, gov in _governing(anchor):
        # "Breedlove said on Thursday NATO doesn't pose any threat": a present-tense
        # statement holds when it is made
        if rel == "ccomp" and speech and _lemma(gov) in speech and _present(anchor):
            said = first_date(_time_tokens(gov))
            if said is not None:
                return said
            break
    clauses = [anchor] + [gov for rel, gov in _governing(anchor) if rel in {"ccomp", "xcomp", "conj"}]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advmod" and child.lower_ == "then":
                return TimeSpan("", "day", "then")
            if child.dep_ == "prep" and child.lower_ in {"at", "by"}:
                for pobj in child.children:
                    if pobj.lemma_.lower() in {"time", "point"} and any(
                            d.lower_ in {"that", "the"} for d in pobj.children if d.dep_ == "det"):
                        return TimeSpan("", "day", f"{child.text} {doc[pobj.left_edge.i : pobj.i + 1].text}")
    return None


def _dedup_sentence(events: list[Event]) -> list[Event]:
    """One event per PLOVER type and pair of actors in a sentence; the better-founded report wins.

    "started a hunger strike" is found as a strike and as a hunger strike; "threatened to
    stop talks to reduce weapons" as two threats: each is one event.
    """
    def own_state(event: Event) -> bool:
        return bool(event.target) and {a.code for a in event.target} <= {a.code for a in event.source}

    # a report against another state outranks the domestic reading of the same act
    events = [e for e in events if not (own_state(e) and any(
        o is not e and o.plover == e.plover and not own_state(o) and o.target
        and {a.code for a in o.source} & {a.code for a in e.source} for o in events))]
    kept: list[Event] = []
    ranked = sorted(events, key=lambda e: (not e.target, -e.confidence, -len(e.target), -len(e.source)))
    for event in ranked:
        src = {a.code for a in event.source}
        tgt = {a.code for a in event.target}
        clash = next((k for k in kept if k.plover == event.plover and k.negated == event.negated
                      and (not src or src & {a.code for a in k.source})
                      and (not tgt or not k.target or tgt & {a.code for a in k.target})), None)
        if clash is None:
            kept.append(event)
    return sorted(kept, key=lambda e: (e.mentions[0].start, e.type))


def _identity(event: Event) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return (event.type, tuple(sorted(a.code for a in event.source)), tuple(sorted(a.code for a in event.target)))


def _joint_match(event: Event, dated: dict[tuple[Any, ...], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    if event.target or not any(m.segment == "headline" for m in event.mentions):
        return None
    parties = set(_identity(event)[1])
    for base, key in dated.items():
        if base[0] == event.type and base[3:] == (event.negated, event.modality) and set(base[1]) | set(base[2]) == parties:
            return key
    return None


def _merge_mentions(events: list[Event]) -> list[Event]:
    """The same event told twice in one article (headline and body, quote and summary) is one event."""
    merged: dict[tuple[Any, ...], Event] = {}
    dated: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for event in events:
        if event.time is not None:
            dated.setdefault((*_identity(event), event.negated, event.modality), (
                *_identity(event), event.negated, event.modality, event.time.value))
    for event in events:
        base = (*_identity(event), event.negated, event.modality)
        # an undated report (a headline) joins the dated report of the same event;
        # "X and Y resume talks" in a headline is "X resumed talks with Y" in the body
        key = (*base, event.time.value) if event.time else dated.get(base) or _joint_match(event, dated) or (*base, None)
        if key in merged:
            first = merged[key]
            if first.time is None and event.time is not None:
                first, event = event, first
            merged[key] = replace(first, mentions=tuple(sorted(first.mentions + event.mentions, key=lambda m: m.start)),
                                  confidence=min(0.99, max(first.confidence, event.confidence) + 0.05),
                                  speaker=first.speaker or event.speaker)
        else:
            merged[key] = event
    return list(merged.values())
