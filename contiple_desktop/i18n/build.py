"""Compile (and optionally refresh) the Qt Linguist translations.

    python -m contiple_desktop.i18n.build            # .ts -> .qm with pyside6-lrelease
    python -m contiple_desktop.i18n.build --update   # first pyside6-lupdate over the sources below

The ``.qm`` files are build products (git-ignored); ``scripts/bootstrap.sh`` runs this module.
Both tools come from the PySide6 wheel in the virtualenv; nothing is fetched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from contiple_desktop.i18n import CATALOG, translations_dir

TRANSLATED = ("ko", "ja")
# English is the source language; its catalogue holds only the plural forms ("1 ticket" / "2 tickets"
# for ``tr("%n ticket(s)", "", n)``), made with ``lupdate -pluralonly`` as Qt recommends.
PLURAL_ONLY = ("en",)
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Every part of the package that may show text (the protocol, simulator, storage and domain layers
# raise typed errors that ``ui/error_text.py`` words; tests/test_i18n.py checks nothing else calls tr).
SOURCE_DIRS = ("ui", "tasks", "app.py")


def find_tool(name: str) -> str:
    """``pyside6-<name>`` next to this interpreter, on PATH, or the binary inside the wheel."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6

        inner = Path(PySide6.__file__).parent / name
        if inner.exists():
            return str(inner)
    except ImportError:  # pragma: no cover
        pass
    raise FileNotFoundError(f"pyside6-{name} not found; install PySide6-Essentials in this environment")


def ts_files(directory: Path | None = None, *, plural_only: bool = True) -> list[Path]:
    d = directory or translations_dir()
    langs = TRANSLATED + (PLURAL_ONLY if plural_only else ())
    return [d / f"{CATALOG}_{lang}.ts" for lang in langs]


def update(directory: Path | None = None) -> None:
    """Refresh the .ts files from the source: new strings added as unfinished, vanished ones dropped."""
    sources = [str(PACKAGE_DIR / s) for s in SOURCE_DIRS]
    targets = [str(p) for p in ts_files(directory, plural_only=False)]
    options = ["-extensions", "py", "-locations", "none", "-no-obsolete"]
    subprocess.run([find_tool("lupdate"), *options, *sources, "-ts", *targets], check=True)
    d = directory or translations_dir()
    for lang in PLURAL_ONLY:
        ts = str(d / f"{CATALOG}_{lang}.ts")
        plural = [*options, "-pluralonly", "-source-language", "en", "-target-language", lang]
        subprocess.run([find_tool("lupdate"), *plural, *sources, "-ts", ts], check=True)


def compile_all(directory: Path | None = None) -> list[Path]:
    """Compile every existing .ts to a .qm next to it; returns the .qm paths written."""
    lrelease = find_tool("lrelease")
    written: list[Path] = []
    for ts in ts_files(directory):
        if not ts.exists():
            print(f"i18n: {ts.name} missing, skipped", file=sys.stderr)
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate first")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        if args.update:
            update()
        written = compile_all()
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"i18n: wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
