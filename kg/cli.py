"""The ``kg`` command line: each command parses options, calls one library function, prints.

Errors from the library (:class:`kg.errors.KGError`) become one-line messages with exit
status 1; a build or extraction that had to skip inputs exits with status 2.
"""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg import resources
from kg.errors import KGError

logger = logging.getLogger("kg")
EXIT_SKIPPED = 2

store_option = click.option(
    "--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Store directory (default: $KG_STORE, else ./.kg-store).",
)
memory_option = click.option("--memory", is_flag=True, help="Use a throwaway in-memory store (rdflib Memory).")


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except KGError as exc:
        raise click.ClickException(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or notes, errors only.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """kg: a knowledge graph of geopolitical events from news articles.

    \b
    Who did what to whom, and when, as RDF with provenance and time:
      kg extract seeds/                       events as JSON lines, no store needed
      kg build seeds/ --store graph.d         build the graph into a store
      kg query events_of_type --param type=RecallRepresentative --store graph.d
      kg export --format turtle -o graph.ttl --store graph.d
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


def _progress(quiet: bool, description: str, total: int | None) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=_console(stderr=True), disable=quiet, transient=False)


def _count_inputs(inputs: tuple[str, ...]) -> int | None:
    from kg.articles import iter_files

    total = 0
    for path in iter_files(inputs):
        if path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total or None


def _warn_skipped(skipped: list[Any]) -> None:
    err = _console(stderr=True)
    for item in skipped:
        err.print(f"[yellow]warning:[/] {item}", markup=True, highlight=False)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@memory_option
@click.option("--batch-size", type=int, default=64, show_default=True, help="Texts per spaCy batch.")
@click.option("--force", is_flag=True, help="Extract every article again, even unchanged ones.")
@click.option("--validate/--no-validate", default=False, help="Check each article graph against the SHACL shapes.")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[str, ...], store_path: Path | None, memory: bool,
          batch_size: int, force: bool, validate: bool) -> None:
    """Build the graph from articles (files or directories) into the store.

    Each article becomes one named graph; an unchanged article is not extracted again.
    Unreadable inputs are named in a warning and skipped (exit status 2).

    \b
    Example:
      kg build seeds/ --store graph.d
      kg build feed.jsonl more/ --store graph.d --validate
    """
    from kg.build import build as run_build
    from kg.store import open_store

    quiet = ctx.obj["quiet"]
    with _errors(), open_store(store_path, memory=memory) as store:
        with _progress(quiet, "building", None) as bar:
            task = bar.add_task("building", total=_count_inputs(inputs))
            report = run_build(inputs, store, batch_size=batch_size, force=force, validate=validate,
                               progress=lambda _item: bar.advance(task))
        _warn_skipped(report.skipped)
        if not quiet:
            _console(stderr=True).print(
                f"built {report.articles} article(s), {report.events} event(s); "
                f"{report.unchanged} unchanged, {len(report.skipped)} skipped -> {store.path if not memory else 'memory'}")
        if validate and report.conforms is False:
            raise click.ClickException("some article graphs do not conform to the SHACL shapes; run `kg validate`")
    if report.skipped:
        ctx.exit(EXIT_SKIPPED)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--batch-size", type=int, default=64, show_default=True)
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], fmt: str, batch_size: int) -> None:
    """Print the events found in articles, without a store.

    \b
    Example:
      kg extract seeds/
      kg extract article.txt --format table
    """
    from kg.build import extract as run_extract

    skipped: list[Any] = []
    rows: list[dict[str, Any]] = []
    with _errors():
        for _article, events in run_extract(inputs, batch_size=batch_size, on_skip=skipped.append):
            for event in events:
                record = event.to_dict()
                if fmt == "jsonl":
                    click.echo(json.dumps(record, ensure_ascii=False))
                else:
                    rows.append(record)
    if fmt == "table":
        _print_table(
            ["article", "date", "type", "source", "target", "neg", "modality", "sentence"],
            [{
                "article": r["article"], "date": r["date"] or "", "type": r["type"],
                "source": ", ".join(_actor_label(a) for a in r["source"]),
                "target": ", ".join(_actor_label(a) for a in r["target"]),
                "neg": "yes" if r["negated"] else "", "modality": r["modality"],
                "sentence": _shorten(r["sentence"], 90),
            } for r in rows],
            title=f"{len(rows)} event(s)",
        )
    _warn_skipped(skipped)
    if skipped:
        ctx.exit(EXIT_SKIPPED)


def _actor_label(actor: dict[str, Any]) -> str:
    text = actor["code"]
    if actor.get("sector"):
        text += f"/{actor['sector']}"
    if actor.get("kind") == "person" and actor.get("name"):
        text = f"{actor['name']} ({text})"
    return text


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(columns: list[str], rows: list[dict[str, Any]], *, title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    _console().print(table)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"'{item}': expected KEY=VALUE", param_hint="--param")
        key, value = item.split("=", 1)
        params[key.strip()] = value
    return params


@cli.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(name: str, params: tuple[str, ...], store_path: Path | None, fmt: str) -> None:
    """Run a saved query by name, with its parameters bound (never pasted into the text).

    \b
    Example:
      kg query events_between --param a=RUS --param b=NATO --store graph.d
      kg query events_per_type_per_month --format csv --store graph.d
    """
    from kg.queries import run_query
    from kg.store import open_store

    values = _parse_params(params)
    with _errors():
        from kg.queries import bind, get

        bind(get(name), values)  # fail on a bad parameter before opening the store
        with open_store(store_path, read_only=True) as store:
            result = run_query(store, name, values)
    _emit(result.columns, result.rows, fmt, title=name)


def _emit(columns: list[str], rows: list[dict[str, Any]], fmt: str, *, title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    else:
        _print_table(columns, rows, title=f"{title}: {len(rows)} row(s)" if title else None)


@cli.command("queries")
def list_queries_cmd() -> None:
    """List the saved queries with their parameters.

    \b
    Example:
      kg queries
    """
    from kg.queries import list_queries

    with _errors():
        rows = [{
            "name": q.name,
            "title": q.title,
            "parameters": ", ".join(f"{p.name}{'?' if p.optional else ''} ({p.kind})" for p in q.params) or "-",
        } for q in list_queries()]
    _print_table(["name", "title", "parameters"], rows, title=f"saved queries in {resources.queries_dir()}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld"]), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@store_option
def export(fmt: str, output: Path | None, store_path: Path | None) -> None:
    """Export the graph (all article graphs) as Turtle, TriG, N-Quads or JSON-LD.

    \b
    Example:
      kg export --format turtle -o graph.ttl --store graph.d
      kg export --format trig --store graph.d > graph.trig
    """
    from kg.store import open_store

    with _errors(), open_store(store_path, read_only=True) as store:
        text = store.serialize(fmt, output)
    if text is not None:
        click.echo(text, nl=False)
    else:
        _console(stderr=True).print(f"wrote {output}")


@cli.command()
@store_option
@click.option("--report/--no-report", default=True, help="Print the SHACL report when there are violations.")
def validate(store_path: Path | None, report: bool) -> None:
    """Check the graph against the SHACL shapes; exit status 1 on violations.

    \b
    Example:
      kg validate --store graph.d
    """
    from kg.store import open_store, validate_graph

    with _errors(), open_store(store_path, read_only=True) as store:
        conforms, text = validate_graph(store.union_graph())
    if conforms:
        click.echo("conforms: the graph passes every shape in ontology/shapes.ttl")
        return
    if report:
        click.echo(text)
    raise click.ClickException("the graph does not conform to ontology/shapes.ttl (report above)")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List missed gold events and false events with their sentences.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_cmd(gold: Path, show_errors: bool, fmt: str) -> None:
    """Precision, recall and F1 of the extractor against a gold JSONL file.

    An event matches when the PLOVER type is equal, source and target codes overlap and
    negation agrees ("IGO"/"NGO" in gold match any actor of that kind).

    \b
    Example:
      kg eval ../shared/eval/plover_gsr_dev.jsonl
      kg eval tests/data/gold_corpus.jsonl --show-errors
    """
    from kg.build import extract_articles
    from kg.evaluation import evaluate, read_gold

    with _errors():
        result = evaluate(read_gold(gold), extract_articles)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    rows = [{"type": t, **{k: (f"{v:.3f}" if isinstance(v, float) else v) for k, v in s.to_dict().items()}}
            for t, s in sorted(result.by_type.items())]
    _print_table(["type", "tp", "fp", "fn", "precision", "recall", "f1"], rows, title=f"{gold.name}: per PLOVER type")
    if show_errors:
        for art, sentence, miss in result.misses:
            click.echo(f"MISS  {art}: {miss.get('plover')} {miss.get('source')}->{miss.get('target')} | {sentence.strip()[:200]}")
        for art, sentence, false in result.false:
            click.echo(f"FALSE {art}: {false['type']} ({false['plover']}) {false['source']}->{false['target']}"
                       f"{' negated' if false['negated'] else ''} {false['modality']} | {sentence.strip()[:200]}")
    o = result.overall
    click.echo(f"records {result.records}  gold {o.tp + o.fn}  predicted {o.tp + o.fp}  "
               f"actor accuracy {result.actor_accuracy:.3f}")
    click.echo(f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")


def main() -> None:  # pragma: no cover - console entry point
    cli(obj={})


if __name__ == "__main__":  # pragma: no cover
    main()
