"""Who acts: the ``kg_actor_ruler`` component and actor resolution.

Stage two of the pipeline, on the gazetteer of :mod:`kg.extraction.gazetteer`; the event
modules of the extractor wing (``kg/extract``) ask it who a noun phrase stands for, and it
asks nothing of them. The ruler marks every gazetteer name in a Doc (case-exact, longest
match wins) in ``doc.spans["kg_actors"]``; :class:`ActorResolver` turns a noun phrase into
:class:`~kg.types.Actor` records using the dependency parse and what the article said
before (a surname, "he", "the bloc"), not spaCy's entity labels. Its English word lists
(pronouns, person roles, owner prepositions, ...) are in ``kg/data/words.json``.
"""
from __future__ import annotations

import datetime as _dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from spacy.lang.en.lex_attrs import _num_words as _NUMBER_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extraction.gazetteer import Entry, Gazetteer, actor_of, held_on, in_its_time, load_gazetteer
from kg.extraction.lexicon import load_lexicon
from kg.extraction.tree import (
    act_places,
    children,
    definite,
    described_conjunct,
    descriptive_participle,
    entities,
    kept,
    kids,
    lefts,
    rights,
)
from kg.extraction.words import load_words
from kg.types import Actor

logger = logging.getLogger(__name__)

SPAN_KEY = "kg_actors"
# The entity labels of spans the parser takes for places, where a town only GeoNames knows is looked up.
PLACE_LABELS = frozenset({"GPE", "LOC"})


class ActorRuler:
    """Marks gazetteer names in a Doc as spans in ``doc.spans["kg_actors"]``.

    The span label is the name as written; :meth:`Gazetteer.entry` gives what it means.
    Hand-listed names match case-exactly (news writes "US", never "us", for the state). The
    dictionaries' names, which carry no case, match in any case but only as proper names:
    the phrase starts and ends with a capitalised word, and a one-word name is a proper noun
    or an acronym. The longest match wins; at equal length a hand-listed name does.
    """

    def __init__(self, nlp: Language, name: str = "kg_actor_ruler", *, data_dir: str | None = None) -> None:
        self.name = name
        self.data_dir = data_dir
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._nlp = nlp
        gazetteer = load_gazetteer(data_dir)
        self.gazetteer = gazetteer
        self.places = gazetteer.places
        self.add_patterns(gazetteer.names)
        self._add(self.folded, [_cased(n) for n in gazetteer.folded])

    def add_patterns(self, names: Iterable[str]) -> None:
        """Add names to match case-exactly (idempotent for names already added)."""
        self._add(self.matcher, names)

    def _add(self, matcher: PhraseMatcher, names: Iterable[str]) -> None:
        with _uncached(self._nlp) as tokenizer:
            for batch in _chunks(sorted(set(names)), 2000):
                matcher.add("KG_ACTOR", [tokenizer(name) for name in batch])

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, start, end, label=doc[start:end].text) for _, start, end in self.matcher(doc)]
        found += [Span(doc, start, end, label=doc[start:end].text) for _, start, end in self.folded(doc)
                  if _proper_name(doc[start:end])]
        # "Armenian Foreign Minister Ararat Mirzoyan", "Israel Katz": a state's name followed by
        # a surname in one person's name is a first name
        persons = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
        found = [span for span in found if not (self._state_name(span.label_) and any(
            ent.start <= span.start and span.end < ent.end and doc[span.end].pos_ == "PROPN" for ent in persons))]
        # "Trade Minister Simon Birmingham", "U.N. rights chief Volker Turk": a place's name or
        # a demonym after a first name in one person's name is a surname
        found = [span for span in found if not (self._state_name(span.label_, "name", "demonym") and any(
            ent.start < span.start and span.end == ent.end and doc[span.start - 1].pos_ == "PROPN"
            and doc[span.start - 1].ent_type_ == "PERSON" for ent in persons))]
        # "President Hassan Sheikh Mohamud": a one-word name of a person the dictionaries know,
        # at the start of a longer person's name, is a first name of someone else
        found = [span for span in found if not (len(span) == 1 and self._person_name(span.label_) and any(
            ent.start == span.start and span.end < ent.end and doc[span.end].pos_ == "PROPN" for ent in persons))]
        found = [span for span in found if not self._regional(span)]
        taken = {i for span in found for i in range(span.start, span.end)}
        found += [place for place in self._places(doc) if not taken & set(range(place.start, place.end))]
        doc.spans[SPAN_KEY] = filter_spans(found)
        return doc

    def _regional(self, span: Span) -> bool:
        """"four other Latin American countries", "West African leaders", "South America": a
        demonym, or a state's other name, that a region's qualifier comes right before stands
        for no state."""
        before = span.doc[span.start - 1] if span.start else None
        if before is None or not before.is_title or before.lower_ not in load_words().region_qualifiers:
            return False
        entry = self.gazetteer.entry(span.label_)
        # ("South America's Mercosur": so does a state's other name, as "America" is, though
        # not its own name, as in "South Vietnam")
        return entry is not None and (entry.role in {"demonym", "ambiguous"} or (
            entry.kind == "country" and entry.role == "name" and span.label_ != entry.label))

    def _state_name(self, name: str, *roles: str) -> bool:
        """Whether ``name`` is a state's name (or, given ``roles``, a state's word of one of them)."""
        entry = self.gazetteer.entry(name)
        return entry is not None and entry.kind == "country" and entry.role in (roles or ("name",))

    def _person_name(self, name: str) -> bool:
        entry = self.gazetteer.entry(name)
        return entry is not None and entry.kind == "person"

    def _places(self, doc: Doc) -> Iterator[Span]:
        """The towns only the GeoNames list knows, where the parser takes them for places
        ("in Jericho") or a preposition of place governs them ("clashes in Bamenda")."""
        words = load_words()
        preps, place_nouns = words.act_place_preps, words.place_nouns
        for ent in entities(doc):
            root = ent.root
            # "in its capital, Nukus", "the city of Sivas": named as a place whatever its label;
            # so is the object of a verb that takes towns ("shelled El Fasher") and the end of
            # a move ("withdrew from Kherson", "the withdrawal of its troops from Kherson")
            named = (root.dep_ == "appos" and root.head.lemma_.lower() in place_nouns) or (
                root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in place_nouns) or (
                root.dep_ == "dobj" and root.head.lemma_.lower() in words.place_taking_verbs) or (
                root.dep_ == "pobj" and root.head.lower_ in words.leaving_preps and root.head.head.pos_ in {"VERB", "NOUN"}) or (
                root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "out")
            if ent.label_ in PLACE_LABELS or named or (root.dep_ == "pobj" and root.head.lower_ in preps):
                span = ent[1:] if ent[0].lower_ == "the" else ent
                if len(span) and span.text in self.places:
                    yield Span(doc, span.start, span.end, label=span.text)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "cfg.json").write_text(json.dumps({"data_dir": self.data_dir}))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ActorRuler:
        cfg = json.loads((Path(path) / "cfg.json").read_text())
        if cfg.get("data_dir") != self.data_dir:
            self.__init__(self._nlp, self.name, data_dir=cfg.get("data_dir"))  # type: ignore[misc]
        return self


@Language.factory("kg_actor_ruler", default_config={"data_dir": None})
def make_actor_ruler(nlp: Language, name: str, data_dir: str | None) -> ActorRuler:
    return ActorRuler(nlp, name, data_dir=data_dir)


def _cased(name: str) -> str:
    """A lower-case dictionary name written as a name, so the tokenizer splits it as it splits text."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


def _proper_name(span: Span) -> bool:
    """Whether a span written in the text is used as a name (see :class:`ActorRuler`)."""
    first, last = span[0], span[-1]
    if first.is_lower or last.is_lower:
        return False
    if len(span) == 1:
        return first.pos_ == "PROPN" or (first.is_upper and len(first) > 1)
    return True


@contextmanager
def _uncached(nlp: Language) -> Iterator[Callable[[str], Doc]]:
    """The pipeline's tokenizer, kept from remembering what it splits meanwhile.

    spaCy's tokenizer remembers how it split the first 10,000 words it met and no more. Were
    the dictionaries' tens of thousands of names let in, the words of the news would never be
    remembered, and tokenizing text would cost ten times as much.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        yield tokenizer
        return
    size, tokenizer.max_cache_size = tokenizer.max_cache_size, 0
    try:
        yield tokenizer
    finally:
        tokenizer.max_cache_size = size


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def actor_span_at(token: Token) -> Span | None:
    """The gazetteer span a token is part of, if any (indexed once per Doc)."""
    index = kept(token.doc, "kg_actor_index", lambda doc: {
        i: span for span in doc.spans.get(SPAN_KEY, []) for i in range(span.start, span.end)})
    return index.get(token.i)


def _venue(span: Span, entry: Entry) -> bool:
    """A capital naming where an agreement was made ("the Rome accord", "the Algiers
    agreement"): the place of the signing, not one of its parties (a capitalised "Pact" may be
    the alliance itself: "Warsaw Pact troops")."""
    root = span.root
    return entry.role == "metonym" and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" \
        and root.head.lemma_.lower() in load_words().agreement_nouns


def _ethnic(span: Span) -> bool:
    """Whether a demonym names a people of a state's stock, not the state: "ethnic Albanian"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in load_words().ethnic_modifiers


def _stock(span: Span, spans: list[Span]) -> bool:
    """Whether a demonym names the stock of a people another right after it places: the
    "Turkish" of "Turkish Cypriots" (words.json ``stock_demonyms``)."""
    return span.text.lower() in load_words().stock_demonyms and any(s.start == span.end for s in spans)


def _prefixed(span: Span, prefixes: frozenset[str]) -> bool:
    """Whether a name follows one of ``prefixes`` and a hyphen ("anti-Japanese", "pro-Syrian")."""
    before = [t.lower_ for t in span.doc[max(span.start - 2, 0) : span.start]]
    return any(before[-2:] == [prefix, "-"] or before[-1:] == [f"{prefix}-"] for prefix in prefixes)


def _against(span: Span) -> bool:
    """Whether a name is what the phrase is against, not whose it is: "anti-Japanese protesters"."""
    prefixes = load_words().against_prefixes
    return any(span.text.lower().startswith(prefix) for prefix in prefixes) or _prefixed(span, prefixes)


def _patron(span: Span) -> bool:
    """Whether a name backs the phrase it modifies rather than owns it: "the Iran-backed militia",
    "the pro-Syrian government"."""
    words = load_words()
    after = [t.lower_ for t in span.doc[span.end : span.end + 2]]
    return (len(after) == 2 and after[0] == "-" and after[1] in words.patron_participles) \
        or _prefixed(span, words.patron_prefixes)


def _acronym(token: Token) -> bool:
    """Whether a token is a short form given in brackets after the name it shortens."""
    doc = token.doc
    return (token.is_upper and token.is_alpha and 2 <= len(token) <= 6 and token.dep_ == "appos"
            and token.head.i < token.i and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")")


def _foreign_modifier(head: Token, *, unknown_people: bool = True) -> bool:
    """Whether a noun phrase says it may not be of the article's state ("foreign troops",
    "international observers", "Western diplomats").

    With ``unknown_people``, a nationality or people we do not know ("Soviet NKVD security
    forces", "Tigrayan fighters") counts too: it names some other owner."""
    not_home = load_words().not_home
    offices = load_gazetteer().sector_nouns  # "the foreign ministry" is the home state's own office
    return any((t.lower_ in not_home and f"{t.lower_} {head.lemma_.lower()}" not in offices)
               or (unknown_people and t.ent_type_ == "NORP")
               for t in lefts(head) if t.dep_ in {"amod", "compound", "nmod"})


class ActorResolver:
    """Resolves noun phrases to actors within one article, remembering what it has seen.

    It keeps the persons named so far (so "Breedlove" and "he" find "NATO's General Philip
    Breedlove"), the organisations mentioned (so "the bloc" finds NATO), and the actor of
    the last clause subject (for "it" and "they").
    """

    def __init__(self, gazetteer: Gazetteer, *, date: _dt.date | None = None, dateline: Entry | None = None) -> None:
        self.gaz = gazetteer
        self.date = date
        self.dateline = dateline  # the state the story's dateline places it in
        self.persons: dict[str, Actor] = {}
        self.mentioned: list[str] = []  # codes in order of mention
        self.named: set[str] = set()  # codes the story names as such (not through a person)
        self.groups_named: list[Entry] = []  # armed groups and non-governmental bodies, in order of mention
        self.abroad: list[str] = []  # those named as whose envoy or mission it is ("the U.S. ambassador")
        self.last_subject: list[Actor] = []
        self.last_person: Actor | None = None
        self.speaker: Actor | None = None
        self.groups: dict[int, list[Actor]] = {}  # by number: the parties of the last event that named so many
        self.state_groups: dict[int, list[Actor]] = {}  # the same, counting states only
        self.last_group: list[Actor] = []  # the parties of the last event that named several on one side
        self.sides: list[Actor] = []  # the two parties of the last event between two ("both sides")
        # whether an unowned "government" or "rebels" may stand for the article's state
        self.home_bodies = True
        self.bodies: dict[str, str] = {}  # by sector: the state whose body of it was named last
        # by noun: the state whose body of that name was named last ("Mali's military
        # government" for a later "the government"; "Mali junta" for "the junta")
        self.nouns: dict[str, str] = {}
        self.acronyms: dict[str, list[Actor]] = {}  # short forms the text gives in brackets
        # surnames of the people the article names in full, known to the dictionaries or not,
        # each with the last word of its first full mention: "Kyagulanyi" alone, which the
        # parser may tag as an organisation or a common noun, is that person
        self.surnames: dict[str, Token] = {}
        # titles the story gave people, each with the last word of the name it last went with
        # ("Commodore Frank Bainimarama" for a later "the commodore")
        self.titled: dict[str, Token] = {}

    # -- spans ---------------------------------------------------------------
    @staticmethod
    def span_at(token: Token) -> Span | None:
        return actor_span_at(token)

    def read_names(self, docs: Iterable[Doc]) -> None:
        """Note the surnames of the people an article names in full anywhere, before any is resolved
        (a headline's "Tsai meets McCarthy" is the Kevin McCarthy the story names later)."""
        for doc in docs:
            for ent in entities(doc):
                if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].pos_ == "PROPN" and self.span_at(ent[-1]) is None:
                    self.surnames.setdefault(ent[-1].text, ent[-1])

    def observe(self, doc: Doc) -> None:
        """Note the organisations and states a sentence or paragraph mentions (for anaphors)."""
        for span in doc.spans.get(SPAN_KEY, []):
            entry = self.gaz.entry(span.label_)
            if entry and entry.role == "demonym" and _ethnic(span):
                continue  # "ethnic Albanian parties" in Macedonia are no mention of Albania
            if entry and _venue(span, entry):
                continue  # "the Rome accord" names where it was signed, not a party
            if entry and entry.role not in ("ambiguous",) and entry.kind != "person":
                self.mentioned.append(entry.code)
                self.named.add(entry.code)
                if entry.kind in ("group", "ngo"):
                    self.groups_named.append(entry)
                words = load_words()
                if span.root.dep_ in {"amod", "compound", "poss", "nmod"} and (
                        span.root.head.lemma_.lower() in words.envoy_nouns | words.mission_nouns):
                    self.abroad.append(entry.code)
            elif entry and entry.kind == "person":
                person = actor_of(entry, when=self.date)
                if person.parent_kind == "country":
                    self.mentioned.append(person.code)  # a known person speaks for their state
        for token in doc:
            if token.dep_ == "compound" and token.pos_ == "PROPN" and token.lower_ in self.gaz.sector_titles \
                    and token.head.pos_ == "PROPN" and self.is_person(token.head):
                self.titled[token.lower_] = token.head
            if _acronym(token) and token.text not in self.acronyms and self.span_at(token) is None:
                # "the Bangladesh Nationalist Party (BNP)": a later "the BNP" is the party named
                found = self._resolve_one(token.head, subject=None, depth=1)
                if found:
                    self.acronyms[token.text] = found

    # -- resolution ----------------------------------------------------------
    def resolve(self, token: Token, *, subject: list[Actor] | None = None,
                follow_conj: bool = True) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` stands for (several when coordinated)."""
        heads = [token]
        if follow_conj and not described_conjunct(token):
            # but not past a clause the parser hung on the first ("a Myanmar air strike killed 50
            # people, and the U.N. rights chief said ...": the strike and the chief are no pair)
            acts = [c.i for c in children(token, "acl") if any(g.dep_ == "dobj" for g in kids(c))]
            # ("U.S. and Russian negotiators": a demonym joined to a modifier is a party too)
            heads += [t for t in token.conjuncts if t.i > token.i and not any(a < t.i for a in acts) and (
                t.pos_ in {"NOUN", "PROPN", "PRON"} or (t.pos_ == "ADJ" and self.span_at(t) is not None))]
            # "Kishida and South Korean President Yoon Suk Yeol", parsed as one name whose
            # modifier holds the first party joined to the second's title: each party
            parts = [t for m in kids(token) if token.pos_ == "PROPN" and m.dep_ == "nmod" and m.i < token.i
                     and all(c.pos_ == "PROPN" for c in m.conjuncts) and m.conjuncts
                     and self.span_at(m) is not None and self.span_at(m) != self.span_at(token)
                     for t in (m, *m.conjuncts)]
            heads = parts + [t for t in heads[1:] if t not in parts] if parts else heads
            heads += [t for t in self._listed_states(token) if t not in heads]
        actors: list[Actor] = []
        for head in heads:
            found = self._elided(head) + (self._shared_state(head, token, actors)
                                          or self._resolve_one(head, subject=subject, depth=0))
            span = self.span_at(head) if head.pos_ == "ADJ" and head is not token else None
            entry = self._entry_for(span) if span is not None else None
            if not found and entry is not None and entry.kind == "country":
                found = [actor_of(entry, when=self.date)]  # the "Russian" of "U.S. and Russian negotiators"
            for actor in found:
                if actor not in actors:
                    actors.append(actor)
        for actor in actors:
            if actor.kind == "country" and actor.sector:
                self.bodies[actor.sector] = actor.code
        return actors

    def _shared_state(self, head: Token, first: Token, found: list[Actor]) -> list[Actor]:
        """"Israeli jets and artillery": forces joined with no word of their own to forces a
        state's word names are that state's too."""
        words = load_words()
        security = words.security_sectors
        sector = self.gaz.sector_nouns.get(head.lemma_.lower(), "")
        forces = self.gaz.sector_nouns.get(first.lemma_.lower(), "") in security or first.lemma_.lower() in words.unit_nouns
        if head is first or head.pos_ != "NOUN" or sector not in security or not forces or any(
                c.dep_ in {"amod", "compound", "poss", "nmod", "det"} for c in kids(head)):
            return []
        return [replace(a, sector=sector) for a in found[:1] if a.kind == "country"]

    def _listed_states(self, head: Token) -> list[Token]:
        """"Mali, Burkina Faso and Niger", parsed with "Burkina Faso" apposed to "Mali": a state
        set beside another state's name is the next item of a list, not a description of it."""
        if not self._is_state(head):
            return []
        found: list[Token] = []
        for appos in (c for c in children(head, "appos") if c.i > head.i):
            if self._is_state(appos):
                found += [appos] + [t for t in appos.conjuncts if t.i > appos.i and t.pos_ in {"NOUN", "PROPN"}]
        return found

    def _entry_at(self, token: Token) -> Entry | None:
        """The gazetteer entry of the name the token is in, if it is in one."""
        span = self.span_at(token)
        return self._entry_for(span) if span is not None else None

    def _is_state(self, token: Token) -> bool:
        entry = self._entry_at(token)
        return entry is not None and entry.kind == "country" and entry.role in {"name", "metonym"}

    def _elided(self, head: Token) -> list[Actor]:
        """"North and South Korea", "East and West Germany": a word joined to the first word
        of a name shares the rest of it, and names an actor of its own when that name does."""
        span = self.span_at(head)
        if span is None or len(span) < 2:
            return []
        found: list[Actor] = []
        rest = span.doc[span.start + 1 : span.end].text
        for word in span.doc[head.left_edge.i : span.start]:
            if word.head.i == head.i and word.pos_ == "PROPN" and any(
                    c.dep_ == "conj" and c.i == span.start for c in kids(word)):
                entry = self.gaz.entry(f"{word.text} {rest}")
                if entry is not None and entry.kind != "person":
                    found.append(actor_of(entry, when=self.date))
        return found

    def _resolve_one(self, head: Token, *, subject: list[Actor] | None, depth: int) -> list[Actor]:
        if depth > 4:
            return []
        lower = head.lower_
        if head.pos_ == "PRON" or (lower in load_words().pronouns and head.tag_ in {"PRP", "PRP$"}):
            return self._pronoun(head, subject)
        span = self.span_at(head)
        sector = self._sector(head)
        if span is not None and len(span) == 1 and head.tag_ == "NNP" and head.ent_type_ in {"ORG", "FAC"} and len(
                [c for c in lefts(head) if c.dep_ == "compound" and c.tag_ == "NNP" and self.span_at(c) is None]) >= 2:
            span = None  # the last word of a longer name: "the opposition Alternative Democratic Pole"
        if span is not None:
            return self._named(head, span, sector)
        members = self._members_of(head)
        if members is not None:
            return [members]
        # a person: proper noun with a title, a known surname, or a PERSON entity (a name the
        # story gave in full may be tagged as a common noun where it opens a sentence)
        named_before = head.text[:1].isupper() and (head.text in self.persons or head.text in self.surnames)
        if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and named_before):
            known = self._known_person(head, depth=depth) or self._titled_by_anaphor(head)
            if known:
                return [known]
            if head.text in self.acronyms:
                return list(self.acronyms[head.text])
            compass = self._compass_state(head)
            if compass is not None:
                return [compass]
        if head.lemma_.lower() in load_words().neighbour_nouns and head.tag_ == "NN":
            # "its western neighbour" is not its own, but the other state
            other = self._state_anaphor(head, subject)
            return [other] if other is not None else []
        if _ngo_noun(head) and not any(self.span_at(c) is not None for c in lefts(head)):
            # "Sudan expelled ten foreign aid agencies from Darfur": a non-governmental body no
            # name or state is given for ("Sudanese aid groups" are Sudan's), unless one named
            # before ("Amnesty International ... The rights group")
            named = self._anaphor(head) if definite(head) else None
            return [named or Actor(code="NGO", kind="ngo", label="non-governmental organisation")]
        owner = self._owner(head, subject=subject, depth=depth)
        if sector in load_words().irregular_sectors and all(a.kind in {"igo", "ngo"} for a in owner):
            owner = []  # "rebels ... at the headquarters of the West African force": no body of states has rebels
        title_sector = self._title_sector(head)
        if owner:
            return self._owned(head, owner, sector, title_sector)
        anaphor = self._anaphor(head) or self._state_anaphor(head, subject) or self._group_anaphor(head) \
            or self._fighters_named(head, sector)
        if anaphor:
            return [anaphor]
        if sector is None and head.pos_ == "NOUN" and definite(head) \
                and head.lemma_.lower() not in load_words().border_nouns:
            # "the coalition" after "a Saudi-led coalition": the state that owned the same noun
            # (not "the border", which is shared: whose it is depends on who acts at it)
            same = self._same_noun(head, subject=None if head.dep_ in {"nsubj", "nsubjpass"} else subject)
            if same is not None:
                return [actor_of(same, when=self.date)]
        if head.tag_ == "NNS" and definite(head) and head.lemma_.lower() in load_words().person_nouns:
            # "arrested four Russian officers, accusing the men of spying": as "them"
            earlier = self._main_object(head, subject)
            if earlier:
                return earlier
        # ("both countries" are two states, not the state and the body of the last event)
        pool = self.state_groups if head.lemma_.lower() in load_words().state_anaphors else self.groups
        counted = self._counted(head) if pool else None
        if counted == 2 and self.sides and head.lemma_.lower() in load_words().side_nouns:
            return list(self.sides)  # "urged both sides to ...": the two facing each other
        if counted in pool:
            return list(pool[counted])
        if head.tag_ == "NNS" and head.lemma_.lower() in load_words().pair_nouns and any(
                c.dep_ in {"det", "predet"} and c.lower_ in load_words().collective_counts for c in lefts(head)):
            # "urged all sides to refrain from violence": the parties last named together (on
            # one side of an event, else on its two sides), or the state whose conflict it is
            story = self.dominant_country()
            if self.sides and head.lemma_.lower() in load_words().side_nouns:
                return list(self.sides)  # "urged all sides to exercise restraint": those facing each other
            return list(self.last_group or self.groups.get(2, [])) or (
                [actor_of(story, when=self.date)] if story is not None else [])
        if head.pos_ == "NOUN" and head.lemma_.lower() in load_words().person_nouns:
            # "In the Galician port of Vigo, several hundred fishermen rallied": people of the
            # place the sentence begins with
            fronted = self._fronted_place(head)
            if fronted is not None:
                return [actor_of(fronted, sector=sector, when=self.date)]
        return (self._at_home(head, sector, title_sector, subject=subject, depth=depth)
                or self._titled_before(head, depth) or self._unknown_body(head, depth))

    def _unknown_body(self, head: Token, depth: int) -> list[Actor]:
        """"The Mothers of the Plaza de Mayo, who marched again on Thursday, rejected the
        commission", "police raided Cristiana": a body by a name no dictionary knows, the subject
        or object of a clause, is of the state the story is about, where one stands out (not a
        person's name)."""
        if depth > 1 or head.pos_ != "PROPN" or head.dep_ not in {"nsubj", "nsubjpass", "dobj"} \
                or head.ent_type_ not in {"ORG", ""} or self.is_person(head) or not head.text[:1].isupper() \
                or any(c.lower_ in load_words().weather_titles for c in lefts(head) if c.dep_ == "compound"):
            return []  # ("Typhoon Hagibis ... left dozens of people dead")
        home = self._fronted_place(head) or self.dominant_country()
        return [actor_of(home, when=self.date)] if home is not None else []

    def _titled_before(self, head: Token, depth: int) -> list[Actor]:
        """"The commodore accused the government" after "Commodore Frank Bainimarama": a title
        standing alone, with no owner or state of its own, is the person the story last named
        with it."""
        named = self.titled.get(head.lower_)
        if named is None or depth > 2 or head.pos_ != "NOUN" or not definite(head) or any(
                c.dep_ not in {"det", "punct"} for c in kids(head)):
            return []
        found = self._resolve_one(named, subject=None, depth=depth + 1)
        return found if len(found) == 1 and found[0].kind == "person" else []

    def _affiliated(self, span: Span, person: Actor) -> Actor:
        """A person as the text places them: "U.N. mediator Diego Cordovez" acts for the UN,
        whatever office the dictionary dates for him; the text's own title wins."""
        start = span.root.left_edge.i
        inside = [o for o in span.doc.spans.get(SPAN_KEY, []) if start <= o.start and o.end <= span.start]
        for other in inside:
            if _stock(other, inside) or self._people_of(other, inside):
                # "Turkish Cypriot leader Rauf Denktash", "Bosnian Serb leader Radovan Karadzic":
                # where they are from, not their people's stock
                continue
            entry = self._entry_for(other)
            if entry is None or entry.kind == "person" or entry.code == person.code:
                continue
            return self._serving(span, person, entry)
        for title in children(span.root, "appos"):
            # "Max van der Stoel, the High Commissioner on National Minorities of the OSCE":
            # the office the apposition gives, and whose it is
            # (an office: a role word, or a capitalised title such as "High Commissioner")
            if self._sector(title) is None and self._title_sector(title) is None and not title.is_title:
                continue
            owners = [t for t in title.subtree if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "of")]
            for owner in owners:
                other = self.span_at(owner)
                entry = self._entry_for(other) if other is not None else None
                if entry is not None and entry.kind in {"country", "igo", "ngo"} and entry.code != person.code:
                    return self._serving(span, person, entry)
        return person

    def _serving(self, span: Span, person: Actor, entry: Entry) -> Actor:
        """A person as serving the state or body ``entry`` names (a state as of the article's
        date: "Yugoslav President Slobodan Milosevic" in 1998 serves Serbia's government)."""
        code = in_its_time(entry.code, self.date)
        home = self.gaz.by_code.get(code)
        return replace(person, code=code, sector=self._title_sector(span.root) or person.sector,
                       parent_kind=home.kind if home else entry.kind,  # type: ignore[arg-type]
                       parent_label=home.label if home else entry.label)

    def _named(self, head: Token, span: Span, sector: str | None) -> list[Actor]:
        """The actor a gazetteer name stands for (a demonym used as an adjective stands for none)."""
        entry = self._entry_for(span)
        if entry is None:
            return []
        if entry.kind == "person":
            known = actor_of(entry, when=self.date)
            actor = self._affiliated(span, known)
            earlier = self.persons.get(span.text)
            if actor is known and earlier is not None and earlier.name == known.name:
                # "U.N. Secretary-General Kurt Waldheim ... Waldheim was willing": a later
                # mention without a title of its own keeps the office the story gave first
                actor = earlier
            self._remember_person(span.text, actor)
            return [actor]
        if entry.role == "demonym" and head.pos_ == "ADJ":
            return []
        if entry.kind == "igo" or (entry.kind == "country" and entry.role == "name"
                                   and self._sector(span.root) is not None):
            owner = self._owning_state(span)
            if owner is not None and owner.code != entry.code:
                # "Algeria's High Security Council", "the Russian Security Council": a state's
                # own body that shares a name with an international one, or with another
                # state's ("the Philippine Senate")
                return [actor_of(owner, sector=sector or "GOV", when=self.date)]
        before = self.span_at(span.doc[span.start - 1]) if entry.kind == "group" and span.start > 0 else None
        owner = self._entry_for(before) if before is not None else None
        if owner is not None and owner.kind == "country" and owner.role == "name" and owner.code != entry.code:
            # "Rebels of the Mozambique National Resistance": a state's name just before a
            # group's says whose the group is, whatever other group shares the rest (a demonym
            # may give the fighters' stock: "Rwandan Hutu rebels" in Congo)
            state = self.gaz.by_code.get(owner.code, owner)
            return [replace(actor_of(entry, sector=sector, when=self.date), code=state.code,
                            parent_kind=state.kind, parent_label=state.label)]  # type: ignore[arg-type]
        if entry.role == "demonym" and entry.kind == "country":
            home = self._home_of_people(head, span, entry.code)
            if home is None and _ethnic(span):
                # "ethnic Turks" in Sweden: the people live where the story puts them
                dominant = self.dominant_country()
                home = self._place_of_act(head) or (dominant if dominant is not None and dominant.code != entry.code
                                                    else None)
            entry = home or entry
        return [actor_of(entry, sector=sector if entry.kind in ("country", "group") else entry.sector, when=self.date)]

    def _owning_state(self, span: Span) -> Entry | None:
        """The state whose name or demonym modifies an organisation's name, if one does."""
        doc = span.doc
        for token in doc[span.root.left_edge.i : span.start]:
            if token.dep_ not in {"poss", "amod", "compound"} or not span.start <= token.head.i < span.end:
                continue
            found = self.span_at(token)
            entry = self._entry_for(found) if found is not None and not _ethnic(found) else None
            if entry is not None and entry.kind == "country" and entry.role in {"name", "demonym", "metonym"}:
                return self.gaz.by_code.get(entry.code, entry)
        return None

    def _home_of_people(self, head: Token, span: Span, named: str) -> Entry | None:
        """The state a people named after state ``named`` live in: "Bosnian Serbs" are
        Bosnia's, "Kosovo Albanians" Kosovo's (the nearest such modifier)."""
        for child in sorted(lefts(head), key=lambda c: -c.i):
            if child.dep_ not in {"amod", "compound", "nmod"} or child.lower_ in load_words().stock_demonyms:
                continue  # ("the Turkish Cypriots" live in Cyprus: Turkish is their stock)
            other = self.span_at(child)
            if other is None or other.start == span.start:
                continue
            entry = self._entry_for(other)
            if entry is not None and entry.kind == "country" and entry.code != named:
                return entry
        return None

    def _owned(self, head: Token, owner: list[Actor], sector: str | None, title_sector: str | None) -> list[Actor]:
        """A noun phrase with an owner: a titled person of it, its people, or a body of each owner."""
        actor = owner[0]
        if head.pos_ == "PROPN" and (title_sector or head.ent_type_ == "PERSON"):
            name = self._person_name(head)
            person = Actor(code=actor.code, kind="person", label=name,
                           sector=title_sector or sector or actor.sector, name=name,
                           parent_kind=actor.parent_kind if actor.kind == "person" else actor.kind,
                           parent_label=actor.parent_label if actor.kind == "person" else actor.label)
            self._remember_person(name, person)
            return [person]
        if actor.kind == "person" and head.pos_ != "PROPN" and head.lemma_.lower() not in load_words().person_roles:
            # "supporters of former President Ben Bella" are not Ben Bella: his state's people
            # (a group keeps its name, which tells it from its home state: "his fighters" of a
            # group's leader are the group's, not the state's rebels)
            return [Actor(code=actor.code, kind=actor.parent_kind or "country",  # type: ignore[arg-type]
                          label=actor.parent_label or actor.code, sector=sector,
                          name=actor.parent_label if actor.parent_kind == "group" else None)]
        if actor.kind == "person":
            return [actor]
        if actor.kind == "country" and head.pos_ == "NOUN" and len({a.code for a in owner}) == 1:
            self.nouns[head.lemma_.lower()] = actor.code
        self._remember_apposed(head, actor, sector or title_sector)
        # "Israeli and Palestinian negotiators": one body for each coordinated owner
        return [a if a.kind == "person" else replace(a, sector=sector or title_sector or a.sector) for a in owner]

    def _remember_apposed(self, head: Token, owner: Actor, sector: str | None) -> None:
        """"Russia's envoy to the alliance, Alexander Grushko": the person named beside an
        office of a state or organisation holds it, so a later "Grushko" speaks for it."""
        roles = load_words().person_roles
        if head.lemma_.lower() not in roles:
            return
        # the parser may hang the name on the noun just before it ("envoy to the alliance,
        # Alexander Grushko"): a person's name is no apposition of a thing
        stray = [t for t in head.doc[head.i + 1 : head.i + 8] if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                 and head.i < t.head.i < t.i and t.head.lemma_.lower() not in roles and t.head.ent_type_ != "PERSON"]
        for name in [*kids(head), *stray[:1]]:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and self.span_at(name) is None:
                label = self._person_name(name)
                self._remember_person(label, Actor(code=owner.code, kind="person", label=label, sector=sector,
                                                   name=label, parent_kind=owner.kind,  # type: ignore[arg-type]
                                                   parent_label=owner.label))

    def _at_home(self, head: Token, sector: str | None, title_sector: str | None, *,
                 subject: list[Actor] | None, depth: int) -> list[Actor]:
        """An office holder or state body of no stated country: the state's it serves, if one stands out."""
        if head.pos_ == "PROPN" and title_sector in load_words().office_sectors and depth <= 2:
            # "President Dos Santos conceded ...": an office holder of no stated country
            # serves the state the article is about, or the state whose clause theirs is joined
            # to ("China has not condemned ..., and foreign ministry spokeswoman Hua blamed ...")
            # ... but not the state they act on by name ("spokesman Le Hai Binh accused Beijing")
            acted_on = self._named_objects(head)
            ways: list[Callable[[], Entry | None]] = [
                lambda: self._fronted_place(head),
                lambda: self._speaker_state(head, depth),
                lambda: self._same_noun(*(c for c in head.doc[head.left_edge.i : head.i] if c.dep_ == "compound")),
                lambda: self._joined_clause_state(head, depth),
                # (the last subject's state carries a story on to who speaks or acts next, not to
                # whom an act is done: "police arrested party president Kem Sokha")
                lambda: self._state_of(self.last_subject) if head.dep_ in {"nsubj", "nsubjpass"} else None,
                self.dominant_country]
            if acted_on:
                ways.append(lambda: next((self.gaz.by_code[c] for c in reversed(self.mentioned) if c not in acted_on
                                          and c in self.gaz.by_code and self.gaz.by_code[c].kind == "country"), None))
            home = next((e for e in (way() for way in ways) if e is not None and e.code not in acted_on), None)
            if home is not None:
                name = self._person_name(head)
                person = Actor(code=home.code, kind="person", label=name, sector=title_sector, name=name,
                               parent_kind="country", parent_label=home.label)
                self._remember_person(name, person)
                return [person]
        if (self.home_bodies and sector in load_words().home_sectors and head.pos_ == "NOUN" and depth <= 2
                and _foreign_modifier(head) and not _foreign_modifier(head, unknown_people=False)):
            # "Kurdish rebels killed three soldiers in southeastern Turkey": a people we do not
            # know names no state, but the place of their act does
            place = self._place_of_act(head)
            if place is not None:
                return [actor_of(place, sector=sector, when=self.date)]
        # ("the Senate", "the Foreign Ministry": a body's word capitalised is still that word)
        if sector not in load_words().home_sectors or head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ == "PERSON" \
                or depth > 2 or _foreign_modifier(head):
            return []
        fronted = self._fronted_place(head)
        if fronted is not None:
            # "In Beijing, the foreign ministry said ...": the side the wire turns to
            return [actor_of(fronted, sector=sector, when=self.date)]
        if not self.home_bodies:
            # "arrested by Israeli troops after youths attacked an army patrol": a body named
            # with its state earlier in the story, even where a body of no state is not taken
            # to be the story's state's
            named, own = None, self._state_of(subject)
            # (and so are a state's forces a rights group acts on: "Amnesty accused troops of
            # firing on protesters")
            if sector in load_words().governing_sectors or (subject and all(a.kind == "ngo" for a in subject)):
                # "Human Rights Watch called on the authorities to quash the convictions": a
                # government acted on from outside is that of the state the story is about,
                # not the last government the story named ("The U.S. State Department urged
                # Tunis ... Borrell called on the authorities")
                home = self._same_noun(head, subject=subject) or self.dominant_country()
                named = home if home is not None and (own is None or own.code != home.code) else None
            if own is not None and subject and all(a.sector in load_words().challenger_sectors for a in subject):
                # "the opposition accused the government of ...", "... praised the air force":
                # its own state's
                named = own
            named = named or self._named_body(sector, subject)
            return [actor_of(named, sector=sector, when=self.date)] if named is not None else []
        # "the government", "the police", "opposition groups": a state body of no stated
        # country belongs to the state of the clause's speaker or actor ("Israel said the
        # army had ..."), else to the state the article is about, when one stands out
        reported = head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "ccomp"
        governing = sector in load_words().governing_sectors  # the story's government before the last one named
        # ("French paratroopers put down the revolt ... The troops stormed the camp outside the
        # capital": a body the article has named, taken up again as the one acting, is that
        # body, before the place it acts in says whose)
        again = not governing and head.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
        home = ((self._state_of(subject) if reported else None)
                or (self._same_noun(head) or self._named_body(sector, None) if again else None)
                or self._place_of_act(head)
                or self._same_noun(head, subject=subject) or (self.dominant_country() if governing else None)
                or self._named_body(sector, subject) or self.dominant_country())
        return [actor_of(home, sector=sector, when=self.date)] if home is not None else []

    def _same_noun(self, *nouns: Token, subject: list[Actor] | None = None) -> Entry | None:
        """The state whose body the article last named with the same noun, unless it is the
        acting one's: "the junta" after "Mali's junta", "junta spokesman Colonel Maiga"."""
        own = self._state_of(subject)
        for noun in nouns:
            code = self.nouns.get(noun.lemma_.lower())
            if code is not None and (own is None or own.code != code):
                return self.gaz.by_code.get(code)
        return None

    def _named_body(self, sector: str | None, subject: list[Actor] | None) -> Entry | None:
        """The state whose body of this sector the article named last, unless it is the acting
        one's: "arrested by Israeli troops after youths attacked an army patrol" (Israel's)."""
        code = self.bodies.get(sector or "")
        own = self._state_of(subject)
        if code is None or (own is not None and own.code == code):
            return None
        return self.gaz.by_code.get(code)

    def _speaker_state(self, head: Token, depth: int) -> Entry | None:
        """The state of whoever reports what the subject ``head`` did: "An Irish government
        spokesman said Prime Minister Jack Lynch regretted ...", a spokesman speaking for
        their own side."""
        clause = head.head
        if head.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in load_lexicon().word_set("speech"):
            return None
        speaker = children(clause.head, "nsubj")
        return self._state_of(self._resolve_one(speaker[0], subject=None, depth=depth + 1)) if speaker else None

    def _joined_clause_state(self, head: Token, depth: int) -> Entry | None:
        """The state of the subject of the clause the subject ``head``'s clause is joined to."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        first = [s for s in kids(verb.head) if s.dep_ == "nsubj"]
        return self._state_of(self._resolve_one(first[0], subject=None, depth=depth + 1)) if first else None

    def _named_objects(self, head: Token) -> set[str]:
        """The states a subject's verb acts on by name: its objects' and its phrases' (the
        "Beijing" of "accused Beijing of ...")."""
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        verb = head.head
        objects = [o for o in kids(verb) if o.dep_ in {"dobj", "dative"}]
        objects += [p for prep in kids(verb) if prep.dep_ == "prep" and prep.i > verb.i
                    for p in kids(prep) if p.dep_ == "pobj"]
        return {entry.code for obj in objects for part in (obj, *obj.conjuncts) if self._is_state(part)
                for entry in [self._entry_at(part)] if entry is not None}

    def _fronted_place(self, head: Token) -> Entry | None:
        """The state of a place put before the subject ("In Beijing, foreign ministry
        spokeswoman Hua Chunying said ..."), where the wire says whose side speaks next; the
        place that opens a paragraph holds for the rest of it ("In Seoul, a government spokesman
        said ... The opposition party accused the government ...")."""
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        found = self._place_before_subject(head)
        opening = next(iter(head.doc.sents), None)
        if found is None and opening is not None and opening.start < head.sent.start:
            found = next((e for t in kids(opening.root) if t.dep_ in {"nsubj", "nsubjpass"}
                          and (e := self._place_before_subject(t)) is not None), None)
        return found

    def _place_before_subject(self, head: Token) -> Entry | None:
        for prep in kids(head.head):
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > head.left_edge.i:
                continue
            for pobj in (p for p in kids(prep) if p.dep_ == "pobj"):
                # ("In the Galician port of Vigo,": the place a place noun is of)
                named = [o for of in kids(pobj) if of.dep_ == "prep" and of.lower_ == "of" for o in kids(of)
                         if o.dep_ == "pobj"] if pobj.lemma_.lower() in load_words().place_nouns else []
                for place in (pobj, *named):
                    entry = self._entry_at(place)
                    if entry is not None and entry.kind == "country":
                        return entry
        return None

    def _place_of_act(self, head: Token) -> Entry | None:
        """The state a subject's act took place in: "rebels kidnapped two engineers in Nigeria"."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.pos_ != "VERB":
            return None
        for place in act_places([head.head], load_words().act_place_preps):
            entry = self._entry_at(place)
            if entry is not None and entry.kind == "country":
                return entry
        return None

    def _state_of(self, actors: list[Actor] | None) -> Entry | None:
        """The state the first of ``actors`` is or belongs to, if it is a state's."""
        if not actors:
            return None
        actor = actors[0]
        if (actor.parent_kind if actor.kind == "person" else actor.kind) != "country":
            return None
        entry = self.gaz.by_code.get(actor.code)
        return entry if entry is not None and entry.kind == "country" else None

    def dominant_country(self) -> Entry | None:
        """The state the article mentions most, if one stands out (not counting mentions of
        whose envoy or embassy it is)."""
        counts: dict[str, int] = {}
        for code in self.mentioned:
            entry = self.gaz.by_code.get(code)
            if entry is not None and entry.kind == "country":
                counts[code] = counts.get(code, 0) + 1
        for code in self.abroad:  # "the U.S. ambassador in Kampala" is a story about Uganda
            if counts.get(code):
                counts[code] -= 1
        if self.dateline is not None:
            # "BAMAKO - ... interim President Traore": a wire story's dateline counts as a
            # mention, and settles a tie
            counts[self.dateline.code] = counts.get(self.dateline.code, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = [c for c, n in counts.items() if n == ranked[0]]
        if self.dateline is not None and self.dateline.code in top:
            return self.dateline
        if len(top) > 1:
            return None  # two states equally present: do not guess
        return self.gaz.by_code[top[0]]

    def _entry_for(self, span: Span) -> Entry | None:
        entry = self.gaz.entry(span.label_)
        if entry is None:
            return None
        if entry.role != "ambiguous":
            return entry
        # resolve from context: a candidate the article already mentions, else the recorded
        # default, else leave it out; but where the candidates are rivals, naming one is no
        # sign that the name means it ("Greece vetoed Macedonia's bid")
        for code in reversed(self.mentioned) if not entry.rivals else ():
            if code in entry.candidates:
                return self.gaz.by_code.get(code)
        if entry.default and (not entry.personal_name or _place_context(span)):
            # the usual referent, recorded as the default in ambiguous.jsonl; a name that is
            # also a personal name ("Chad", "Jordan") only where it is used as a place
            return self.gaz.by_code.get(entry.default)
        logger.debug("left ambiguous name %r unresolved", span.text)
        return None

    def _sector(self, head: Token) -> str | None:
        """Sector from the head noun and its close modifiers ("armed forces", "foreign ministry")."""
        words = [t for t in lefts(head) if t.dep_ in {"amod", "compound"}]
        lemma = head.lemma_.lower()
        for mod in words:
            two = f"{mod.lemma_.lower()} {lemma}"
            if two in self.gaz.sector_nouns:
                return self.gaz.sector_nouns[two]
            two_text = f"{mod.lower_} {head.lower_}"
            if two_text in self.gaz.sector_nouns:
                return self.gaz.sector_nouns[two_text]
        if lemma in load_words().collectives:
            # "opposition groups", "army units", "police officials": the modifier says who
            for mod in words:
                if mod.dep_ != "compound":
                    continue
                # ("foreign ministry spokesman": the modifier's own modifier may be part of it)
                keys = [f"{c.lower_} {mod.lemma_.lower()}" for c in lefts(mod) if c.dep_ in {"amod", "compound"}]
                for key in [*keys, mod.lemma_.lower()]:
                    if key in self.gaz.sector_nouns:
                        return self.gaz.sector_nouns[key]
        for key in (lemma, head.lower_):
            if key in self.gaz.sector_nouns:
                return self.gaz.sector_nouns[key]
        return None

    def _title_sector(self, head: Token) -> str | None:
        """Sector from a title before a name ("General Philip Breedlove", "Prime Minister X")."""
        left = [t for t in head.doc[head.left_edge.i : head.i] if t.pos_ in {"PROPN", "NOUN", "ADJ"}]
        words = [t.lower_ for t in left]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                if phrase in self.gaz.sector_titles:
                    return self.gaz.sector_titles[phrase]
        for child in kids(head):
            if child.dep_ == "appos":
                found = self._sector(child) or self._title_sector(child)
                if found:
                    return found
        # "Fisheries Minister Brian Tobin": a role word whose office is a sector is a title too
        roles = [t for t in left if t.dep_ == "compound" and t.pos_ == "PROPN" and t.lemma_.lower() in load_words().person_roles]
        return self.gaz.sector_nouns.get(roles[-1].lemma_.lower()) if roles else None

    def _owner(self, head: Token, *, subject: list[Actor] | None, depth: int) -> list[Actor]:
        """Whose the noun phrase is: a modifier, an 'of/in/from' phrase or an apposition."""
        doc = head.doc
        words = load_words()
        # "Sweden's NATO bid", "Israel's Gaza offensive": the possessor owns the phrase, not the
        # name that says what it is about
        for child in lefts(head):
            if child.dep_ == "poss" and child.pos_ == "PROPN" and self.span_at(child) is not None:
                found = self._resolve_one(child, subject=subject, depth=depth + 1)
                if found and any(c.dep_ in {"compound", "amod", "nmod"} and self.span_at(c) is not None
                                 for c in lefts(head) if c.i > child.i):
                    return found
        place = head.lemma_.lower() in words.place_nouns
        if head.lemma_.lower() in words.state_anaphors or place:
            # "the breakaway Yugoslav republics of Croatia and Slovenia": the states named; "the
            # rebel Serb region of Krajina": a breakaway region named, not the people it is said
            # to be of (a town's name may be shared by towns of other states: "the Armenian towns
            # of Jermuk, Goris and Vardenis" are Armenia's)
            named = [a for prep in rights(head) if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in kids(prep) if pobj.dep_ == "pobj" for part in (pobj, *pobj.conjuncts)
                     for a in self._resolve_one(part, subject=subject, depth=depth + 1)
                     if not place or a.kind == "group"]
            if named:
                return named
        # gazetteer names inside the phrase, left of the head, nearest first
        left = doc[head.left_edge.i : head.i]
        spans = [s for s in doc.spans.get(SPAN_KEY, []) if left.start <= s.start and s.end <= head.i]
        owners: list[Actor] = []
        owners_end = head.i
        for span in sorted(spans, key=lambda s: -s.end):
            entry = self._entry_for(span)
            if entry is None or _against(span) or _ethnic(span) or _patron(span) or self._people_of(span, spans) \
                    or _venue(span, entry):
                continue
            actor = actor_of(entry, when=self.date)
            if not owners:
                owners.append(actor)
            elif span.root.dep_ == "conj" or any(t.dep_ == "conj" for t in span) or any(
                    t.lower_ in words.coordinators for t in doc[span.end : owners_end]):
                # "Sierra Leonean and Liberian refugees": coordinated modifiers, several owners
                owners.insert(0, actor)
            else:
                break
            owners_end = span.start
        if owners:
            return owners
        for child in lefts(head):
            if child.dep_ == "poss" and child.tag_ == "WP$":
                # "Nigeria, whose government granted him asylum": the relative clause's noun
                clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
                found = self._resolve_one(clause.head, subject=subject, depth=depth + 1) if clause else []
                if found:
                    return found
            elif child.dep_ == "poss" and (child.pos_ == "PRON" or child.lower_ in words.pronouns):
                if head.lemma_.lower() in words.counterpart_nouns:
                    continue  # "his counterpart": another state's, not his
                found = self._pronoun(child, subject)
                if found and all(a.kind in {"igo", "ngo"} for a in found) and self._sector(head) in words.office_sectors:
                    # "the Forum suspended Fiji after its military ruler ...": an office of
                    # government (not troops: the UN has them) is a state's, the one named last
                    found = self._last_state_before(child) or found
                if found:
                    return found
            elif child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
                # "the agency's director general", "the alliance's decision"
                found = self._resolve_one(child, subject=subject, depth=depth + 1)
                if found:
                    return found
        # "the arrest of Navalny by Russia": the agent owns the act before its object does
        can_belong = self._sector(head) is not None or head.ent_type_ in {"PERSON", "NORP"} or head.pos_ == "PROPN" \
            or head.lemma_.lower() in words.counterpart_nouns
        described = [head.head] if head.dep_ == "nsubj" and descriptive_participle(head.head) is not None else []
        # "accused the government in Kinshasa of arming rebels", parsed with "in Kinshasa" on the verb
        described += [p for p in kids(head.head) if p.dep_ == "prep" and p.i == head.i + 1 and p.lower_ == "in"] \
            if head.dep_ == "dobj" and self._sector(head) is not None else []
        for child in sorted(rights(head), key=lambda c: c.lower_ != "by") + described:
            if child.lower_ in words.placed_preps and not can_belong:
                continue  # "talks in Washington" happen there; "security forces in Guinea" belong there
            if child.dep_ == "prep" and child.lower_ in words.owner_preps:
                for pobj in kids(child):
                    if pobj.dep_ == "pobj":
                        # "the foreign ministers of Turkey and Armenia": each coordinated owner
                        found = [a for part in (pobj, *pobj.conjuncts)
                                 for a in self._resolve_one(part, subject=subject, depth=depth + 1)]
                        if found:
                            return found
            elif child.dep_ == "appos":
                found = self._resolve_one(child, subject=subject, depth=depth + 1)
                if found:
                    return found
            elif child.dep_ in {"acl", "ROOT"} and child.lemma_.lower() in words.owning_verbs | words.based_verbs:
                # "rigs belonging to a U.S. company", "a ship owned by an Iranian firm", "a
                # group based in Pakistan"
                preps = {"to", "by", "with"} if child.lemma_.lower() in words.owning_verbs else {"in", "at"}
                for prep in kids(child):
                    if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
                        found = [a for pobj in kids(prep) if pobj.dep_ == "pobj"
                                 for a in self._resolve_one(pobj, subject=subject, depth=depth + 1)]
                        if found:
                            return found
            elif child.dep_ == "acl" and child.lemma_.lower() in words.authoring_verbs:
                # "accusations made by Ukraine", "a plan put forward by Egypt": its author's
                found = [a for prep in kids(child) if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by")
                         for pobj in kids(prep) if pobj.dep_ == "pobj" for part in (pobj, *pobj.conjuncts)
                         for a in self._resolve_one(part, subject=subject, depth=depth + 1)]
                if found:
                    return found
            elif child.dep_ == "relcl" and child.lemma_.lower() in words.authoring_verbs:
                # "the arrest warrant the court had issued", "the sanctions that Washington
                # imposed": made by the relative clause's subject
                found = [a for subj in kids(child) if subj.dep_ == "nsubj" and subj.lower_ not in words.relative_pronouns
                         for part in (subj, *subj.conjuncts) for a in self._resolve_one(part, subject=subject, depth=depth + 1)]
                if found:
                    return found
        if head.dep_ == "appos" and depth == 0:
            pass
        return []

    def _pronoun(self, token: Token, subject: list[Actor] | None) -> list[Actor]:
        lower = token.lower_
        words = load_words()
        if lower in words.speaker_pronouns and self.speaker is not None:
            return [self.speaker]
        if lower in words.person_pronouns:
            earlier = self._main_object(token, subject)  # "telephoned Erdogan to congratulate him"
            if earlier:
                return earlier[:1]
            if subject and subject[0].kind == "person":
                return subject[:1]
            if self.last_person:
                return [self.last_person]
            if subject and subject[0].sector in words.office_sectors and token.dep_ in {"nsubj", "nsubjpass"}:
                # "Iran's foreign minister ... spoke on Sunday. He accused ...": the office holder
                # the last sentence named, known only by their office
                return subject[:1]
            return []
        if lower in words.group_pronouns:
            earlier = self._main_object(token, subject) or self._answered(token, subject)
            if earlier:
                return earlier
            if (token.dep_ in {"dobj", "dative", "pobj"} or self._plural_of_group(token, subject)) \
                    and self.last_group and not {a.code for a in subject or ()} & {a.code for a in self.last_group}:
                # "China urged both sides to exercise restraint, and the EU called on them":
                # the parties the story last named together
                return list(self.last_group)
            if subject:
                return subject
            return list(self.last_subject)
        return []

    def _plural_of_group(self, token: Token, subject: list[Actor] | None) -> bool:
        """"ordered diplomats from Argentina and Chile to leave, after their governments refused
        ...": a plural possessive the one state acting cannot own is the parties the sentence
        has just named together."""
        if token.dep_ != "poss" or token.lower_ not in load_words().plural_pronouns or not subject \
                or len({a.code for a in subject}) != 1 or subject[0].kind != "country":
            return False
        named = {actor_of(e, when=self.date).code for e in self._named_before(token, start=token.sent.start)}
        return bool(self.last_group) and {a.code for a in self.last_group} <= named

    def _main_object(self, token: Token, subject: list[Actor] | None) -> list[Actor]:
        """What an object pronoun of a participle clause or a joined verb refers to when the
        clause it hangs on acted on other actors: "expelled the diplomats of Australia and New
        Zealand, accusing them of meddling" (them: Australia and New Zealand)."""
        clause = token.head
        words = load_words()
        # (a reflexive is the clause's own subject; "us" is the speaker's side)
        # ("telephoned Erdogan to congratulate him": a purpose clause's object pronoun as well)
        purpose = clause.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(clause))
        # ("besieged the embassy and set it ablaze": the object of the verb it is joined to)
        hung = clause.dep_ == "advcl" and (clause.tag_ == "VBG" or purpose)
        if token.dep_ != "dobj" or not (hung or clause.dep_ == "conj") \
                or token.lower_ in words.reflexives or token.lower_ in words.speaker_pronouns:
            return []
        objects = [o for o in kids(clause.head) if o.dep_ == "dobj"]
        found = [a for obj in objects for part in (obj, *obj.conjuncts)
                 for a in self._resolve_one(part, subject=subject, depth=1)]
        if not found:
            # "cut diplomatic ties with Qatar, accusing it of ...": the party the act was on
            found = [a for head in (clause.head, *objects) for prep in kids(head) if prep.dep_ == "prep"
                     and prep.lower_ in words.acted_on_preps for p in kids(prep) if p.dep_ == "pobj"
                     for part in (p, *p.conjuncts) for a in self._resolve_one(part, subject=subject, depth=1)]
        return found if found and not set(found) & set(subject or []) else []

    def _answered(self, token: Token, subject: list[Actor] | None) -> list[Actor]:
        """Whose a possessive pronoun is in a clause of time or reason hung on a reaction to an
        object: "condemned Myanmar's military after its aircraft bombed a village" (Myanmar's)."""
        if token.dep_ != "poss":
            return []
        clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None or clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in kids(clause)) \
                or clause.head.lemma_.lower() not in load_words().reaction_verbs:
            return []
        answered = [o for o in kids(clause.head) if o.dep_ == "dobj"] or [
            p for prep in kids(clause.head) if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
            for p in kids(prep) if p.dep_ == "pobj"]
        found = [a for obj in answered for part in (obj, *obj.conjuncts)
                 for a in self._resolve_one(part, subject=subject, depth=1)]
        return found if found and not set(found) & set(subject or []) else []

    def _anaphor(self, head: Token) -> Actor | None:
        """"the bloc", "the Alliance": the organisation of that kind the article is about."""
        if not definite(head):
            return None
        codes = self.gaz.anaphors.get(head.lower_) or self.gaz.anaphors.get(head.lemma_.lower())
        if not codes:
            return None
        for code in reversed(self.mentioned):
            if code in codes:
                entry = self.gaz.by_code.get(code)
                return actor_of(entry, when=self.date) if entry else None
        return None

    def _titled_by_anaphor(self, head: Token) -> Actor | None:
        """"agency chief Rafael Grossi" after "IAEA inspectors": a person no dictionary knows whose
        title names a body by the word that stands for it ("agency", "alliance", "bloc") acts for
        the body of that kind the story named last."""
        for word in head.doc[head.left_edge.i : head.i]:
            codes = self.gaz.anaphors.get(word.lemma_.lower()) if word.dep_ == "compound" and word.pos_ == "NOUN" else None
            found = next((c for c in reversed(self.mentioned) if c in codes and c in self.gaz.by_code), None) \
                if codes else None
            if found is not None:
                actor = actor_of(self.gaz.by_code[found], when=self.date)
                self._remember_person(head.text, actor)
                return actor
        return None

    def _group_anaphor(self, head: Token) -> Actor | None:
        """"the group's military spokesman" after "Houthi forces": the armed group or
        non-governmental body named last, where "the group" has no word of its own."""
        # ("the Iran-aligned group" is one named before; "a Palestinian group", "the rights
        # group" say which group by a word of their own)
        if not self.groups_named or head.lemma_.lower() not in load_words().group_anaphors or not definite(head) \
                or any(c.dep_ in {"compound", "nmod"} or (c.dep_ == "amod" and (c.ent_type_ or self.span_at(c) is not None))
                       for c in kids(head)):
            return None
        return actor_of(self.groups_named[-1], when=self.date)

    def _fighters_named(self, head: Token, sector: str | None) -> Actor | None:
        """"The rebels killed a Saudi border guard" after "Houthi rebels": rebels or militiamen no
        name or state is given for are the armed group the story named last."""
        # ("the Contra rebels": a name of their own, known or not, says which)
        if sector not in load_words().irregular_sectors or any(
                self.span_at(c) is not None or c.pos_ == "PROPN" for c in lefts(head)):
            return None
        for group in reversed(self.groups_named):
            home = self.gaz.by_code.get(group.code)
            # (one that fights in a state of its own: not a movement that fights in many)
            if group.kind == "group" and home is not None and home.kind == "country":
                return actor_of(group, when=self.date)
        return None

    def _named_before(self, token: Token, *, start: int = 0) -> Iterator[Entry]:
        """The entries of the names that end before ``token`` (and begin at ``start`` or
        after), nearest first."""
        for span in sorted(token.doc.spans.get(SPAN_KEY, []), key=lambda s: -s.start):
            if start <= span.start and span.end <= token.i:
                entry = self._entry_for(span)
                if entry is not None:
                    yield entry

    def _last_state_before(self, token: Token) -> list[Actor]:
        """The state the sentence names last before ``token``, if any."""
        return self.other_state_before(token, frozenset())

    def other_state_before(self, token: Token, exclude: AbstractSet[str]) -> list[Actor]:
        """The state the sentence names last before ``token`` that is none of ``exclude``."""
        entry = next((e for e in self._named_before(token, start=token.sent.start)
                      if e.kind == "country" and actor_of(e, when=self.date).code not in exclude), None)
        return [actor_of(entry, when=self.date)] if entry is not None else []

    def _compass_state(self, head: Token) -> Actor | None:
        """"The North" in a story about North Korea: the state named last whose name begins
        with that word."""
        codes = self.gaz.state_forms.get(head.lower_) if head.lower_ in load_words().compass_anaphors else None
        if not codes or not head.text[0].isupper() or not definite(head):
            return None
        for code in [e.code for e in self._named_before(head)] + list(reversed(self.mentioned)):
            if code in codes and code in self.gaz.by_code:
                return actor_of(self.gaz.by_code[code], when=self.date)
        return None

    def _people_of(self, span: Span, spans: list[Span]) -> bool:
        """Whether a demonym right after a state's ("Bosnian Serb forces", "Iraqi Kurdish
        fighters") names a people of that state rather than a state of its own."""
        # (not after a stock: "Turkish Cypriot leader" is Cyprus's, the Turkish its people's stock)
        before = [s for s in spans if s.end == span.start and s.root.dep_ != "conj" and not _stock(s, spans)]
        mine = self._entry_for(span)
        return mine is not None and mine.role == "demonym" and any(
            e is not None and e.kind == "country" and e.role == "demonym" for e in map(self._entry_for, before))

    def _state_anaphor(self, head: Token, subject: list[Actor] | None) -> Actor | None:
        """"the country", "the Caribbean nation": the state named last before it, in the text
        or earlier in the article, that is not the one acting (``subject``)."""
        # ("the junta" is at times tagged an adjective where it is plainly a noun phrase)
        noun = head.tag_ == "NN" or (head.tag_ == "JJ" and head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"})
        words = load_words()
        neighbour = head.lemma_.lower() in words.neighbour_nouns and (definite(head) or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head)))
        # ("the Gulf state": a capitalised word says which kind of state; "the northern state" may be a province)
        of_a_kind = head.lemma_.lower() in words.named_state_anaphors and any(
            c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in lefts(head))
        if not noun or not neighbour and (head.lemma_.lower() not in words.state_anaphors and not of_a_kind
                                          or not definite(head)):
            return None
        # the one acting is not what it acts on; a subject is the one acting, and other than
        # a party its sentence names before it ("China recalled its ambassador ... after the
        # Baltic state agreed"), though it may be the last sentence's ("the junta had demanded")
        speaker = self._state_of(subject) if head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "ccomp" else None
        if speaker is not None:
            # "Poland's defence minister said that the country had sent 5,000 soldiers": the
            # speaker's own state
            return actor_of(speaker, when=self.date)
        acting = subject
        if head.dep_ in {"nsubj", "nsubjpass"}:
            named = {e.code for e in (self._entry_for(s) for s in head.doc.spans.get(SPAN_KEY, [])
                                      if head.sent.start <= s.start and s.end <= head.i) if e is not None}
            acting = [a for a in subject or () if a.code in named]
        same = self._same_noun(head, subject=acting)
        if same is not None:
            return actor_of(same, when=self.date)  # "the junta" after "Mali's military junta"
        excluded = {a.code for a in acting or ()}  # a person's or body's code is their state's
        before = [self._entry_for(span) for span in sorted(head.doc.spans.get(SPAN_KEY, []), key=lambda s: -s.start)
                  if span.end <= head.i]
        codes = [e.code for e in before if e is not None and e.kind == "country"] + list(reversed(self.mentioned))
        # "the kingdom": only a state whose names say it is one
        form = self.gaz.state_forms.get(head.lemma_.lower()) if head.lemma_.lower() in words.state_form_anaphors else None
        if form is not None and head.dep_ in {"nsubj", "nsubjpass"}:
            excluded = set()  # what it is says which one; it may be one that acted before it
        for code in codes:
            entry = self.gaz.by_code.get(code)
            if code not in excluded and entry is not None and entry.kind == "country" and (form is None or code in form):
                return actor_of(entry, when=self.date)
        return None

    def note_event(self, sources: Iterable[Actor], targets: Iterable[Actor]) -> None:
        """Remember the parties of an event that names two or more states or organisations (its
        targets first, then its sources, then both sides), one group per number of parties,
        for "the two sides" and "the three countries"."""
        sources, targets = list(sources), list(targets)
        seen: set[int] = set()
        seen_states: set[int] = set()
        noted = False
        both = [*sources, *targets]
        facing = {self._party(a).code: self._party(a) for a in both}
        if len(facing) == 2 and sources and targets and all(a.kind != "igo" for a in facing.values()):
            # one acting on the other, or both together (a body of states that mediates or is
            # appealed to takes no side)
            self.sides = list(facing.values())
        for group in (list(targets), list(sources), both):
            parties: dict[str, Actor] = {}
            for actor in group:
                if actor.kind != "person" or actor.parent_kind in ("country", "igo"):
                    parties.setdefault(actor.code, self._party(actor))
            # both sides together only as a pair: "the two sides" of a bilateral event
            if len(parties) >= 2 and len(parties) not in seen and (group is not both or len(parties) == 2):
                seen.add(len(parties))
                self.groups[len(parties)] = list(parties.values())
                if group is not both and not noted:
                    self.last_group, noted = list(parties.values()), True
            states = [a for a in parties.values() if a.kind == "country"]
            if len(states) >= 2 and len(states) not in seen_states and (group is not both or len(states) == 2):
                seen_states.add(len(states))
                self.state_groups[len(states)] = states

    @staticmethod
    def _party(actor: Actor) -> Actor:
        """The state or body an actor is, or acts for (a person of a state: the state)."""
        if actor.kind != "person" or actor.parent_kind not in ("country", "igo"):
            return replace(actor, sector=None)
        return Actor(code=actor.code, kind=actor.parent_kind,  # type: ignore[arg-type]
                     label=actor.parent_label or actor.code)

    @staticmethod
    def _counted(head: Token) -> int | None:
        """How many parties a counted noun stands for: two for "the two sides", "both countries"
        and "the two leaders", three for "the three countries"; None for any other noun."""
        words = load_words()
        if head.pos_ == "NUM" and head.lower_ in _NUMBER_WORDS and head.dep_ in {"nsubj", "nsubjpass"} \
                and any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in lefts(head)):
            return _NUMBER_WORDS.index(head.lower_)  # "the two pledged to ...": the number stands alone
        if head.lemma_.lower() not in words.pair_nouns:
            return None
        if head.tag_ in {"NN", "NNP"}:
            # "neither army has pulled back": each of the two
            return 2 if any(c.dep_ == "det" and c.lower_ in words.pair_singular_counts for c in lefts(head)) else None
        if head.tag_ not in {"NNS", "NNPS"}:
            return None
        for count in lefts(head):
            if count.dep_ not in {"nummod", "det", "predet", "quantmod"}:
                continue
            if count.lower_ in words.pair_counts:
                return 2
            if count.lower_ in _NUMBER_WORDS:
                return _NUMBER_WORDS.index(count.lower_)  # spaCy's English number words, "zero" first
            if count.text.isdigit():
                return int(count.text)
        return None

    def _person_name(self, head: Token) -> str:
        parts = [t for t in lefts(head) if t.dep_ == "compound" and t.pos_ == "PROPN"]
        titles = self.gaz.sector_titles
        names = [t.text for t in parts if t.lower_ not in titles and t.lower_ not in load_words().honorifics]
        return " ".join([*names, head.text])

    def is_person(self, token: Token) -> bool:
        """Whether a token names a person: tagged so, or the name or surname of someone named
        before (whom the tagger may take for a body: "Trump" tagged as an organisation)."""
        return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and (
            token.text in self.surnames or token.text in self.persons))

    def _known_person(self, head: Token, *, depth: int) -> Actor | None:
        name = head.text
        if name in self.persons:
            return self.persons[name]
        full = self.surnames.get(name)
        if full is not None and full is not head and depth <= 2:
            # "Arevalo condemned ..." after "President Bernardo Arevalo": the person the story
            # named in full, with the title and state given there
            found = self._resolve_one(full, subject=None, depth=depth + 1)
            if len(found) == 1 and found[0].kind == "person":
                self._remember_person(name, found[0])
                return found[0]
        return self._holder_by_full_name(head) or self._holder_by_surname(head)

    def _holder_by_full_name(self, head: Token) -> Actor | None:
        """"Foreign Minister Patrick Hillery" where the dictionaries have "Patrick J. Hillery": a
        person's name given as first and last name is the office holder the dictionaries know by
        that first and last name with middle names or initials besides, when they hold a role on
        the article's date, all who fit are of one state and the story names that state (the
        weaker match does not bring in a state of its own)."""
        doc = head.doc
        if self.date is None or head.ent_type_ != "PERSON" or head.lower_ not in self.gaz.surnames or (
                head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"):
            return None  # (not the last word of a person's name the dictionaries have a holder for)
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        entity = doc[start : head.i + 1]
        honorifics = load_words().honorifics
        first = next((t.lower_ for t in entity[:-1] if t.pos_ == "PROPN" and t.lower_ not in self.gaz.sector_titles
                      and t.lower_ not in honorifics), None)
        if first is None:
            return None
        held = [e for e in self.gaz.surnames.get(head.lower_, ()) if e.person and held_on(e, self.date)
                and e.person.lower().split()[0] == first]
        codes = {actor_of(e, when=self.date).code for e in held}
        if len(codes) != 1 or not (codes & {*self.named, self.dateline.code if self.dateline else ""}):
            return None
        actor = self._affiliated(entity, actor_of(held[0], when=self.date))
        self._remember_person(head.text, actor)
        return actor

    def _holder_by_surname(self, head: Token) -> Actor | None:
        """"Aristide resigned", named in full nowhere in the story: a last name standing alone is
        the office holder the dictionaries give it on the article's date, when they can be of
        one state only; not a word any holder has as a first name ("Lee", "Ahmed"), nor a word in
        lower case ("accused the court of bias" names no Esperanca Bias)."""
        key = head.lower_
        # (the parser may take a name that acts for a place's: "Kabila accused Rwanda")
        placed = head.ent_type_ == "GPE" and head.dep_ in {"nsubj", "nsubjpass"}
        if self.date is None or not head.text[:1].isupper() or (head.ent_type_ not in {"PERSON", "ORG", ""} and not placed) \
                or key in self.gaz.first_names \
                or head.text in self.surnames or key in self.gaz.sector_nouns or key in self.gaz.sector_titles:
            return None  # (nor the surname of someone the story named in full, nor a word like "Army")
        entity = next((ent for ent in entities(head.doc) if ent.start <= head.i < ent.end), None)
        if (entity is not None and len(entity) > 1) or head.dep_ in {"compound", "flat"} or any(
                c.dep_ in {"compound", "flat", "det"} for c in kids(head)) or (head.i > 0 and head.nbor(-1).pos_ == "PROPN"):
            return None  # part of a longer name ("Abdel Fattah al-Burhan"), or a word ("the Movement")
        held = [e for e in self.gaz.surnames.get(key, ()) if held_on(e, self.date)]
        if len({actor_of(e, when=self.date).code for e in held}) > 1:
            # "Ortega" is Daniel Ortega before Jorge Urbina Ortega, whose name ends with another
            # surname: a name of a first name and the word alone is the one the word stands for
            held = [e for e in held if e.person and len(e.person.split()) == 2]
        if not held or len({actor_of(e, when=self.date).code for e in held}) != 1:
            return None
        actor = actor_of(held[0], when=self.date)
        # "Guatemala's Morales" is no holder of that name in Bolivia
        owners = [self._entry_for(span) for c in children(head, "poss") if (span := self.span_at(c)) is not None]
        if any(e is not None and e.kind == "country" and e.code != actor.code for e in owners):
            return None
        self._remember_person(head.text, actor)
        return actor

    def _members_of(self, head: Token) -> Actor | None:
        """"West African leaders", "Southern African heads of state", "a West African peacekeeping
        force": the members of a region's organisation, named together by the words before a
        plural such noun or a force noun, act as that organisation."""
        words = load_words()
        force = head.lemma_.lower() in words.member_force_nouns
        if not force and (head.tag_ != "NNS" or head.lemma_.lower() not in words.member_nouns) or head.i == 0:
            return None
        doc = head.doc
        # ("a West African peacekeeping force": a force's other modifiers may come between)
        ends = range(head.left_edge.i + 1, head.i + 1) if force else [head.i]
        for end in ends:
            for size in (2, 1):
                start = end - size
                if start < head.left_edge.i:
                    continue
                named = self.span_at(doc[start])
                if named is None or named.end <= end:
                    # (not "Central African" in "the Central African Republic's armed forces")
                    entry = self.gaz.members.get(" ".join(t.lower_ for t in doc[start:end]))
                    if entry is not None:
                        return actor_of(entry, when=self.date)
        return None

    def _remember_person(self, name: str, actor: Actor) -> None:
        self.persons[name] = actor
        parts = name.split()
        if parts:
            self.persons.setdefault(parts[-1], actor)
        self.last_person = actor


def _ngo_noun(head: Token) -> bool:
    """Whether a common noun names a non-governmental body: "aid agencies", "a rights group"."""
    if head.pos_ != "NOUN":
        return False
    base = head.lemma_.lower()
    words = [base] + [f"{c.lower_} {base}" for c in children(head, "compound", "amod") if c.i < head.i]
    return any(w in load_words().ngo_nouns for w in words)


def _place_context(span: Span) -> bool:
    """Whether a name is used as a state: tagged as a place, not "Washington state", not a first name."""
    doc = span.doc
    words = load_words()
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in words.place_suffixes or after.pos_ == "PROPN"):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in words.place_prefixes:
        return False
    if span.root.ent_type_ in {"GPE", "LOC", "NORP"} or span.root.dep_ in {"pobj", "poss"}:
        return True
    # "Jordan recalled its ambassador", tagged as a person: a name standing alone, not part of a
    # longer name and not the surname of someone named in full ("Michael Jordan ... Jordan said")
    persons = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
    alone = all(ent.start == span.start and ent.end == span.end for ent in persons
                if ent.start < span.end and span.start < ent.end)
    return alone and span.root.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"} and not any(
        len(ent) > len(span) and ent.text.endswith(span.text) for ent in persons)
