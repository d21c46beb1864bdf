"""What `pip install kornews` gives: the declared dependencies cover every import of the library,
the version is written once, and the package installed alone into a fresh virtualenv parses the
seed from the command line (the slow lane: `make test-all`)."""

import ast
import importlib.metadata as metadata
import json
import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import kornews
from kornews.cli import main
from wheelhouse import build_kornews, closure, repack

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(kornews.__file__).parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
CORE = PROJECT["dependencies"]
EXTRAS = PROJECT["optional-dependencies"]
# The modules that run the notebooks and make their PDFs: their imports may be the extra's.
WORKBOOK_MODULES = {"export", "workbook"}


def _names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements}


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(top-level module, imported when the module loads) for each absolute import in ``path``,
    and each ``engine="..."`` that names a module pandas imports for the library (openpyxl)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    at_load = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name.split(".")[0], id(node) in at_load) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != "__future__":
            found.append((node.module.split(".")[0], id(node) in at_load))
        elif (
            isinstance(node, ast.keyword)
            and node.arg == "engine"
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found.append((node.value.value, False))
    return found


def _third_party() -> list[tuple[str, str, str, bool]]:
    """(library module, imported module, its distribution, at load) for every import that is
    neither the standard library nor kornews."""
    distributions = metadata.packages_distributions()
    rows = []
    for path in sorted(PACKAGE.rglob("*.py")):  # the subpackages' modules too
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for name, at_load in _imports(path):
            if name in sys.stdlib_module_names or name == "kornews":
                continue
            (distribution,) = distributions[name]
            rows.append((module, name, canonicalize_name(distribution), at_load))
    return rows


def test_the_scan_sees_lazy_and_module_level_imports():
    found = {(name, at_load) for _, name, _, at_load in _third_party()}
    assert ("pandas", True) in found  # article.py, at the top
    assert ("kiwipiepy", False) in found  # tokens/kiwi.py, inside get_kiwi
    assert ("weasyprint", False) in found  # export.py, inside a function
    assert ("openpyxl", False) in found  # bigkinds.py: pandas reads the export with it
    assert ("pyarrow", True) in found  # store/schema.py, a subpackage's module
    assert ("distributed", False) in found  # cli/store.py, only for --workers


def test_every_import_of_the_library_is_a_declared_dependency():
    declared = _names(CORE).union(*(_names(extra) for extra in EXTRAS.values()))
    missing = {(module, name) for module, name, dist, _ in _third_party() if dist not in declared}
    assert not missing, f"declare these in pyproject.toml: {sorted(missing)}"


def test_what_the_library_imports_as_it_loads_is_a_core_dependency():
    """`pip install kornews` (no extra) must import kornews and run the command line."""
    core = _names(CORE)
    missing = {
        (module, name)
        for module, name, dist, at_load in _third_party()
        if at_load and module not in WORKBOOK_MODULES and dist not in core
    }
    assert not missing, f"these load with the library: {sorted(missing)}"


def test_every_declared_dependency_is_pinned():
    wanted = _names(CORE).union(*(_names(extra) for extra in EXTRAS.values()))
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pinned = {canonicalize_name(line.split("==")[0]) for line in lines if "==" in line}
    assert wanted <= pinned, f"pin in requirements.txt: {sorted(wanted - pinned)}"


def test_the_version_is_written_once():
    assert "version" in PROJECT["dynamic"] and "version" not in PROJECT
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    assert setuptools["setuptools"]["dynamic"]["version"] == {"attr": "kornews.__version__"}
    assert Requirement(f"kornews=={kornews.__version__}")  # a version pip can read


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory):
    """kornews and its core dependencies, from wheels only, in a virtualenv of its own."""
    wheels = tmp_path_factory.mktemp("wheelhouse")
    build_kornews(ROOT, wheels)
    for distribution in closure(CORE):
        repack(distribution, wheels)
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--no-index", "--find-links", str(wheels), "kornews"], check=True)
    return home


def _run(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    # Nothing of this checkout or the shared virtualenv may leak in.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{home / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=True)


def _kornews(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The fresh install's own ``kornews`` command, not one found first on PATH."""
    return _run(home, str(home / "bin" / "kornews"), *args, cwd=cwd)


@pytest.mark.slow
def test_a_fresh_install_parses_the_seed(fresh_install, seed_path, tmp_path, capsys):
    home = fresh_install
    where = _run(home, "python", "-c", "import kornews; print(kornews.__file__)", cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(home)
    version = _kornews(home, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"kornews {kornews.__version__}"
    parsed = _kornews(home, "parse", str(seed_path), "--format", "json", cwd=tmp_path)
    article = json.loads(parsed.stdout)
    assert article["outlet"] == "디지털데일리"
    assert main(["parse", str(seed_path), "--format", "json"]) == 0
    assert article == json.loads(capsys.readouterr().out)  # as this checkout parses it


@pytest.mark.slow
def test_a_fresh_install_tokenizes_with_kiwis_model(fresh_install, seed_path, tmp_path):
    terms = _kornews(fresh_install, "terms", str(seed_path), "--format", "csv", cwd=tmp_path)
    assert "제로페이" in terms.stdout


def test_the_library_names_no_file_of_this_checkout():
    """Defaults such as the seed live at the edge (the Makefile), not in the library."""
    named = [
        (path.name, node.value)
        for path in sorted(PACKAGE.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if re.search(r"seeds/\w", node.value)
    ]
    assert not named
