"""Command-line interface: one module per command, all registered on :data:`kg.cli.app.app`.

Errors from the library (:class:`kg.errors.KGError`) are printed as one line on
stderr with exit status 1; no traceback reaches a user.
"""

from __future__ import annotations

import sys

from kg.cli.app import app
from kg.errors import KGError

# Importing a command module registers its command.
from kg.cli import eval as _eval  # noqa: F401,E402
from kg.cli import extract as _extract  # noqa: F401,E402
from kg.cli import build as _build  # noqa: F401,E402
from kg.cli import query as _query  # noqa: F401,E402
from kg.cli import export as _export  # noqa: F401,E402
from kg.cli import viz as _viz  # noqa: F401,E402
from kg.cli import report as _report  # noqa: F401,E402
from kg.cli import serve as _serve  # noqa: F401,E402
from kg.cli import remove as _remove  # noqa: F401,E402
from kg.cli import stats as _stats  # noqa: F401,E402
from kg.cli import validate as _validate  # noqa: F401,E402
from kg.cli import resolve as _resolve  # noqa: F401,E402
from kg.cli import devset as _devset  # noqa: F401,E402
from kg.cli import compact as _compact  # noqa: F401,E402

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kg`` console script."""
    try:
        app(args=argv, prog_name="kg", standalone_mode=True)
    except KGError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0
