"""The Phoenix actor dictionaries: names, dated Phoenix codes split into parts, and a kind.

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt``: a primary phrase with an optional ``[CODE]``, ``+``
synonyms, and tab-indented ``[CODE date-restriction]`` lines.
"""
from __future__ import annotations

import datetime as _dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pycountry

from kg.dictionaries.common import (
    Json,
    Line,
    SourceLineError,
    Tally,
    dedupe,
    normalise_phrase,
    read_lines,
    split_sectors,
    strip_comment,
)

logger = logging.getLogger(__name__)

# First position of a Phoenix code that names a kind of organisation, not a state.
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")
PIVOT_YEAR = 30  # YYMMDD: YY >= 30 is 19YY, else 20YY

_BRACKET_RE = re.compile(r"\[([^\]]*)\]")
# The state an office holder of an international body comes from, as its comment says
# ("DAVID_OWEN_ [IGOEUREEC 770101-770630] # president of the CoEU from UNITED_KINGDOM"): the
# presidency of the Council rotates among member states' ministers, who are their state's before
# and after it.
_HOME_RE = re.compile(r"#[^#]*\bCoEU from ([A-Z][A-Z_]*[A-Z])\b")
_UNREADABLE_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")


@dataclass
class ActorDraft:
    """An actor record while its lines are being read."""

    line: Line
    names: list[str] = field(default_factory=list)
    codes: list[Json] = field(default_factory=list)
    null_code: bool = False  # the record says [---]: its names code nothing
    home: str | None = None  # the state its comment says it comes from, as a phrase

    def add_codes(self, codes: list[Json | None]) -> None:
        """Add parsed codes; a None (``[---]``) marks the record as explicitly null."""
        self.null_code = self.null_code or None in codes
        self.codes.extend(code for code in codes if code is not None)


@dataclass
class ActorReader:
    """Reads one Phoenix actor file into records (see :func:`read_actor_file`)."""

    file_key: str
    sectors: frozenset[str]
    tally: Tally
    records: list[Json] = field(default_factory=list)
    draft: ActorDraft | None = None
    carried: list[str] = field(default_factory=list)  # names of a codeless record

    def read(self, lines: Iterable[Line]) -> list[Json]:
        """Records in file order: a primary line, its ``+`` synonyms, its indented codes."""
        for line in lines:
            text = strip_comment(line.text, "#;").rstrip()
            if not text.strip():
                continue
            try:
                if text[0].isspace() or text.startswith("["):
                    self._need(line).add_codes(codes_on_line(text, line, sectors=self.sectors,
                                                             tally=self.tally))
                elif text.startswith("+"):
                    add_name(self._need(line), text[1:], self.tally)
                else:
                    self._finish(last=False)
                    self.draft = start_actor(text, line, sectors=self.sectors, tally=self.tally)
                    home = _HOME_RE.search(line.text)
                    self.draft.home = normalise_phrase(home.group(1)) if home else None
                    self.draft.names[:0] = [n for n in self.carried if n not in self.draft.names]
                    self.carried = []
            except SourceLineError as error:
                self.tally.skip(error)
        self._finish(last=True)
        return self.records

    def _need(self, line: Line) -> ActorDraft:
        if self.draft is None:
            raise line.error("line without its actor", "a readable primary phrase before it")
        return self.draft

    def _finish(self, *, last: bool) -> None:
        draft, self.draft = self.draft, None
        if draft is None:
            return
        if not draft.names:
            self.tally.skip(draft.line.error("actor without a usable name", "a readable phrase"))
        elif not draft.codes and not draft.null_code and not last:
            self.tally.note("repairs", "actor without a code joined to the next (missing +)")
            self.carried.extend(draft.names)
        else:
            codes = dedupe(draft.codes, self.tally, "actor code")
            kind = actor_kind(self.file_key, codes, sectors=self.sectors)
            record = {"names": draft.names, "file": self.file_key, "codes": codes, "kind": kind}
            if draft.home and kind == "person":
                record["home"] = draft.home
            self.records.append(record)


def read_actor_file(path: Path, *, file_key: str, sectors: frozenset[str],
                    tally: Tally) -> list[Json]:
    """Convert one Phoenix actor dictionary into actor records, in file order.

    A primary line without any code, followed by another primary line, is taken as a
    synonym whose ``+`` was forgotten (LEONID_BREZHNEV_ / LEONID_ILYICH_BREZHNEV / ...
    [codes]): its names join the next record. ``[---]`` keeps a record without codes.

    Args:
        path: the ``.actors.txt`` file.
        file_key: ``countries``, ``international`` or ``nonstate``.
        sectors: the agent dictionary's sector codes (see :func:`split_code`).
        tally: where reads, repairs and skips are counted.
    """
    return ActorReader(file_key, sectors, tally).read(read_lines(path))


def add_home_states(records: list[Json], tally: Tally) -> None:
    """Give each office holder whose comment names the state they come from (``home``, see
    ``_HOME_RE``) that state as an undated code, the default when none of their dated offices
    holds; the state is the one the countries dictionary codes that name with."""
    states: dict[str, str] = {}
    for record in records:
        if record["file"] == "countries" and record["kind"] == "country":
            code = next((str(c["country"]) for c in record["codes"] if c["country"] and not c["sectors"]), "")
            for name in record["names"] if code else ():
                states.setdefault(name, code)
    for record in records:
        home = record.pop("home", None)
        if home is None:
            continue
        found = states.get(home)
        if found is None:
            tally.note("homes_unknown", "office holder's home state not in the countries dictionary")
            continue
        if not any(c["country"] == found and not c["start"] and not c["end"] for c in record["codes"]):
            record["codes"].append({"code": found, "country": found, "end": None, "org": None, "prefix": None,
                                    "sectors": [], "start": None})
            tally.note("homes_added", "office holder of an international body given their home state")


def start_actor(text: str, line: Line, *, sectors: frozenset[str], tally: Tally) -> ActorDraft:
    """A new record from its primary line: ``NAME_ [CODE]``, inline restrictions allowed."""
    name, bracket, rest = text.partition("[")
    draft = ActorDraft(line)
    add_name(draft, name, tally)
    draft.add_codes(codes_on_line(bracket + rest, line, sectors=sectors, tally=tally))
    return draft


def add_name(draft: ActorDraft, raw: str, tally: Tally) -> None:
    """Add a normalised name; one with a control or replacement character is dropped."""
    name = normalise_phrase(raw)
    if _UNREADABLE_RE.search(name):
        tally.note("names_dropped", "unreadable character")
        logger.debug("%s:%d: dropped name with an unreadable character: %r",
                     draft.line.file, draft.line.number, raw.strip())
    elif name and name not in draft.names:
        draft.names.append(name)


def codes_on_line(text: str, line: Line, *, sectors: frozenset[str],
                  tally: Tally) -> list[Json | None]:
    """The ``[CODE date-restriction]`` groups of a line; None stands for ``[---]``.

    Raises:
        SourceLineError: if brackets do not pair or a code is not capitals and digits.
    """
    if text.count("[") != text.count("]"):
        raise line.error("unbalanced brackets", "[CODE] or [CODE DATES]")
    return [parse_restriction(content, line, sectors=sectors, tally=tally)
            for content in _BRACKET_RE.findall(text)]


def parse_restriction(content: str, line: Line, *, sectors: frozenset[str],
                      tally: Tally) -> Json | None:
    """``AFGGOV 331108-730717`` as a code record with ISO start and end (None: open)."""
    parts = content.split(None, 1)
    if not parts:
        raise line.error("empty code", "[CODE] or [CODE DATES]", f"[{content}]")
    if parts[0] == "---":
        return None
    if not re.fullmatch(r"[A-Z0-9]+", parts[0]):
        raise line.error("malformed actor code", "capital letters and digits", parts[0])
    start, end = parse_dates(parts[1] if len(parts) > 1 else "", line, tally)
    if start and end and start > end:
        tally.note("dates_kept", "range ending before it starts")
        logger.debug("%s:%d: range %s..%s ends before it starts", line.file, line.number,
                     start, end)
    return {"code": parts[0], "start": start, "end": end, **split_code(parts[0], sectors=sectors)}


def parse_dates(when: str, line: Line, tally: Tally) -> tuple[str | None, str | None]:
    """``<date``, ``>date`` or ``date-date`` as (start, end); a bad bound is dropped, counted."""
    when = "".join(when.split())
    if not when:
        return None, None
    if when[0] in "<>":
        bound = parse_date(when[1:], line, tally)
        return (None, bound) if when[0] == "<" else (bound, None)
    if when.count("-") == 1:
        first, last = when.split("-")
        return parse_date(first, line, tally), parse_date(last, line, tally)
    tally.note("dates_dropped", "restriction without <, > or -")
    logger.debug("%s:%d: dropped restriction %r: no <, > or -", line.file, line.number, when)
    return None, None


def parse_date(digits: str, line: Line, tally: Tally) -> str | None:
    """YYMMDD (YY >= 30 is 19YY, else 20YY) or YYYYMMDD as ISO; anything else is dropped.

    >>> t = Tally()
    >>> [parse_date(d, Line("f", 1, ""), t) for d in ("331108", "070723", "19270101", "2004017")]
    ['1933-11-08', '2007-07-23', '1927-01-01', None]
    """
    if not digits.isdigit() or len(digits) not in (6, 8):
        reason = f"date with {len(digits)} digits" if digits.isdigit() else "date not digits"
        tally.note("dates_dropped", reason)
        logger.debug("%s:%d: dropped date %r: %s", line.file, line.number, digits, reason)
        return None
    if len(digits) == 6:
        digits = ("19" if int(digits[:2]) >= PIVOT_YEAR else "20") + digits
    try:
        return _dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        tally.note("dates_dropped", "impossible calendar date")
        return None


@cache
def iso_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of current countries (pycountry)."""
    return frozenset(country.alpha_3 for country in pycountry.countries)


@cache
def historic_countries() -> frozenset[str]:
    """ISO 3166-3 alpha-3 codes of former countries (pycountry): SUN, YUG, CSK, DDR..."""
    return frozenset(country.alpha_3 for country in pycountry.historic_countries)


def split_code(code: str, *, sectors: frozenset[str]) -> Json:
    """A Phoenix code as its parts: country or org prefix (and org), then sector codes.

    The first three letters are an org prefix (IGO, NGO, IMG, MNC, UIS), a sector code when
    the code names no state (``MED`` for a news agency: one the agent dictionary uses and
    ISO does not), or else the country (ISO or country-like: YUG, a region...). After an
    org prefix come an ISO country if there is one, then the organisation unless the next
    part is a sector (there, MUS is Muslim, not Mauritius). The rest, in order, are sectors.

    >>> s = frozenset({"GOV", "BUS", "HLH", "MED"})
    >>> split_code("AFGGOVBUS", sectors=s)
    {'country': 'AFG', 'prefix': None, 'org': None, 'sectors': ['GOV', 'BUS']}
    >>> split_code("IGOUNOHLHWHO", sectors=s)["org"], split_code("MNCUSA", sectors=s)["country"]
    ('UNO', 'USA')
    >>> split_code("MED", sectors=s)
    {'country': None, 'prefix': None, 'org': None, 'sectors': ['MED']}
    """
    parts = split_sectors(code)
    if parts[0] in ORG_PREFIXES:
        rest = parts[1:]
        country = rest.pop(0) if rest and rest[0] in iso_countries() - sectors else None
        org = rest.pop(0) if rest and country is None and rest[0] not in sectors else None
        return {"country": country, "prefix": parts[0], "org": org, "sectors": rest}
    if parts[0] in sectors and parts[0] not in iso_countries():
        return {"country": None, "prefix": None, "org": None, "sectors": parts}
    return {"country": parts[0], "prefix": None, "org": None, "sectors": parts[1:]}


def actor_kind(file_key: str, codes: list[Json], *, sectors: frozenset[str]) -> str:
    """What a record names, from its file and codes (rules in NOTICE.md).

    Countries file: a state (some code is a bare country, or a country plus one non-sector
    part such as GBRGIB or USRARM) is ``country``; else a record with a dated code or an
    elite code (ELI) is ``person``; else ``organization``. International file: dated or
    elite is ``person``, else IGO -> ``igo``, NGO -> ``ngo``, others ``organization``.
    Non-state file: ``group``.
    """
    if file_key == "nonstate":
        return "group"
    personal = any(code["start"] or code["end"] or "ELI" in code["sectors"] for code in codes)
    if file_key == "countries":
        if any(is_state_code(code, sectors=sectors) for code in codes):
            return "country"
        return "person" if personal else "organization"
    if personal:
        return "person"
    return {"IGO": "igo", "NGO": "ngo"}.get(codes[0]["prefix"] if codes else "", "organization")


def is_state_code(code: Json, *, sectors: frozenset[str]) -> bool:
    """A code for a state or territory: ``AFG``, ``GBRGIB``, ``USRARM``, ``IRQOCC``."""
    parts = code["sectors"]
    return bool(code["country"]) and (not parts or (len(parts) == 1 and parts[0] not in sectors))

