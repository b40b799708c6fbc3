"""PySide's import hook, made cheap: installed when the ``ui`` package is first imported.

PySide6 inspects every module imported after it (``shibokensupport.feature.feature_imported``)
to learn whether the module uses PySide (for ``from __feature__ import …``). It asks
``inspect.getsource(module)``, which tokenizes each file and keeps all their lines in
``linecache`` for the life of the process: 12.5 MB of the demo smoke test's 123 MB peak RSS
(measured on one machine, interleaved runs), and CPU for every module. The same question is
answered here by reading the file's bytes once, keeping nothing. The answer is the same for
every module with a ``.py`` source (a module without one was "no" before too); nothing else of
PySide changes, and if its hook is not where this expects it, nothing is done.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # loads shibokensupport (the hook lives there)


def _mod_uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide's check (idempotent); False when this PySide has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    return True


install()
