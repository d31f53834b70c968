"""Command line: ``python -m analysis analyze SOURCE TARGET [--json]`` and
``python -m analysis batch IN.jsonl --output OUT.jsonl``.

Bad input never shows a traceback: exit code 2 and one Portuguese line on stderr. In a batch a
bad line is reported in its own output line (``"error"``) and the batch goes on.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from analysis.contract import to_contract
from analysis.types import AnalysisResult, AnalysisSettings, InputError

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


def _read_input(arg: str, stdin_used: list[bool]) -> str:
    """A path, or ``-`` for standard input (only once). Files go through ingest.read_file."""
    from analysis.ingest import read_file
    from services.input_limits import ingest_limits

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
    from ops.settings import get_settings

    model = args.model or get_settings().netest_model
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
    from analysis.pipeline import analyze

    stdin_used = [False]
    source = _read_input(args.source, stdin_used)
    target = _read_input(args.target, stdin_used)
    result = analyze(source, target, _settings(args, args.presegmented))
    if args.json:
        json.dump(to_contract(result), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_human(result, sys.stdout)
    return 0


def _progress(done: int, total: int, errors: int, started: float) -> None:
    width = 30
    frac = done / total if total else 1.0
    bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
    rate = done / max(time.perf_counter() - started, 1e-9)
    sys.stderr.write(f"\r[{bar}] {done}/{total} pares ({errors} com erro) {rate:.1f}/s")
    sys.stderr.flush()


def cmd_batch(args: argparse.Namespace) -> int:
    from analysis.pipeline import analyze, load_model

    in_path = Path(args.input)
    if not in_path.is_file():
        raise InputError(f"Arquivo não encontrado: {args.input}", "file_not_found")
    try:
        lines = in_path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError("O arquivo de entrada precisa estar em UTF-8 (JSON Lines).", "encoding") from exc
    lines = [ln for ln in lines if ln.strip()]
    encoder, info = load_model(args.model)
    out_cm = open(args.output, "w", encoding="utf-8") if args.output != "-" else None  # noqa: SIM115
    out = out_cm or sys.stdout
    errors = 0
    started = time.perf_counter()
    try:
        for n, line in enumerate(lines, 1):
            item_id: Any = n
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise InputError("Cada linha deve ser um objeto JSON.", "bad_line")
                item_id = item.get("id", n)
                src, tgt = item.get("source"), item.get("target")
                if not isinstance(src, str) or not isinstance(tgt, str):
                    raise InputError("A linha precisa dos campos de texto 'source' e 'target'.", "bad_line")
                settings = _settings(args, bool(item.get("presegmented", False)))
                result = analyze(src, tgt, settings, encoder=encoder, model_info=info)
                record = to_contract(result, item_id)
            except json.JSONDecodeError:
                errors += 1
                record = {"id": item_id, "error": f"Linha {n}: JSON inválido."}
            except InputError as exc:
                errors += 1
                record = {"id": item_id, "error": exc.message}
            except Exception as exc:  # noqa: BLE001 - one bad pair never stops a batch
                errors += 1
                record = {"id": item_id, "error": f"Erro inesperado ({type(exc).__name__})."}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            if not args.quiet:
                _progress(n, len(lines), errors, started)
    finally:
        if out_cm:
            out_cm.close()
    if not args.quiet:
        sys.stderr.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _PtArgumentParser(prog="python -m analysis",
                          description="NET-EST: alinha um texto e sua versão simplificada e detecta estratégias.")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analisa um par de textos (caminhos ou - para stdin)")
    a.add_argument("source")
    a.add_argument("target")
    a.add_argument("--json", action="store_true", help="saída JSON (contrato estável)")
    a.add_argument("--presegmented", action="store_true", help="uma frase por linha; linha em branco separa parágrafos")
    b = sub.add_parser("batch", help="analisa um arquivo JSONL de pares")
    b.add_argument("input")
    b.add_argument("--output", "-o", required=True)
    b.add_argument("--quiet", "-q", action="store_true", help="sem barra de progresso")
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
        print("interrompido.", file=sys.stderr)
        return 130
