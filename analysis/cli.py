"""Command line: ``python -m analysis analyze SOURCE TARGET [--json]`` and
``python -m analysis batch IN.jsonl --output OUT.jsonl [--workers N] [--resume] [--dask ADDR]``.

Bad input never shows a traceback: exit code 2 and one Portuguese line on stderr. In a batch a
bad line is reported in its own output line (``"error"``) and the batch goes on.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from analysis.contract import levels_contract, to_contract
from analysis.types import AnalysisResult, AnalysisSettings, InputError

if TYPE_CHECKING:
    from analysis.ingest.limits import IngestLimits

EXIT_INPUT = 2


class _PtArgumentParser(argparse.ArgumentParser):
    """argparse with the CLI's error contract: exit 2 and one Portuguese line on stderr."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse hook
        if "the following arguments are required:" in message:
            missing = message.split(":", 1)[1].strip()
            text = f"faltam argumentos obrigatórios: {missing}"
        elif "invalid choice" in message or "unrecognized arguments" in message:
            text = f"argumento não reconhecido ({message})"
        else:
            text = f"argumentos inválidos ({message})"
        print(f"erro: {text}. Veja: {self.prog} --help", file=sys.stderr)
        raise SystemExit(EXIT_INPUT)


def _configured() -> bool:
    """Does anything configure this run: a ``.env`` file here or a ``NETEST_*`` variable?

    Why ask: reading the configuration means importing pydantic-settings (~0.5 s of CPU, a
    sixth of a cold start), and the CLI reads only the model and the size limits, whose
    defaults are the configuration's defaults (a test keeps them equal). So a run nothing
    configures takes the defaults directly, and any configuration is read as always.
    """
    return Path(".env").is_file() or any(k.upper().startswith("NETEST_") for k in os.environ)


def ingest_limits() -> IngestLimits:
    """The configured size limits (``services.input_limits``), or the defaults when nothing
    configures them."""
    if not _configured():
        # lazy: --help and input errors answer without loading the engine
        from analysis.ingest.limits import IngestLimits

        return IngestLimits()
    # lazy: the configuration is read only when something configures it (see _configured)
    from services.input_limits import ingest_limits as configured_limits

    return configured_limits()


def default_model() -> str:
    """``NETEST_MODEL`` as the configuration reads it, or its default when nothing configures it."""
    if not _configured():
        return DEFAULT_MODEL
    # lazy: the configuration is read only when something configures it (see _configured)
    from ops.settings import get_settings

    return get_settings().netest_model


#: The configuration's default model (``ops.settings.Settings.netest_model``; a test keeps them equal).
DEFAULT_MODEL = "e5"


def _read_input(arg: str, stdin_used: list[bool]) -> str:
    """A path, or ``-`` for standard input (only once). Files go through ingest.read_file."""
    # lazy: --help and input errors answer without loading the engine
    from analysis.ingest import read_file

    if arg == "-":
        if stdin_used[0]:
            raise InputError("Só um dos textos pode vir da entrada padrão (-).", "stdin_twice")
        stdin_used[0] = True
        data = sys.stdin.buffer.read()
        return read_file("stdin.txt", data, ingest_limits())
    path = Path(arg)
    if not path.is_file():
        raise InputError(f"Arquivo não encontrado: {arg}", "file_not_found")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Não foi possível ler o arquivo {arg}: {exc.strerror}", "unreadable") from exc
    return read_file(path.name, data, ingest_limits())


def _settings(args: argparse.Namespace, presegmented: bool = False) -> AnalysisSettings:
    model = args.model or default_model()
    kw: dict[str, Any] = {"model": model, "presegmented": presegmented,
                          "min_confidence": args.min_confidence}
    return AnalysisSettings(**kw)


def _print_human(result: AnalysisResult, out: TextIO) -> None:
    m = result.model
    print(f"Modelo: {m.name}" + (" (substituto lexical)" if m.fallback else ""), file=out)
    for n in result.notices:
        print(f"Aviso: {n}", file=out)
    src, tgt = result.source, result.target
    print(f"\nFonte: {len(src.sentences)} frases; simplificado: {len(tgt.sentences)} frases.", file=out)
    print("\nAlinhamento:", file=out)
    for g in result.alignments:
        print(f"  [{g.kind:7}] {','.join(g.source) or '—':>10} → {','.join(g.target) or '—':<10}"
              f" {g.score:.2f}", file=out)
    print(f"\nEstratégias ({len(result.strategies)}):", file=out)
    for d in result.strategies:
        print(f"  {d.code:5} {d.confidence:.2f}  {d.explanation}", file=out)
    ms, mt = result.metrics.get("source", {}), result.metrics.get("target", {})
    if ms and mt:
        print(f"\nFlesch-PT: {ms.get('flesch_pt', 0):.1f} → {mt.get('flesch_pt', 0):.1f}", file=out)
    print(f"Tempo: {result.timings.get('total', 0):.2f} s", file=out)


def cmd_analyze(args: argparse.Namespace) -> int:
    # lazy: --help and input errors answer without loading the engine
    from analysis.pipeline import analyze

    stdin_used = [False]
    source = _read_input(args.source, stdin_used)
    target = _read_input(args.target, stdin_used)
    settings = _settings(args, args.presegmented)
    if args.more:
        return _analyze_levels([source, target] + [_read_input(m, stdin_used) for m in args.more],
                               partial(analyze, settings=settings), args)
    result = analyze(source, target, settings)
    if args.json:
        json.dump(to_contract(result), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_human(result, sys.stdout)
    return 0


def _analyze_levels(texts: list[str], run: Any, args: argparse.Namespace) -> int:
    """Three or more versions: each neighbouring pair analysed, plus the sentence chain."""
    # lazy: --help and input errors answer without loading the engine
    from analysis.levels import analyze_levels

    names = [Path(p).stem if p != "-" else "stdin" for p in [args.source, args.target, *args.more]]
    res = analyze_levels(texts, run, names)
    if args.json:
        json.dump(levels_contract(res), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for k, step in enumerate(res.steps):
        print(f"=== {res.names[k]} → {res.names[k + 1]} ===")
        _print_human(step, sys.stdout)
        print()
    print("Cadeia (cada frase do original em cada nível):")
    for row in res.chain:
        parts = [f"{','.join(c.sentences) or '—'} [{c.kind}] {' '.join(c.strategies)}".rstrip()
                 for c in row.steps]
        print(f"  {row.sentence:>4} → " + " → ".join(parts))
    return 0


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def cmd_batch(args: argparse.Namespace) -> int:
    """Compose the batch (analysis.batch) from the command line; the machinery lives there."""
    # lazy: --help, input errors and ``analyze`` answer without loading the batch machinery
    from analysis.batch import BatchConfig, BatchError, run_batch
    from analysis.batch.output import Progress, duration_pt, rate_pt

    if args.workers is not None and args.workers < 1:
        raise InputError("--workers precisa ser 1 ou mais.", "bad_workers")
    config = BatchConfig(model=_settings(args).model, min_confidence=args.min_confidence)
    progress = Progress(0, sys.stderr, enabled=not args.quiet)
    workers = args.workers or _default_workers()
    try:
        summary = run_batch(args.input, args.output,
                            lambda pairs: _executor(args.dask, workers, config, progress, pairs),
                            resume=args.resume, progress=progress)
    except BatchError as exc:
        print(f"erro: {exc.message}", file=sys.stderr)
        return 1
    if not args.quiet:
        rate = summary.done / summary.seconds if summary.seconds else 0.0
        print(f"Concluído: {summary.done} pares em {duration_pt(summary.seconds)} "
              f"({rate_pt(rate)} pares/s; {summary.errors} com erro; "
              f"{summary.executor})"
              + (f"; {summary.skipped} já estavam no arquivo." if summary.skipped else "."),
              file=sys.stderr)
    return 0


def _executor(dask: str | None, workers: int, config: Any, progress: Any, pairs: int) -> Any:
    if dask:
        # lazy: --help and input errors answer without loading the engine
        from analysis.batch.dask_backend import DaskBackend

        return DaskBackend(dask, config, local_workers=workers, note=progress.note, pairs=pairs)
    # lazy: --help and input errors answer without loading the engine
    from analysis.batch.pool import InProcess, LocalPool

    workers = min(workers, max(pairs, 1))
    if workers == 1:
        return InProcess(config)
    return LocalPool(workers, config, note=progress.note)


def build_parser() -> argparse.ArgumentParser:
    p = _PtArgumentParser(prog="python -m analysis",
                          description="NET-EST: alinha um texto e sua versão simplificada e detecta estratégias.")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analisa um par de textos (caminhos ou - para stdin)")
    a.add_argument("source")
    a.add_argument("target")
    a.add_argument("more", nargs="*", metavar="NIVEL",
                   help="outras versões mais simples (original → natural → forte ...): análise por níveis")
    a.add_argument("--json", action="store_true", help="saída JSON (contrato estável)")
    a.add_argument("--presegmented", action="store_true", help="uma frase por linha; linha em branco separa parágrafos")
    b = sub.add_parser("batch", help="analisa um arquivo JSONL de pares")
    b.add_argument("input")
    b.add_argument("--output", "-o", required=True)
    b.add_argument("--quiet", "-q", action="store_true", help="sem barra de progresso")
    b.add_argument("--workers", "-w", type=int, default=None, metavar="N",
                   help="processos de análise (padrão: um por núcleo; 1 = no próprio processo)")
    b.add_argument("--resume", action="store_true",
                   help="retoma: pula os pares já completos no arquivo de saída e acrescenta os demais")
    b.add_argument("--dask", default=None, metavar="ENDEREÇO",
                   help="envia os pares a um cluster Dask (tcp://host:8786; 'local' = LocalCluster "
                        "de --workers processos)")
    for sp in (a, b):
        sp.add_argument("--model", default=None, help="e5, e5-enpt, hf:<id-ou-caminho>, lexical")
        sp.add_argument("--min-confidence", type=float, default=0.0)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return cmd_analyze(args)
        return cmd_batch(args)
    except InputError as exc:
        print(f"erro: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        hint = " As linhas já escritas ficam no arquivo; continue com --resume." \
            if args.command == "batch" and args.output != "-" else ""
        print(f"interrompido.{hint}", file=sys.stderr)
        return 130
