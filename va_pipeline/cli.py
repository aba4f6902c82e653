"""`va-evidence`: the command line. The only place that maps errors to exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from va_core.errors import BadArguments, ExitCode, VaEvidenceError
from va_core.settings import Settings
from va_pipeline.logsetup import configure_logging

log = logging.getLogger(__name__)

DESCRIPTION = """\
Evidence summaries for VA secondary service connection (knee secondary to back).

Reads claimants' scanned records, finds antalgic gait, radiculopathy, knee diagnoses and
the primary back condition, and writes a per-claimant summary that cites every page.

Settings come from VA_EVIDENCE_* environment variables (DATA_DIR, DB_URL, OCR_DPI,
OCR_LANG, OCR_PSM, OCR_TIMEOUT_S, WORKERS, MAX_FILE_MB, MAX_PAGES); flags override them.
"""

EPILOG = """\
examples:
  va-evidence run --inbox data/sample            process the bundled sample records
  va-evidence synth --claimants 20 --seed 1 --out /tmp/inbox
  echo '{"id": 1, "text": "Antalgic gait favoring the right."}' | va-evidence tag

exit codes: 0 ok, 1 bad arguments, 2 unreadable input, 3 missing dependency,
4 OCR failed, 5 model artifact refused, 6 storage error, 10 finished with quarantined files,
130 interrupted.
"""


def _add_data_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir", type=Path, help="store, OCR cache, quarantine, summaries (default data/run)"
    )
    p.add_argument(
        "--db-url", help="SQLAlchemy URL of the store (default: SQLite under --data-dir)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="va-evidence",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show progress messages on stderr"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="process an inbox end to end and write summaries",
        description="Register new documents, read each page (text layer or OCR), tag mentions and "
        "write per-claimant summaries. Re-runs skip what is already done.",
    )
    run.add_argument(
        "--inbox",
        type=Path,
        required=True,
        help="folder with one sub-folder per claimant, or a manifest CSV (claimant_id,path)",
    )
    _add_data_args(run)
    run.add_argument("--workers", type=int, help="OCR processes (default: one per CPU core)")
    run.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    synth = sub.add_parser(
        "synth",
        help="write synthetic claimant files with ground truth",
        description="Generate deterministic synthetic claimant records (scanned PDFs, born-digital "
        "PDFs, TIFFs) and ground_truth.json per claimant. Never real records.",
    )
    synth.add_argument("--claimants", type=int, default=3, help="number of claimants (default 3)")
    synth.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    synth.add_argument("--out", type=Path, required=True, help="output inbox folder")
    synth.add_argument("--max-pages", type=int, help="cap on pages per claimant")
    synth.add_argument(
        "--sample",
        action="store_true",
        help="write the bundled sample (fixed count, seed and page cap; see data/sample)",
    )

    tag = sub.add_parser(
        "tag",
        help="tag JSONL text: {'id','text'} lines in, {'id','mentions'} lines out",
        description='Read JSON lines {"id": ..., "text": ...} from FILE or stdin and write '
        '{"id": ..., "mentions": [...]} lines to stdout (or --out).',
    )
    tag.add_argument("input", nargs="?", type=Path, help="JSONL file (default: stdin)")
    tag.add_argument("--out", type=Path, help="write here instead of stdout")

    summ = sub.add_parser("summarize", help="rebuild every claimant summary from the store")
    _add_data_args(summ)
    summ.add_argument(
        "--pdf",
        action="store_true",
        help="also print each summary to <claimant>.pdf with headless Chromium (slower)",
    )

    status = sub.add_parser("status", help="counts in the store and the quarantine list")
    _add_data_args(status)
    _add_model_commands(sub)
    return parser


def _add_model_commands(sub: argparse._SubParsersAction) -> None:
    train = sub.add_parser(
        "train",
        help="rebuild the assertion model from the corpus train split",
        description="Fit the assertion model on classifiers/resources plus the train split of "
        "data/corpus and write data/models/<name>/<version>/ (model.json, card.json, card.md). "
        "Same data and seed give byte-identical files.",
    )
    train.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    train.add_argument("--out", type=Path, help="models folder (default data/models)")
    train.add_argument("--corpus", type=Path, help="corpus folder (default data/corpus)")

    ev = sub.add_parser(
        "eval",
        help="tagger P/R/F1 on a corpus split, clean and OCR-noised",
        description="Tag the corpus records of one split and compare with their labels: "
        "per-concept and overall P/R/F1, assertion and laterality accuracy.",
    )
    ev.add_argument("--split", default="test", choices=("test", "dev", "train", "all"))
    ev.add_argument(
        "--ocr",
        action="store_true",
        help="also score the OCR-noised copy (data/corpus/ocr_noised.jsonl)",
    )
    ev.add_argument(
        "--refresh-ocr",
        action="store_true",
        help="bring the OCR-noised copy up to date with Tesseract first (implies --ocr); "
        "only records whose text changed, or that are new, are OCR'd again",
    )
    ev.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="N",
        help="list the first N disagreements (corpus text, synthetic)",
    )
    ev.add_argument(
        "--groups",
        metavar="PREFIX[,PREFIX...]",
        help="score only records whose group starts with one of these prefixes, e.g. "
        "g-a4- (one author's records) or gen- (generated ones); groups are in the corpus "
        "files and data/corpus/README.md",
    )
    ev.add_argument("--corpus", type=Path, help="corpus folder (default data/corpus)")
    ev.add_argument("--models", type=Path, help="models folder (default data/models)")
    ev.add_argument("--workers", type=int, help="OCR processes for --refresh-ocr (default: cores)")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        data_dir=getattr(args, "data_dir", None),
        db_url=getattr(args, "db_url", None),
        workers=getattr(args, "workers", None),
    )


def cmd_run(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from va_pipeline.progress import ProgressBars
    from va_pipeline.run import run_inbox

    settings = _settings(args)
    with ProgressBars(enabled=not args.no_progress) as bars:
        report = run_inbox(args.inbox, settings, progress=bars.update)
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(report.quarantined_reasons.items()))
    print(
        f"documents: {report.files_seen} seen, {report.documents_new} new, "
        f"{report.documents_processed} processed\n"
        f"pages: {report.pages} ({report.pages_text_layer} text layer, {report.pages_ocr} OCR'd, "
        f"{report.pages_ocr_cached} from OCR cache)\n"
        f"mentions: {report.mentions}\n"
        f"quarantined: {report.quarantined_new}" + (f" ({reasons})" if reasons else "") + "\n"
        f"claimants summarised: {report.claimants_summarised}\n"
        f"time: {report.seconds:.1f} s\n"
        f"summaries: {report.summaries_index}",
        file=out,
    )
    return ExitCode.partial if report.quarantined_new else ExitCode.ok


def cmd_synth(args: argparse.Namespace, out: TextIO) -> ExitCode:
    import va_synth

    if args.sample:
        dirs = va_synth.generate_sample(args.out)
    else:
        if args.claimants < 1:
            raise BadArguments("--claimants must be at least 1")
        dirs = va_synth.generate(args.claimants, args.seed, args.out, max_pages=args.max_pages)
    print(f"wrote {len(dirs)} claimants to {args.out}", file=out)
    return ExitCode.ok


def cmd_tag(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from va_pipeline.tag_jsonl import tag_jsonl

    if args.input is not None and not args.input.is_file():
        raise BadArguments(f"input file {args.input} not found")
    source = args.input.open(encoding="utf-8") if args.input else sys.stdin
    sink = args.out.open("w", encoding="utf-8") if args.out else out
    try:
        tag_jsonl(source, sink)
    finally:
        if args.input:
            source.close()
        if args.out:
            sink.close()
    return ExitCode.ok


def cmd_summarize(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from va_core.store import Store
    from va_pipeline.summarise import summarise_claimants

    settings = _settings(args)
    store = Store.open(settings.database_url)
    try:
        claimants = store.claimant_ids()
        index = summarise_claimants(store, settings.summaries_dir, claimants)
    finally:
        store.close()
    print(f"summaries: {index}", file=out)
    if args.pdf:
        from va_pipeline.pdf_export import export_pdfs

        pdfs = export_pdfs(settings.summaries_dir / f"{cid}.html" for cid in claimants)
        print(f"pdf: {len(pdfs)} files in {settings.summaries_dir}", file=out)
    return ExitCode.ok


def cmd_status(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from va_core.store import Store

    settings = _settings(args)
    store = Store.open(settings.database_url)
    try:
        counts = store.counts()
        print(json.dumps(counts), file=out)
        for row in store.quarantined():
            print(
                f"quarantined {row['claimant_id']} {row['sha256'][:12]} "
                f"{row['reason']}: {row['detail']}",
                file=out,
            )
    finally:
        store.close()
    return ExitCode.ok


def cmd_train(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from classifiers import corpus
    from classifiers.train import train

    folder, card = train(args.seed, args.out, args.corpus or corpus.CORPUS_DIR)
    print(
        f"model: {folder}\ntraining data sha256: {card['training_data_sha256']}\n"
        f"splits: {card['splits']}  items: {card['training_items']}",
        file=out,
    )
    for split, m in card["metrics"].items():
        print(
            f"{split}: F1 {m['overall']['f1']:.3f}  assertion acc {m['assertion_acc']:.3f}  "
            f"laterality acc {m['laterality_acc']:.3f}  ({m['records']} records)",
            file=out,
        )
    return ExitCode.ok


def cmd_eval(args: argparse.Namespace, out: TextIO) -> ExitCode:
    from classifiers import artifacts, corpus, tag_text
    from classifiers.evaluate import evaluate, format_errors, table
    from classifiers.tagger import tag
    from va_pipeline import corpus_ocr

    cdir = args.corpus or corpus.CORPUS_DIR
    records = corpus.load(cdir)
    if not records:
        raise BadArguments(f"no corpus records under {cdir}")
    tagger = tag_text
    if args.models:
        model = artifacts.load(args.models)
        if model is None:
            raise BadArguments(f"no model artifact under {args.models}")
        tagger = lambda text: tag(text, model)  # noqa: E731
    groups = [g.strip() for g in (args.groups or "").split(",") if g.strip()]
    chosen = corpus.select(records, args.split, groups)
    if not chosen:
        raise BadArguments(f"no {args.split} records in groups starting {groups}; check --groups")
    reports = {"clean": evaluate(chosen, tagger)}
    if args.ocr or args.refresh_ocr:
        path = cdir / corpus.OCR_FILE
        if args.refresh_ocr:
            n = corpus_ocr.build(corpus.select(records, corpus_ocr.OCR_SPLIT), path, args.workers)
            print(f"OCR'd {n} records into {path}", file=out)
        if not path.is_file():
            raise BadArguments(f"{path} not found; run `va-evidence eval --refresh-ocr`")
        noised, stale = corpus_ocr.load_noised(path, records)
        if stale:
            print(f"warning: {stale} OCR'd records are stale (run --refresh-ocr)", file=out)
        reports["ocr"] = evaluate(corpus.select(noised, args.split, groups), tagger)
    if args.json:
        print(json.dumps({k: r.to_dict() for k, r in reports.items()}, indent=1), file=out)
    else:
        try:
            card = artifacts.read_card(args.models)
            used = f"{card['name']}/{card['version']} (data {card['training_data_sha256'][:12]})"
        except artifacts.ModelArtifactError:
            used = "trained in-process (no artifact)"
        subset = f"   groups: {','.join(groups)}" if groups else ""
        print(f"split: {args.split}{subset}   model: {used}", file=out)
        print(table(reports), file=out)
    for name, report in reports.items():
        if args.show_errors > 0 and report.errors:
            print(f"\n{name} errors ({len(report.errors)}, first {args.show_errors}):", file=out)
            print(format_errors(report, args.show_errors), file=out)
    return ExitCode.ok


COMMANDS = {
    "run": cmd_run,
    "synth": cmd_synth,
    "tag": cmd_tag,
    "summarize": cmd_summarize,
    "status": cmd_status,
    "train": cmd_train,
    "eval": cmd_eval,
}


def run_cli(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> ExitCode:
    """Parse arguments, run one command and map errors to exit codes (in-process, for tests)."""
    out = out or sys.stdout
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help exits 0, bad usage exits 2
        return ExitCode.ok if exc.code in (0, None) else ExitCode.bad_args
    log_dir = None
    if args.command in ("run", "summarize"):
        log_dir = _settings(args).log_dir
    configure_logging(log_dir, verbose=args.verbose)
    try:
        return COMMANDS[args.command](args, out)
    except VaEvidenceError as exc:
        print(f"va-evidence: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("va-evidence: interrupted", file=sys.stderr)
        return ExitCode.ctrl_c
    except Exception as exc:  # noqa: BLE001 - the last line of defence at the process edge
        # The message of an unexpected error may quote document text: log where, not what.
        where = "".join(traceback.format_tb(exc.__traceback__))
        log.error("internal error %s\n%s", type(exc).__name__, where, extra={"file_only": True})
        print(
            f"va-evidence: internal error ({type(exc).__name__}); the log file has the traceback",
            file=sys.stderr,
        )
        return ExitCode.other_error


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    sys.exit(int(run_cli(argv)))
