"""Read → date → geotag → store, in batches, with a report of what happened to every input.

Each batch is saved in one transaction, so a failure part-way leaves everything saved before it.
A bad file or record is skipped with its reason; a geotagger error on one article stores that
article without places (and says so) rather than losing it. Once an export has been read whole
with no problem, what it no longer holds (an edited record's old text, a deleted record) is
forgotten; a file with any problem keeps everything stored from it.

The parts, one idea each: :mod:`~dashboard.pipeline.run` (the run and its batches),
:mod:`~dashboard.pipeline.report` (what the run tells its user),
:mod:`~dashboard.pipeline.reconcile` (exports re-read whole: what they no longer hold is
forgotten) and :mod:`~dashboard.pipeline.geotaggers` (which geotagger a run uses).
"""

from dashboard.pipeline.geotaggers import (
    Geotagger,
    default_geotagger,
    no_geotagger,
    resolve_geotagger,
)
from dashboard.pipeline.report import IngestReport, display_path
from dashboard.pipeline.run import (
    UPLOAD_PREFIX,
    ingest_items,
    ingest_paths,
    ingest_upload,
    upload_key,
)

__all__ = [
    "UPLOAD_PREFIX",
    "Geotagger",
    "IngestReport",
    "default_geotagger",
    "display_path",
    "ingest_items",
    "ingest_paths",
    "ingest_upload",
    "no_geotagger",
    "resolve_geotagger",
    "upload_key",
]
