"""Every work area and dialog fits the screen in ko, en and ja, at 1366×768 and at 200 % (issue 12,
items 4 and 15, "Done when").

``tests/ui/layout_walk.py`` drives the demo app like an agent (Help Center FAQ, notices and a
document; New ticket with the five-level type's form; Customer history with ``cust-001`` and an
open ticket; a call; every window the menus open: Connection profiles, Outbox, Watched tickets,
Apply/Save/Manage templates, reply snippets, Keyboard shortcuts, About) and reports each label
or button whose text is cut (no elision, no tooltip), each wrapped label shorter than its lines
and each primary action (Submit ticket, search, Show tickets, Send follow-up, dialog buttons)
outside the screen, and a window bigger than the screen. The scale factor is read once per
process, so each screen is its own process (offscreen platform, screen from a JSON file):

* 1366×768 at 100 %;
* 1366×768 at 200 % (``QT_SCALE_FACTOR=2``: 683×384 logical pixels, what an Xvfb of that size
  gives too): everything must still be reachable, by scrolling where it does not fit;
* 2732×1536 at 200 %: 1366×768 logical pixels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768@100": (1366, 768, "1"),
    "1366x768@200": (1366, 768, "2"),
    "2732x1536@200": (2732, 1536, "2"),
}
LANGUAGES = ("ko", "en", "ja")


def walk(tmp_path: Path, width: int, height: int, scale: str, lang: str) -> dict[str, list[str]]:
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(json.dumps({"screens": [
        {"name": "layout", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ]}))  # fmt: skip
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "CONTIPLE_DESKTOP_TESTING": "1"}  # fmt: skip
    env.pop("PYTEST_CURRENT_TEST", None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_walk", "--lang", lang],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, run.stdout[-2000:] + run.stderr[-2000:]
    result: dict[str, list[str]] = json.loads(lines[-1])
    return result


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_area_and_dialog_fits(tmp_path: Path, screen: str) -> None:
    width, height, scale = SCREENS[screen]
    found: list[str] = []
    for lang in LANGUAGES:
        result = walk(tmp_path, width, height, scale, lang)
        assert "call" in result["visited"] and "dialog About Contiple Desktop" in result["visited"], result
        found += [f"{lang} {screen}: {problem}" for problem in result["problems"]]
    assert found == []
