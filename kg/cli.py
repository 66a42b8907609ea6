"""The kg command: thin commands over the public API; every failure becomes one clear line."""
from __future__ import annotations

import argparse
import gc
import math
import os
import shutil
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import KgError
from .hygiene import one_line, terminal
from .networks import KINDS, LEVELS, NORMALIZATIONS, network_report
from .export import FORMATS, export
from .push import DEFAULT_BATCH, PASSWORD_ENV, USER_ENV, push
from .query import FORMATS as QUERY_FORMATS, answer, list_queries
from .serve import DEFAULT_PORT, serve
from .validation import validate
from .views import LANGUAGES, write_view


def _seconds(text: str) -> float:
    """A --timeout: a finite number of seconds above zero (nan, inf, 0 and -1 are refused here, in one line)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give a number of seconds above 0")
    return value


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build  # the extracting commands alone load spaCy
    result = build(args.paths, args.out, jobs=args.jobs, scheduler=args.scheduler, store=args.store,
                   strict=args.strict, encoding=args.encoding, max_file_size=args.max_file_size * 2**20,
                   progress=args.progress, validate=not args.no_validate, rehash=args.rehash,
                   codebook=args.codebook)
    for problem in result.problems:
        print(f"kg: {problem.severity}: {one_line(problem.message())}", file=sys.stderr)
    for warning in result.warnings:
        print(f"kg: warning: {one_line(str(warning))}", file=sys.stderr)
    print(terminal(result.report()))
    return 1 if result.failed else 0


def _add_build(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "build", help="extract position statements and write graph.trig, statements.csv and graph.html",
        description="Extract position statements from reports (.txt, or .html pages reduced to their article; "
                    "files or folders) and write the graph. A rebuild into the same --out re-reads only new or "
                    "changed files. A file that cannot be read is reported and the rest is built (exit 1; "
                    "--strict stops instead and writes nothing); a file that is empty or not Arabic is skipped "
                    "with a warning.",
        epilog="example: kg build seeds/ --out out/  |  example: kg build corpus/ --out out/ --jobs 2 "
               "--store oxigraph:out/store")
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a .txt or .html file or a folder of them")
    cmd.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created if missing)")
    cmd.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes for extraction (default 1)")
    cmd.add_argument("--scheduler", metavar="ADDRESS",
                     help="run extraction on a Dask cluster (tcp://HOST:8786); inputs and --out must be on a "
                          "filesystem the workers share")
    cmd.add_argument("--store", default="memory", metavar="STORE",
                     help="'memory' (default: graph.trig only) or 'oxigraph:PATH': also keep the graph in an on-disk "
                          "Oxigraph store, updated in place by each rebuild")
    cmd.add_argument("--strict", action="store_true", help="stop at the first file that cannot be built")
    cmd.add_argument("--encoding", metavar="NAME",
                     help="text encoding of every input (default: BOM, else UTF-8, else detected), e.g. cp1256")
    cmd.add_argument("--max-file-size", type=int, default=64, metavar="MB",
                     help="refuse files larger than this (default 64)")
    cmd.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar on stderr (default: when stderr is a terminal)")
    cmd.add_argument("--no-validate", action="store_true",
                     help="skip the SHACL check of each new document's graph (two thirds of a corpus build's time); "
                          "kg validate OUT checks the result later")
    cmd.add_argument("--codebook", type=Path, metavar="FILE.ttl",
                     help="a Turtle codebook of kg:Concept entries that adds to or replaces the shipped concepts "
                          "(README: Concepts)")
    cmd.add_argument("--rehash", action="store_true",
                     help="hash every input again, even one whose size, times and inode are as the last build "
                          "recorded them (for a change that kept all of these)")
    cmd.set_defaults(func=_cmd_build)


def _cmd_concepts(args: argparse.Namespace) -> int:
    from .concepts.report import concepts_report
    report = concepts_report(args.source, as_json=args.json)
    sys.stdout.write(report if args.json else terminal(report))
    return 0


def _add_concepts(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "concepts", help="list the concepts statements are coded to, with their actors and phrases",
        description="List the codebook concepts a build's statements are coded to (with agreement counts, actors "
                    "and the issue phrases mapped to each), then the automatic concepts: phrases no codebook "
                    "concept covers, where a codebook can grow. README: Concepts.",
        epilog="example: kg concepts out/  |  example: kg concepts out/ --json")
    cmd.add_argument("source", metavar="SOURCE", help="a kg build output folder or an RDF file")
    cmd.add_argument("--json", action="store_true", help="print JSON (one object per concept)")
    cmd.set_defaults(func=_cmd_concepts)


def _cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain, format_explanation
    print(terminal(format_explanation(explain(args.text, sentence=args.sentence))))
    return 0


def _add_explain(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "explain", help="show the mentions, cues and the reason each statement was or was not made",
        description="Explain the extraction of an Arabic sentence given inline, or of a document file.",
        epilog='example: kg explain "وتخشى أنقرة توسع النفوذ الإيراني في سوريا."  |  '
               "example: kg explain seeds/shafaq-2025-11-08-iraq-syria-security.txt --sentence 17")
    cmd.add_argument("text", metavar="TEXT_OR_FILE", help="Arabic text, or the path of a .txt document")
    cmd.add_argument("--sentence", type=int, metavar="N", help="only the N-th sentence (1-based)")
    cmd.set_defaults(func=_cmd_explain)


_BASE_HELP = "rewrite https://w3id.org/kg-news/ to this base IRI (the ontology# vocabulary keeps its IRIs)"


def _cmd_export(args: argparse.Namespace) -> int:
    if str(args.out) == "-":  # standard output: the format must be named, there is no suffix to read
        if args.format is None:
            raise KgError("--out - writes to standard output: give --format")
        from .export import exported, serialize
        sys.stdout.buffer.write(serialize(exported(args.source, args.base), args.format))
        return 0
    if args.out.suffix.lower() in (".xlsx", ".csv") and args.format is None:
        from .tables import write_table
        print(f"wrote the statements table to {write_table(args.source, args.out, bom=args.bom)}")
        return 0
    if args.bom:
        raise KgError("--bom is for a statements table written as .csv")
    print(export(args.source, args.out, fmt=args.format, base=args.base))
    return 0


def _add_export(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "export", help="write a built graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD",
        description="Write a build output folder or RDF file in a standard RDF format (UTF-8, the same bytes "
                    "for the same graph). trig, nq and jsonld keep one named graph per document; turtle and "
                    "nt merge them. A .xlsx or .csv file gets the statements table instead, its cells made safe "
                    "for spreadsheets.",
        epilog="example: kg export out/ --format jsonld --out out/graph.jsonld --base https://example.org/kg/")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.add_argument("--format", choices=list(FORMATS), help="output format (default: from the --out suffix)")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help="file to write (replaced whole); - writes to standard output; .xlsx or .csv writes the "
                          "statements table for spreadsheets")
    cmd.add_argument("--bom", action="store_true",
                     help="with .csv: UTF-8 with a byte-order mark and CRLF lines, so Excel shows the Arabic")
    cmd.add_argument("--base", metavar="IRI", help=_BASE_HELP)
    cmd.set_defaults(func=_cmd_export)


def _cmd_validate(args: argparse.Namespace) -> int:
    conforms, report = validate(args.source)
    print(report)
    return 0 if conforms else 1


def _add_validate(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "validate", help="check a built graph against the SHACL shapes (exit 1 on a violation)",
        description="Validate a build output folder or RDF file against ontology/shapes.ttl (SHACL) and print "
                    "a report: exit 0 if it conforms, 1 if it does not, 2 if it cannot be read.",
        epilog="example: kg validate out/")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.set_defaults(func=_cmd_validate)


def _cmd_push(args: argparse.Namespace) -> int:
    print(push(args.source, endpoint=args.endpoint, update_endpoint=args.update_endpoint,
               query_endpoint=args.query_endpoint, user=args.user, password=args.password, base=args.base,
               batch_size=args.batch_size, retries=args.retries, timeout=args.timeout,
               validate=not args.no_validate, dry_run=args.dry_run, prune=args.prune))
    return 0


def _add_push(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "push", help="load a built graph into a triple store, one named graph per document, and verify it",
        description="Validate, then replace each named graph in a triple store (SPARQL 1.1 Graph Store Protocol "
                    "PUT, or SPARQL Update where the store lacks it), then count each graph in the store. A "
                    "re-push replaces, so nothing doubles. The README gives each store's URLs.",
        epilog="example: kg push out/ --endpoint http://127.0.0.1:7878/store "
               "--query-endpoint http://127.0.0.1:7878/query")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.add_argument("--endpoint", metavar="URL", help="Graph Store Protocol URL (PUT URL?graph=IRI)")
    cmd.add_argument("--update-endpoint", metavar="URL",
                     help="SPARQL Update URL: used without --endpoint, or when --endpoint is no Graph Store")
    cmd.add_argument("--query-endpoint", required=True, metavar="URL", help="SPARQL query URL for the count check")
    cmd.add_argument("--user", metavar="NAME", help=f"user for HTTP basic or digest auth (default: ${USER_ENV})")
    cmd.add_argument("--password", metavar="SECRET",
                     help=f"password (default: ${PASSWORD_ENV}, which keeps it out of the process list)")
    cmd.add_argument("--base", metavar="IRI", help=_BASE_HELP)
    cmd.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N",
                     help=f"triples per request (default {DEFAULT_BATCH})")
    cmd.add_argument("--retries", type=int, default=3, metavar="N",
                     help="retries after a connection error or a 5xx answer, with doubling waits (default 3)")
    cmd.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS", help="per request (default 60)")
    cmd.add_argument("--no-validate", action="store_true", help="skip the SHACL check before sending")
    cmd.add_argument("--dry-run", action="store_true", help="show what would be sent, send nothing")
    cmd.add_argument("--prune", action=argparse.BooleanOptionalAction, default=True,
                     help="drop the store's graphs under the build's base that no document of it has any more "
                          "(default: on)")
    cmd.set_defaults(func=_cmd_push)


def _cmd_view(args: argparse.Namespace) -> int:
    print(write_view(args.source, args.out, actor=args.actor, issue=args.issue, network=args.network,
                     lang=args.lang, top=args.top, min_statements=args.min_statements))
    return 0


def _add_view(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "view", help="draw a built graph as one self-contained HTML page (opens offline, no server)",
        description="Draw a build output folder or RDF file as an interactive HTML page: the whole graph, one "
                    "actor's ego view, one issue, or the actors' agreement and conflict network, labelled in "
                    "English or Arabic, with filters and search.",
        epilog="example: kg view out/ --actor Iraq --lang ar --out iraq.html")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE", help="HTML file to write (replaced whole)")
    focus = cmd.add_mutually_exclusive_group()
    focus.add_argument("--actor", metavar="NAME",
                       help="one actor in the middle, its issues and the actors that share them, ranked and capped")
    focus.add_argument("--issue", metavar="NAME", help="one issue and every actor's position on it")
    cmd.add_argument("--top", type=int, metavar="N",
                     help="with --actor: at most N issues and N other actors (default 25); whole graph: the N "
                          "busiest actors and issues (default 2000)")
    cmd.add_argument("--min-statements", type=int, default=1, metavar="N",
                     help="with --actor: leave out actors with fewer statements on the shared issues")
    focus.add_argument("--network", action="store_true",
                       help="actors tied by agreement (same stance on an issue) and conflict (support against "
                            "opposition or concern)")
    cmd.add_argument("--lang", choices=LANGUAGES, default="en", help="label language (default en)")
    cmd.set_defaults(func=_cmd_view)


def _cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        sys.stdout.write(list_queries())
        return 0
    params = {"actor": args.actor, "issue": args.issue, "concept": args.concept, "statement": args.statement,
              "from": args.since, "to": args.until}
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    written = answer(args.source, args.query, file=args.file, name=args.name, params=params,
                     fmt=args.format, timeout=args.timeout, width=width, show=args.show_query)
    # a table is for people; CSV, TSV and JSON for programs, unless they land on a terminal
    sys.stdout.write(terminal(written) if args.format == "table" or sys.stdout.isatty() else written)
    return 0


def _add_query(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "query", help="ask a built graph in SPARQL: inline, from a .rq file, or one of the shipped questions",
        description="Run a SPARQL query over a build output folder or RDF file (all named graphs form the "
                    "default graph; the kg, kga, kgi, kgc, data, prov, skos, rdf, rdfs, owl, xsd, dcterms, wd "
                    "and wdt prefixes are declared). SELECT and ASK print a table or --format csv, tsv or "
                    "json (SPARQL 1.1 results); CONSTRUCT and DESCRIBE print Turtle. --list shows the shipped "
                    "questions; --actor and the like bind their values safely.",
        epilog="example: kg query out/ 'SELECT ?s WHERE { ?s a kg:PositionStatement } LIMIT 3'  |  "
               "example: kg query out/ --name positions-of --actor Turkey  |  example: kg query --list")
    cmd.add_argument("source", nargs="?", type=Path, metavar="GRAPH_OR_DIR",
                     help="a kg build output folder, an RDF file, or oxigraph:PATH (the on-disk store of a "
                          "build with --store: queried in place, fast on large corpora)")
    cmd.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text (or use --file or --name)")
    cmd.add_argument("--file", type=Path, metavar="FILE.rq", help="read the query from a file")
    cmd.add_argument("--name", metavar="NAME", help="run a shipped query (see --list)")
    cmd.add_argument("--list", action="store_true", help="list the shipped queries and the options they take")
    cmd.add_argument("--show-query", action="store_true",
                     help="with --name: print the query with its options' values written in (names resolved in "
                          "the build), to send to a triple store after kg push")
    cmd.add_argument("--format", choices=QUERY_FORMATS, default="table", help="output for SELECT/ASK (default table)")
    cmd.add_argument("--timeout", type=_seconds, metavar="SECONDS", help="stop the query after this many seconds")
    cmd.add_argument("--actor", metavar="NAME", help="for --name: an actor's English or Arabic name or Wikidata id")
    cmd.add_argument("--issue", metavar="TEXT", help="for --name: part of an issue's label")
    cmd.add_argument("--concept", metavar="TEXT", help="for --name: part of a concept's label")
    cmd.add_argument("--statement", metavar="IRI", help="for --name: a statement IRI (or data:statement/...)")
    cmd.add_argument("--from", dest="since", metavar="WHEN", help="for --name changes: a date YYYY-MM-DD or a doc id")
    cmd.add_argument("--to", dest="until", metavar="WHEN", help="for --name changes: a date YYYY-MM-DD or a doc id")
    cmd.set_defaults(func=_cmd_query)


def _cmd_serve(args: argparse.Namespace) -> int:
    serve(args.source, port=args.port, timeout=args.timeout,
          on_ready=lambda running: print(f"serving {running.graph} read-only at {running.url} "
                                         "(SPARQL 1.1 Protocol, GET or POST); Ctrl-C stops", flush=True))
    return 0


def _add_serve(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "serve", help="serve a built graph as a local, read-only SPARQL endpoint (Oxigraph)",
        description="Start a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over a build output folder "
                    "or RDF file: GET or POST to /query, results as JSON, XML, CSV or TSV by the Accept "
                    "header; all named graphs form the default graph. Runs until Ctrl-C.",
        epilog="example: kg serve out/ --port 7878 --timeout 30")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port on 127.0.0.1 (default {DEFAULT_PORT})")
    cmd.add_argument("--timeout", type=int, metavar="SECONDS", help="cancel queries that run longer (whole seconds)")
    cmd.set_defaults(func=_cmd_serve)


def _cmd_network(args: argparse.Namespace) -> int:
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    sys.stdout.write(terminal(network_report(args.source, kind=args.kind, normalize=args.normalize, start=args.start,
                                             end=args.end, top=args.top, out=args.out, width=width,
                                             level=args.level)))
    return 0


def _add_network(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "network", help="discourse networks: who agrees (congruence) or clashes (conflict) with whom, on what",
        description="Build a discourse network from the statements of a build output folder or RDF file (the "
                    "actor-issue network, or its congruence, conflict or issue projection), print its top nodes "
                    "(degree, weighted degree, betweenness, Louvain community) and strongest ties, and write it "
                    "as GraphML, GEXF, a CSV edge list or RDF (a named graph). README: Discourse networks.",
        epilog="example: kg network out/ --kind congruence --top 10 --out congruence.gexf")
    cmd.add_argument("source", type=Path, metavar="GRAPH_OR_DIR", help="a kg build output folder or an RDF file")
    cmd.add_argument("--kind", choices=KINDS, default="congruence", help="which network (default congruence)")
    cmd.add_argument("--level", choices=LEVELS, default="concept",
                     help="tie actors through codebook concepts and agreement (default, as DNA does) or through "
                          "issue phrases and stances")
    cmd.add_argument("--normalize", choices=NORMALIZATIONS,
                     help="edge weights of a projection: jaccard, average (DNA's average activity) or cosine")
    cmd.add_argument("--start", metavar="YYYY-MM-DD", help="only statements in documents dated on or after this day")
    cmd.add_argument("--end", metavar="YYYY-MM-DD", help="only statements in documents dated on or before this day")
    cmd.add_argument("--top", type=int, default=10, metavar="N", help="rows of each table (default 10)")
    cmd.add_argument("--out", action="append", default=[], type=Path, metavar="FILE",
                     help="write the network (repeatable; format by suffix: .graphml .gexf .csv, or RDF: .trig "
                          ".nq .jsonld .ttl .nt)")
    cmd.set_defaults(func=_cmd_network)


# Each command adds its own sub-parser; the epilog gives an example (a test checks it).
COMMANDS = (_add_build, _add_explain, _add_export, _add_validate, _add_push, _add_view, _add_query,
            _add_serve, _add_network, _add_concepts)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs of positions from Arabic news.")
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    top.set_defaults(commands=commands.choices)
    return top


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, options anywhere among the arguments (`kg query out/ --format csv 'SELECT ...'`).

    argparse mixes options and positionals only within one parser (parse_intermixed_args takes no
    sub-commands), so the command's own parser reads what follows the command's name."""
    top = parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = top.get_default("commands")
    if argv and argv[0] in commands:
        args = commands[argv[0]].parse_intermixed_args(argv[1:])
        args.command = argv[0]
        return args
    return top.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # also one that arrives while another error is being reported (a build's
        # workers stop on the same Ctrl-C and their failure is reported as the interrupt lands)
        print("kg: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    args = parse(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # a reader that stopped early: run() ends quietly, as a shell expects
        raise
    except OSError as exc:  # a read-only folder, a full disk ...: one line naming the path, earlier outputs kept
        where = exc.filename if exc.filename is not None else "kg"
        print(f"kg: error: {one_line(str(where))}: {exc.strerror or exc}; earlier outputs are untouched",
              file=sys.stderr)
        return 2


def run() -> None:
    """The kg command as a process (the console script, python -m kg). The objects of the imported modules
    live as long as it, and those left at the end die with it: frozen, so that no collection walks them
    again (the cycle collector's passes over them, at the end above all, took a second of a corpus rebuild).

    A reader that stops early (kg query ... | head) closes the pipe: that ends the command quietly, with the
    status a shell gives a process stopped by SIGPIPE, not with a traceback."""
    gc.freeze()
    try:
        code = main()
        sys.stdout.flush()  # a closed pipe shows here rather than in the interpreter's own flush at exit
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 128 + signal.SIGPIPE
    except KeyboardInterrupt:  # a Ctrl-C that lands while main() reports an earlier one, or as it returns
        print("kg: interrupted", file=sys.stderr)
        code = 130
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
