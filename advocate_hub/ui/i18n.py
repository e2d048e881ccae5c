"""The app's language: which one this computer uses, and installing its translations and formats.

The language follows the operating system unless someone picks one in their profile; the choice is kept per
computer (QSettings), because it is needed before anyone has signed in (the profile picker, the kiosk). Choosing
a language also makes it the default QLocale, so numbers, dates and points follow it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, QTranslator

from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.ui import catalogs
from advocate_hub.ui.resources import resource

log = logging.getLogger(__name__)

SETTING = "ui/language"
SYSTEM = ""
"""The stored value for "follow the operating system"."""
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"),
    ("ja", "日本語"),
    ("zh_CN", "简体中文"),
)
"""Languages the app speaks, each named in itself (so nobody needs to read English to find their own)."""
TRANSLATOR_NAME = "AppTranslator"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class UnknownLanguage(ValidationError):
    """A language code the app has no translation for (from ``--language``)."""

    def __init__(self, code: str) -> None:
        known = ", ".join(codes())
        super().__init__(f"The app does not speak {code!r}; choose one of: {known}.", field="language")


def codes() -> tuple[str, ...]:
    return tuple(code for code, _name in LANGUAGES)


def stored_language(settings: QSettings) -> str:
    """The language chosen on this computer, or ``SYSTEM``; an unknown stored value counts as ``SYSTEM``."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in codes() else SYSTEM


def store_language(settings: QSettings, code: str) -> None:
    if code != SYSTEM and code not in codes():
        raise UnknownLanguage(code)
    settings.setValue(SETTING, code)
    settings.sync()


def locale_for(code: str) -> QLocale:
    """The locale of a language code, or of the operating system for ``SYSTEM`` (US English for the C locale)."""
    if code == SYSTEM:
        system = QLocale.system()
        return ENGLISH if system.language() is QLocale.Language.C else system
    if code not in codes():
        raise UnknownLanguage(code)
    return QLocale(code)


def catalog_dir() -> Path:
    """The folder of compiled catalogs: next to the sources, or a cache when that folder is read-only.

    A fresh checkout has only ``.ts`` files; compiling the stale ones here means ``make run`` and an editable
    install show translations without a build step. A frozen or installed app ships its ``.qm`` files.
    """
    sources = resource("translations")
    if not any(sources.glob(f"{catalogs.BASENAME}_*.ts")) or not catalogs.tool("lrelease").exists():
        return sources
    for target in (sources, Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))):
        try:
            catalogs.release(sources, target)
        except (OSError, catalogs.CatalogError):
            log.warning("Could not compile the translations into %s", target, exc_info=True)
            continue
        return target
    return sources


def install(app: QCoreApplication, code: str) -> QLocale:
    """Make ``code`` (or the system's language for ``SYSTEM``) the app's language; returns its locale.

    Replaces translators installed by an earlier call, so the language can change while the app runs. Qt's own
    catalog (standard dialog buttons) is installed only with ours, so a dialog never mixes two languages.
    """
    locale = locale_for(code)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    QLocale.setDefault(locale)
    if locale.language() is QLocale.Language.English:
        return locale
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name, folder in ((catalogs.BASENAME, catalog_dir()), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if not translator.load(locale, name, "_", str(folder)):
            translator.setParent(None)
            break
        app.installTranslator(translator)
    return locale
