"""The ``scholarmeta`` command line. Exit codes: see :data:`scholarmeta.errors.EXIT_CODES`."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .api import write
from .batch import BatchResult, convert_files, expand_inputs, iter_works
from .errors import (
    EXIT_CODES,
    OverrideError,
    ScholarmetaError,
    SourceNotFoundError,
    WriteError,
)
from .formats import FORMAT_MODULES, available_formats, writer_of
from .report import Report

__all__ = ["main"]


def _fail(exc: ScholarmetaError) -> NoReturn:
    click.echo(f"scholarmeta: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _pairs(values: Sequence[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values:
        key, sep, val = v.partition("=")
        if not sep or not key.strip():
            _fail(OverrideError(f"{what} takes KEY=VALUE, got {v!r}"))
        out[key.strip()] = val
    return out


_SHOWN_PER_KIND = 3  # diagnostics alike beyond this are counted, not printed


def _print_report(report: Report, quiet: bool) -> None:
    """Print diagnostics to stderr; after a few alike (same kind, field and message, e.g. one
    unmapped field in every entry of a large .bib), print how many more there were."""
    if quiet:
        return
    counts: dict[tuple[str, str, str | None, str | None, str], int] = {}
    for d in report:
        key = (d.severity, d.kind, d.format, d.field, d.message)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= _SHOWN_PER_KIND or d.severity == "error":
            click.echo(f"scholarmeta: {d.severity}: {d}", err=True)
    for (severity, kind, fmt, field, message), n in counts.items():
        if n > _SHOWN_PER_KIND and severity != "error":
            click.echo(f"scholarmeta: {severity}: … and {n - _SHOWN_PER_KIND} more like "
                       f"'{field}: {kind} ({fmt}): {message}'", err=True)  # fmt: skip


def _emit(text: str, output: str | None) -> None:
    if output in (None, "-"):
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    else:
        Path(output).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scholarmeta")
def cli() -> None:
    """Scholarly metadata: read article pages, BibTeX, CSL-JSON, JATS, RIS and Dublin Core;
    write any of them back out, or formatted citations."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--from", "from_", metavar="FORMAT", help="input format (sniffed when omitted)")
@click.option("--to", "to", metavar="FORMAT", required=True, help="output format")
@click.option("-o", "--output", metavar="FILE", help="write here instead of stdout")
@click.option("-d", "--output-dir", metavar="DIR",
              help="one output file per input (per work for JATS), mirroring input directories")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="with --output-dir: worker processes (0: one per CPU)")
@click.option("--progress/--no-progress", default=None,
              help="progress bar on stderr (default: when stderr is a terminal)")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="set a field the input lacks, by its CSL name (container-title, issued, URL …)")
@click.option("-O", "--option", "opts", multiple=True, metavar="KEY=VALUE", help="writer option")
@click.option("--ascii", "ascii_", is_flag=True, help="bibtex/biblatex: LaTeX-escaped ASCII")
@click.option("--references", is_flag=True, help="write the work's references instead of the work")
@click.option("-q", "--quiet", is_flag=True, help="do not print the loss report")
def convert(
    inputs: tuple[str, ...], from_: str | None, to: str, output: str | None,
    output_dir: str | None, jobs: int, progress: bool | None, sets: tuple[str, ...],
    opts: tuple[str, ...], ascii_: bool, references: bool, quiet: bool,
) -> None:  # fmt: skip
    """Convert INPUTS (files, directories, or - for stdin) to another format.

    \b
    scholarmeta convert article.html --from html --to jats
    scholarmeta convert refs.bib --to csljson -o refs.json
    scholarmeta convert pages/ --from html --to jats -d out/ -j 0
    """
    overrides = _pairs(sets, "--set")
    options: dict[str, Any] = dict(_pairs(opts, "--option"))
    if ascii_:
        options["ascii"] = True
    if references:
        options["references"] = True
    try:
        files = expand_inputs([p if p != "-" else "/dev/stdin" for p in inputs], from_)
        writer_of(to)
        if not files:
            raise SourceNotFoundError(
                "no input files found (directories are searched by file extension)",
                source=", ".join(inputs),
            )
        if output_dir is not None:
            if output is not None:
                raise OverrideError("give -o FILE or -d DIR, not both")
            _convert_to_dir(files, Path(output_dir), to, from_, overrides, options, quiet,
                            jobs or os.cpu_count() or 1, progress)  # fmt: skip
            return
        result = BatchResult()
        works = list(iter_works([p for p, _ in files], from_, result=result, overrides=overrides))
        if len(files) == 1 and result.failures:
            _print_report(result.report, quiet)
            _fail(result.failures[0].error)
        report = Report()
        text = write(works, to, report=report, verify=not quiet, **options)
    except ScholarmetaError as exc:
        _fail(exc)
    _emit(text, output)
    _print_report(Report([*result.report, *report]), quiet)
    for f in result.failures:
        click.echo(f"scholarmeta: error: {f}", err=True)
    if result.failures:
        click.echo(f"scholarmeta: {len(result.failures)} of {result.files} files failed", err=True)
        sys.exit(1)
    failed_records = len(result.report.errors)
    if failed_records:
        click.echo(f"scholarmeta: {failed_records} record(s) could not be read; "
                   f"{result.works} written", err=True)  # fmt: skip
        sys.exit(1)


def _convert_to_dir(
    files: list[tuple[Path, Path]], out_dir: Path, to: str, from_: str | None,
    overrides: dict[str, str], options: dict[str, Any], quiet: bool, jobs: int,
    progress: bool | None,
) -> None:  # fmt: skip
    """``convert --output-dir``: each file on its own, written as soon as it is done; a bad file
    is reported and the batch goes on."""
    report, failed, written, works = Report(), list[ScholarmetaError](), set[Path](), 0
    results = convert_files(files, to, jobs=jobs, format=from_, overrides=overrides,
                            options=options, verify=not quiet)  # fmt: skip
    show = sys.stderr.isatty() if progress is None else progress
    with click.progressbar(results, length=len(files), label="converting", file=sys.stderr,
                           show_pos=True) if show else nullcontext(results) as bar:  # fmt: skip
        for res in bar:
            report.extend(res.report)
            works += res.works
            if res.error is not None:
                failed.append(res.error)
                continue
            for name, text in res.outputs:
                target = out_dir / name
                n = 1
                while target in written:  # two inputs named alike: keep both
                    n += 1
                    target = target.with_stem(f"{Path(name).stem}~{n}")
                written.add(target)
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, encoding="utf-8")
                except OSError as exc:
                    _fail(WriteError(f"cannot write: {exc.strerror or exc}", source=str(target)))
    _print_report(report, quiet)
    for err in failed:
        click.echo(f"scholarmeta: error: {err}", err=True)
    if not quiet or failed:
        click.echo(f"scholarmeta: {len(files) - len(failed)} of {len(files)} files converted, "
                   f"{works} works, {len(written)} files written to {out_dir}", err=True)  # fmt: skip
    if failed or report.errors:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--from", "from_", metavar="FORMAT", help="input format (sniffed when omitted)")
@click.option("-s", "--style", default="apa", show_default=True,
              help="CSL style name (apa, ieee, gost, mla, chicago, harvard, vancouver …) or .csl file")
@click.option("-l", "--locale", help="CSL locale, e.g. ru-RU (default: the style's, else by language)")
@click.option("--format", "output_format", type=click.Choice(["text", "html", "rst"]), default="text",
              show_default=True)
@click.option("--citation", is_flag=True, help="in-text citations instead of the bibliography")
@click.option("--references", is_flag=True, help="format the works' reference lists")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help="set a field, as in convert")
@click.option("-o", "--output", metavar="FILE", help="write here instead of stdout")
@click.option("--list-styles", is_flag=True, help="list the bundled styles and exit")
def cite(
    inputs: tuple[str, ...], from_: str | None, style: str, locale: str | None, output_format: str,
    citation: bool, references: bool, sets: tuple[str, ...], output: str | None, list_styles: bool,
) -> None:  # fmt: skip
    """Format INPUTS as citations in a CSL style.

    \b
    scholarmeta cite article.html --style gost
    scholarmeta cite refs.bib --style ieee --format html
    """
    from .cite import available_styles
    from .cite import cite as cite_works

    if list_styles:
        click.echo("\n".join(available_styles()))
        return
    if not inputs:
        raise click.UsageError("give at least one INPUT (or --list-styles)")
    result = BatchResult()
    paths = [p if p != "-" else "/dev/stdin" for p in inputs]
    try:
        works = list(iter_works(paths, from_, result=result, overrides=_pairs(sets, "--set")))
        if len(inputs) == 1 and result.failures:
            _fail(result.failures[0].error)
        if references:
            works = [r.as_work(n) for w in works for n, r in enumerate(w.references, 1)]
        text = cite_works(works, style, locale=locale, output=output_format,  # type: ignore[arg-type]
                          mode="citation" if citation else "bibliography")  # fmt: skip
    except ScholarmetaError as exc:
        _fail(exc)
    _emit(text, output)
    for f in result.failures:
        click.echo(f"scholarmeta: error: {f}", err=True)
    if result.failures:
        sys.exit(1)


@cli.command()
@click.argument("input", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--to", "to", required=True,
              type=click.Choice(["csljson", "bibtex", "biblatex", "ris", "jats", "dc"]))
@click.option("--lang", help="language of the list (detected per line when omitted)")
@click.option("-o", "--output", metavar="FILE", help="write here instead of stdout")
@click.option("-q", "--quiet", is_flag=True, help="do not print the loss report")
def refs(input: str, to: str, lang: str | None, output: str | None, quiet: bool) -> None:
    """Parse a pasted reference list (one per line, or a numbered list) into structured
    references.

    \b
    scholarmeta refs references.txt --to csljson
    """
    from ._io import load_source
    from .formats._common import extra_field
    from .model import Work
    from .refparse import parse_references

    try:
        text, _name = load_source(Path(input if input != "-" else "/dev/stdin"))
        parsed = parse_references(text.splitlines(), lang=lang)
        report = Report()
        if to == "jats":  # a JATS document holds a reference list in an article's back matter
            out = write(Work(type="document", references=parsed), to, report=report)
        else:
            out = write([r.as_work(n) for n, r in enumerate(parsed, 1)], to, report=report)
    except ScholarmetaError as exc:
        _fail(exc)
    # each reference's raw string is the input line itself: not lost where a format has no
    # place for it
    report = Report(d for d in report if d.field != extra_field("reference:raw"))
    _emit(out, output)
    _print_report(report, quiet)


@cli.command("formats")
def formats_cmd() -> None:
    """List the formats, what each can do, and its file extensions."""
    known = {f.NAME: f for f in available_formats()}
    for name in FORMAT_MODULES:
        fmt = known.get(name)
        if fmt is None:
            continue
        can = ("read" if getattr(fmt, "read", None) else "    ") + (
            " write" if getattr(fmt, "write", None) else ""
        )
        click.echo(f"{name:<10} {can:<11} {' '.join(fmt.EXTENSIONS):<18} {fmt.DESCRIPTION}")


@cli.command("exit-codes")
def exit_codes_cmd() -> None:
    """Print the table of exit codes."""
    for code, meaning in EXIT_CODES.items():
        click.echo(f"{code}  {meaning}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``scholarmeta`` command."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="scholarmeta",
                 standalone_mode=True)  # fmt: skip
    except ScholarmetaError as exc:  # pragma: no cover - commands catch their own
        _fail(exc)
