"""Compile (and optionally refresh) the Qt Linguist translations.

    python -m contiple_desktop.i18n.build            # .ts -> .qm with pyside6-lrelease
    python -m contiple_desktop.i18n.build --update   # first pyside6-lupdate over the sources below

``--update`` keeps the work of translators when code moves: a message that lupdate now finds in
another context (a widget split in two, a string moved to a helper) gets the finished
translation it had before, whatever context it had it in; what is really new stays unfinished.

The ``.qm`` files are build products (git-ignored); ``scripts/bootstrap.sh`` runs this module.
Both tools come from the PySide6 wheel in the virtualenv; nothing is fetched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from contiple_desktop.i18n import CATALOG, translations_dir

TRANSLATED = ("ko", "ja")
# English is the source language; its catalogue holds only the plural forms ("1 ticket" / "2 tickets"
# for ``tr("%n ticket(s)", "", n)``), made with ``lupdate -pluralonly`` as Qt recommends.
PLURAL_ONLY = ("en",)
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Every part of the package that may show text. The layers below report codes and facts (typed
# errors, findings, reasons) that the ui words; tests/test_i18n.py fails on a tr() anywhere else.
SOURCE_DIRS = ("ui", "app.py")


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


Finished = dict[tuple[str, bool], list[str]]


def finished_translations(ts: Path) -> Finished:
    """``(source, numerus) -> translation forms`` of every finished message, any context."""
    out: Finished = {}
    if not ts.exists():
        return out
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        numerus = message.get("numerus") == "yes"
        forms = (
            [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
        )
        if any(forms):
            out.setdefault((source, numerus), forms)
    return out


def carry_over(ts: Path, known: Finished) -> int:
    """Fill unfinished messages of ``ts`` whose source had a finished translation; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = known.get((message.findtext("source") or "", numerus))
        if not forms:
            continue
        del translation.attrib["type"]
        if numerus:
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update(directory: Path | None = None) -> None:
    """Refresh the .ts files from the source: new strings added as unfinished, vanished ones dropped,
    moved ones keep their translation (``carry_over``)."""
    sources = [str(PACKAGE_DIR / s) for s in SOURCE_DIRS]
    target_paths = ts_files(directory, plural_only=False)
    targets = [str(p) for p in target_paths]
    known = {p: finished_translations(p) for p in target_paths}
    options = ["-extensions", "py", "-locations", "none", "-no-obsolete"]
    subprocess.run([find_tool("lupdate"), *options, *sources, "-ts", *targets], check=True)
    filled = [carry_over(p, known[p]) for p in target_paths]  # every file, not just the first
    if any(filled):  # let lupdate write its own format again
        subprocess.run([find_tool("lupdate"), *options, *sources, "-ts", *targets], check=True)
    d = directory or translations_dir()
    for lang in PLURAL_ONLY:
        path = d / f"{CATALOG}_{lang}.ts"
        known_plurals = finished_translations(path)
        plural = [*options, "-pluralonly", "-source-language", "en", "-target-language", lang]
        subprocess.run([find_tool("lupdate"), *plural, *sources, "-ts", str(path)], check=True)
        if carry_over(path, known_plurals):
            subprocess.run([find_tool("lupdate"), *plural, *sources, "-ts", str(path)], check=True)


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
