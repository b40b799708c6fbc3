"""Where the app keeps its files (platformdirs), overridable for tests and smoke runs."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from contiple_desktop import APP_ID


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Per-user directories. ``temporary`` ones live under one throw-away base directory."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path
    temporary: bool = False

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @classmethod
    def for_user(cls) -> AppPaths:
        import platformdirs  # not needed by --temp-basedir / --basedir runs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, base: Path, *, temporary: bool = True) -> AppPaths:
        return cls(
            config_dir=base / "config",
            data_dir=base / "data",
            cache_dir=base / "cache",
            log_dir=base / "log",
            temporary=temporary,
        )

    @classmethod
    def make_temporary(cls) -> AppPaths:
        return cls.under(Path(tempfile.mkdtemp(prefix=f"{APP_ID}-")))

    def ensure(self) -> AppPaths:
        for d in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir, self.drafts_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self
