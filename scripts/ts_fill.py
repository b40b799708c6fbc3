"""Write translations into the Qt Linguist catalogues from a JSON file (a translator's hand-off).

    .venv/bin/python scripts/ts_fill.py translations.json

The JSON maps an English source text to its translations, optionally per context::

    {"Damaged drafts": {"ko": "손상된 임시 저장본", "ja": "破損した下書き"},
     "DraftBanner|%n draft(s) could not be read": {"ko": ["…"], "ja": ["…"]}}

A key ``"Context|source"`` applies to that context only; a plain source applies wherever the
message is unfinished. A list gives the numerus forms of a ``%n`` message; "en" gives the
English plural forms (the plural-only catalogue: ``["%n ticket", "%n tickets"]``). Messages are marked
finished; afterwards run ``python -m contiple_desktop.i18n.build --update`` so lupdate writes its
own format again (and ``tests/test_i18n.py`` checks placeholders and completeness).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {
    lang: ROOT / "resources" / "i18n" / f"contiple_desktop_{lang}.ts" for lang in ("ko", "ja", "en")
}


def fill(table: dict[str, dict[str, str | list[str]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, path in CATALOGUES.items():
        tree = ET.parse(path)
        n = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                entry = table.get(f"{name}|{source}") or table.get(source)
                if entry is None or lang not in entry:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                value = entry[lang]
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in value if isinstance(value, list) else [value]:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value[0] if isinstance(value, list) else value
                n += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        counts[lang] = n
    return counts


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for lang, n in fill(table).items():
        print(f"ts_fill: {lang}: {n} message(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
