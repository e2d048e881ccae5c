"""The translation catalogs: extract the UI's strings into ``.ts`` files and compile those into ``.qm`` files.

``make translations``, the app's start (a missing or stale ``.qm`` is compiled on demand) and the tests all come
here, so pyside6-lupdate's command line exists in this one place. Run it as
``python -m advocate_hub.ui.catalogs update|release [DIR]``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

LANGUAGES = ("id", "ms", "ja", "zh_CN")
"""The languages translated so far, as in the catalogs' file names (``advocate_hub_<language>.ts``)."""
BASENAME = "advocate_hub"
SOURCES = Path(__file__).resolve().parent
"""Every translatable string lives under ``advocate_hub/ui``; core stays free of Qt and of words shown on screen."""


class CatalogError(RuntimeError):
    """A Qt Linguist tool is missing or failed (a broken PySide6 install or an unwritable folder)."""


def tool(name: str) -> Path:
    """A Qt Linguist tool shipped inside the PySide6 wheel (what the ``pyside6-<name>`` scripts run)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"


def ts_file(directory: Path, language: str) -> Path:
    return directory / f"{BASENAME}_{language}.ts"


def lupdate_command(ts: Path, language: str, sources: Path = SOURCES) -> list[str]:
    """Merge the strings of ``sources`` into ``ts``: new ones unfinished, vanished ones dropped, translations kept."""
    return [
        str(tool("lupdate")),
        "-silent",
        "-locations",
        "absolute",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-extensions",
        "py",
        str(sources),
        "-ts",
        str(ts),
    ]


def _run(command: list[str]) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise CatalogError(f"Could not run {command[0]}: {error}") from error
    if result.returncode != 0:
        raise CatalogError(f"{' '.join(command)} failed:\n{result.stderr or result.stdout}")


def update(directory: Path, languages: tuple[str, ...] = LANGUAGES, sources: Path = SOURCES) -> list[Path]:
    """Bring every language's ``.ts`` file in ``directory`` up to date with the code."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        ts = ts_file(directory, language)
        _run(lupdate_command(ts, language, sources))
        written.append(ts)
    return written


def is_stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def release(directory: Path, target: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` in ``directory`` whose ``.qm`` (in ``target``, default the same folder) is stale."""
    target = target or directory
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(directory.glob(f"{BASENAME}_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if is_stale(ts, qm):
            _run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)])
            compiled.append(qm)
    return compiled


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in {"update", "release"}:
        print("usage: python -m advocate_hub.ui.catalogs update|release [DIR]", file=sys.stderr)
        return 2
    from advocate_hub.ui.resources import resource

    directory = Path(args[1]) if len(args) > 1 else resource("translations")
    try:
        if args[0] == "update":
            update(directory)
        release(directory)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
