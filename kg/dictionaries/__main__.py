"""``python -m kg.dictionaries``: convert PETRARCH-2's dictionaries, or check kg's copy."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from kg.dictionaries.common import SOURCE_ENV
from kg.dictionaries.convert import default_out, default_source, find_stale, write_dictionaries
from kg.errors import KGError

STALE_OUTPUT = (
    "{path} is stale: it differs from a fresh conversion of {source}; run `make dictionaries`"
)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--source", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"PETRARCH-2 folder (default: ${SOURCE_ENV}, "
                   "else ../shared/reference/petrarch2).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output folder (default: kg/data/petrarch).")
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; fail if the files in --out differ from a fresh conversion.")
@click.option("-v", "--verbose", count=True,
              help="Log skipped lines (-vv: also every dropped date and name).")
def main(source: Path | None, out: Path | None, check_only: bool, verbose: int) -> None:
    """Convert PETRARCH-2's dictionaries into kg/data/petrarch/.

    \b
    Example:
      python -m kg.dictionaries --source ../shared/reference/petrarch2
      python -m kg.dictionaries --check
    """
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)],
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    try:
        if check_only:
            stale = find_stale(source=source, out=out)
            if stale:
                more = f" (and {len(stale) - 1} more)" if len(stale) > 1 else ""
                raise click.ClickException(STALE_OUTPUT.format(
                    path=_shown(stale[0]), source=_shown(source or default_source())) + more)
            return
        conversion = write_dictionaries(source=source, out=out)
    except KGError as error:
        raise click.ClickException(str(error)) from error
    size = sum(len(content) for content in conversion.files.values())
    folder = _shown(out or default_out())
    click.echo(f"wrote {len(conversion.files)} files ({size / 1e6:.1f} MB) to {folder}")


def _shown(path: Path) -> str:
    """A path relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    main()
