"""One article's events: frames resolved to actors, dated, merged and deduplicated.

The top of the extractor wing (``kg/extract``): it reads the frames the ``kg_event_matcher``
component (:mod:`~kg.extraction.frames`) stored in ``doc._.kg_frames`` and resolves their noun
phrases to actors with the article's context (:class:`~kg.extraction.actors.ActorResolver`),
the speaker of reported and quoted clauses, the events told before (the target of "vowed to
retaliate", the source of "the decision"), and the entry flags that supply a missing source
or target, each by one small function. It codes framed events the way CAMEO does, anchors
them in time (the clause's date, "after ...", "at that time", the day a statement was
made), keeps one event per type and pair of actors in a sentence, and merges reports of the
same event within the article. :func:`extract_articles` runs the pipeline over many
articles; :mod:`kg.builder` and :mod:`kg.parallel` call it.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.articles import dateline_date
from kg.extraction.actors import ActorResolver
from kg.extraction.gazetteer import Entry, Gazetteer, load_gazetteer
from kg.extraction.lexicon import Lexicon, load_lexicon
from kg.extraction.parse import (
    agent_sector,
    can_act,
    children,
    condition_subjects,
    conj_head,
    fell_short,
    governing,
    governor_of_kind,
    is_passive,
    lemma,
    np_head,
    person_noun,
    purpose_clauses,
    subject_of,
    time_tokens,
    with_counted,
)
from kg.extraction.records import Frame
from kg.extraction.tree import (
    QUOTE_MARKS,
    act_places,
    definite,
    kept,
    kids,
    release,
    sentences,
    span_text,
    tokens_of,
)
from kg.extraction.words import load_words
from kg.nlp import parse_segments, shared_nlp
from kg.temporal import dated, resolve_time
from kg.types import Actor, Article, Event, Mention, TimeSpan

EXTRACTOR_VERSION = "kg-rules/0.1"

def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 64
) -> Iterator[tuple[Article, list[Event]]]:
    """Events of each article, in input order (parsed with ``nlp``, default the shared pipeline)."""
    nlp = nlp or shared_nlp()
    gazetteer = load_gazetteer()
    lexicon = load_lexicon()
    for article, docs in parse_segments(nlp, articles, batch_size=batch_size):
        events = extract_events(article, docs, gazetteer, lexicon)
        for _kind, _offset, doc in docs:
            release(doc)  # the Doc is freed now, not by a later garbage collection
        yield article, events


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
    if gazetteer.discards.story(_lead(article)):
        return []  # a sports report, a film review: nothing to code
    resolver = ActorResolver(gazetteer, date=article.date, dateline=_dateline_state(article, gazetteer))
    events: list[Event] = []
    resolver.read_names(doc for _, _, doc in docs)
    last_time: TimeSpan | None = _dateline_time(article)
    for kind, offset, doc in docs:
        resolver.observe(doc)
        frames = doc._.kg_frames or []
        for sent in sentences(doc):
            if gazetteer.discards.sentence(span_text(sent)):
                continue
            sent_frames = [f for f in frames if sent.start <= f.trigger < sent.end]
            sent_events: list[Event] = []
            for frame in sorted(sent_frames, key=lambda f: f.trigger):
                event = _resolve_frame(frame, doc, sent, resolver, lex, article, kind, offset,
                                       history=events + sent_events)
                if event is None:
                    continue
                if event.time is not None and event.time.value == "":
                    event = _with_time(event, last_time, article)
                if event.time is not None and event.time.basis != "publication":
                    last_time = event.time
                sent_events.append(event)
                resolver.note_event(event.source, event.target)
            events += _dedup_sentence(sent_events)
            _remember_subject(sent, resolver)
    return _merge_mentions(_counterpart_targets(events))


# ---------------------------------------------------------------------------
# one frame to one event


def _lead(article: Article) -> str:
    """The headline and first paragraph, which say what kind of story it is: a war story that
    recalls the football match that set it off ("after World Cup qualifying matches") in a later
    paragraph is still a war story (the match's own sentence is skipped as any is)."""
    return "\n".join([article.title or "", article.text.strip().split("\n\n")[0]])


def _resolve_frame(frame: Frame, doc: Doc, sent: Span, resolver: ActorResolver, lex: Lexicon,
                   article: Article, kind: str, offset: int, *, history: list[Event] | None = None) -> Event | None:
    trigger = doc[frame.trigger]
    speaker = _speaker(frame, doc, resolver, lex)
    previous_speaker = resolver.speaker
    if speaker is not None:
        resolver.speaker = speaker
    elif _inside_quote(trigger) and resolver.last_person is not None:
        resolver.speaker = resolver.last_person
    sources, targets = _resolve_actors(frame, doc, sent, resolver, lex, history or [])
    resolver.speaker = previous_speaker
    if not sources:
        # "three civilians were killed in a bombing" names no one who acted: not coded
        return None
    if "foreign_target" in frame.flags and (_at_home(sources, targets) or _into_exile(trigger, frame.cls)):
        return None  # a visit to one's own country is no visit, nor is a flight into exile
    if frame.frame == "cessation":
        return None  # stopping an act with no ending of its own in CAMEO ("stopped protesting")
    if frame.frame == "demanded":
        return None  # a refusal or promise someone is asked for, coded as the demand
    if frame.frame == "condition":
        return None  # "warned it would strike if the shelling went on": what a threat hangs on
    if frame.frame == "prospective":
        return None  # "ahead of a planned visit": an act the report only looks ahead to
    if frame.frame == "described":
        return None  # "paratroopers backed by tanks": a tie that describes, no act
    if frame.modality != "asserted" and frame.speaker is not None \
            and lemma(doc[frame.speaker]) in load_words().commentators:
        return None  # "Israel would respond, analysts said": speculation, no one's intent
    if frame.sources and all(lemma(doc[t]) in load_words().commentators for t in frame.sources):
        return None  # "analysts in Kabul warned it could encourage kidnappings": comment, no act
    if "future_only" in frame.flags and frame.frame is None and frame.modality != "intended":
        return None  # "responded to the letter" is no threat; "would respond to any aggression" is
    irregular = lex.frames["irregular_classes"].get(frame.cls)
    if irregular is not None and all(a.sector in load_words().irregular_sectors for a in sources):
        frame.cls = str(irregular)  # "Hezbollah guerrillas captured two soldiers": an abduction
    cls, action, modality, negated = _coded(frame, trigger, lex)
    # ("Saudi and U.S. diplomats mediated talks": mediators act on the parties, not on each other)
    if not targets and _joint(frame, lex) and not lex.info(cls)["cameo"].startswith("045"):
        if len({a.code for a in sources}) >= 2:
            # "India and Pakistan met", "Indian and Pakistani troops exchanged fire": a joint act
            # with no other party named is read pairwise, each side the other's target
            targets = list(sources)
        elif len({(a.code, a.label, _side(a.sector)) for a in sources}) >= 2 or (
                len(sources) == 1 and sources[0].kind != "igo" and frame.kind == "verb" and _coordinated(frame, doc)):
            # "Sudan's army and the Rapid Support Forces agreed to a ceasefire": two sides of one
            # state acting together act on that state (its police and soldiers are one side);
            # so do "President Santos and FARC commander Rodrigo Londono", where only one side's
            # state is known
            targets = [sources[0]]
    if not targets and lex.info(cls)["plover"] == "REQUEST" and sources and all(
            a.kind == "country" and a.sector in load_words().challenger_sectors | {"PTY", "REL"} for a in sources):
        # "the opposition demanded an independent inquiry", "Ennahda demanded his release": what
        # a state's opposition, parties or clergy ask of no one named they ask of their own state
        home = gazetteer_home(resolver, sources[0])
        targets = [home] if home is not None else []
    if not targets and lex.info(cls)["plover"] == "REQUEST":
        # a demand or an appeal is made of someone: "the United Nations called for calm", after
        # "police fired on protesters", of the parties of the story's last act the appealer is not in
        targets = _story_parties(history or [], {a.code for a in sources})
        if not targets:
            return None
    if not targets and lex.info(cls)["cameo"].startswith("045"):
        # "Kuwait, which is mediating in the dispute": a mediator acts on the parties of the
        # story's latest act it is not part of
        targets = _story_parties(history or [], {a.code for a in sources})
    if not targets and lex.info(cls)["plover"] == "CONSULT" and len({a.code for a in sources}) < 2:
        # "the minister met reporters", "opened the session", "the BRICS summit opened": a
        # meeting is coded between two parties
        return None
    if not targets and modality == "intended":
        # "Seoul agreed to switch off its loudspeakers", after talks with the North: an intention
        # to cooperate towards no one named is towards the one the source faces in the story so
        # far; with no one there ("Kiev promised to cut subsidies"), or for a hostile intention,
        # it names no one it is between
        if lex.info(cls)["plover"] not in _HOSTILE | _SAID_TO:
            targets = _faced({a.code for a in sources}, history or [])
        if not targets:
            return None
    # (a noun's act is commanded through its light verb: "ordered the army to launch an offensive")
    commander = governor_of_kind(doc[frame.head_clause] if frame.kind == "noun" and frame.head_clause is not None
                                 else trigger, load_words().command_verbs)
    told = _own_forces(commander, sources, doc[frame.action_target], resolver) if lex.info(cls)["plover"] == "REQUEST" \
        and frame.frame == "demand" and action is not None and frame.action_target is not None else None
    if told is not None and action is not None:
        # "ordered troops to reinforce the border": what a state's forces are ordered to do, it does
        cls, action, modality, negated = action, None, "asserted", frame.content_negated
        targets = [a for a in targets if a not in told] or _faced({a.code for a in sources}, history or [])
        if not targets:
            return None
    if lex.info(cls)["plover"] == "REQUEST" and _own_order(commander, sources, targets):
        return None  # "Putin ordered his government to ...": an order inside a state
    if not targets and not frame.intransitive and frame.frame is None and lex.info(cls)["plover"] in _STORY_AIMED \
            and len({a.code for a in sources}) == 1:
        # "the United States suspended $2.5 million in military aid", "welcomed the release",
        # "after the party refused to sign a code of conduct", "accusing the electoral council of
        # bias": support given, withdrawn or refused, or blame, told of no one whose state is
        # known, goes to the one the source faces in the story so far
        targets = _faced({a.code for a in sources}, history or [])
    if not targets and not frame.intransitive and frame.frame is None and (len(sources) < 2 or not _joint(frame, lex)):
        # a dyadic action with no one to act on is not coded; "Czechia and Albania upgraded
        # their ties" names both sides as joint sources
        return None
    if "home_class" in frame.flags and _at_home(sources, targets):
        cls = str(lex.frames["home_classes"].get(cls, cls))  # "banned 118 of its own members from politics"
    info = lex.info(cls)
    confidence = _confidence(frame, kind, sources, targets)
    start, text = offset + sent.start_char, span_text(sent)
    mention = Mention(article=article.id, sentence=text, start=start, end=start + len(text),
                      trigger=trigger.text, segment=kind if kind in ("headline", "body") else "body",  # type: ignore[arg-type]
                      confidence=confidence)
    return Event(
        type=cls, plover=info["plover"], cameo=info["cameo"], source=tuple(sources), target=tuple(targets),
        mentions=(mention,), time=_event_time(frame, doc, article, kind, lex), negated=negated,
        modality=modality,  # type: ignore[arg-type]
        speaker=speaker, action=action, confidence=confidence, extractor=EXTRACTOR_VERSION,
    )


# CAMEO roots of what is said about a deed (10 demand, 11 disapprove), not the deeds "the
# decision" or "the move" refer to
_SAID_CAMEO = frozenset({"10", "11"})
# CAMEO codes of what an agreement noun ("the deal", "the accord") refers back to: an intent
# agreed (03), an agreement signed (057), cooperation (06) and a yielding such as a truce (08)
_AGREED_CAMEO = ("03", "057", "06", "08")
_SIGNED_CAMEO = "057"
# Where a party acted on stands in a clause: object, dative or prepositional object
_ACTED_ON = frozenset({"dobj", "dative", "pobj"})
# PLOVER types of force, done to a place as well as to a party
_FORCE = frozenset({"ASSAULT", "COERCE"})
# PLOVER types of support given, withdrawn or refused, and of blame: aimed where the story says
# when no one is named
_STORY_AIMED = frozenset({"SUPPORT", "SANCTION", "REJECT", "ACCUSE"})
# PLOVER types of hostile deeds, whose ending is aimed at whom they were
_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# PLOVER types of what is said to someone, which may share the target of the act joined to them
_SAID_TO = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})
# PLOVER types of acts done to someone: several sources doing one to a party the clause names
# but kg cannot resolve ("the two leaders condemned the test") do not do it to each other
_DIRECTED = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "AID"})


def _side(sector: str | None) -> str | None:
    """The side a sector is on within its state: its police and soldiers are one, its security."""
    return "security" if sector in load_words().security_sectors else sector


def _coordinated(frame: Frame, doc: Doc) -> bool:
    """Whether the frame's doers are two or more joined noun phrases."""
    # (the parser at times joins the first phrase inside the second's name: "Santos and FARC
    # commander Rodrigo Londono" as one noun phrase headed by "Londono")
    return len(frame.sources) >= 2 or any(t.dep_ == "cc" and t.lower_ in {"and", "&"} and _in_phrase(t, doc[s])
                                          for s in frame.sources for t in doc[s].subtree)


def _in_phrase(token: Token, head: Token) -> bool:
    """Whether a token is in the noun phrase of ``head`` itself, not in a relative clause inside it."""
    node = token
    while node.i != head.i:
        if node.dep_ == "relcl":
            return False
        node = node.head
    return True


def _joint(frame: Frame, lex: Lexicon) -> bool:
    """Whether a frame with several sources and no target found may be read pairwise."""
    # ("traded accusations": an act the entry says is done together is pairwise, whatever its object)
    return lex.info(frame.cls)["plover"] not in _DIRECTED or "joint" in frame.flags \
        or not (frame.targets or frame.owner_targets)


def _story_parties(history: list[Event], exclude: set[str]) -> list[Actor]:
    """The parties (sources, then targets) of the latest event none of ``exclude`` takes part in."""
    for past in reversed(history):
        parties = {a.code: a for a in (*past.source, *past.target)}
        if parties and not set(parties) & exclude:
            return [replace(a, sector=None) for a in parties.values()]
    return []


def _own_order(verb: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether a command verb orders only bodies of the commander's own state (not a person: a
    judge ordering a former president to appear is a demand)."""
    if lemma(verb) not in load_words().command_verbs:
        return False
    # ("his units": a body of no known sector is still the commander's state's own)
    return bool(targets) and {a.code for a in targets} <= {a.code for a in sources} and all(
        a.kind != "person" for a in targets)


def _own_forces(verb: Token, sources: list[Actor], told: Token, resolver: ActorResolver) -> list[Actor] | None:
    """The forces a command verb orders, where they are the commander's own ("ordered troops to
    ...", "ordered the army to ...": forces of no other state named), else None."""
    security = load_words().security_sectors
    forces = resolver.resolve(told)
    if not forces:
        return [] if lemma(verb) in load_words().command_verbs and agent_sector(told) in security else None
    return forces if _own_order(verb, sources, forces) and any(a.sector in security for a in forces) else None


def _into_exile(trigger: Token, cls: str) -> bool:
    """Whether a journey is said to be into exile ("flew into exile in Nigeria"), or a visit
    told with shelter given ("Nigeria granted asylum to Taylor, and he arrived in Calabar")."""
    exile = load_words().exile_nouns
    return any(lemma(p) in exile for prep in children(trigger, "prep") for p in children(prep, "pobj")) or (
        cls == VISIT_CLASS and any(lemma(t) in exile for t in trigger.sent))


def _at_home(sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether one state acts on nothing but itself (a body or person of it counts as it)."""
    codes = {a.code for a in sources}
    return len(codes) == 1 and bool(targets) and {a.code for a in targets} <= codes


def _confidence(frame: Frame, kind: str, sources: list[Actor], targets: list[Actor]) -> float:
    confidence = 0.55 + (0.15 if frame.specific else 0.0) + (0.1 if sources and targets else 0.0)
    confidence -= 0.1 if frame.kind == "noun" else 0.0
    confidence -= 0.05 if frame.frame else 0.0
    confidence -= 0.05 if kind == "headline" else 0.0
    return round(min(confidence, 0.95), 3)


def _refused(frame: Frame, trigger: Token, lex: Lexicon) -> bool:
    """Whether a negated intention is a refusal: "will not", "would not" said of one's own act,
    not a promise that has not (yet) been made ("has not agreed", "did not offer")."""
    if frame.frame == "commit":
        return False
    if frame.kind != "noun":
        return True
    # a noun's act ("did not offer an apology", "will not attend the talks"): by its clause's auxiliary
    anchor = trigger.doc[frame.head_clause] if frame.head_clause is not None else trigger
    intent = lex.word_set("intent_aux")
    return any(c.dep_ == "aux" and c.lower_ in intent for c in kids(anchor))


def _coded(frame: Frame, trigger: Token, lex: Lexicon) -> tuple[str, str | None, str, bool]:
    """The class, action, modality and negation CAMEO codes a framed event with.

    A threat, refusal or demand to do something is coded as that threat, refusal or demand,
    with the act as its ``action``; an intention as an expressed intent; refusing (not
    intending) a cooperative act as a rejection; an obligation said of someone as a demand.
    """
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
        action = None if frame.content_negated else cls
        cls = "Appeal" if lemma(governor_of_kind(trigger, lex.word_set("demand"))) in set(
            lex.frames["demand_classes"]["polite"]) else "Demand"
        modality = "asserted"
    elif modality == "intended" and negated and info["goldstein"] < 0 and frame.frame == "commit":
        # "pledged not to use force against each other": a promise to hold back a hostile act
        # is a promise to de-escalate
        action, cls, negated = cls, lex.intent_class(lex.frames["deescalation_class"]), False
    elif modality == "intended":
        if negated and info["goldstein"] > 0 and _refused(frame, trigger, lex):
            # "will not attend the talks" refuses; "has not agreed to restructure" and "did not
            # offer an apology" only have not
            action, cls, modality, negated = cls, lex.frames["refusal_class"], "asserted", False
        elif info["plover"] not in {"AGREE", "THREATEN"}:
            action, cls = cls, lex.intent_class(cls)
    elif frame.frame == "obligation":
        action = cls if cls != "Demand" else None
        cls, modality = "Demand", "asserted"
    return cls, action, modality, negated


# ---------------------------------------------------------------------------
# actors of a frame


def _speaker(frame: Frame, doc: Doc, resolver: ActorResolver, lex: Lexicon) -> Actor | None:
    """Who said the clause, when the frame has a speaker and it is not a news outlet."""
    if frame.speaker is None:
        return None
    speaker_tok = doc[frame.speaker]
    if _outlet(speaker_tok, lex):
        return None
    found = resolver.resolve(speaker_tok, subject=resolver.last_subject, follow_conj=False)
    return found[0] if found else None


def _outlet(token: Token, lex: Lexicon) -> bool:
    """A news outlet ("as quoted by Reuters", "the New York Times reported") is not a speaker."""
    outlets = lex.word_set("outlets")
    if token.text in outlets:
        return True
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    return any(o in phrase for o in outlets if " " in o)


def _inside_quote(token: Token) -> bool:
    """True when the token stands between an odd number of quotation marks in its paragraph."""
    marks = kept(token.doc, "kg_quote_marks", lambda doc: [t.i for t in tokens_of(doc) if t.text in QUOTE_MARKS])
    return bisect.bisect_left(marks, token.i) % 2 == 1


@dataclass(frozen=True)
class _Found:
    """A frame's resolved sources, and what a fallback for its missing target may look at."""

    doc: Doc
    resolver: ActorResolver
    history: list[Event]
    sources: list[Actor]
    source_codes: frozenset[str]  # the codes of the sources the clause names
    target_tokens: list[int]
    trigger: int = -1
    things: tuple[int, ...] = ()  # objects named as things acted on ("suspended the constitution")


def _resolve_actors(frame: Frame, doc: Doc, sent: Span, resolver: ActorResolver, lex: Lexicon,
                    history: list[Event]) -> tuple[list[Actor], list[Actor]]:
    """The frame's sources and targets as actors; flags supply a missing source or target."""
    trigger = doc[frame.trigger]
    context = _clause_context(frame, sent, resolver)
    sources: list[Actor] = []
    for tok in frame.sources:
        sources += [a for a in resolver.resolve(doc[tok], subject=context) if a not in sources]
    sources += [a for a in _unplaced_partner(frame, doc, resolver, sources, history) if a not in sources]
    if not sources and frame.kind == "noun" and frame.head_clause is not None and all(
            doc[t].dep_ == "amod" for t in frame.sources):
        # "the judge issued a European arrest warrant": a modifier that names no one is not
        # the doer; the subject of the clause the noun is in is
        for doer in subject_of(doc[frame.head_clause]):
            sources += [a for a in resolver.resolve(doer, subject=context) if a not in sources]
    # "ready to host talks between the two governments": the parties of a meeting acted on
    target_tokens = [t for tok in frame.targets for t in [tok, *_meeting_parties(doc[tok])]]
    if frame.frame == "demand" and frame.action_target is not None:
        target_tokens.insert(0, frame.action_target)
    targets = _resolve_targets(frame, doc, target_tokens, sources, context, resolver, lex, history)
    if len({a.code for a in sources}) >= 2 and any(_reciprocal(doc[t]) for t in target_tokens):
        targets = list(sources)  # "India and Pakistan accused each other": each the other's target
    found = _Found(doc, resolver, history, sources, frozenset(a.code for a in sources), target_tokens, trigger.i,
                   tuple(frame.owner_targets))
    flags = frame.flags
    outbreak = frame.outbreak
    crowd = outbreak or any(lemma(doc[t]) in load_words().crowds for t in frame.sources)
    if not sources and ("state_source" in flags or crowd):
        # "was arrested in Lebanon": the state acts; "thousands blocked streets in Hong Kong":
        # an unnamed crowd belongs to the place it is in ("at his Caracas apartment"), and so
        # does a protest no one is named for ("rioting broke out in the oasis towns", "protests
        # spread to Tehran"), with no place named the story's state's
        preps = load_words().act_place_preps | ({"to"} if outbreak else set())
        sources = _location_state(trigger.head if outbreak else trigger, resolver, preps=preps)
        story = resolver.dateline or resolver.dominant_country()
        if not sources and outbreak and story is not None:
            sources = [_actor_of_entry(story)]
        found = replace(found, sources=sources)
    elif not sources and frame.sources and lex.info(frame.cls)["plover"] == "ASSAULT" and all(
            lemma(np_head(doc[t])) in load_words().blast_nouns for t in frame.sources):
        # "a roadside bombing near Samarra killed ...": no one is named behind the blast, and
        # the state where it went off is coded as acting
        sources = _location_state(trigger, resolver, preps=load_words().act_place_preps)
        found = replace(found, sources=sources)
    if not sources and frame.cls == lex.frames["expulsion_class"] and is_passive(trigger) \
            and not children(trigger, "agent"):
        # "two Russian diplomats were expelled from Moldova", "were ordered to leave Moldova":
        # the state they are sent away from sends them, and they are of their own state
        left = [p for prep in children(trigger, "prep") if prep.lower_ == "from" for p in children(prep, "pobj")]
        left += [o for c in children(trigger, "xcomp") if lemma(c) in load_words().departure_verbs
                 for o in children(c, "dobj")]
        sources = [a for t in left for a in resolver.resolve(t) if a.kind == "country"][:1]
        expelled = [a for t in children(trigger, "nsubjpass") for a in resolver.resolve(t)
                    if a.code not in {s.code for s in sources}]
        targets = [replace(a, sector=None) if a.kind == "country" else a for a in expelled] if sources else targets
        found = replace(found, sources=sources, source_codes=frozenset(a.code for a in sources))
    if not sources and lex.info(frame.cls)["plover"] == "MOBILIZE" and is_passive(trigger) \
            and not children(trigger, "agent"):
        # "Guyana's defence force has been placed on full alert": forces mobilised by no one
        # named are mobilised by their own state
        sources = [replace(a, sector=None) for t in frame.targets if doc[t].dep_ == "nsubjpass"
                   for a in resolver.resolve(doc[t]) if a.kind == "country" and a.sector in load_words().armed_sectors]
        found = replace(found, sources=sources, source_codes=frozenset(a.code for a in sources))
    if not sources and frame.sources and all(
            agent_sector(doc[t]) in load_words().irregular_sectors for t in frame.sources):
        # "rebels shelled the capital Monrovia": armed men of no state named belong to the
        # state where they fight, named by the place of the act or the place or people acted on
        # ("killed 14 Burkinabe soldiers near the border with Mali")
        acted_on = target_tokens + frame.owner_targets
        places = [a for a in targets if a.kind == "country"] if any(
            _place(doc[t]) or person_noun(doc[t]) for t in acted_on) else []
        dateline = [_actor_of_entry(resolver.dateline)] if resolver.dateline is not None else []
        sources = _location_state(trigger, resolver, preps=load_words().act_place_preps) or places[:1] or dateline
        found = replace(found, sources=sources)
    if not targets and sources and "domestic_person" in flags and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" \
            and any(person_noun(p) for t in target_tokens for p in with_counted(doc[t])):
        # "rammed and boarded two Philippine boats, injuring a number of sailors": those an act
        # hurts on its way are of the party it was aimed at
        targets = _target_of_act(trigger.head, sent, found.source_codes, history)
    if "accuser" in flags and sources and targets and {a.code for a in targets} <= found.source_codes:
        # "Moscow denied that its forces had entered the town": a denial of one's own deed
        # answers whoever charged them with it
        targets = _accuser(found) or targets
    if "court_venue" in flags and targets:
        targets = _without_courts(targets, [doc[t] for t in target_tokens], resolver)
    for flag, fallback in TARGET_FALLBACKS:
        if not targets and flag in flags and sources:
            targets = fallback(found)
    if not targets and sources and frame.targets and lex.info(frame.cls)["plover"] in _CHAMBER_ACTS and all(
            a.sector in load_words().chamber_sectors for a in sources):
        # "Peru's Congress voted down a proposal": what a legislature or a court refuses, naming
        # no party, it refuses at home
        targets = _own_state(found)
    if not targets and not frame.targets and not frame.intransitive and sources and all(
            a.sector in load_words().irregular_sectors for a in sources) and not (
            lex.info(frame.cls)["plover"] == "CONSULT" and trigger.tag_ == "VBG"):
        # "the ELN rebels rejected an invitation to peace talks": armed men who serve no state
        # act, when they name no one, on the state they fight in ("Hamas released 50 hostages"
        # names whom, though not whose; a ceasefire declared is aimed at no one; "speaking from
        # Doha" meets no one)
        home = gazetteer_home(resolver, sources[0])
        targets = [home] if home is not None and home.kind == "country" else []
    if not targets and sources and lex.info(frame.cls)["plover"] == "MOBILIZE" and any(
            lemma(doc[t]) in load_words().border_nouns and all(c.dep_ == "det" for c in kids(doc[t])) for t in target_tokens):
        # "KUWAIT - Iraq has moved armoured units toward the frontier": a border no one's is named
        # for is that of the state the story is about, or else of the other state named last
        story = resolver.dateline or resolver.dominant_country()
        targets = [_actor_of_entry(story)] if story is not None and story.code not in found.source_codes \
            else resolver.other_state_before(trigger, found.source_codes)
    if not targets and sources and _in_response(trigger):
        targets = _reactive(found)  # "dispatched warships in response": against who acted first
    if targets and {a.code for a in targets} <= found.source_codes and lex.info(frame.cls)["plover"] == "MOBILIZE":
        # "Iraq fired Scud missiles at Tel Aviv, and Israel put its armed forces on maximum
        # alert": one's own forces mobilised after an attack are aimed at the attacker
        targets = _answered(trigger, found) or _reactive(found) or targets
    if not targets and sources and frame.kind == "verb" and trigger.dep_ == "conj" \
            and lex.info(frame.cls)["plover"] in _SAID_TO and not children(trigger, "nsubj", "nsubjpass"):
        targets = _joined_target(trigger, sent, sources, history)
    stopper = trigger.head.head.head  # "stopped" in "stopped short of breaking"
    if not targets and sources and frame.kind == "verb" and fell_short(trigger) and stopper.dep_ == "conj":
        # "recalled its ambassador from Bogota, but stopped short of breaking off relations":
        # what was not done would have been done to whom the act it is joined to was
        targets = _joined_target(stopper, sent, sources, history)
    if not targets and sources and lex.info(frame.cls)["plover"] in _FORCE and frame.kind == "verb" and any(
            _place(doc[t]) for t in target_tokens):
        # "UNITA rebels shelled the besieged city of Kuito", "Ethiopian troops launched an
        # offensive in the northern Tigray region", "Belgian paratroopers shelled the port of
        # Matadi": force used at a place no state is known for is used in the state the story
        # is about, by its rebels, its own forces or another state's
        story = resolver.dominant_country()
        # ("Iraq summoned Turkey's envoy after Turkish artillery shelled a resort in the Kurdistan
        # region": the state whose clause the force is told in answers it, where it is another)
        main = [a for s in subject_of(sent.root) for a in resolver.resolve(s)
                if a.kind == "country" and a.code not in found.source_codes] if trigger.i != sent.root.i else []
        if main:
            targets = [replace(main[0], sector=None)]
        elif story is not None:
            targets = [_actor_of_entry(story)]
    return sources, targets


def _place(token: Token) -> bool:
    """Whether a noun phrase names a place ("the capital Monrovia", "the town")."""
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or lemma(token) in load_words().place_nouns


def _reciprocal(token: Token) -> bool:
    """"each other", "one another", "the other" (after "each side ...")."""
    phrases = load_words().reciprocals
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    # "one another" is parsed with "another" hung on "one"
    return f"{before} {token.lower_}" in phrases or any(f"{token.lower_} {c.lower_}" in phrases for c in kids(token))


def _responses(head: Token) -> list[Token]:
    """The nouns of answering in a verb's "in" phrases ("in response", "in retaliation for ...")."""
    answers = load_words().response_nouns
    return [p for prep in children(head, "prep") if prep.lower_ == "in" for p in children(prep, "pobj")
            if lemma(p) in answers]


def _in_response(trigger: Token) -> bool:
    """Whether an act is said to answer another: "in response", "in retaliation" with no "to"/"for"."""
    return any(not children(p, "prep") for p in _responses(trigger))


def _answered(trigger: Token, found: _Found) -> list[Actor]:
    """Who a clause says an act answers: the owner named in "in response to Venezuela's moves"
    ("in retaliation for ...", "in reaction to ..."), when it is not the one acting."""
    # (the parser may hang the phrase on the verb of saying the act is reported with)
    heads = [trigger, trigger.head] if trigger.dep_ == "ccomp" else [trigger]
    owners = [o for head in heads for noun in _responses(head) for inner in children(noun, "prep")
              for thing in children(inner, "pobj") for o in [thing, *children(thing, "poss")]]
    for owner in owners:
        actors = [a for a in found.resolver.resolve(owner) if a.code not in found.source_codes]
        if actors:
            return actors
    return []


def _joined_target(trigger: Token, sent: Span, sources: list[Actor], history: list[Event]) -> list[Actor]:
    """The target of the act a said act is joined to, when it names none of its own:
    "denounced the exercises as a provocation and warned of a merciless response"."""
    head, text, codes = conj_head(trigger), span_text(sent), {a.code for a in sources}
    for past in reversed(history):
        mention = past.mentions[0]
        if mention.sentence == text and mention.trigger == head.text and {a.code for a in past.source} == codes:
            return list(past.target)
    return []


def _target_of_act(verb: Token, sent: Span, codes: frozenset[str], history: list[Event]) -> list[Actor]:
    """The other party of the act ``verb`` (or a verb joined to it) reports in this sentence."""
    text, triggers = span_text(sent), {v.text for v in (verb, *verb.conjuncts)}
    for past in reversed(history):
        mention = past.mentions[0]
        if mention.sentence == text and mention.trigger in triggers and {a.code for a in past.source} == codes \
                and not {a.code for a in past.target} <= codes:
            return list(past.target)
    return []


def _clause_context(frame: Frame, sent: Span, resolver: ActorResolver) -> list[Actor]:
    """Who "it" and "they" may be: the subject of the nearest clause the frame is said in ("...,
    and Moscow said it would respond"), else the sentence's ("Syria says it will ..."), else the
    last one."""
    trigger = sent.doc[frame.trigger]
    speech = [a for a in trigger.ancestors if a.dep_ != "ROOT" and any(c.dep_ == "ccomp" and trigger in c.subtree
                                                                       for c in kids(a))]
    # "..., days after Kinshasa severed ties with Kigali, which it accuses of ...": a relative
    # clause on what a clause acted on speaks of that clause's doer
    host = [next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), sent.root)] if trigger.dep_ == "relcl" else []
    for clause in [*speech[:1], *host, sent.root]:
        subject = children(clause, "nsubj")
        if subject and subject[0].i not in frame.sources and subject[0].pos_ != "PRON":
            context = resolver.resolve(subject[0], subject=resolver.last_subject)
            if context:
                return context
    return list(resolver.last_subject)


def _meeting_parties(noun: Token) -> list[int]:
    """The parties named in a "between" phrase of a meeting or agreement noun ("talks between
    Israel and Hamas", "welcomed the agreement between Serbia and Kosovo")."""
    words = load_words()
    if noun.pos_ != "NOUN" or (lemma(noun) not in words.meeting_nouns and lemma(noun) not in words.agreement_nouns):
        return []
    return [p.i for prep in kids(noun) if prep.dep_ == "prep" and prep.lower_ == "between"
            for p in kids(prep) if p.dep_ == "pobj"]


def _owned_by_singular_pronoun(noun: Token, frame: Frame) -> bool:
    """"protesters stormed its embassy": "its" cannot be the plural crowd that acts, so it is
    the clause's context (the state the sentence is about)."""
    sources = [noun.doc[t] for t in frame.sources]
    return noun.dep_ == "dobj" and noun.head.tag_ in {"VBD", "VBZ", "VBP"} and bool(sources) \
        and all(s.tag_ == "NNS" for s in sources) and any(c.dep_ == "poss" and c.lower_ == "its" for c in kids(noun))


def _resolve_targets(frame: Frame, doc: Doc, target_tokens: list[int], sources: list[Actor], context: list[Actor],
                     resolver: ActorResolver, lex: Lexicon, history: list[Event]) -> list[Actor]:
    """The frame's targets: another state or organisation first, the source's own body only if
    nothing else, an event referred back to ("condemned the strikes") when nothing is named."""
    trigger = doc[frame.trigger]
    targets: list[Actor] = []
    source_keys = {a.key for a in sources}
    source_codes = {a.code for a in sources}
    fallback: list[Actor] = []
    owners = set(frame.owner_targets)
    # named targets first; then an unowned "government" or "dissident" standing for the
    # article's state, and that only for a body of the state acting at home ("the opposition
    # criticised the government"), not for the state itself ("Britain granted asylum to the
    # dissident" is about a foreign dissident); a target that acts in its own clause ("police
    # beat protesters, drawing condemnation from the EU") is as much a body of its state
    acting = any(doc[t].dep_ == "nsubj" for t in target_tokens)
    passes = [False, True] if all(a.sector for a in sources) or acting else [False]
    plover = lex.info(frame.cls)["plover"]
    threat = plover == "THREATEN"
    if frame.frame == "demand" and frame.action_target is not None and frame.action_target in target_tokens \
            and all(a.sector for a in sources):
        # "the opposition demanded that the government seek compensation from Mauritania": a
        # body's demand is made of whom it asks, its own state's government too (an order to
        # its own forces is the commander's act: see _own_forces)
        asked = [a for a in resolver.resolve(doc[frame.action_target], subject=sources) if a.key not in source_keys]
        if asked and not any(a.sector in load_words().security_sectors for a in asked):
            return asked
    for home in passes:
        resolver.home_bodies = home
        for tok in target_tokens + frame.owner_targets:
            # a pronoun acted on is not the one acting: it refers to the clause's context
            # ("rejected the UN's demand that it withdraw")
            refers = context if (doc[tok].pos_ == "PRON" or _owned_by_singular_pronoun(doc[tok], frame)) and context \
                else sources or context
            found = [a for a in resolver.resolve(doc[tok], subject=refers) if a.key not in source_keys]
            if lemma(doc[tok]) in load_words().mission_nouns and doc[tok].dep_ == "pobj" and plover != "PROTEST" \
                    and doc[tok].head.lower_ in load_words().placed_preps:
                continue  # "arrested Jorge Glas inside Mexico's embassy in Quito": where, not whom
            if found and lemma(doc[tok]) in load_words().mission_nouns and tok not in owners:
                targets = found  # "exiles rallied outside the Belarusian embassy": its state, theirs too
                break
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
    if not targets and frame.cls == lex.frames["expulsion_class"]:
        # "downgraded relations with Cambodia and expelled its ambassador": no state expels its
        # own envoy, so "its" is the other state the sentence named last
        targets = [a for tok in frame.owner_targets if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(doc[tok]))
                   for a in resolver.other_state_before(doc[tok], source_codes)][:1]
    if not targets:
        targets = _release_sought_by(doc, target_tokens, resolver, source_codes)
    if not targets:
        # ("demanded a complete halt to the raids": the act an end or halt is asked to)
        ended = [p.i for tok in target_tokens + frame.owner_targets for prep in children(doc[tok], "prep")
                 if prep.lower_ in {"to", "of"} for p in children(prep, "pobj")]
        for tok in target_tokens + frame.owner_targets + ended:
            targets = _event_antecedent(doc[tok], history, lex, source_codes, resolver)
            if targets:
                break
    if not targets and not fallback and any(lemma(doc[t]) in load_words().border_nouns and definite(doc[t])
                                            and not children(doc[t], "prep") for t in target_tokens):
        # "sent troops to the border": the one the source's state faces in the story so far
        targets = _faced(source_codes, history)
    accused = not targets and not fallback and lex.info(frame.cls)["plover"] == "ACCUSE"
    deeds = [_deed(doc[tok], lex) for tok in target_tokens + frame.owner_targets] if accused else []
    story = resolver.dominant_country() if any(deeds) else None
    if story is not None and ("act" in deeds or story.code not in source_codes):
        # "the African Union condemned the attempted coup", "deplored the breakdown of
        # constitutional order", "condemned what she called a seizure of power", told of no
        # one: the deed is the story's, done in the state it is about; by that state itself only
        # where the noun names an act ("President Arce denounced the attempted coup": at home),
        # not a state of things its own ministry is "disappointed at"
        fallback = [_actor_of_entry(story)]
    if not targets and not fallback and lex.info(frame.cls)["plover"] in {"ASSAULT", "COERCE"}:
        # "Bosnian Serb gunners shelled Sarajevo", "Iraqi forces took Kirkuk": force used on a
        # place of the doers' own state
        fallback = [a for tok in target_tokens + frame.owner_targets if doc[tok].ent_type_ in {"GPE", "LOC"}
                    for a in resolver.resolve(doc[tok]) if a.kind == "country"][:1]
        if not fallback and target_tokens and not any(person_noun(doc[t]) or can_act(doc[t]) for t in target_tokens):
            # "shelled army positions north of Goma", "shelled the city's main hospital": force
            # used on a thing is used on the state where the thing is
            fallback = _thing_place(doc, target_tokens + [c.i for c in children(trigger, "advmod") if children(c, "prep")],
                                    resolver)
    return targets or fallback


def _thing_place(doc: Doc, target_tokens: list[int], resolver: ActorResolver) -> list[Actor]:
    """The state of a place named inside the phrase of a thing acted on, or of where it lies:
    "positions north of Goma", "the city's main hospital" (the city named before)."""
    words = load_words()
    within = words.placed_preps | words.place_owner_preps  # (not "into waters around Taiwan")

    def inside(part: Token, tok: int) -> bool:
        while part.i != tok:
            if part.dep_ == "prep" and part.lower_ not in within:
                return False
            part = part.head
        return True
    for tok in target_tokens:
        for part in doc[tok].subtree:
            if (part.ent_type_ in {"GPE", "LOC"} or (part.pos_ == "PROPN" and (part.i == tok or part.dep_ == "pobj"))
                    or (part.dep_ == "poss" and lemma(part) in words.place_nouns)) and inside(part, tok):
                found = [a for a in resolver.resolve(part) if a.kind == "country"]
                if found:
                    return found[:1]
    return []


def _deed(token: Token, lex: Lexicon) -> str:
    """What is criticised, when it is no party: "act" for a definite noun naming an act ("the
    attempted coup"), "thing" for another noun naming no person or body ("the search", "the
    verdict", "the developments") or the "what" of "what she called a seizure of power"; else ""."""
    base = lemma(token)
    if base in lex.by_noun or base in lex.word_set("event_nouns"):
        return "act" if definite(token) else ""
    words = load_words()
    if token.tag_ == "WP" or (token.pos_ == "NOUN" and not person_noun(token) and not agent_sector(token)
                              and base not in words.crowds and base not in words.place_nouns):
        return "thing"
    return ""


def _domestic_person(found: _Found) -> list[Actor]:
    """``domestic_person``: "police opened fire, killing one person": unnamed victims of a state's own
    forces, or people named whom no dictionary knows ("detained Jason Rezaian", "arrested him")."""
    # (a count stands for people too: "police charged at voters, injuring hundreds")
    if not any(person_noun(p) or found.resolver.is_person(p) or p.lower_ in load_words().person_pronouns
               or lemma(p) in load_words().crowds for t in found.target_tokens for p in with_counted(found.doc[t])):
        return []
    if any(lemma(found.doc[t]) in load_words().captive_nouns for t in found.target_tokens):
        return []  # "Hamas released 50 hostages": those taken are as often another state's
    if len(found.source_codes) > 1:
        return []  # "Chile and Bolivia exchanged prisoners": each other's, read pairwise
    if all(a.sector in load_words().armed_sectors for a in found.sources):
        # "Syrian troops killed 30 civilians": unnamed people that armed forces act on, where no
        # place says otherwise, are their own state's
        home = gazetteer_home(found.resolver, found.sources[0])
        return [home] if home is not None else []
    return _domestic(found)


def _release_sought_by(doc: Doc, target_tokens: list[int], resolver: ActorResolver,
                       source_codes: set[str]) -> list[Actor]:
    """The state that asks for the release of people no dictionary places, whose people they
    are taken to be: "Japan demanded the release of an employee whom Chinese authorities
    detained" is an arrest of a Japanese."""
    for tok in (doc[t] for t in target_tokens):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or lemma(prep.head) != "release":
            continue
        noun = prep.head
        asked = noun.head.head if noun.dep_ == "pobj" else noun.head  # "called for the release"
        askers = subject_of(asked) if asked.pos_ == "VERB" else []
        states = [a for a in resolver.resolve(askers[0]) if a.kind == "country"] if askers else []
        if states and not {a.code for a in states} & source_codes:
            return states[:1]
    return []


def _without_courts(targets: list[Actor], tokens: list[Token], resolver: ActorResolver) -> list[Actor]:
    """``court_venue``: the targets that are no court the act is brought before, and the party
    a phrase on the court's name says it is against ("a case at the ICJ against Uruguay")."""
    courts = {code for word in load_words().court_nouns for code in resolver.gaz.anaphors.get(word, ())}
    parties = [a for a in targets if a.code not in courts]
    if parties or len(parties) == len(targets):
        return parties
    against = [o for t in tokens for prep in children(t, "prep") if prep.lower_ == "against" for o in children(prep, "pobj")]
    return [a for o in against for a in resolver.resolve(o) if a.code not in courts]


def _reactive(found: _Found) -> list[Actor]:
    """``reactive``: "Russia vowed to retaliate": against whoever last acted against Russia."""
    for past in reversed(found.history):
        if {a.code for a in past.target} & found.source_codes and not {a.code for a in past.source} & found.source_codes:
            return list(past.source)
    return []


def _accuser(found: _Found) -> list[Actor]:
    """``accuser``: "Bakiyev denied any role": a denial answers whoever last accused the one
    denying, of their own state or not."""
    keys = {a.key for a in found.sources}
    for past in reversed(found.history):
        if past.plover == "ACCUSE" and {a.code for a in past.target} & found.source_codes \
                and not {a.key for a in past.source} <= keys:
            return list(past.source)
    return []


def _own_last_target(found: _Found) -> list[Actor]:
    """``own_last_target``: "Moscow halted its offensive": aimed at whom the source's own last
    hostile act was."""
    for past in reversed(found.history):
        if {a.code for a in past.source} == found.source_codes and past.plover in _HOSTILE \
                and not {a.code for a in past.target} <= found.source_codes:
            return list(past.target)
    return []


def _content_target(found: _Found) -> list[Actor]:
    """``content_target``: "warned that they would treat French troops as an invading force",
    "warned that the West would impose sanctions if Russia invaded": a warning names no one it
    is made to, and is aimed at the party what it warns of falls on, the one a condition names
    first, else the first party acted on in what it says."""
    if found.trigger < 0:
        return []
    verb = found.doc[found.trigger]
    for clause in children(verb, "ccomp", "xcomp"):
        conditions = [found.doc[t] for t in condition_subjects(clause)]
        acted_on = [t for t in clause.subtree if t.dep_ in _ACTED_ON and t.pos_ in {"NOUN", "PROPN"}]
        # ("could review Cambodia's duty-free access": whose the thing acted on is)
        acted_on = [o for t in acted_on for o in [*(c for c in children(t, "poss")), t]]
        for noun in conditions + acted_on:
            actors = [a for a in found.resolver.resolve(noun) if a.code not in found.source_codes]
            if actors:
                return actors
    # "the interior minister warned that anyone joining further demonstrations would be treated
    # as a criminal": what names no party is aimed at the source's counterpart in the story so far
    return _faced(found.source_codes, found.history)


def _context_target(found: _Found) -> list[Actor]:
    """``context_target``: "Britain pledged an extra 10 million pounds in emergency aid": to the article's state."""
    home = found.resolver.dominant_country()
    if home is None or home.code in found.source_codes:
        return []
    return [_actor_of_entry(home)]


def _domestic(found: _Found) -> list[Actor]:
    """``domestic``: a domestic protest or restriction is directed at the actor's own state;
    not an act of its armed forces ("Russian forces seized the plant"), which are as often abroad,
    unless what they act on is the state's own institution ("the junta suspended the constitution")."""
    words = load_words()
    if all(a.sector in words.armed_sectors for a in found.sources) and not any(
            lemma(found.doc[t]) in words.institution_nouns for t in (*found.target_tokens, *found.things)):
        return []
    home = gazetteer_home(found.resolver, found.sources[0])
    return [home] if home is not None else []


def _own_state(found: _Found) -> list[Actor]:
    """``at_home``: "security forces fired tear gas to clear the barricades", "the opposition
    rejected the official results": this pattern's act is done at home."""
    home = gazetteer_home(found.resolver, found.sources[0])
    return [home] if home is not None and home.kind == "country" else []


def _home_places(found: _Found) -> list[Actor]:
    """``home_places``: "deployed 180 soldiers in the capital", "deployed the army against Maoist
    rebels": a place or armed group named with no state is the source's own."""
    words = load_words()
    if not any(lemma(found.doc[t]) in words.place_nouns or agent_sector(found.doc[t]) in words.irregular_sectors
               for t in found.target_tokens):
        return []
    home = gazetteer_home(found.resolver, found.sources[0])
    return [home] if home is not None else []


# the class of a visit, which shelter given to the visitor makes no visit
VISIT_CLASS = "Visit"
# PLOVER types of acts a legislature or court does at home when they name no party
_CHAMBER_ACTS = frozenset({"REJECT"})

# Entry flags that supply a missing target, tried in this order while none is found.
TARGET_FALLBACKS: tuple[tuple[str, Callable[[_Found], list[Actor]]], ...] = (
    ("home_places", _home_places),
    ("domestic_person", _domestic_person),
    ("accuser", _accuser),
    ("own_last_target", _own_last_target),
    ("reactive", _reactive),
    ("content_target", _content_target),
    ("context_target", _context_target),
    ("domestic", _domestic),
    ("at_home", _own_state),
    ("court_venue", lambda found: _faced(found.source_codes, found.history)),
)
# The flags of event_patterns.json this module handles.
HANDLED_FLAGS = frozenset(flag for flag, _ in TARGET_FALLBACKS) | {"state_source", "foreign_target", "future_only", "home_class"}


def _actor_of_entry(entry: Entry) -> Actor:
    return Actor(code=entry.code, kind=entry.kind, label=entry.label, wikidata=entry.wikidata)  # type: ignore[arg-type]


def gazetteer_home(resolver: ActorResolver, actor: Actor) -> Actor | None:
    """The state or organisation an actor belongs to, as an actor without a sector."""
    entry = resolver.gaz.by_code.get(actor.code)
    return _actor_of_entry(entry) if entry is not None else None


def _location_state(trigger: Token, resolver: ActorResolver, *, preps: Iterable[str] = ("in",)) -> list[Actor]:
    """The state where an act took place: "in Lebanon" on the verb, its object or its subject."""
    # "exploded in Kabul, killing ...", "doctors in Lagos began a strike": the verb it hangs on
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in {"advcl", "dobj"} else [])
    for place in act_places(verbs, set(preps), squares=load_words().square_nouns):
        if lemma(place) in load_words().border_nouns:
            continue  # "near the border with Mali": on the other side of it from Mali
        if lemma(place) in load_words().mission_nouns:
            continue  # "rallied outside the Japanese embassy in Seoul": in Seoul, not in Japan
        found = [a for a in resolver.resolve(place) if a.kind == "country"]
        if found:
            return found[:1]
        home = (resolver.dateline or resolver.dominant_country()) if lemma(place) in load_words().capital_nouns \
            and definite(place) else None
        if home is not None:
            # "rallied in the capital": the capital the story is filed from, or of its state
            return [_actor_of_entry(home)]
    return []


def _remember_subject(sent: Span, resolver: ActorResolver) -> None:
    root = sent.root
    subj = children(root, "nsubj")
    if subj:
        found = resolver.resolve(subj[0], subject=resolver.last_subject)
        if found or resolver.is_person(subj[0]):
            resolver.last_subject = found  # (a person no dictionary knows is no one's "he")
    named = next((t for t in reversed(tokens_of(sent.doc)[sent.start : sent.end]) if resolver.is_person(t)), None)
    if named is not None:
        # "Nimr, a fierce critic of the ruling family, ... Police arrested him": "him" is the
        # last person named, not one named before them, though no dictionary knows them
        # (resolved as any mention is, so that the text's own title places them)
        found = resolver.resolve(named, follow_conj=False)
        resolver.last_person = found[0] if found and found[0].kind == "person" else None


def _event_antecedent(token: Token, history: list[Event], lex: Lexicon, exclude: set[str],
                      resolver: ActorResolver) -> list[Actor]:
    """Who did "the decision", "the strikes", "the seizure" an actor reacts to.

    A definite noun naming an action refers back to the latest event of that kind in the
    article (any earlier event, for general words such as "decision" or "move"); its
    source is the one the reaction is aimed at.
    """
    noun = np_head(token)
    # ", a move Australia called unjustified": a noun set beside a clause sums up its act
    # (or beside the act's object: "imposed a blockade on Gaza, a move Turkey condemned")
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    summing = (noun.dep_ in {"npadvmod", "appos"} and (noun.head.pos_ in {"VERB", "AUX"} or after_comma)) or (
        # (parsed as a second object: "recognised the regions on Tuesday, a move condemned by ...")
        noun.dep_ == "dobj" and after_comma and any(o.dep_ == "dobj" and o.i < noun.i for o in kids(noun.head)))
    definite = any(  # ("such" is often parsed as an adjective)
        c.dep_ in {"det", "amod", "predet"} and c.lower_ in load_words().definite_determiners
        # "Thursday's agreement", "last week's strikes": a day's act is one told before
        or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in kids(noun))
    if noun.pos_ != "NOUN" or not summing and not definite:
        return []
    base = lemma(noun)
    plovers = {lex.info(e.cls)["plover"] for e in lex.by_noun.get(base, [])}
    if not plovers and base not in lex.word_set("event_nouns"):
        return []
    agreed = base in load_words().agreement_nouns
    # "praised the treaty": an agreement signed, where the story tells of one, before any other
    # agreed deed ("said Washington would forgive part of Jordan's debt")
    signed = [past for past in history if past.cameo.startswith(_SIGNED_CAMEO)] if agreed else []
    # "condemned the attack": force a story tells of is the act it leads with, not a reply to it
    order = history if plovers and plovers <= _FORCE and not signed else list(reversed(signed or history))
    for past in order:
        if plovers and past.plover not in plovers:
            continue
        if not plovers and past.cameo[:2] in _SAID_CAMEO:
            continue  # "welcomed the decisions": a deed, not a complaint or demand about it
        if agreed and not past.cameo.startswith(_AGREED_CAMEO):
            continue  # "welcomed the agreement": what was agreed or signed, not the latest deed
        actors = [a for a in past.source if a.code not in exclude]
        if actors:
            return actors
    if summing and noun.head.pos_ == "VERB":
        # "suspended university education for women, a move the UN condemned": a deed the story
        # codes no event for is still its doer's
        return [a for doer in subject_of(noun.head) for a in resolver.resolve(doer) if a.code not in exclude]
    return []


# ---------------------------------------------------------------------------
# time anchors


def _dateline_state(article: Article, gazetteer: Gazetteer) -> Entry | None:
    """The state a wire dateline places the story in ("BAMAKO -", "LEIDSCHENDAM, Netherlands -"),
    when its place names one state for sure (not "BRUSSELS" or "GENEVA", which host others)."""
    for _segment, line in article.segment_texts("dateline"):
        place = re.split(r"\s(?:--|-|\u2014|\u2013)|\(|/", line)[0]
        if "/" in line.split(" ")[0]:
            return None  # "WASHINGTON/CARACAS -": two places
        for part in reversed([p.strip() for p in place.split(",")[:2] if p.strip()]):
            # ("PORT-AU-PRINCE": in capitals the hyphens' small words are lost; the dictionaries
            # spell it with spaces, in any case)
            entry = gazetteer.entry(part if not part.isupper() else part.title()) or (
                gazetteer.entry(part.replace("-", " ")) if "-" in part else None)
            if entry is not None and entry.kind == "country" and entry.role in {"name", "metonym"}:
                return entry
    return None


def _dateline_time(article: Article) -> TimeSpan | None:
    """The date of a wire dateline ("SEOUL, Aug. 22 (UPI) --"): the story's date until it says another."""
    for _segment, line in article.segment_texts("dateline"):
        text = dateline_date(line)
        found = resolve_time(text, article.date) if text else None
        if found is not None:
            return TimeSpan(found.value, found.precision, f"dateline {line}", "explicit")
    return None


def _with_time(event: Event, time: TimeSpan | None, article: Article) -> Event:
    """An event told "then", "at that time", or in the past with no time of its own: the date
    of the event just told; with none told yet, the publication day."""
    if time is None or event.time is None:
        fallback = TimeSpan(article.date.isoformat(), "day", "publication date", "publication") if article.date else None
        return replace(event, time=fallback)
    return replace(event, time=TimeSpan(time.value, time.precision, event.time.text, time.basis))


def _event_time(frame: Frame, doc: Doc, article: Article, kind: str, lex: Lexicon) -> TimeSpan | None:
    """The date of a frame's event and what it rests on: its own expression, the date of the
    statement reporting it, or the publication date (see :func:`_publication_time`)."""
    found = _frame_time(frame, doc, lex.word_set("speech"))
    if found is not None:
        return found
    return _publication_time(doc[frame.head_clause if frame.head_clause is not None else frame.trigger],
                             article, headline=kind == "headline")


def _publication_time(anchor: Token, article: Article, *, headline: bool) -> TimeSpan | None:
    """An event whose clause says no time is dated by the report itself: news of the
    publication day, as a headline, a present or perfect tense, "wants to" or "will" imply.
    Background told in the past perfect or with "earlier", "previously", "formerly" happened
    before that day, at a time the text does not give: it is dated to the publication month,
    where news background mostly falls, with "before publication" as what the date rests on."""
    if article.date is None:
        return None
    if not headline and _background(anchor):
        return TimeSpan(article.date.isoformat()[:7], "month", "before publication", "publication")
    if not headline and _past(anchor):
        # "Hours later, Biden said ...": a past event told without a time happened when the
        # story last said (filled in by extract_events; the publication day if it said nothing)
        return TimeSpan("", "day", "the story's last date", "explicit")
    return TimeSpan(article.date.isoformat(), "day", "publication date", "publication")


def _past(verb: Token) -> bool:
    """A clause in the simple past ("expelled", "was expelled", "did not expel")."""
    tags = {verb.tag_} | {c.tag_ for c in children(verb, "aux", "auxpass")}
    return "VBD" in tags and not tags & {"VBZ", "VBP", "MD"}


def _background(anchor: Token) -> bool:
    """A past perfect clause ("had expelled") or one marked as earlier ("previously")."""
    words = load_words()
    clauses = [anchor] + [gov for rel, gov in governing(anchor) if rel in {"xcomp", "conj"}]
    for clause in clauses:
        auxes = [c for c in children(clause, "aux", "auxpass")]
        if clause.tag_ == "VBN" and any(a.lower_ in {"had", "'d"} for a in auxes):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in words.background_adverbs for c in kids(clause)):
            return True
    return False


def _frame_time(frame: Frame, doc: Doc, speech: frozenset[str] = frozenset()) -> TimeSpan | None:
    """The resolved date of the frame's clause; an empty value means "the time just mentioned".

    Dates come from the ``kg_time_normalizer`` (``ent._.kg_time``); "at that time"
    and "then" refer back to the previous event's date.
    """
    dates = _DateIndex(doc)
    own = dates.first(frame.time_tokens)
    if own is not None:
        return own
    trigger = doc[frame.trigger]
    anchor = doc[frame.head_clause] if frame.head_clause is not None else trigger
    bound = _clause_bound(anchor, dates)
    if bound is not None:
        return bound
    for rel, gov in governing(anchor):
        # "Breedlove said on Thursday NATO doesn't pose any threat", "Poland said yesterday it
        # was expelling two diplomats": what a statement reports is dated by the statement;
        # what it tells as background ("said it had expelled") only to its month
        if rel == "ccomp" and speech and lemma(gov) in speech:
            said = dates.first(time_tokens(gov))
            if said is not None:
                if _background(anchor) and said.precision == "day":
                    return TimeSpan(said.value[:7], "month", said.text, "reported")
                return replace(said, basis="reported")
            break
    shared = _participle_time(anchor, dates) or _joined_time(anchor, dates) or _subject_participle_time(anchor, dates) \
        or _purpose_time(anchor, dates)
    if shared is not None:
        return shared
    told_of = [anchor.head.i, *(c.i for c in kids(anchor.head) if c.i < anchor.head.i)] if anchor.dep_ == "relcl" else []
    if dates.first(told_of) is not None:
        # "The war began on Monday evening, when Salvadoran planes attacked": a clause told of
        # a date happened on it
        return dates.first(told_of)
    noun = np_head(trigger)
    if frame.kind == "noun" and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        # "an EU embargo on Iranian oil took effect on Sunday": the act a subject names is
        # dated by its verb
        said = dates.first(time_tokens(noun.head))
        if said is not None:
            return said
    return _time_referred_back(anchor, doc)


def _participle_time(anchor: Token, dates: _DateIndex) -> TimeSpan | None:
    """"resumed talks on Monday, with Kerry acting as mediator", "shelled the town on Friday,
    killing 15": a participle that says no time of its own happened when the clause it hangs
    on did."""
    if anchor.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in kids(anchor)):
        return None
    head = anchor.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} and head.tag_ in {"VBD", "VBZ", "VBP"}:
            return dates.first(time_tokens(head))
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _joined_time(anchor: Token, dates: _DateIndex) -> TimeSpan | None:
    """"thanked Scholz on Wednesday and urged Berlin to send tanks": a verb joined by "and" to
    a dated one, or the infinitive such a verb governs, shares its date; so does the first of
    verbs joined before a date the parser hangs on the last ("dissolved Congress and suspended
    the constitution on Sunday night")."""
    for clause in children(anchor, "conj"):
        if clause.pos_ in {"VERB", "AUX"} and (found := dates.first(time_tokens(clause))) is not None:
            return found
    for rel, gov in governing(anchor):
        if rel not in {"conj", "xcomp"}:
            return None
        found = dates.first(time_tokens(gov))
        if found is not None:
            return found
    return None


def _purpose_time(anchor: Token, dates: _DateIndex) -> TimeSpan | None:
    """"fired tear gas to disperse crowds on Wednesday": the parser hangs the date on the
    purpose; it dates the act done for it."""
    return next((found for clause in purpose_clauses(anchor) if (found := dates.first(time_tokens(clause)))), None)


def _subject_participle_time(anchor: Token, dates: _DateIndex) -> TimeSpan | None:
    """"Premier Wen Jiabao, speaking in New York on Tuesday, demanded ...": the date of a
    participle clause set beside the subject is the date of what the subject did."""
    for subject in subject_of(anchor):
        for clause in children(subject, "acl", "advcl"):
            if clause.tag_ == "VBG":
                found = dates.first(time_tokens(clause))
                if found is not None:
                    return found
    return None


class _DateIndex:
    """The resolved DATE entities of a Doc by token (indexed once per Doc)."""

    def __init__(self, doc: Doc) -> None:
        self.ents: dict[int, Span] = kept(doc, "kg_date_index", lambda d: {
            i: ent for ent in d.ents if dated(ent) for i in range(ent.start, ent.end)})

    def first(self, tokens: Iterable[int]) -> TimeSpan | None:
        for index in tokens:
            ent = self.ents.get(index)
            if ent is not None and ent._.kg_time is not None:
                return ent._.kg_time  # type: ignore[no-any-return]
        return None


def _clause_bound(anchor: Token, dates: _DateIndex) -> TimeSpan | None:
    """"In April, Moscow recalled ... after the Alliance suspended ...": the clause's date
    bounds the event; "after"/"before" keep only the month of it."""
    if anchor.dep_ != "advcl" or anchor.head.i == anchor.i:
        return None
    words = load_words()
    marks = {m.lower_ for m in kids(anchor) if m.dep_ == "mark"}
    bound = dates.first(time_tokens(anchor.head))
    if bound is not None and marks & words.bounding_marks:
        exact = _interval_before(anchor, bound) if "after" in marks else None
        if exact is not None:
            return exact
        if bound.precision == "day":
            bound = TimeSpan(bound.value[:7], "month", bound.text)
        return TimeSpan(bound.value, bound.precision, f"{'/'.join(sorted(marks))} {bound.text or bound.value}")
    if bound is not None and marks & words.simultaneous_marks:
        return bound
    return None


def _interval_before(anchor: Token, bound: TimeSpan) -> TimeSpan | None:
    """"broke off relations on Sunday, a day after protesters stormed the embassy": an
    interval put before "after" dates the clause exactly, counted back from the day it bounds
    ("hours after" is the same day); "jailed in July 2016, three months after he led a protest"
    to the month, as precisely as the bound and the interval both say."""
    fine = _PRECISIONS.index(bound.precision) if bound.precision in _PRECISIONS else None
    if fine is None:
        return None
    start = _dt.date.fromisoformat((bound.value + "-01-01")[:10])
    for span in (c for c in children(anchor, "npadvmod")):
        if lemma(span) in load_words().same_day_units:
            return TimeSpan(bound.value, bound.precision, f"{span.lower_} after {bound.text}")
        text = span.doc[span.left_edge.i : span.i + 1].text
        back = resolve_time(f"{text} ago", start)
        if back is not None and back.precision in _PRECISIONS and _PRECISIONS.index(back.precision) >= fine:
            return TimeSpan(back.value, back.precision, f"{text} after {bound.text}")
    return None


# Precisions from the finest to the coarsest.
_PRECISIONS = ("day", "month", "year")


def _time_referred_back(anchor: Token, doc: Doc) -> TimeSpan | None:
    """"then", "at that time", "by that point": the date of the event just told (an empty value)."""
    words = load_words()
    # ("Yangon then closed its border crossings, accusing Bangkok of ...": a bare participle
    # happened when the clause it hangs on did)
    participle = anchor.tag_ == "VBG" and not children(anchor, "aux", "auxpass")
    clauses = [anchor] + [gov for rel, gov in governing(anchor)
                          if rel in {"ccomp", "xcomp", "conj"} or (rel == "advcl" and participle)]
    for clause in clauses:
        for child in kids(clause):
            if child.dep_ == "advmod" and child.lower_ == "then":
                return TimeSpan("", "day", "then")
            if child.dep_ == "prep" and child.lower_ in words.anaphoric_time_preps:
                for pobj in kids(child):
                    if pobj.lemma_.lower() in words.time_nouns and any(
                            d.lower_ in words.anaphoric_determiners for d in kids(pobj) if d.dep_ == "det"):
                        return TimeSpan("", "day", f"{child.text} {doc[pobj.left_edge.i : pobj.i + 1].text}")
    return None


# ---------------------------------------------------------------------------
# one event per report


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
    # "Russia and China launched joint exercises, with 10,000 troops taking part in war games":
    # the forces shown are those of the exercises the parties hold together
    joint = [{a.code for a in e.source} for e in events if e.plover == "COOPERATE" and e.source
             and {a.code for a in e.target} <= {a.code for a in e.source}]
    events = [e for e in events if not (e.plover == "MOBILIZE" and e.source and any(
        {a.code for a in (*e.source, *e.target)} <= parties for parties in joint))]
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


def _counterpart_targets(events: list[Event]) -> list[Event]:
    """An act that names no one it is aimed at ("South Korea put its troops on alert", "Tokyo
    apologised") is aimed at the source's counterpart in the story: the other party of the
    nearest event (before it first, then after) in which the source takes part with a single
    other side; a state acting on itself is its own counterpart. An act with no such event
    keeps no target."""
    done: list[Event] = []
    for i, event in enumerate(events):
        if event.target or not event.source:
            done.append(event)
            continue
        codes = {a.code for a in event.source}
        nearest = sorted((j for j, other in enumerate(events) if j != i and other.target),
                         key=lambda j: (abs(j - i), j > i))
        found = next((side for side in (_counterpart(codes, events[j]) for j in nearest) if side), ())
        done.append(replace(event, target=found) if found else event)
    return done


def _unplaced_partner(frame: Frame, doc: Doc, resolver: ActorResolver, sources: list[Actor],
                      history: list[Event]) -> list[Actor]:
    """"Foreign ministers Taro Kono and Kang Kyung-wha met": a person joined to those of one
    state, whom no dictionary or title places, is of the state that one faces in the story."""
    codes = {a.code for a in sources}
    if len(codes) != 1 or not all(a.kind == "person" for a in sources):
        return []
    unplaced = [c for t in frame.sources for c in doc[t].conjuncts
                if c.ent_type_ == "PERSON" and not resolver.resolve(c, follow_conj=False)]
    return _faced(codes, history) if unplaced else []


def _faced(codes: AbstractSet[str], history: list[Event]) -> list[Actor]:
    """The other side of the latest event told so far that sets the parties of ``codes``
    against someone: whom they face in the story."""
    return next((list(side) for side in (_counterpart(codes, past) for past in reversed(history)) if side), [])


def _counterpart(codes: AbstractSet[str], event: Event) -> tuple[Actor, ...]:
    """The other side ``event`` gives parties of ``codes``, or nothing: a joint act (the same
    parties on both sides, or ``codes`` on both) gives none."""
    source = {a.code for a in event.source}
    target = {a.code for a in event.target}
    if source == target:
        return event.target if source == codes else ()
    if codes & source and not codes & target:
        return event.target
    if codes & target and not codes & source:
        return event.source
    return ()


def _identity(event: Event) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return (event.type, tuple(sorted(a.code for a in event.source)), tuple(sorted(a.code for a in event.target)))


def _plover_identity(event: Event) -> tuple[Any, ...]:
    return (event.plover, *_identity(event)[1:], event.negated, event.modality)


def _headline_match(event: Event, by_plover: dict[tuple[Any, ...], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    """The body's dated event a headline's event of the same PLOVER type and parties tells in
    fewer words (a headline's verb is often the general one)."""
    if not all(m.segment == "headline" for m in event.mentions):
        return None
    return by_plover.get(_plover_identity(event))


def _joint_match(event: Event, dated: dict[tuple[Any, ...], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    """A headline's joint act ("X and Y resume talks", read pairwise) is the body's dated "X
    resumed talks with Y"."""
    pairwise = {a.code for a in event.target} == {a.code for a in event.source}
    if (event.target and not pairwise) or not any(m.segment == "headline" for m in event.mentions):
        return None
    parties = set(_identity(event)[1])
    for base, key in dated.items():
        if base[0] == event.type and base[3:] == (event.negated, event.modality) and set(base[1]) | set(base[2]) == parties:
            return key
    return None


def _merge_mentions(events: list[Event]) -> list[Event]:
    """The same event told twice in one article (headline and body, quote and summary) is one event.

    A report dated only by the publication (a headline) joins the report that says when.
    """
    merged: dict[tuple[Any, ...], Event] = {}
    dated: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    by_plover: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for event in events:
        if _said_when(event):
            key = (*_identity(event), event.negated, event.modality, event.time.value)  # type: ignore[union-attr]
            dated.setdefault(key[:-1], key)
            by_plover.setdefault(_plover_identity(event), key)
    for event in events:
        base = (*_identity(event), event.negated, event.modality)
        # "X and Y resume talks" in a headline is "X resumed talks with Y" in the body; a
        # headline's "launch strikes on Syria" (an attack) is the body's dated bombardment
        own = (*base, event.time.value if event.time else None)
        key = own if _said_when(event) else (dated.get(base) or _joint_match(event, dated)
                                             or _headline_match(event, by_plover) or own)
        if key in merged:
            first = merged[key]
            if _said_when(event) and not _said_when(first):
                first, event = event, first
            merged[key] = replace(first, mentions=tuple(sorted(first.mentions + event.mentions, key=lambda m: m.start)),
                                  confidence=min(0.99, max(first.confidence, event.confidence) + 0.05),
                                  speaker=first.speaker or event.speaker)
        else:
            merged[key] = event
    return list(merged.values())


def _said_when(event: Event) -> bool:
    """Whether the text says when the event happened (not only when it was published)."""
    return event.time is not None and event.time.basis != "publication"
