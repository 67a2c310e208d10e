"""The ``kg`` command line: each command parses options, calls one library function, prints.

Errors from the library (:class:`kg.errors.KGError`) become one-line messages with exit
status 1; a build or extraction that had to skip inputs exits with status 2.
"""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
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
month_first_option = click.option(
    "--month-first", is_flag=True,
    help="Read numeric publication dates month-first (09/05/2023 is 5 September); the default is day-first.",
)
memory_option = click.option("--memory", is_flag=True, help="Use a throwaway in-memory store (rdflib Memory).")


def _console(stderr: bool = False, *, unbounded: bool = False) -> Any:
    """A rich console; ``unbounded``: when the output is not a terminal (a pipe, a file), as
    wide as what it prints needs, so a table keeps one line per row for ``less``, ``grep`` or ``cut``."""
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=False)
    if unbounded and not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, soft_wrap=False, width=100_000)
    return console


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
      kg actors --store graph.d                actor codes and labels that queries take
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


def _check_inputs(inputs: tuple[str, ...]) -> None:
    """Stop before any store is made when the inputs hold no article; name what is not read."""
    from kg.articles import SUFFIXES, survey_inputs

    survey = survey_inputs(inputs)
    kinds = ", ".join(SUFFIXES)
    if survey.missing:
        raise click.ClickException(f"no such file or folder: {', '.join(survey.missing)}; give article files "
                                   f"({kinds}) or folders of them")
    if survey.ignored:
        shown = ", ".join(survey.ignored[:3]) + (", ..." if len(survey.ignored) > 3 else "")
        _console(stderr=True, unbounded=True).print(f"warning: {len(survey.ignored)} file(s) not read, kg reads {kinds}: {shown}")
    if not survey.articles:
        raise click.ClickException(f"no article files ({kinds}) in {', '.join(inputs)}: nothing to build")


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
    _warn([str(item) for item in skipped])


def _warn(lines: Any) -> None:
    err = _console(stderr=True, unbounded=True)
    for line in lines:
        err.print(f"[yellow]warning:[/] {line}", markup=True, highlight=False)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@memory_option
@click.option("--batch-size", type=int, default=64, show_default=True, help="Texts per spaCy batch.")
@click.option("--force", is_flag=True, help="Extract every article again, even unchanged ones.")
@click.option("--validate/--no-validate", default=False, help="Check each article graph against the SHACL shapes.")
@click.option("--workers", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Extraction processes (0: every core); with dask and no --scheduler, local cluster size.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Extract in local processes, or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://HOST:8786) for --engine dask; default: a local cluster.")
@month_first_option
@click.pass_context
def build(ctx: click.Context, inputs: tuple[str, ...], store_path: Path | None, memory: bool,
          batch_size: int, force: bool, validate: bool, workers: int, engine: str,
          scheduler: str | None, month_first: bool) -> None:
    """Build the graph from articles (files or directories) into the store.

    Each article becomes one named graph; an unchanged article is not extracted again.
    Unreadable inputs are named in a warning and skipped (exit status 2). Extraction can
    run in several processes or on a Dask cluster; the graph is the same either way.

    \b
    Example:
      kg build seeds/ --store graph.d
      kg build feed.jsonl more/ --store graph.d --validate
      kg build feed.jsonl --store graph.d --workers 0
      kg build feed.jsonl --store graph.d --engine dask --scheduler tcp://scheduler.example.org:8786
    """
    from kg.builder import build as run_build
    from kg.store import open_store

    if scheduler and engine != "dask":
        raise click.BadParameter("a scheduler is used only with --engine dask", param_hint="--scheduler")
    if engine == "dask":
        with suppress(ImportError):  # kg.parallel explains a missing package
            import distributed  # noqa: F401  (sets its loggers to INFO on import; ours decide)
        logging.getLogger("distributed").setLevel(logging.getLogger().level)
    quiet = ctx.obj["quiet"]
    _check_inputs(inputs)
    with _errors(), open_store(store_path, memory=memory) as store:
        with _progress(quiet, "building", None) as bar:
            task = bar.add_task("building", total=_count_inputs(inputs))
            try:
                report = run_build(inputs, store, batch_size=batch_size, force=force, validate=validate,
                                   progress=lambda _item: bar.advance(task), workers=workers, engine=engine,
                                   scheduler=scheduler, month_first=month_first)
            except KeyboardInterrupt:
                raise click.ClickException(
                    "interrupted: every article written so far is kept whole; run the same `kg build` "
                    "again to go on from there (unchanged articles are not extracted again)") from None
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
@month_first_option
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], fmt: str, batch_size: int, month_first: bool) -> None:
    """Print the events found in articles, without a store.

    \b
    Example:
      kg extract seeds/
      kg extract article.txt --format table
    """
    from kg.builder import extract as run_extract

    skipped: list[Any] = []
    rows: list[dict[str, Any]] = []
    with _errors():
        for _article, events in run_extract(inputs, batch_size=batch_size, on_skip=skipped.append,
                                            month_first=month_first):
            for event in events:
                record = event.to_dict()
                if fmt == "jsonl":
                    click.echo(json.dumps(record, ensure_ascii=False))
                else:
                    rows.append(record)
    if fmt == "table":
        _print_table(
            ["article", "event", "date", "type", "source", "target", "neg", "modality", "sentence"],
            [{
                "article": r["article"], "event": r["event"], "date": r["date"] or "", "type": r["type"],
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

    table = Table(title=title, show_lines=False, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    _console(unbounded=True).print(table)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"'{item}': expected KEY=VALUE", param_hint="--param")
        key, value = item.split("=", 1)
        params[key.strip()] = value
    return params


def login_options(command: Any) -> Any:
    """--user, --password and --auth, shared by the commands that talk to a remote store."""
    for option in reversed((
        click.option("--user", default=None, help="User for the remote store (default: $KG_ENDPOINT_USER)."),
        click.option("--password", default=None, help="Password for the remote store (default: $KG_ENDPOINT_PASSWORD)."),
        click.option("--auth", type=click.Choice(["auto", "basic", "digest"]), default="auto", show_default=True,
                     help="HTTP authentication; auto answers the store's challenge in the scheme it asks for."),
    )):
        command = option(command)
    return command


@cli.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@store_option
@click.option("--endpoint", "endpoint_url", metavar="URL", default=None,
              help="Run on a remote SPARQL store instead of --store: an Oxigraph server's base URL "
                   "(started with --union-default-graph), or a SPARQL endpoint URL such as .../sparql.")
@click.option("--query-url", metavar="URL", default=None, help="The remote store's SPARQL query URL, as its documentation names it.")
@login_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(name: str, params: tuple[str, ...], store_path: Path | None, endpoint_url: str | None,
          query_url: str | None, user: str | None, password: str | None, auth: str, fmt: str) -> None:
    """Run a saved query by name, with its parameters bound (never pasted into the text).

    \b
    Example:
      kg query events_between --param a=RUS --param b=NATO --store graph.d
      kg query events_per_type_per_month --format csv --store graph.d
      kg query events_between -p a=RUS -p b=NATO --endpoint http://127.0.0.1:7878
      kg query events_between -p a=RUS -p b=NATO --query-url http://127.0.0.1:8890/sparql
    """
    from kg.queries import resolve_params, run_query
    from kg.store import open_store

    remote = endpoint_url is not None or query_url is not None
    if remote and store_path is not None:
        raise click.UsageError("--endpoint/--query-url and --store are mutually exclusive: query one or the other")
    values = _parse_params(params)
    warnings: tuple[str, ...] = ()
    with _errors():
        from kg.queries import bind, get

        bind(get(name), values)  # fail on a bad parameter before opening the store
        if remote:
            endpoint = _endpoint(endpoint_url, query_url=query_url, user=user, password=password, auth=auth)
            source: Any = nullcontext(endpoint)
        else:
            source = open_store(store_path, read_only=True)
        with source as store:  # a local store or a remote one: actor names are read the same way
            resolution = resolve_params(store, name, values)
            result = run_query(store, name, resolution.values, resolve=False)
            warnings = resolution.warnings
    _emit(result.columns, result.rows, fmt, title=name)
    if warnings:
        _warn(warnings)
        sys.exit(EXIT_SKIPPED)


def _endpoint(url: str | None, **urls: Any) -> Any:
    from kg.remote import open_endpoint

    try:
        return open_endpoint(url, **urls)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--endpoint") from None


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
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def actors(store_path: Path | None, fmt: str) -> None:
    """List the actors of the store: codes, labels, kinds, sectors and event counts.

    A code or a label from this list (in any case) is what a query's actor parameter takes:
    `--param a=POL`, `--param a=pol` and `--param a=Poland` are the same. A state's bodies
    (RUS with sector MIL) share the state's code; a person carries the code of whom they act for.

    \b
    Example:
      kg actors --store graph.d
      kg actors --store graph.d --format csv
    """
    from kg.queries import list_actors
    from kg.store import open_store

    with _errors(), open_store(store_path, read_only=True) as store:
        found = list_actors(store)
    columns = ["code", "label", "kind", "sector", "events"]
    rows = [{c: getattr(actor, c) for c in columns} for actor in found]
    _emit(columns, rows, fmt, title="actors")


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--embed-context/--link-context", default=True, show_default=True,
              help="JSON-LD: carry the context in the file, or only name it by its IRI "
                   "(https://w3id.org/kg-events/context.jsonld).")
@store_option
def export(fmt: str, output: Path | None, embed_context: bool, store_path: Path | None) -> None:
    """Export the graph (all article graphs) as RDF, for Gephi, or as a table of events.

    Turtle, TriG, N-Quads and JSON-LD (compacted with ontology/context.jsonld) hold the
    whole graph; GraphML and GEXF hold actors as nodes and events as edges with their dates
    as start/end times (Gephi's timeline reads the GEXF); CSV has one row per event.

    \b
    Example:
      kg export --format turtle -o graph.ttl --store graph.d
      kg export --format gexf -o graph.gexf --store graph.d
      kg export --format csv --store graph.d > events.csv
    """
    from kg.export import serialize
    from kg.store import open_store

    with _errors(), open_store(store_path, read_only=True) as store:
        text = serialize(store, fmt, output, embed_context=embed_context)
    if text is not None:
        click.echo(text, nl=False)
    else:
        _console(stderr=True).print(f"wrote {output}")


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_path: Path | None, fmt: str) -> None:
    """Count articles, events, mentions and actors, events per type, and the period covered.

    \b
    Example:
      kg stats --store graph.d
      kg stats --store graph.d --format json
    """
    from kg.export import stats as count
    from kg.store import open_store

    with _errors(), open_store(store_path, read_only=True) as store:
        result = count(store)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    period = f"{result.first} to {result.last}" if result.first else "no dated events"
    _print_table(["what", "count"], [
        {"what": "articles", "count": result.articles},
        {"what": "events", "count": result.events},
        {"what": "dated events", "count": result.dated_events},
        {"what": "mentions", "count": result.mentions},
        {"what": "actors", "count": result.actors},
        {"what": "period", "count": period},
    ], title="the graph")
    _print_table(["type", "plover", "events"], [
        {"type": name, "plover": result.plover_of_type.get(name, ""), "events": n}
        for name, n in result.events_per_type.items()
    ], title="events per type")


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--title", default="kg: actors and actions", show_default=True, help="Page title.")
@store_option
def viz(output: Path, title: str, store_path: Path | None) -> None:
    """Write an interactive picture of actors and their actions as one HTML file.

    Filter by actor, event type and period; click an actor to follow it. The page holds
    its script, style and data inline, so it opens anywhere without a network.

    \b
    Example:
      kg viz -o graph.html --store graph.d
    """
    from kg.export import write_html
    from kg.store import open_store

    with _errors(), open_store(store_path, read_only=True) as store:
        write_html(store, output, title=title)
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


@cli.command()
@click.option("--endpoint", "endpoint_url", metavar="URL", default=None,
              help="The SPARQL store: an Oxigraph server's base URL (/query, /update and /store below it), "
                   "or a SPARQL endpoint URL such as .../sparql (queries and updates both go there).")
@store_option
@click.option("--query-url", metavar="URL", default=None, help="The store's SPARQL query URL (default: ENDPOINT/query).")
@click.option("--update-url", metavar="URL", default=None,
              help="The store's SPARQL Update URL, used when there is no Graph Store URL (default: ENDPOINT/update).")
@click.option("--store-url", metavar="URL", default=None,
              help="The store's Graph Store Protocol URL (default: ENDPOINT/store).")
@login_options
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Articles compared with the remote store per query.")
@click.option("--force", is_flag=True, help="Send every graph, even those the store already has.")
@click.pass_context
def push(ctx: click.Context, endpoint_url: str | None, store_path: Path | None, query_url: str | None,
         update_url: str | None, store_url: str | None, user: str | None, password: str | None,
         auth: str, batch_size: int, force: bool) -> None:
    """Send the graph to a SPARQL 1.1 store: one named graph per article, plus ontology, actors
    and one relation graph per pair of actors.

    Only graphs that changed are sent, each replacing its remote copy in one request, so running
    the command again resumes an interrupted push. Run saved queries there with
    `kg query NAME --endpoint URL`; an Oxigraph server must be started with --union-default-graph.

    \b
    Example:
      oxigraph serve --location remote.d --union-default-graph &
      kg push --endpoint http://127.0.0.1:7878 --store graph.d
      kg push --query-url https://db.example.org/ds/query --store-url https://db.example.org/ds/data
      kg push --endpoint http://127.0.0.1:8890/sparql-auth --user kg --auth digest
    """
    from kg.remote import push_store
    from kg.store import open_store

    if endpoint_url is None and query_url is None:
        raise click.UsageError("give --endpoint URL (or at least --query-url and --store-url/--update-url)")
    endpoint = _endpoint(endpoint_url, query_url=query_url, update_url=update_url, store_url=store_url,
                         user=user, password=password, auth=auth)
    click.echo(f"endpoint: {endpoint.describe()}")
    with _errors(), open_store(store_path, read_only=True) as store, \
            _progress(ctx.obj["quiet"], "pushing", None) as bar:
        task = bar.add_task("pushing", total=None)
        report = push_store(store, endpoint, batch_size=batch_size, force=force,
                            progress=lambda item: bar.update(task, total=item.total, advance=1))
    click.echo(f"pushed: {report.summary()}")
    if report.failed:
        first = next(iter(report.failed.values()))
        raise click.ClickException(f"{len(report.failed)} graph(s) not sent or not removed ({first}); "
                                   "run `kg push` again to resume")


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=7879, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run before the answer is 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Most rows (or triples) in an answer; a larger one is refused with 413.")
@click.pass_context
def serve(ctx: click.Context, store_path: Path | None, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint at /query, until Ctrl-C.

    SELECT and ASK answer as SPARQL JSON (XML, CSV, TSV on Accept), CONSTRUCT as Turtle;
    updates are refused with 403. Queries see the union of all graphs, as locally.

    \b
    Example:
      kg serve --store graph.d --port 7879
      kg query events_between -p a=RUS -p b=NATO --endpoint http://127.0.0.1:7879
    """
    from kg.server import serve_store
    from kg.store import open_store

    def ready(url: str) -> None:
        if not ctx.obj["quiet"]:
            click.echo(f"serving {store.path} read-only at {url} (Ctrl-C stops)", err=True)

    with _errors(), open_store(store_path, read_only=True) as store:
        try:
            serve_store(store, host=host, port=port, timeout=timeout, max_rows=max_rows, ready=ready)
        except KeyboardInterrupt:
            pass


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["all", "tuned", "heldout"]), default="all", show_default=True,
              help="Score only the records of one split of the gold file.")
@click.option("--show-errors", is_flag=True,
              help="List missed gold events and false events with their sentences (never those of held-out records).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_cmd(gold: Path, split: str, show_errors: bool, fmt: str) -> None:
    """Precision, recall and F1 of the extractor against a gold JSONL file.

    An event matches when the PLOVER type is equal, source and target codes overlap and
    negation agrees ("IGO"/"NGO" in gold match any actor of that kind). The dyad line
    scores who acted on whom, whatever the type. Records marked "split": "heldout" are
    scored but their errors are never listed, so rules are not written for them.

    \b
    Example:
      kg eval ../shared/eval/plover_gsr_dev.jsonl
      kg eval tests/data/gold_corpus.jsonl --split heldout
      kg eval tests/data/gold_corpus.jsonl --split tuned --show-errors
    """
    from kg.evaluation import HELDOUT, evaluate, read_gold
    from kg.extraction import extract_articles

    with _errors():
        records = list(read_gold(gold, split=None if split == "all" else split))
        held = [a.id for a, _ in read_gold(gold, split=HELDOUT)]
        result = evaluate(records, extract_articles, hide=held)
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
        if result.hidden:
            click.echo(f"(errors of {result.hidden} held-out record(s) not listed)")
    o, d = result.overall, result.dyad
    dates = (f"  dates right {result.date_accuracy:.3f} of {result.dates_total} dated matches"
             if result.dates_total else "")
    click.echo(f"records {result.records}  gold {o.tp + o.fn}  predicted {o.tp + o.fp}  "
               f"actor accuracy {result.actor_accuracy:.3f}{dates}")
    click.echo(f"dyad      precision {d.precision:.3f}  recall {d.recall:.3f}  F1 {d.f1:.3f}")
    click.echo(f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")


def main() -> None:  # pragma: no cover - console entry point
    cli(obj={})


if __name__ == "__main__":  # pragma: no cover
    main()
