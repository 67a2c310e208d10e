"""Plain records handed from one pipeline stage to the next.

Every stage left of :mod:`kg.graph` returns these frozen dataclasses, so nothing
downstream needs spaCy, and nothing upstream needs rdflib.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from kg import vocab

SegmentKind = Literal["headline", "dateline", "body", "link"]
Precision = Literal["day", "month", "year"]
# What an event's date rests on: a time expression governing it, the date of the statement
# that reports it, or the publication date when the text implies now.
DateBasis = Literal["explicit", "reported", "publication"]
Modality = Literal["asserted", "intended", "hypothetical"]
ActorKind = Literal["country", "igo", "ngo", "organization", "person", "group"]

MODALITIES: tuple[str, ...] = ("asserted", "intended", "hypothetical")
ACTOR_KINDS: tuple[str, ...] = ("country", "igo", "ngo", "organization", "person", "group")


@dataclass(frozen=True)
class Segment:
    """A stretch of an article's text: the headline, the date line, a body paragraph or a link line."""

    kind: SegmentKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article, normalised.

    ``text`` holds the headline, the body paragraphs and any link lines, joined by blank
    lines; ``segments`` says which is which, so the extractor never glues a headline or a
    "READ MORE" line onto a body sentence.
    """

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    path: str | None = None
    segments: tuple[Segment, ...] = ()

    def segment_texts(self, *kinds: str) -> list[tuple[Segment, str]]:
        """The segments of the given kinds with their text, in order."""
        wanted = set(kinds) if kinds else None
        return [
            (seg, self.text[seg.start : seg.end])
            for seg in self.segments
            if wanted is None or seg.kind in wanted
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "text": self.text,
        }


@dataclass(frozen=True)
class Actor:
    """Who acts: a state, an organisation, a body of a state, a person or a group.

    ``code`` is what event coders compare: ISO 3166-1 alpha-3 for states, an acronym for
    organisations, and for persons and state bodies the code of whom they act for.
    """

    code: str
    kind: ActorKind
    label: str
    sector: str | None = None
    name: str | None = None
    wikidata: str | None = None
    parent_kind: ActorKind | None = None
    parent_label: str | None = None

    @property
    def key(self) -> str:
        """A stable key for the actor's IRI: ``RUS``, ``RUS-MIL`` or ``person/NATO/philip-breedlove``
        (a person under each code they act for: one who served a state and later an organisation
        is two actors, each with one code)."""
        if self.kind == "person" and self.name:
            return f"person/{self.code}/{_slug(self.name)}"
        if self.kind == "group" and self.name:
            # a named group ("Hamas") is not its home state, whatever code coders give it
            return "group/" + _slug(self.name) + (f"-{self.sector}" if self.sector else "")
        return f"{self.code}-{self.sector}" if self.sector else self.code

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "sector": self.sector,
            "label": self.label,
            "name": self.name,
            "wikidata": self.wikidata,
            "iri": iri_text("actor", self.key),
        }

    @property
    def parent(self) -> Actor | None:
        """The state or organisation this actor belongs to or acts for, if it is a part of one."""
        if self.kind == "person":
            if self.parent_kind == "group":
                # "Taliban spokesman Zabihullah Mujahid": part of the named group, not of its state
                return Actor(code=self.code, kind="group", label=self.parent_label or self.code,
                             name=self.parent_label, sector=self.sector)
            return Actor(code=self.code, kind=self.parent_kind or "organization",
                         label=self.parent_label or self.code, sector=self.sector)
        if self.kind == "group":
            if not self.name or not self.parent_kind:
                return None  # (a group whose home is not known stands on its own)
            # its home state, or the code's umbrella ("IMG": an international armed group)
            return Actor(code=self.code, kind=self.parent_kind, label=self.parent_label or self.code)
        if self.sector:
            return Actor(code=self.code, kind=self.kind, label=self.label, wikidata=self.wikidata)
        return None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class TimeSpan:
    """A resolved date: ``value`` is ``2014``, ``2014-04`` or ``2014-04-01`` as ``precision`` says."""

    value: str
    precision: Precision
    text: str | None = None
    basis: DateBasis = "explicit"
    end: str | None = None  # a range's last period, at the same precision ("from 2014 to 2016")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """Where an event is reported: an article, a sentence and its character offsets."""

    article: str
    sentence: str
    start: int
    end: int
    trigger: str
    segment: SegmentKind = "body"
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(**data)


@dataclass(frozen=True)
class Event:
    """One dyadic interaction: ``source`` does ``type`` to ``target`` at ``time``.

    ``type`` is an ontology class name. For an intended event coded as an expressed intent
    (``ExpressIntentToCooperate``, ``Threaten``), ``action`` names the class of the action
    that is intended (``ReestablishCommunication``).
    """

    type: str
    plover: str
    cameo: str
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    time: TimeSpan | None = None
    negated: bool = False
    modality: Modality = "asserted"
    speaker: Actor | None = None
    action: str | None = None
    confidence: float = 0.5
    extractor: str = ""

    @property
    def article(self) -> str:
        return self.mentions[0].article if self.mentions else ""

    @property
    def sentence(self) -> str:
        return self.mentions[0].sentence if self.mentions else ""

    @property
    def key(self) -> str:
        """What makes two reports the same event: its type, actors and date.

        Reports that disagree (one negates what another asserts, one says it will happen) are
        mentions of one event; its reading is decided in the event layer
        (:func:`kg.graph.event_summary_triples`). Undated events are only merged within one article.
        """
        return "|".join([
            self.type,
            ",".join(sorted(a.key for a in self.source)),
            ",".join(sorted(a.key for a in self.target)),
            self.time.value if self.time else f"undated@{self.article}",
        ])

    @property
    def id(self) -> str:
        """The short form of the event's IRI (its last part), which ``event_mentions`` accepts."""
        return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:20]

    @property
    def iri(self) -> str:
        return iri_text("event", self.id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON event record of the command-line contract."""
        return {
            "article": self.article,
            "event": self.id,
            "iri": self.iri,
            "type": self.type,
            "plover": self.plover,
            "cameo": self.cameo,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.time.value if self.time else None,
            "date_precision": self.time.precision if self.time else None,
            "date_basis": self.time.basis if self.time else None,
            "date_end": self.time.end if self.time else None,
            "negated": self.negated,
            "modality": self.modality,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "action": self.action,
            "sentence": self.sentence,
            "confidence": round(self.confidence, 3),
            "mentions": [m.to_dict() for m in self.mentions],
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        time = None
        if data.get("date"):
            time = TimeSpan(data["date"], data.get("date_precision") or "day", basis=data.get("date_basis") or "explicit",
                            end=data.get("date_end"))
        speaker = Actor.from_dict(data["speaker"]) if data.get("speaker") else None
        return cls(
            type=data["type"],
            plover=data["plover"],
            cameo=data["cameo"],
            source=tuple(Actor.from_dict(a) for a in data.get("source", [])),
            target=tuple(Actor.from_dict(a) for a in data.get("target", [])),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            time=time,
            negated=bool(data.get("negated", False)),
            modality=data.get("modality", "asserted"),
            speaker=speaker,
            action=data.get("action"),
            confidence=float(data.get("confidence", 0.5)),
            extractor=data.get("extractor", ""),
        )


@dataclass
class Skipped:
    """An input that could not be read, and why (reported, never fatal for the batch)."""

    name: str
    reason: str
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"{self.name}:{self.line}" if self.line else self.name
        return f"skipped {where}: {self.reason}"


def _slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens.

    >>> _slug("Philip  Breedlove")
    'philip-breedlove'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


_SAFE = re.compile(r"[^A-Za-z0-9._~-]+")


def iri_text(kind: str, key: str) -> str:
    """The IRI of a resource as text: ``<data namespace><kind>/<key>``, unsafe keys hashed.

    kg.graph.mint_iri wraps it for rdflib; the JSON event record uses it directly.

    >>> iri_text("actor", "RUS-MIL")
    'https://w3id.org/kg-events/id/actor/RUS-MIL'
    """
    clean = "/".join(_SAFE.sub("-", part).strip("-") or "x" for part in key.split("/"))
    if clean != key or len(key) > 120:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        clean = f"{clean[:60].rstrip('-')}-{digest}" if clean.strip("-x/") else digest
    return f"{vocab.DATA_NS}{kind}/{clean}"
