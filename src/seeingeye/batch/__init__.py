"""Batch reading of whole corpora into a resumable Parquet dataset, on a local process pool or on Ray.

`inputs` lists what to read, `rows` defines a row and produces it (worker side), `writer` commits
Parquet parts atomically, `engines`/`ray_engine` run the work, `run` drives it, `trajectories` exports
ADP trajectories, `cli` is `seeingeye batch`. Nothing here imports ray unless the Ray engine is used."""
