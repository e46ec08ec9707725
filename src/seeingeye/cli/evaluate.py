"""Commands that measure: eval (run systems side by side on a data set) and report (re-render a run's report)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..config import load_settings
from ..errors import SeeingEyeError, file_error
from ..extras import require
from .common import err, fail

if TYPE_CHECKING:
    from ..config import Settings
    from ..eval.datasets import EvalItem


def eval_(
    dataset: Annotated[str, typer.Argument(help="manifest.jsonl, VLMEvalKit .tsv, MMMU .parquet, or easy-vqa:test")],
    systems: Annotated[str, typer.Option(help="comma-separated: seeingeye, one-round, ocr-dump, direct-vlm")] = (
        "seeingeye,ocr-dump"
    ),
    limit: Annotated[int | None, typer.Option(help="first N items only")] = None,
    category: Annotated[
        str | None, typer.Option(help="comma-separated: only items of these categories (e.g. terminal,docs)")
    ] = None,
    concurrency: Annotated[int, typer.Option(help="worker processes (models load once per worker)")] = 1,
    ray: Annotated[str | None, typer.Option("--ray", help="run on Ray: auto or host:port (as in batch)")] = None,
    workers: Annotated[int | None, typer.Option(help="Ray actors (default: cluster CPUs - 1)")] = None,
    out: Annotated[Path, typer.Option(help="output directory")] = Path("runs/latest"),
    resume: Annotated[bool, typer.Option(help="continue a run in --out; nothing lost, nothing repeated")] = False,
    prices: Annotated[Path | None, typer.Option(help='JSON {"reasoner": {"input_per_mtok": 0.1, ...}, ...}')] = None,
    reasoner: Annotated[str | None, typer.Option(help="embedded | openai | programs")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server (reasoner and judge)")] = None,
    model: Annotated[str | None, typer.Option(help="model name on that server")] = None,
    vlm_base_url: Annotated[str | None, typer.Option(help="vision model server (direct-vlm, --translator vlm)")] = None,
    vlm_model: Annotated[str | None, typer.Option(help="vision model name")] = None,
    data_root: Annotated[
        Path | None, typer.Option(help="manifest image paths must lie under this folder (default: the manifest's)")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml")] = None,
) -> None:
    """Evaluate systems side by side on a data set; writes predictions.jsonl, summary.json, report.md/html."""
    from ..batch.evalwork import ray_rows

    try:
        require("eval", "matplotlib", "seeingeye eval (its report plots)")
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    from ..eval.datasets import load_dataset
    from ..eval.report import write_report
    from ..eval.summaryfiles import load_prices
    from ..eval.systems import describe_system

    names = [s.strip() for s in systems.split(",") if s.strip()]
    try:
        settings = load_settings(
            config, reasoner=reasoner, base_url=base_url, model=model, vlm_base_url=vlm_base_url, vlm_model=vlm_model
        )
        price_table = load_prices(prices) if prices else {}
        wanted = {c.strip() for c in category.split(",") if c.strip()} if category else None
        items = load_dataset(dataset, limit, data_root=data_root, categories=wanted)
        mia = [i for i in items if i.answer_type == "mia"]
        if mia and not (settings.base_url and settings.model):
            err.print(f"note: skipping {len(mia)} MIA-Bench items: no judge configured (--base-url, --model)")
            items = [i for i in items if i.answer_type != "mia"]
        if "direct-vlm" in names and not (settings.vlm_model or settings.model):
            err.print("note: skipping direct-vlm: no vision model configured (--vlm-base-url, --vlm-model)")
            names.remove("direct-vlm")
        notes = {n: describe_system(n, settings) for n in names}
        engine = ray_rows(settings, names, ray, workers) if ray is not None else None
        _run_with_progress(f"eval {dataset}", items, names, out, settings, concurrency, resume, engine)
        summaries = write_report(out, price_table, notes=notes)
    except SeeingEyeError as exc:
        fail(str(exc))
        return
    except OSError as exc:
        fail(str(file_error(exc, exc.filename or dataset)))
        return
    _print_summaries(summaries)
    typer.echo(f"report: {out / 'report.md'}  {out / 'report.html'}")


def _run_with_progress(
    label: str,
    items: list[EvalItem],
    names: list[str],
    out: Path,
    settings: Settings,
    concurrency: int,
    resume: bool,
    engine: Callable[[list[tuple[EvalItem, str]]], Iterable[dict[str, Any]]] | None,
) -> None:
    """run_eval behind a progress bar on stderr (none when stderr is not a terminal)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    from ..eval.runner import run_eval

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=len(items) * len(names))
        run_eval(
            items,
            names,
            out,
            settings,
            concurrency=concurrency,
            resume=resume,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            engine=engine,
        )


def _print_summaries(summaries: dict[str, dict[str, Any]]) -> None:
    for name, m in summaries.items():
        recall = "n/a" if m["evidence_recall"] is None else f"{m['evidence_recall']:.3f}"
        typer.echo(
            f"{name}: accuracy {m['accuracy']:.3f} [{m['accuracy_ci95'][0]:.3f}, {m['accuracy_ci95'][1]:.3f}] "
            f"n={m['n']} p50 {m['latency_p50_s']:.2f}s p95 {m['latency_p95_s']:.2f}s evidence recall {recall}"
        )


def report(
    run_dir: Annotated[Path, typer.Argument(help="an eval output directory")],
    compare: Annotated[Path | None, typer.Option(help="another run directory to compare against")] = None,
    prices: Annotated[Path | None, typer.Option(help="prices JSON for cost per correct answer")] = None,
) -> None:
    """Re-render report.md/report.html for a run, optionally comparing with another run."""
    try:
        require("eval", "matplotlib", "seeingeye report (its plots)")
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    from ..eval.report import write_report
    from ..eval.summaryfiles import load_prices, load_summary

    if not (run_dir / "predictions.jsonl").exists():
        fail(f"no predictions.jsonl in {run_dir}")
    if compare is not None and not (compare / "summary.json").exists():
        fail(f"no summary.json in {compare}")
    try:
        price_table = load_prices(prices) if prices else {}
        try:  # the run's own notes; its summary.json is rewritten below, so a damaged one is no obstacle
            notes = load_summary(run_dir).notes
        except SeeingEyeError:
            notes = {}
        write_report(run_dir, price_table, compare, notes=notes)
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    except OSError as exc:
        fail(f"cannot write the report in {run_dir}: {exc.strerror or type(exc).__name__}")
    typer.echo(f"report: {run_dir / 'report.md'}  {run_dir / 'report.html'}")
