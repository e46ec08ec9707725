"""`seeingeye batch INPUT --out OUT`: read a corpus into a Parquet dataset, locally or on Ray."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

err = Console(stderr=True)


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.2f} img/s" if task.speed else "-- img/s", style="progress.data.speed")


def batch(
    input_spec: Annotated[str, typer.Argument(metavar="INPUT", help="folder, glob, or .jsonl/.csv/.parquet manifest")],
    out: Annotated[Path, typer.Option(help="output folder: a Parquet dataset (part-*.parquet)")],
    ray: Annotated[
        str | None, typer.Option("--ray", help="run on Ray: auto (this machine's cluster) or host:port")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="worker processes / Ray actors (default: 1 locally; CPUs - 1 on Ray)")
    ] = None,
    rows_per_part: Annotated[int, typer.Option(help="rows per committed Parquet part")] = 256,
    flush_seconds: Annotated[float, typer.Option(help="commit a part at least this often")] = 60.0,
    trajectories: Annotated[
        Path | None, typer.Option(help="also write each item's rounds, tool calls and observations (ADP JSONL)")
    ] = None,
    allow_urls: Annotated[
        bool, typer.Option(help="fetch http(s) image URLs in a manifest (public hosts only)")
    ] = False,
    url_allow_host: Annotated[
        list[str] | None, typer.Option(help="host URLs may come from (repeat; *.example.com)")
    ] = None,
    reasoner: Annotated[str | None, typer.Option(help="embedded | openai | programs (rows with questions)")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server for the reasoner")] = None,
    model: Annotated[str | None, typer.Option(help="model name on that server")] = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml to read")] = None,
) -> None:
    """Read every image of INPUT (and answer its questions) into a resumable Parquet dataset."""
    from ..cli.common import fail
    from ..config import load_settings
    from ..errors import SeeingEyeError
    from ..server.intake import URLPolicy
    from .engines import Engine, LocalEngine
    from .inputs import iter_inputs
    from .run import BatchOptions, reader_factory

    try:
        settings = load_settings(config, reasoner=reasoner, base_url=base_url, model=model)
        total = sum(1 for _ in iter_inputs(input_spec))  # a listing pass, for the ETA
        policy = URLPolicy(enabled=allow_urls, allowed_hosts=url_allow_host or [], max_bytes=settings.max_file_bytes)
        options = BatchOptions(out, policy, rows_per_part, flush_seconds, trajectories)
        factory = reader_factory(settings, trajectories is not None)
        engine: Engine
        if ray is not None:
            from .ray_engine import RayEngine

            engine = RayEngine(factory, ray, workers)
        else:
            engine = LocalEngine(factory, workers or 1)
        try:
            where = "local" if ray is None else f"ray {ray}"
            stats = _run_with_bar(input_spec, total, settings, engine, options, where)
        finally:
            engine.close()
    except KeyboardInterrupt:
        fail(f"interrupted; finished rows are committed in {out}: run the same command again to resume", 130)
        return
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    except OSError as exc:
        fail(f"{exc.filename or out}: {exc.strerror}")
        return
    extra = f"; {stats.trajectories} trajectories in {trajectories}" if trajectories else ""
    typer.echo(
        f"{stats.processed} rows written ({stats.errors} errors), {stats.skipped} already done, "
        f"{stats.parts} parts in {out}{extra}"
    )


def _run_with_bar(input_spec: str, total: int, settings: Any, engine: Any, options: Any, where: str) -> Any:
    from .inputs import iter_inputs
    from .run import BatchStats, run_batch

    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), RateColumn(),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal) as bar:
        task = bar.add_task(f"batch ({where}, {engine.workers} workers)", total=total)

        def show(s: BatchStats) -> None:
            bar.update(task, completed=s.processed + s.skipped)

        return run_batch(iter_inputs(input_spec), settings, engine, options, show)
