"""Rewrite notebooks in the form JupyterLab saves, without outputs (kornews.notebook.lab_form):
``make tidy``, or ``.venv/bin/python scripts/tidy-notebooks.py notebooks/*.ipynb``."""

import sys
from pathlib import Path

from kornews.notebook import lab_form


def main(paths: list[str]) -> int:
    for path in map(Path, paths):
        text = path.read_text(encoding="utf-8")
        if (tidy := lab_form(text)) != text:
            path.write_text(tidy, encoding="utf-8")
            print(f"tidied {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
