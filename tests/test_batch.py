"""`seeingeye batch` on the local engine: inputs, rows, error rows, atomic parts, resume, trajectories."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from batch_util import Trajectory, make_corpus, rows_by_id

from seeingeye.batch.engines import LocalEngine
from seeingeye.batch.inputs import iter_inputs
from seeingeye.batch.rows import SCHEMA, Reader, settings_key
from seeingeye.batch.run import BatchOptions, reader_factory, run_batch
from seeingeye.batch.writer import done_keys
from seeingeye.config import Settings
from seeingeye.server.intake import URLPolicy
from seeingeye.sir import SIR

SETTINGS = Settings(reasoner="programs")


class Stop(Exception):
    pass


@pytest.fixture(scope="module")
def engine() -> Iterator[LocalEngine]:
    """One worker process for the module (models load once); it writes trajectories when asked."""
    pool = LocalEngine(reader_factory(SETTINGS, True))
    yield pool
    pool.close()


def test_inputs_folder_glob_and_manifests(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.png", "a/b/y.JPG", "a/notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert [i.id for i in iter_inputs(str(tmp_path / "a"))] == ["b/y.JPG", "x.png"]
    assert [Path(i.ref).name for i in iter_inputs(str(tmp_path / "a" / "**" / "*.png"))] == ["x.png"]
    with (tmp_path / "m.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "question", "options"])
        w.writerow(["a/x.png", "Which?", json.dumps(["one", "two"])])
        w.writerow(["a/x.png", "", "not json"])
    first, second = iter_inputs(str(tmp_path / "m.csv"))
    assert first.ref == str(tmp_path / "a" / "x.png") and first.options == ["one", "two"] and first.question == "Which?"
    assert second.error and "options" in second.error
    pq.write_table(pa.table({"url": ["https://example.com/i.png"], "id": ["u1"]}), tmp_path / "m.parquet")
    (item,) = iter_inputs(str(tmp_path / "m.parquet"))
    assert (item.id, item.ref) == ("u1", "https://example.com/i.png")


def test_rows_errors_and_readers(tmp_path: Path, engine: LocalEngine) -> None:
    manifest, n = make_corpus(tmp_path / "data", n=4, questions=1)
    out = tmp_path / "out"
    stats = run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(out, rows_per_part=3))
    rows = rows_by_id(out)
    assert stats.processed == len(rows) == n and stats.parts == -(-n // 3)
    assert rows["corrupt"]["error"].startswith(("UnsupportedImageError", "ImageError"))
    assert "file not found" in rows["missing"]["error"] and rows["missing"]["sha256"] is None
    assert next(r for i, r in rows.items() if i.startswith("line"))["error"].startswith("InputError: invalid JSON")
    good = rows["img000"]
    assert good["error"] is None and good["answer"] is None and good["kind"]
    assert good["reading"] == SIR.model_validate_json(good["sir"]).render_text()
    asked = rows["q0"]
    assert asked["answer"] and asked["confidence"] is not None and asked["sha256"] == good["sha256"]
    # The same dataset as pandas and DuckDB see it.
    import duckdb
    import pandas as pd

    frame = pd.read_parquet(out)
    assert len(frame) == n and set(frame.columns) == set(SCHEMA.names)
    con = duckdb.connect()
    count = con.execute(f"select count(*) from read_parquet('{out}/part-*.parquet') where error is null").fetchone()
    assert count == (n - 3,)


def test_interrupted_run_resumes_with_only_the_rest(tmp_path: Path, engine: LocalEngine) -> None:
    manifest, n = make_corpus(tmp_path / "data", n=5, questions=0)
    out = tmp_path / "out"

    def stop_after_four(stats: object) -> None:
        if stats.processed >= 4:  # type: ignore[attr-defined]
            raise Stop

    with pytest.raises(Stop):
        run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(out, rows_per_part=2), stop_after_four)
    assert len(rows_by_id(out)) == 4  # rows finished before the interruption are committed, whole
    (out / ".part-stale.parquet.tmp").write_bytes(b"half a part")  # what a kill mid-write leaves
    traj = tmp_path / "adp.jsonl"
    stats = run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(out, trajectories=traj))
    assert (stats.skipped, stats.processed) == (4, n - 4)
    assert len(rows_by_id(out)) == n and not list(out.glob(".*.tmp"))
    again = run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(out))
    assert (again.skipped, again.processed) == (n, 0)
    assert done_keys(out) == {r["key"] for r in rows_by_id(out).values()}
    # A setting that changes output is another key (the rows are redone); threads and transport are not.
    assert settings_key(SETTINGS.model_copy(update={"max_rounds": 3})) != settings_key(SETTINGS)
    assert settings_key(SETTINGS.model_copy(update={"n_threads": 7, "api_key": "k"})) == settings_key(SETTINGS)
    lines = traj.read_text().splitlines()
    assert len(lines) == n - 3  # one per successful reading (error rows have no trajectory)


def test_trajectories_have_the_adp_shape(tmp_path: Path, engine: LocalEngine) -> None:
    manifest, _ = make_corpus(tmp_path / "data", n=3, questions=2)
    traj = tmp_path / "adp.jsonl"
    run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(tmp_path / "out", trajectories=traj))
    found = [Trajectory.model_validate_json(line) for line in traj.read_text().splitlines()]
    assert {t.id for t in found} == {"img000", "img001", "img002", "q0", "q1"}
    for t in found:
        assert t.content[0].class_ == "image_observation" and t.content[-1].class_ == "message_action"
        assert any(c.class_ == "api_action" for c in t.content)
    asked = next(t for t in found if t.id == "q0")
    rows = rows_by_id(tmp_path / "out")
    assert asked.content[-1].content == rows["q0"]["answer"]
    with pytest.raises(ValueError):  # the validator does reject a broken link
        bad = json.loads(traj.read_text().splitlines()[0])
        bad["content"][3]["tool_call_id"] = "elsewhere"
        Trajectory.model_validate(bad)


def test_url_inputs_follow_the_server_policy(tmp_path: Path, engine: LocalEngine) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "u", "url": "http://127.0.0.1:9/x.png"}) + "\n")
    for policy, expect in ((URLPolicy(), "URL inputs are off"), (URLPolicy(enabled=True), "URLNotAllowed")):
        out = tmp_path / expect.replace(" ", "_")
        run_batch(iter_inputs(str(manifest)), SETTINGS, engine, BatchOptions(out, url_policy=policy))
        assert expect in rows_by_id(out)["u"]["error"]


class CrashOnce:
    """A worker that dies (as a segfault would) the first time it meets img001."""

    def __init__(self, marker: str) -> None:
        self.marker = Path(marker)
        self.reader = Reader(SETTINGS.model_dump_json())

    def process(self, task: object) -> object:
        if task.id == "img001" and not self.marker.exists():  # type: ignore[attr-defined]
            self.marker.write_text("crashed")
            os._exit(9)
        return self.reader.process(task)  # type: ignore[arg-type]


def test_local_worker_death_is_retried(tmp_path: Path) -> None:
    manifest, n = make_corpus(tmp_path / "data", n=3, questions=0)
    out = tmp_path / "out"
    crashing = LocalEngine(partial(CrashOnce, str(tmp_path / "crashed")))
    try:
        stats = run_batch(iter_inputs(str(manifest)), SETTINGS, crashing, BatchOptions(out))
    finally:
        crashing.close()
    assert (tmp_path / "crashed").exists()
    rows = rows_by_id(out)
    assert stats.processed == len(rows) == n and rows["img001"]["error"] is None


def test_default_path_never_imports_ray(tmp_path: Path) -> None:
    manifest, _ = make_corpus(tmp_path / "data", n=1, questions=0)
    code = (
        "import sys; from seeingeye.cli import main; sys.argv = ['seeingeye', 'batch', sys.argv[1], '--out', "
        "sys.argv[2]]\ntry:\n    main()\nexcept SystemExit:\n    pass\nassert 'ray' not in sys.modules, 'ray imported'"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.run([sys.executable, "-c", code, str(manifest), str(tmp_path / "out")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "rows written" in proc.stdout


class Double:
    def process(self, task: int) -> int:
        return 2 * task


def test_a_pool_broken_while_the_caller_holds_a_result_is_replaced() -> None:
    """The worker dies between two results: the next submit meets a broken pool, and nothing is lost."""
    import signal
    import time

    engine = LocalEngine(Double)
    try:
        results = engine.map(range(6))
        first = next(results)
        pool = engine._executor
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not pool._broken and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.05)
        assert pool._broken  # type: ignore[attr-defined]
        rest = list(results)
    finally:
        engine.close()
    assert sorted([first, *rest]) == [(t, 2 * t) for t in range(6)]
