"""``python -m kornews.workbook``: see :mod:`kornews.workbook`."""

from .command import main

raise SystemExit(main())
