"""Corpus-scale batch: one JSON Lines file of pairs → one output line per pair, in input order.

Why a package of its own: the CLI stays a thin composition root, and the same per-line work
(:mod:`analysis.batch.work`) runs unchanged in the CLI's own process (``--workers 1``), in local
worker processes (:mod:`analysis.batch.pool`) and on a Dask cluster
(:mod:`analysis.batch.dask_backend`), so results do not depend on where they were computed.

* :mod:`analysis.batch.inputs` reads the input (streamed) and, for ``--resume``, the output
  already written;
* :mod:`analysis.batch.output` writes whole lines in input order and draws the progress line;
* :mod:`analysis.batch.runner` ties them together (``run_batch``).

Like the rest of the engine this package imports neither ``ops`` nor ``db`` nor streamlit: the
CLI resolves the settings and passes them in (:class:`BatchConfig`).
"""
from analysis.batch.runner import BatchSummary, run_batch
from analysis.batch.work import BatchConfig, BatchError, Done, Task

__all__ = ["BatchConfig", "BatchError", "BatchSummary", "Done", "Task", "run_batch"]
