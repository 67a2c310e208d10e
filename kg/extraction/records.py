"""The record the event modules pass along: a :class:`Frame`, a candidate event in token terms.

Beside :mod:`kg.extraction.parse` at the bottom of the event side of the extractor wing:
:mod:`~kg.extraction.match` fills a frame's trigger, class and arguments,
:mod:`~kg.extraction.framing` its negation, modality, framing verb and speaker,
:mod:`~kg.extraction.frames` stores the frames of a Doc in ``doc._.kg_frames``, and
:mod:`~kg.extraction.assemble` resolves them into :class:`~kg.types.Event` records.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extraction.lexicon import LexEntry


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
    frame: str | None = None  # intent | commit | threat | refuse | demand | obligation | prospective | ...
    action: str | None = None
    speaker: int | None = None
    specific: bool = False
    time_tokens: list[int] = field(default_factory=list)
    head_clause: int | None = None
    entry: LexEntry | None = None  # the lexicon entry that found it (None for framing-only events)
    action_target: int | None = None
    content_negated: bool = False  # a demand that the act not be done ("urged X not to ease")
    outbreak: bool = False  # a protest said to break out, no one named for it ("rioting broke out in ...")

    @property
    def flags(self) -> frozenset[str]:
        return self.entry.flags if self.entry is not None else frozenset()

    @property
    def intransitive(self) -> bool:
        return self.entry.intransitive if self.entry is not None else False
