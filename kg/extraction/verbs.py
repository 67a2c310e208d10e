"""The CAMEO verb dictionary on the dependency parse: which code a verb carries in its clause.

Part of the extractor's matching stage, beside the hand-written lexicon of ``match.py``.
``kg/data/petrarch/verbs.jsonl`` (converted from PETRARCH-2's ``CAMEO.2.0.txt`` by
``python -m kg.dictionaries``) lists verb synonym blocks; each block has a default code,
each verb may have its own, and the block's phrase patterns refine the code by what
surrounds the verb. A pattern's elements are read on the parse, not on word order:

- a noun after ``*`` is the head of the verb's object (direct object, passive subject,
  attribute, or the object of a particle such as "for" in "ask for"), its modifiers among
  the head's left dependents; a noun before ``*`` is the head of the subject, or a word
  that modifies the verb (an auxiliary, "not");
- ``(PREP NOUN)`` is a prepositional dependent of the verb or of its object whose object
  has that head; ``(PREP +)`` says the target is that preposition's object, ``(PREP $)``
  the source;
- a bare ``+`` / ``$`` says the object (after ``*``) or subject (before) is the target or
  source; ``%`` names both sides, ``^`` skips a phrase; neither constrains the match;
- ``&NAME`` stands for any word of the synonym set NAME (``synsets.json``).

The most specific pattern that matches wins (the one with most elements, then file
order); with none, the verb's own code or the block's default applies; a null code means
the verb reports no event on its own. Look-up is keyed by lemma.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from kg import resources
from kg.errors import OntologyError, PatternError
from kg.extraction.parse import (
    children,
    hyphened,
    is_passive,
    lemma,
    named_place,
    object_of,
    of_time,
)
from kg.extraction.tree import kids

logger = logging.getLogger(__name__)

_SIDES = {"source", "target", "both", "skip"}
_ELEMENT_KINDS = {"noun", "prep", "actor", "word"}
# parse labels of the nouns a post-verb noun element may name
_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative", "nsubjpass"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "nummod", "npadvmod"}
_TOWN = "&town"  # the synonym set of settlements, which a place's own name also stands for
# CAMEO roots of force and its kin (15 posture, 17 coerce, 18 assault, 19 fight, 20 mass
# violence), whose patterns take a place's name for a settlement ("seized Sanaa"); an appeal
# or a call is made to the government a capital names, not about a town
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_VERB_MODIFIER_DEPS = {"aux", "auxpass", "neg", "advmod", "prt"}


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a noun (with modifiers), a prepositional phrase, an actor mark or a word."""

    kind: str
    head: str | None = None
    mods: tuple[str, ...] = ()
    prep: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class VerbPattern:
    code: str | None
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    text: str

    @cached_property
    def required(self) -> frozenset[str]:
        """The literal words the clause must hold for the pattern to match (synset words aside)."""
        words = [w for e in (*self.pre, *self.post) for w in (e.head, e.prep, *e.mods)]
        return frozenset(w for w in words if w and not w.startswith("&"))

    @cached_property
    def weight(self) -> int:
        """How much the pattern asks of the clause: the elements that constrain a match."""
        return sum(1 for e in (*self.pre, *self.post) if e.kind != "actor") + sum(
            len(e.mods) for e in (*self.pre, *self.post))


@dataclass(frozen=True)
class VerbSense:
    """One verb of a block: its lemma, the words fixed around it, its own code."""

    lemma: str
    block: str
    code: str | None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    own: bool = False  # the code is the verb's own, not its block's


@dataclass(frozen=True)
class VerbMatch:
    """What the dictionary says of one verb in its clause."""

    code: str
    sense: VerbSense
    pattern: VerbPattern | None = None
    thing: Token | None = None  # the object noun a pattern named: what is acted on, not whom
    source: Token | None = None
    target: Token | None = None


@dataclass
class VerbDictionary:
    senses: dict[str, list[VerbSense]]
    patterns: dict[str, list[VerbPattern]]
    synsets: dict[str, frozenset[str]]

    def words(self, name: str) -> frozenset[str]:
        """The words a pattern word stands for: a synonym set's members, or the word itself."""
        if name.startswith("&"):
            return self.synsets.get(name[1:], frozenset())
        return frozenset({name})

    @property
    def pattern_count(self) -> int:
        return sum(len(p) for p in self.patterns.values())


def _undergone(block: dict[str, Any]) -> bool:
    """Whether most of a block's coded patterns make the verb's subject the one acted on
    (``[:190]`` in "DIE": "* (in raid)"): its default would wrongly make them the doer of
    "died of leukaemia", so the block reports an event only through a pattern."""
    patterns = block.get("patterns") or []
    coded = [p for p in patterns if p.get("code") or p.get("passive")]
    undergoing = [p for p in coded if not p.get("code")]
    return 2 * len(undergoing) > len(coded)


def _element(raw: dict[str, Any], where: str) -> Element:
    kind = raw.get("t")
    if kind not in _ELEMENT_KINDS:
        raise PatternError(f"{where}: element kind {kind!r} is not one of {sorted(_ELEMENT_KINDS)}; "
                           "regenerate with `make dictionaries`")
    actor = raw.get("actor")
    if actor is not None and actor not in _SIDES:
        raise PatternError(f"{where}: actor mark {actor!r} is not one of {sorted(_SIDES)}")
    return Element(kind=kind, head=raw.get("head") or raw.get("word"), mods=tuple(raw.get("mods") or ()),
                   prep=raw.get("prep"), actor=actor)


@cache
def load_verb_dictionary(data_dir: str | None = None) -> VerbDictionary:
    """Read the converted CAMEO verb dictionary from ``kg/data/petrarch``. Cached.

    Raises:
        PatternError: a file is missing or malformed.
    """
    base = (Path(data_dir) if data_dir else resources.DATA_DIR) / "petrarch"
    synsets = {name: frozenset(words) for name, words in
               json.loads((base / "synsets.json").read_text(encoding="utf-8")).items()}
    senses: dict[str, list[VerbSense]] = {}
    patterns: dict[str, list[VerbPattern]] = {}
    for number, block in resources.read_jsonl(base / "verbs.jsonl"):
        where = f"{base / 'verbs.jsonl'}:{number}"
        name = block["block"]
        default = None if _undergone(block) else block.get("code")
        for verb in block.get("verbs") or []:
            sense = VerbSense(lemma=verb["lemma"], block=name, code=verb.get("code") or default,
                              before=tuple(verb.get("before") or ()), after=tuple(verb.get("after") or ()),
                              own=bool(verb.get("code")))
            senses.setdefault(sense.lemma, []).append(sense)
        found = [VerbPattern(code=p.get("code"), pre=tuple(_element(e, where) for e in p.get("pre") or ()),
                             post=tuple(_element(e, where) for e in p.get("post") or ()), text=p.get("text", ""))
                 for p in block.get("patterns") or []]
        # most specific first; sorted() keeps file order among equals
        patterns[name] = sorted(found, key=lambda p: -p.weight)
    for found_senses in senses.values():  # verbs with fixed words around them first ("ask for")
        found_senses.sort(key=lambda s: -(len(s.before) + len(s.after)))
    dictionary = VerbDictionary(senses=senses, patterns=patterns, synsets=synsets)
    logger.debug("CAMEO verbs: %d lemmas, %d patterns", len(senses), dictionary.pattern_count)
    return dictionary


# ---------------------------------------------------------------------------
# matching on the parse


def match_verb(verb: Token, dictionary: VerbDictionary, *, keys: Sequence[str] | None = None) -> VerbMatch | None:
    """The CAMEO code a verb carries in its clause, with what the matched pattern named.

    Args:
        verb: a verb token of a parsed Doc.
        dictionary: the loaded verb dictionary.
        keys: lemmas to try (default: the token's lemma); the first with a sense wins.

    Returns:
        The match, or None when the verb is not in the dictionary or carries no code here.
    """
    for key in keys or [lemma(verb)]:
        senses = [s for s in dictionary.senses.get(key, ()) if _fixed_words_present(verb, s)]
        if any(s.after for s in senses):
            # "called off": a verb with the particle of one of its phrases is that phrase, not the verb alone
            senses = [s for s in senses if s.after]
        if not senses:
            continue
        found = _best_pattern(verb, senses, dictionary)
        if found is not None:
            return found if found.code != "---" else None  # the block says this use is no event
        return next((VerbMatch(code=str(s.code), sense=s) for s in senses if _default_applies(s)), None)
    return None


def _best_pattern(verb: Token, senses: list[VerbSense], dictionary: VerbDictionary) -> VerbMatch | None:
    """The most specific pattern of any of the verb's blocks that matches its clause.

    A pattern whose literal words are not all in the clause is passed over without looking
    at the parse: most of a block's patterns fail there, cheaply.
    """
    best: VerbMatch | None = None
    clause = _Clause(verb)
    for sense in senses:
        for pattern in dictionary.patterns.get(sense.block, ()):
            if best is not None and best.pattern is not None and pattern.weight <= best.pattern.weight:
                break  # patterns are sorted most specific first
            if not pattern.required <= clause.words:
                continue
            named = _match_pattern(clause, pattern, dictionary,
                                   places=(pattern.code or sense.code or "")[:2] in _FORCE_ROOTS)
            if named is not None:
                best = VerbMatch(code=pattern.code or "---", sense=sense, pattern=pattern, **named)
                break
    return best


def _default_applies(sense: VerbSense) -> bool:
    """Whether a verb reports its code with no pattern to say more.

    A verb's own code always applies. A block's default applies to the verb the block is
    named after ("ACCUSE", "MEET"); its synonyms ("face" in MEET_PEOPLE, "leave" in
    GO_SOMEWHERE) report an event only through a pattern, since a block gathers verbs that
    share patterns far more than they share a bare meaning.
    """
    if not sense.code or sense.code == "---":
        return False
    return sense.own or sense.lemma == sense.block.split()[0]


def _fixed_words_present(verb: Token, sense: VerbSense) -> bool:
    """Whether the words a multi-word verb fixes around it are there ("ask for", "wire tap")."""
    if sense.after:
        near = {c.lower_ for c in children(verb, "prt", "prep") if c.i > verb.i}
        following = [t.lower_ for t in verb.doc[verb.i + 1: verb.i + 1 + len(sense.after)]]
        if not (set(sense.after) <= near or following == list(sense.after)):
            return False
    if sense.before:
        start = verb.i - len(sense.before)
        if start < 0 or [t.lower_ for t in verb.doc[start: verb.i]] != list(sense.before):
            return False
    return True


class _Clause:
    """What the patterns of a verb look at, worked out once per verb: its subject, the nouns
    after it, and the words of its clause (lemmas and forms)."""

    def __init__(self, verb: Token) -> None:
        self.verb = verb
        self.subject = next(iter(children(verb, "nsubj", "csubj")), None)
        self.objects = _object_nouns(verb)
        self.words = frozenset(w for t in verb.subtree for w in (t.lower_, lemma(t)))


def _match_pattern(clause: _Clause, pattern: VerbPattern, dictionary: VerbDictionary, *, places: bool = False
                   ) -> dict[str, Token | None] | None:
    """Check every element of a pattern on the verb's clause; what the elements named, or None.
    With ``places``, a place's own name stands for a settlement ("seized Sanaa")."""
    named: dict[str, Token | None] = {"thing": None, "source": None, "target": None}
    for element in pattern.pre:
        if not _pre_matches(clause.verb, clause.subject, element, dictionary, named):
            return None
    for element in pattern.post:
        if not _post_matches(clause.verb, clause.objects, element, dictionary, named, places=places):
            return None
    return named


def _object_nouns(verb: Token) -> list[Token]:
    """The nouns a post-verb noun element may name: objects and their conjuncts, then the
    objects of the verb's prepositions and particles ("asked Britain for aid")."""
    found = [c for c in kids(verb) if c.dep_ in _OBJECT_DEPS and (c.dep_ != "nsubjpass" or is_passive(verb))]
    main = object_of(verb)
    if main is not None and main not in found:
        found.append(main)
    found += [conj for noun in list(found) for conj in noun.conjuncts if conj not in found]
    # "expelled Thomas Grant, a British diplomat": the noun set beside a name says what it is
    found += [a for noun in list(found) for a in children(noun, "appos") if a not in found]
    found += [p for prep in children(verb, "prep", "prt") for p in children(prep, "pobj") if p not in found]
    # "gave the ambassador 48 hours", parsed with the second object as an adverbial noun
    found += [c for c in children(verb, "npadvmod") if c.i > verb.i and c.pos_ == "NOUN"]
    return found


def _noun_matches(noun: Token, element: Element, dictionary: VerbDictionary, *, places: bool = False) -> bool:
    if element.head is None:
        return True
    if not ({lemma(noun), noun.lower_, hyphened(noun)} & dictionary.words(element.head)) and not (
            places and element.head == _TOWN and not element.mods and named_place(noun)):
        return False
    around = {lemma(c) for c in kids(noun) if c.dep_ in _MODIFIER_DEPS or c.i < noun.i}
    around |= {c.lower_ for c in kids(noun)}
    return all(around & dictionary.words(mod) for mod in element.mods)


def _prep_nouns(head: Token, prep: str) -> Iterator[Token]:
    for child in kids(head):
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ == prep:
            yield from children(child, "pobj", "pcomp")
            if not any(True for _ in children(child, "pobj", "pcomp")):
                yield child  # "(AGAINST)" alone: the preposition is enough


def _post_matches(verb: Token, objects: list[Token], element: Element, dictionary: VerbDictionary,
                  named: dict[str, Token | None], *, places: bool = False) -> bool:
    if element.kind == "noun":
        hit = next((o for o in objects if _noun_matches(o, element, dictionary, places=places)), None)
        if hit is None:
            return False
        named["thing"] = hit
        return True
    if element.kind == "prep":
        heads = [verb, *objects]
        for head in heads:
            for noun in _prep_nouns(head, element.prep or ""):
                if noun.dep_ in {"prep", "agent"} and element.head is not None:
                    continue
                if noun.ent_type_ in {"DATE", "TIME"}:
                    continue  # "appealed to Germany", not "appealed on Monday"
                if element.head is None or _noun_matches(noun, element, dictionary, places=places):
                    _name_side(named, element.actor, noun if noun.dep_ not in {"prep", "agent"} else None)
                    return True
        return False
    if element.kind == "actor":
        _name_side(named, element.actor, objects[0] if objects else None)
        return True
    # a bare word after the verb ("counted on"): not a preposition of time ("on Monday")
    return any(c.lower_ == element.head and not of_time(c) for c in kids(verb) if c.i > verb.i)


def _pre_matches(verb: Token, subject: Token | None, element: Element, dictionary: VerbDictionary,
                 named: dict[str, Token | None]) -> bool:
    if element.kind == "actor":
        _name_side(named, element.actor, subject)
        return True
    if element.kind == "prep":
        return False  # prepositional phrases before the verb are not read
    if subject is not None and _noun_matches(subject, element, dictionary):
        return True
    words = dictionary.words(element.head or "")
    return any(c.lower_ in words or lemma(c) in words for c in kids(verb)
               if c.dep_ in _VERB_MODIFIER_DEPS and c.i < verb.i)


def _name_side(named: dict[str, Token | None], side: str | None, token: Token | None) -> None:
    if token is None or side in {None, "skip"}:
        return
    if side in {"source", "both"}:
        named["source"] = token
    if side in {"target", "both"}:
        named["target"] = token


# ---------------------------------------------------------------------------
# codes to ontology classes


@cache
def class_for_code(code: str, data_dir: str | None = None) -> str | None:
    """The ontology class that stands for a CAMEO code: the code's own class, else the nearest
    ancestor's of the same PLOVER root; None for codes that report no PLOVER event (01x).

    Where several classes share a code, ``kg/data/cameo_classes.json`` says which one a bare
    code means.

    Raises:
        OntologyError: the preference file names a class the ontology does not define.
    """
    index = _classes_by_code(data_dir)
    for candidate in (code, code[:3], code[:2] + "0"):
        if candidate in index:
            return index[candidate]
    return None


@cache
def _classes_by_code(data_dir: str | None = None) -> dict[str, str]:
    from kg.vocab import event_classes

    classes = event_classes()
    base = Path(data_dir) if data_dir else resources.DATA_DIR
    raw = json.loads((base / "cameo_classes.json").read_text(encoding="utf-8"))
    index: dict[str, str] = {}
    for name, info in sorted(classes.items()):
        if info.get("cameo"):
            index.setdefault(str(info["cameo"]), name)
    for code, name in (raw.get("preferred") or {}).items():
        if name not in classes:
            raise OntologyError(f"kg/data/cameo_classes.json maps {code} to '{name}', which ontology/kg.ttl "
                                "does not define; fix the name or add the class")
        index[code] = name
    for code in raw.get("no_event") or []:
        index.pop(code, None)
    return index
