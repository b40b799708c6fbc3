"""Compute the ``Depends:`` line of the .deb from the built bundle (a small ``dpkg-shlibdeps``).

Usage (``scripts/package.sh`` runs it)::

    python3 packaging/linux/deb_depends.py build/bundle/contiple-desktop

Reads every ELF file in the bundle with ``objdump -p``, collects the ``NEEDED`` libraries that the
bundle does not carry itself (the spec leaves distribution libraries to the system), finds each
one with ``ldconfig -p`` and its package with ``dpkg -S``, and prints one comma-separated line:
``BASE_DEPENDS`` (libraries Qt opens with ``dlopen`` at run time, which ``NEEDED`` cannot show)
plus everything found, sorted. Fails loudly (exit 1) when a needed library cannot be found or
belongs to no package: the .deb would otherwise install and then not start.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# dlopen()ed by Qt (libdbus: QtDBus; EGL/GL: xcb-gl and wayland-egl integrations) or needed by
# the platform plugins on every desktop, whether or not NEEDED lists them.
BASE_DEPENDS = (
    "libc6", "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libxkbcommon0",
    "libxkbcommon-x11-0", "libdbus-1-3", "libxcb-cursor0", "libglib2.0-0",
)
# Never a dependency: provided by the dynamic loader/libc itself.
IGNORED = {"ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "linux-vdso.so.1"}
ELF_MAGIC = b"\x7fELF"


def elf_files(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == ELF_MAGIC:
                    yield path


def needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, flags=re.MULTILINE)


def ldconfig_paths() -> dict[str, str]:
    """soname -> path for this machine's architecture (the first entry ldconfig lists)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"  # /sbin is not on a user's PATH on Debian
    out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True).stdout
    machine = os.uname().machine
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(machine, machine)
    found: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)", line)
        if m and arch_tag in m.group(2):
            found.setdefault(m.group(1), m.group(3))
    return found


def owning_package(path: str) -> str | None:
    """``dpkg -S`` tolerant of merged /usr (dpkg may know /usr/lib/... for /lib/...)."""
    real = os.path.realpath(path)
    candidates = []
    for p in (path, real):
        candidates += [p, "/usr" + p if not p.startswith("/usr/") else p.removeprefix("/usr")]
    for candidate in dict.fromkeys(candidates):
        res = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if res.returncode == 0 and res.stdout.strip():
            pkg = res.stdout.splitlines()[0].split(":")[0].strip()
            if pkg and "," not in pkg:
                return pkg
    return None


def depends(bundle: Path) -> list[str]:
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, Path] = {}
    for elf in elf_files(bundle):
        for lib in needed(elf):
            if lib not in carried and lib not in IGNORED:
                wanted.setdefault(lib, elf)
    paths = ldconfig_paths()
    packages = set(BASE_DEPENDS)
    problems = []
    for lib, user in sorted(wanted.items()):
        path = paths.get(lib)
        pkg = owning_package(path) if path else None
        if pkg is None:
            problems.append(f"{lib} (needed by {user.relative_to(bundle)})")
        else:
            packages.add(pkg)
    if problems:
        raise SystemExit("deb_depends: no package provides: " + "; ".join(problems))
    return sorted(packages)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    print(", ".join(depends(Path(argv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
