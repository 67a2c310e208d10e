"""A reproducible corpus of news-style articles for benchmarks and tests.

Articles are assembled from sentence templates about states and international
organisations (names, capitals and adjectives come from kg's gazetteer, for a fixed list
of codes): recalls, sanctions, talks, visits, accusations, attacks, aid and threats, some
denied, some only intended, with dates. The same seed always gives the same corpus, and
nothing is downloaded.

The module also makes event records directly (:func:`event_records`), for graphs large
enough to time the store without running the NLP pipeline.

Usage::

    python benchmarks/corpus.py -n 1000 --out build/corpus            # .txt files, seeds/ layout
    python benchmarks/corpus.py -n 1000 --out build/corpus.jsonl      # one JSON record a line
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

STATE_CODES = (
    "RUS", "UKR", "USA", "GBR", "FRA", "DEU", "CHN", "JPN", "IND", "TUR", "IRN", "ISR",
    "POL", "LTU", "LVA", "EST", "BLR", "GEO", "MDA", "SYR", "IRQ", "SAU", "EGY", "BRA",
    "CAN", "ITA", "ESP", "SWE", "FIN", "NOR", "HUN", "ROU", "SRB", "KAZ", "PRK", "KOR",
)
ORG_CODES = ("NATO", "EU", "UN", "OSCE", "AU", "ASEAN")
# Used when the gazetteer is not at hand (the benchmark always runs inside the checkout).
_FALLBACK_NAMES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "United States", "NATO": "NATO", "EU": "EU"}
# Seats the gazetteer does not list as a metonym.
_SEATS = {"ISR": "Jerusalem", "NATO": "Brussels", "EU": "Brussels", "UN": "New York", "OSCE": "Vienna",
          "AU": "Addis Ababa", "ASEAN": "Jakarta"}

START = dt.date(2013, 1, 1)
DAYS = 4 * 365


@dataclass(frozen=True)
class Party:
    """A state or an organisation as the templates write it."""

    code: str
    kind: str  # "country" or "igo"
    name: str  # "Russia", "NATO"
    seat: str  # "Moscow", "Brussels": used for metonymy and for places
    adjective: str  # "Russian"; organisations use their name
    wikidata: str | None = None


@cache
def parties() -> tuple[Party, ...]:
    """The states and organisations of the corpus, read from kg's gazetteer."""
    found: dict[str, Party] = {}
    try:
        from kg import resources

        for line in resources.data_file("countries.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["code"] in STATE_CODES:
                seat = _SEATS.get(row["code"]) or (row.get("metonyms") or row["names"])[0]
                adjective = (row.get("demonyms") or row["names"])[0]
                found[row["code"]] = Party(row["code"], "country", row["names"][0], seat, adjective,
                                           row.get("wikidata"))
        for line in resources.data_file("organizations.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["code"] in ORG_CODES:
                name = row["code"] if len(row["code"]) > 2 or row["code"] == "EU" else row["label"]
                found[row["code"]] = Party(row["code"], "igo", name, _SEATS.get(row["code"], "Geneva"), name,
                                           row.get("wikidata"))
    except (ImportError, OSError, ValueError, KeyError):
        pass
    for code, name in _FALLBACK_NAMES.items():
        if code not in found:
            kind = "igo" if code in ORG_CODES else "country"
            found[code] = Party(code, kind, name, _SEATS.get(code, name), name)
    order = [c for c in STATE_CODES + ORG_CODES if c in found]
    return tuple(found[c] for c in order)


# ---------------------------------------------------------------------------------------
# Templates. {a}/{b}: names; {a_seat}: capital or seat; {a_adj}: adjective; {when}: a date
# phrase (may be empty); {who}: an official; {topic}, {n}, {place}: fillers.

EVENT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "recall": (
        "{a} recalled its ambassador to {b} for consultations{when}.",
        "{a_seat} called home its envoy from {b}{when}, citing the latest row over {topic}.",
        "The {a_adj} government said{when} it had withdrawn its chief military representative to {b}.",
    ),
    "sanction": (
        "{a} imposed new sanctions on {b}{when}, targeting its banks and energy firms.",
        "{a} announced an asset freeze against senior officials from {b}{when}.",
        "Officials in {a_seat} extended the trade embargo on {b}{when} by another six months.",
    ),
    "talks": (
        "Diplomats from {a} and {b} held talks in {place}{when} on {topic}.",
        "{a} met {b} negotiators in {place}{when} to discuss {topic}.",
        "{a} and {b} agreed{when} to resume negotiations on {topic}.",
    ),
    "visit": (
        "The {a_adj} foreign minister visited {b}{when} for two days of meetings.",
        "{b} hosted a delegation from {a}{when}.",
        "{who} travelled to {b_seat}{when} to meet senior officials.",
    ),
    "accuse": (
        "{a} accused {b} of {wrongdoing}{when}.",
        "{a_seat} criticised {b}{when} over {topic}, calling its conduct unacceptable.",
        "{who} condemned {b} for {wrongdoing}.",
    ),
    "attack": (
        "{a_adj} forces shelled positions held by {b}{when}, local officials said.",
        "{a} launched air strikes against {b} targets{when}.",
        "Troops from {a} attacked a {b} border post{when}, killing {n} soldiers.",
    ),
    "aid": (
        "{a} pledged {n} million dollars in humanitarian aid to {b}{when}.",
        "{a} sent medical supplies and food to {b}{when}.",
        "{a} agreed{when} to provide military aid to {b}, including training and equipment.",
    ),
    "threat": (
        "{a} threatened to cut gas supplies to {b}{when} unless the debt is paid.",
        "{a} warned {b}{when} that it would respond to any further provocation.",
        "{who} said {a} could expel {b} diplomats if the dispute is not settled.",
    ),
    "deny": (
        "{a} denied{when} that it had sent troops into {b}.",
        "{a} does not pose any threat to {b}, {who} said{when}.",
        "{a} has no plans to impose sanctions on {b}, officials in {a_seat} said.",
    ),
    "intend": (
        "{a} wants to restore communication with {b}, {who} said{when}.",
        "{a} will reopen its embassy in {b_seat} next year, the foreign ministry said{when}.",
        "{a} pledged{when} to deepen cooperation with {b} on {topic}.",
    ),
}

HEADLINES: dict[str, tuple[str, ...]] = {
    "recall": ("{a} recalls envoy from {b}", "{a_seat} withdraws ambassador over row with {b}"),
    "sanction": ("{a} hits {b} with new sanctions", "New {a_adj} sanctions target {b}"),
    "talks": ("{a} and {b} hold talks on {topic}", "Talks between {a} and {b} resume"),
    "visit": ("{a_adj} minister in {b_seat} for talks", "{b} hosts {a_adj} delegation"),
    "accuse": ("{a} accuses {b} of {wrongdoing}", "{a_seat} lashes out at {b}"),
    "attack": ("Fighting flares as {a} strikes {b} targets", "{a} forces attack {b} positions"),
    "aid": ("{a} sends aid to {b}", "{a} pledges support for {b}"),
    "threat": ("{a} warns {b} over {topic}", "{a} threatens {b} with retaliation"),
    "deny": ("{a} denies sending troops to {b}", "{a} rejects claims of threat to {b}"),
    "intend": ("{a} seeks to mend ties with {b}", "{a} plans to reopen embassy in {b_seat}"),
}

FILLERS = (
    "The statement did not give further details.",
    "Analysts said the move could deepen the rift between the two sides.",
    "Markets reacted calmly to the news.",
    "The announcement came after weeks of mounting tension in the region.",
    "A spokesperson declined to comment on the report.",
    "Observers expect the issue to dominate the summit next month.",
    "The dispute has its roots in a disagreement over {topic}.",
    "Officials in {place} said more talks were planned.",
    "The decision was criticised by opposition politicians at home.",
    "It was not immediately clear how the other side would respond.",
)

TOPICS = ("energy security", "the border dispute", "trade tariffs", "the ceasefire", "migration",
          "arms control", "gas transit", "the peace plan", "cyber security", "fishing rights")
WRONGDOINGS = ("violating the ceasefire", "meddling in its elections", "arming separatists",
               "spreading disinformation", "breaching the treaty", "detaining its citizens")
PLACES = ("Geneva", "Vienna", "Minsk", "Brussels", "Helsinki", "Istanbul", "Oslo", "Astana")
OFFICIALS = ("a spokesman for the foreign ministry", "the defence minister", "the prime minister",
             "a senior diplomat", "the president's press secretary", "the foreign minister")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _when(rng: random.Random, published: dt.date) -> str:
    roll = rng.random()
    if roll < 0.25:
        return ""
    if roll < 0.50:
        return f" on {WEEKDAYS[rng.randrange(7)]}"
    if roll < 0.70:
        day = published - dt.timedelta(days=rng.randrange(1, 40))
        return f" on {day.day} {MONTHS[day.month - 1]}"
    if roll < 0.85:
        day = published - dt.timedelta(days=rng.randrange(20, 300))
        return f" in {MONTHS[day.month - 1]} {day.year}"
    return rng.choice((" last week", " earlier this month", " last month", " this week"))


def _fill(template: str, rng: random.Random, a: Party, b: Party, published: dt.date) -> str:
    text = template.format(
        a=a.name, b=b.name, a_seat=a.seat, b_seat=b.seat, a_adj=a.adjective,
        when=_when(rng, published), who=rng.choice(OFFICIALS), topic=rng.choice(TOPICS),
        wrongdoing=rng.choice(WRONGDOINGS), place=rng.choice(PLACES), n=rng.randrange(2, 90),
    )
    return text[0].upper() + text[1:]


def _pair(rng: random.Random) -> tuple[Party, Party]:
    everyone = parties()
    a = rng.choice(everyone)
    b = rng.choice(everyone)
    while b.code == a.code:
        b = rng.choice(everyone)
    return a, b


def make_record(index: int, rng: random.Random, *, short: bool = False) -> dict[str, Any]:
    """One article as a JSONL record ``{"id", "date", "title", "text"}``.

    ``short`` articles have one or two paragraphs; others three to six.
    """
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    kinds = list(EVENT_TEMPLATES)
    lead_kind = rng.choice(kinds)
    a, b = _pair(rng)
    title = _fill(rng.choice(HEADLINES[lead_kind]), rng, a, b, published)
    paragraphs: list[str] = []
    count = rng.randint(1, 2) if short else rng.randint(3, 6)
    for number in range(count):
        sentences: list[str] = []
        for _ in range(rng.randint(1, 3)):
            if number == 0 and not sentences:
                sentences.append(_fill(rng.choice(EVENT_TEMPLATES[lead_kind]), rng, a, b, published))
            elif rng.random() < 0.7:
                kind = rng.choice(kinds)
                pa, pb = (a, b) if rng.random() < 0.5 else _pair(rng)
                if rng.random() < 0.3:
                    pa, pb = pb, pa
                sentences.append(_fill(rng.choice(EVENT_TEMPLATES[kind]), rng, pa, pb, published))
            else:
                sentences.append(_fill(rng.choice(FILLERS), rng, a, b, published))
        paragraphs.append(" ".join(sentences))
        if not short and rng.random() < 0.15:
            other_kind = rng.choice(kinds)
            oa, ob = _pair(rng)
            paragraphs.append("READ MORE: " + _fill(rng.choice(HEADLINES[other_kind]), rng, oa, ob, published))
    text = "\n\n".join(paragraphs)
    digest = hashlib.sha1(f"{index}|{title}|{text}".encode()).hexdigest()[:16]
    return {"id": f"{index:06d}_{digest}", "date": published.isoformat(), "title": title, "text": text}


def generate(n: int, *, seed: int = 7, short: bool = False) -> Iterator[dict[str, Any]]:
    """``n`` article records, the same ones for the same seed."""
    rng = random.Random(seed)
    for index in range(n):
        yield make_record(index, rng, short=short)


def to_txt(record: dict[str, Any]) -> str:
    """An article record in the plain-text layout of ``seeds/`` (headline, date line, body)."""
    published = dt.date.fromisoformat(record["date"])
    return f"\n\n{record['title']}\n\n{published:%d/%m/%Y}\n\n\n\n{record['text']}\n"


def write_txt(directory: str | Path, n: int, *, seed: int = 7, short: bool = False) -> Path:
    """Write ``n`` articles as ``<id>.txt`` files into ``directory``; returns the directory."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for record in generate(n, seed=seed, short=short):
        (out / f"{record['id']}.txt").write_text(to_txt(record), encoding="utf-8")
    return out


def write_jsonl(path: str | Path, n: int, *, seed: int = 7, short: bool = False) -> Path:
    """Write ``n`` articles as one JSON record a line; returns the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in generate(n, seed=seed, short=short):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------------------------------
# Event records without NLP, for large graphs.

EVENT_TYPES = (
    "RecallRepresentative", "ImposeSanctions", "LiftSanctions", "Negotiate", "Meet", "HostVisit",
    "Accuse", "Criticize", "Attack", "Bombard", "ProvideAid", "ProvideHumanitarianAid", "PledgeAid",
    "Threaten", "ExpelDiplomats", "SuspendCooperation", "ResumeCooperation", "ReturnRepresentative",
    "BreakRelations", "RestoreRelations", "ReestablishCommunication", "Deny", "DeployForces",
)
SECTORS = ("GOV", "MIL", "DIP", "LEG")
SPEAKERS = (("Jens Stoltenberg", "NATO", "igo"), ("Sergei Lavrov", "RUS", "country"),
            ("John Kerry", "USA", "country"), ("Federica Mogherini", "EU", "igo"),
            ("Pavlo Klimkin", "UKR", "country"), ("Ban Ki-moon", "UN", "igo"))


def event_records(n_articles: int, *, events_per_article: int = 10, seed: int = 11) -> Iterator[tuple[Any, list[Any]]]:
    """``(Article, [Event, ...])`` pairs made directly as kg records, no NLP involved.

    About 24 triples come out per event once :func:`kg.graph.article_graph` has turned
    them into RDF, so 4,200 articles of 10 events give roughly a million triples.
    """
    from kg import vocab
    from kg.articles import make_article
    from kg.types import Actor, Event, Mention, TimeSpan

    classes = vocab.event_classes()
    types = [t for t in EVENT_TYPES if t in classes] or sorted(classes)[:20]
    everyone = parties()
    rng = random.Random(seed)

    def actor(party: Party) -> Actor:
        sector = rng.choice(SECTORS) if party.kind == "country" and rng.random() < 0.25 else None
        return Actor(code=party.code, kind=party.kind, label=party.name, sector=sector,  # type: ignore[arg-type]
                     wikidata=party.wikidata)

    for index in range(n_articles):
        published = START + dt.timedelta(days=rng.randrange(DAYS))
        text = f"Synthetic article {index} published {published.isoformat()}."
        article = make_article(id=f"syn{index:07d}", body=text, title=f"Synthetic {index}", date=published)
        events = []
        for number in range(events_per_article):
            kind = rng.choice(types)
            info = classes[kind]
            a, b = rng.sample(everyone, 2)
            roll = rng.random()
            if roll < 0.5:
                day = published - dt.timedelta(days=rng.randrange(60))
                time = TimeSpan(day.isoformat(), "day")
            elif roll < 0.85:
                month = published - dt.timedelta(days=rng.randrange(200))
                time = TimeSpan(f"{month.year}-{month.month:02d}", "month")
            else:
                time = TimeSpan(str(published.year - rng.randrange(2)), "year")
            speaker = None
            if rng.random() < 0.2:
                name, code, parent_kind = rng.choice(SPEAKERS)
                speaker = Actor(code=code, kind="person", label=name, name=name, parent_kind=parent_kind)  # type: ignore[arg-type]
            sentence = f"{a.name} {info.get('label', kind)} {b.name} (sentence {number})."
            start = 100 * number
            mention = Mention(article=article.id, sentence=sentence, start=start, end=start + len(sentence),
                              trigger=kind.lower(), confidence=round(rng.uniform(0.5, 0.95), 2))
            modality = "asserted" if rng.random() < 0.85 else rng.choice(("intended", "hypothetical"))
            events.append(Event(
                type=kind, plover=info["plover"], cameo=info["cameo"], source=(actor(a),), target=(actor(b),),
                mentions=(mention,), time=time, negated=rng.random() < 0.08, modality=modality,  # type: ignore[arg-type]
                speaker=speaker, confidence=mention.confidence, extractor="bench-synthetic",
            ))
        yield article, events


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a reproducible corpus of news-style articles.")
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--short", action="store_true", help="one or two paragraphs per article")
    parser.add_argument("--out", required=True, help="a directory for .txt files, or a file ending in .jsonl")
    args = parser.parse_args(argv)
    if args.out.endswith(".jsonl"):
        path = write_jsonl(args.out, args.n, seed=args.seed, short=args.short)
    else:
        path = write_txt(args.out, args.n, seed=args.seed, short=args.short)
    print(f"wrote {args.n} article(s) to {path}")


if __name__ == "__main__":
    main()
