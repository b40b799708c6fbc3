"""Where per-profile local data lives: ``<data_dir>/profiles/<profile id>/``.

Each connection profile (one Contiple service) has its own outbox, spam counter, watch list,
templates and reply snippets, so work queued for one service is never sent to another::

    profiles/<id>/outbox/items/<item>.json      one file per queued ticket
    profiles/<id>/outbox/files/<item>/<n>/<f>   copies of its attachments
    profiles/<id>/outbox/damaged/               unreadable items, moved aside
    profiles/<id>/spam.json                     tickets filed in the last 24 h, block state
    profiles/<id>/watch.json                    watched tickets and the retention
    profiles/<id>/templates.json                ticket templates
    profiles/<id>/snippets.json                 reply snippets
    profiles/<id>/damaged/                      damaged single-file stores, moved aside
"""

from __future__ import annotations

from hashlib import sha1
from pathlib import Path

from contiple_desktop.storage.jsonfile import safe_name

OUTBOX_DIR = "outbox"
SPAM_FILE = "spam.json"
WATCH_FILE = "watch.json"
TEMPLATES_FILE = "templates.json"
SNIPPETS_FILE = "snippets.json"
DAMAGED_DIR = "damaged"


def profile_dir(data_dir: Path, profile_id: str) -> Path:
    """The folder of ``profile_id`` (a safe name; a hash keeps unusual ids apart)."""
    safe = safe_name(profile_id)
    if safe != profile_id:
        safe = f"{safe}-{sha1(profile_id.encode('utf-8')).hexdigest()[:10]}"
    return Path(data_dir) / "profiles" / safe
