"""The interface language: Qt's translators for each interface language (see
`core.interface_languages`), switched at run time."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from w4r_desktop.core.interface_languages import SOURCE_LANGUAGE, translation_file

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_qm_data: dict[str, bytes] = {}


def install_language(code: str) -> None:
    """Switch the interface to `code`, one of the interface languages; screens built afterwards use it.

    Qt's own strings (buttons of standard dialogs, the context menu of text fields) come from
    Qt's translations when they are installed; ours from resources/i18n/w4r_<code>.qm.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # English has a (plural forms only) file too: "%n letter(s)" becomes "1 letter", "2 letters".
    ours = QTranslator(app)
    # QTranslator.load(bytes) reads from memory without copying: keep the bytes alive here.
    data = _qm_data.setdefault(code, translation_file(code).read_bytes())
    if ours.load(data):
        app.installTranslator(ours)
        _installed.append(ours)
    else:  # pragma: no cover - a packaging mistake
        log.error("the %s translation could not be loaded", code)


def interface_language() -> str:
    """The interface's language code ("en", say), as `install_language` set it."""
    return QLocale().name()[:2]


def short_moment(moment: dt.datetime) -> str:
    """A day and time as the interface's language writes them ("Tue 8 Dec 14:05", "mar. 8 déc. 14:05"),
    not the computer's locale (CLDR, through Babel)."""
    from babel.dates import format_datetime  # only when a screen shows one

    return str(format_datetime(moment, "EEE d MMM HH:mm", locale=interface_language()))
