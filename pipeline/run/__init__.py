"""Running the checks: the one home of execution.

`check_catalogs` (runner.py) takes the catalogs named, groups them by document (documents.py:
a document's catalogs in all languages are checked together, so that the six-version checks
see them whole), serves what the cache holds (cache.py), and hands the rest to one strategy
(strategies.py: in this process, or in a pool of forked processes; cluster.py: on a Dask
cluster). Every strategy checks a document the same way, with a DocumentChecker
(document_check.py), and gives back a CheckResult (pipeline/model.py); the parts are absorbed
in the order the documents were given, and the run-wide checks run last, on the merged index.

Nothing here is imported by the checks, the report or the readers: the arrows point into this
package, from the command line only (docs/architecture.md).
"""

from pipeline.run.document_check import check_catalog, terminology_for
from pipeline.run.documents import catalog_paths
from pipeline.run.runner import check_catalogs
from pipeline.run.settings import CheckSettings

__all__ = ["CheckSettings", "catalog_paths", "check_catalog", "check_catalogs", "terminology_for"]
