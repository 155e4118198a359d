"""Loading the user-interface language: Dutch by default, English selectable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .locations import resources_dir
from .wording.translation import use_translator

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (dialog buttons etc.); keep the result alive.
    The wording (toegang_desktop/wording) then asks Qt for every text it shows."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    use_translator(QCoreApplication.translate)
    installed = []
    ours = QTranslator(app)
    if ours.load(f"toegang_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
