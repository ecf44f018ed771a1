"""The ``briefing`` command line: parse arguments, call the core, pick a renderer,
map errors to exit statuses. Nothing here decides what an answer is."""

# No "from __future__ import annotations" here: typer reads every parameter's
# annotation, and string annotations would each be compiled again on every run.

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer import _click as click
from typer.core import TyperGroup

from briefing_cli.errors import CorpusError
from briefing_cli.exits import Exit
from briefing_cli.locations import bundled_path
from briefing_cli.render import Format, default_format

if TYPE_CHECKING:
    from briefing_cli.compiled import CompiledCorpus


def _error(message: str) -> None:
    sys.stderr.write(f"briefing: {message}\n")


class _BriefingGroup(TyperGroup):
    """Runs the app and turns every expected failure into one line and an exit status."""

    def main(
        self,
        args: Any = None,
        prog_name: Any = None,
        complete_var: Any = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:  # an ASCII locale degrades output, never crashes
                reconfigure(errors="replace")
        try:
            code = super().main(
                args, prog_name or "briefing", complete_var, standalone_mode=False, **extra
            )
        except click.exceptions.UsageError as error:
            hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
            _error(f"error: {error.format_message()}{hint}")
            code = Exit.USAGE
        except CorpusError as error:
            for problem in error.problems:
                _error(f"corpus error: {problem}")
            code = Exit.CORPUS
        except click.exceptions.ClickException as error:
            _error(f"error: {error.format_message()}")
            code = error.exit_code
        except (KeyboardInterrupt, typer.Abort):
            code = Exit.INTERRUPTED
        code = int(code or 0)
        if standalone_mode:
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                code = _closed_pipe()
            sys.exit(code)
        return code

    def invoke(self, ctx: click.Context) -> Any:
        # Handled here, inside typer's own error handling, which would exit 1 instead.
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise typer.Exit(_closed_pipe()) from None


def _closed_pipe() -> int:
    """The reader went away (``briefing brief | head -1``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (tests): nothing will flush to it
    return Exit.BROKEN_PIPE


app = typer.Typer(
    cls=_BriefingGroup,
    name="briefing",
    rich_markup_mode=None,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"briefing {version('briefing')}")
        raise typer.Exit()


def _corpus_path(ctx: click.Context) -> Path:
    root = ctx.find_root()
    chosen = (root.params or {}).get("corpus") or os.environ.get("BRIEFING_CORPUS")
    return Path(chosen) if chosen else bundled_path()


def _open(ctx: click.Context) -> "CompiledCorpus":
    from briefing_cli.compiled import open_compiled

    return open_compiled(_corpus_path(ctx), os.environ)


def _complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        return [t.id for t in _open(ctx).topics if t.id.startswith(incomplete)]
    except (CorpusError, OSError):
        return []


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        return [i for i in _open(ctx).entry_ids() if i.startswith(incomplete)]
    except (CorpusError, OSError):
        return []


@app.callback()
def root(
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            envvar="BRIEFING_CORPUS",
            metavar="PATH",
            help="Use another corpus file with the same schema (default: the bundled one).",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Cited answers about the Russia–Ukraine crisis of winter 2021–22 (as of January 2022).

    Example: briefing ask "what does Russia want"
    """


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format. Default: rich on a terminal, plain when piped.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]


def _writer(fmt: Format | None, as_json: bool) -> tuple[Any, Any]:
    """The render module for the chosen format and the object it writes to."""
    chosen = Format.json if as_json else fmt or default_format(sys.stdout, os.environ)
    if chosen is Format.rich:
        from rich.console import Console

        from briefing_cli.render import terminal

        console = Console(file=sys.stdout, highlight=False, markup=False, emoji=False)
        return terminal, console
    if chosen is Format.markdown:
        from briefing_cli.render import markdown

        return markdown, sys.stdout
    if chosen is Format.json:
        from briefing_cli.render import jsonout

        return jsonout, sys.stdout
    from briefing_cli.render import plain

    return plain, sys.stdout


def _readable(text: str) -> str:
    """Text from argv or stdin with undecodable bytes replaced, never a crash later."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[
        str, typer.Argument(help="Your question, or - to read one per line from standard input.")
    ],
    top: Annotated[
        int, typer.Option("--top", "-n", min=1, max=20, help="Show the N best matches.")
    ] = 1,
    topic: Annotated[
        str | None,
        typer.Option(
            "--topic",
            "-t",
            help="Only search this topic (see 'briefing list').",
            autocompletion=_complete_topics,
        ),
    ] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show why the answer won.")] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the corpus, with evidence and sources.

    Exits 0 when answered, 1 when there is no confident answer (the closest
    questions are offered instead).

    Example: briefing ask "what does Russia want"
    """
    from briefing_cli.answers import ask as answer_question
    from briefing_cli.search import QueryTooLong

    if question != "-" and not question.strip():
        raise typer.BadParameter("the question is empty", param_hint="QUESTION")
    compiled = _open(ctx)
    if topic is not None and compiled.topic(topic) is None:
        known = ", ".join(t.id for t in compiled.topics)
        raise typer.BadParameter(f"unknown topic {topic!r} (topics: {known})", param_hint="--topic")
    module, out = _writer(fmt, as_json)
    if question != "-":
        try:
            answer = answer_question(_readable(question), compiled, top=top, topic=topic)
        except QueryTooLong as error:
            raise typer.BadParameter(f"the {error}", param_hint="QUESTION") from None
        module.ask(out, answer, compiled, top, explain)
        raise typer.Exit(Exit.OK if answer.answered else Exit.NO_ANSWER)
    status = Exit.OK
    for number, raw in enumerate(sys.stdin.buffer, 1):
        line = raw.decode("utf-8", "replace").strip()
        if not line:
            continue
        try:
            answer = answer_question(line, compiled, top=top, topic=topic)
        except QueryTooLong as error:
            _error(f"line {number}: {error}; skipped")
            status = Exit.NO_ANSWER
            continue
        module.ask(out, answer, compiled, top, explain)
        (out.file if hasattr(out, "file") else out).flush()
        if not answer.answered:
            status = Exit.NO_ANSWER
    raise typer.Exit(status)


@app.command("list")
def list_topics(
    ctx: typer.Context,
    topic: Annotated[
        str | None,
        typer.Argument(help="A topic id: list its questions.", autocompletion=_complete_topics),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the topics in reading order, or the questions of one topic.

    Example: briefing list sanctions
    """
    compiled = _open(ctx)
    module, out = _writer(fmt, as_json)
    if topic is None:
        module.topics(out, compiled)
        return
    if compiled.topic(topic) is None:
        from rapidfuzz import process

        found = process.extract(topic, [t.id for t in compiled.topics], limit=3)
        _error(f"no topic {topic!r}; closest: " + ", ".join(f[0] for f in found))
        raise typer.Exit(Exit.NO_ANSWER)
    module.topic_entries(out, compiled, topic)


@app.command()
def show(
    ctx: typer.Context,
    entry_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="An entry id (see 'briefing list TOPIC').",
            autocompletion=_complete_ids,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one entry in full: answer, evidence, sources, aliases, related questions.

    Example: briefing show swift-cut-off
    """
    compiled = _open(ctx)
    module, out = _writer(fmt, as_json)
    item = compiled.entry(entry_id)
    if item is None:
        from rapidfuzz import process

        found = process.extract(entry_id, compiled.entry_ids(), limit=3)
        suggestions = [e for e in (compiled.entry(f[0]) for f in found) if e]
        module.unknown_id(out, _readable(entry_id), suggestions)
        raise typer.Exit(Exit.NO_ANSWER)
    module.entry(out, item, compiled)


@app.command()
def sources(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List the source documents with their full metadata and the entries citing them.

    Example: briefing sources
    """
    compiled = _open(ctx)
    module, out = _writer(fmt, as_json)
    module.sources(out, compiled)


@app.command()
def brief(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """Write the whole briefing as one document, grouped by topic, with its sources.

    Example: briefing brief --format markdown > briefing.md
    """
    compiled = _open(ctx)
    module, out = _writer(fmt, as_json)
    module.brief(out, compiled)


@app.command()
def check(
    ctx: typer.Context,
    sources_dir: Annotated[
        Path | None,
        typer.Option(
            "--sources",
            metavar="DIR",
            help="Also verify every quote verbatim against the source texts in DIR.",
        ),
    ] = None,
) -> None:
    """Validate a corpus: schema, references, aliases and (with --sources) every quote.

    Exits 0 when clean, 3 with one line per problem otherwise.

    Example: briefing check --sources ../shared/sources
    """
    from briefing_cli.check import check_corpus

    path = _corpus_path(ctx)
    problems, summary = check_corpus(path, sources_dir)
    for problem in problems:
        typer.echo(str(problem))
    typer.echo(summary)
    raise typer.Exit(Exit.CORPUS if problems else Exit.OK)


def main() -> None:
    """Entry point of the ``briefing`` command."""
    app()
