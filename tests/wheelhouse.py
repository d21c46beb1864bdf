"""A wheelhouse without the network: the distributions installed in this virtualenv, packed
back into wheels, and kornews's own wheel built from the working tree. For installing into a
fresh virtualenv in a test (tests/test_packaging.py)."""

import base64
import hashlib
import importlib.metadata as metadata
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import Tag, sys_tags
from packaging.utils import canonicalize_name

# Written by the installer, not part of a wheel.
INSTALLER_FILES = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}
SUPPORTED = set(sys_tags())


def closure(requirements: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need, theirs included, by name."""
    found: dict[str, metadata.Distribution] = {}
    todo = [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found[name] = metadata.distribution(requirement.name)
        for line in found[name].requires or []:
            needed = Requirement(line)
            extras = requirement.extras or {""}
            if not needed.marker or any(needed.marker.evaluate({"extra": e}) for e in extras):
                todo.append(needed)
    return [found[name] for name in sorted(found)]


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def repack(distribution: metadata.Distribution, folder: Path) -> Path:
    """The installed ``distribution`` as a wheel in ``folder``: its files under site-packages
    (scripts are made again from its entry points; compiled caches are left out)."""
    site = Path(distribution.locate_file(""))
    info = next(f for f in distribution.files if f.parent.name.endswith(".dist-info")).parent
    tags = [
        line.split(":", 1)[1].strip()
        for line in (site / info / "WHEEL").read_text().splitlines()
        if line.startswith("Tag:")
    ]
    # One this interpreter takes (py2.py3 wheels list py2 first).
    tag = next(t for t in tags if Tag(*t.split("-")) in SUPPORTED)
    wheel = folder / f"{info.name.removesuffix('.dist-info')}-{tag}.whl"
    record = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as archive:
        for file in distribution.files:
            parts = file.parts
            if ".." in parts or "__pycache__" in parts:
                continue
            if file.parent == info and file.name in INSTALLER_FILES:
                continue
            data = (site / file).read_bytes()
            archive.writestr(file.as_posix(), data)
            record.append(_record_line(file.as_posix(), data))
        record.append(f"{info.as_posix()}/RECORD,,")
        archive.writestr(f"{info.as_posix()}/RECORD", "\n".join(record) + "\n")
    return wheel


def build_kornews(root: Path, folder: Path) -> Path:
    """kornews's wheel from the working tree at ``root`` (copied, so no build files land there)."""
    source = folder / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, source / name)
    shutil.copytree(root / "lib", source / "lib", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index"]
        + ["--no-build-isolation", "--wheel-dir", str(folder), str(source)],
        check=True,
    )
    return next(folder.glob("kornews-*.whl"))
