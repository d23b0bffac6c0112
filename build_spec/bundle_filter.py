"""Which collected files the bundle keeps: Qt pieces jxplan never loads are dropped after PyInstaller's analysis.

`excludes` only stops Python imports; Qt Quick, QML, Pdf and the virtual keyboard still arrive as plugins and the
libraries those plugins link, so the spec filters `a.binaries`/`a.datas` through `keep()` as well.
"""

from __future__ import annotations

import re

# Python modules never imported by jxplan (PySide6 bindings and heavy optional dependencies of pandas).
EXCLUDES = [
    "tkinter",
    "IPython",
    "matplotlib",
    "scipy",
    "pytest",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSql",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtTest",
]

# Qt libraries (by module name inside Qt6xxx / libQt6xxx) that no kept plugin or module needs.
_DROPPED_QT_LIBS = (
    "Quick",
    "Qml",
    "Pdf",
    "VirtualKeyboard",
    "WebEngine",
    "WebChannel",
    "WebSockets",
    "WebView",
    "3D",
    "Multimedia",
    "SpatialAudio",
    "ShaderTools",
    "Charts",
    "DataVisualization",
    "Graphs",
    "Location",
    "Positioning",
    "Bluetooth",
    "Nfc",
    "Sensors",
    "SerialPort",
    "Designer",
    "Help",
    "Lottie",
    "Labs",
    "Sql",
    "Network",
    "HttpServer",
    "TextToSpeech",
    "Scxml",
    "StateMachine",
    "RemoteObjects",
)
_QT_LIB = re.compile(r"(?:^|/)(?:lib)?qt6(" + "|".join(_DROPPED_QT_LIBS).lower() + r")[^/]*\.(?:dll|so[.\d]*|dylib)$")

# Plugin folders the widgets app uses; everything else under plugins/ goes (qml tooling, multimedia, sensors …).
_KEPT_PLUGIN_DIRS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",  # IME bridges for typing Chinese on Linux (ibus, fcitx); the virtual keyboard goes
    "imageformats",
    "iconengines",
    "styles",
    "xcbglintegrations",
    "generic",
}
_DROPPED_PLUGINS = re.compile(r"virtualkeyboard|qpdf|qtquick|qml|webview")
_FFMPEG = re.compile(r"(?:^|/)(?:lib)?(?:avcodec|avformat|avutil|swscale|swresample)[-.\d]*\.(?:dll|so)")
# Qt's Chinese translations stay (qtbase_zh_CN: 确定/取消); the other forty languages go.
_KEPT_TRANSLATIONS = re.compile(r"/translations/(?:qt|qtbase)_zh_cn\.qm$")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the jxplan bundle."""
    d = dest.replace("\\", "/").lower()
    if "/qt/qml/" in d or "/qt6/qml/" in d:
        return False
    if "/translations/" in d and d.startswith("pyside6/"):
        return bool(_KEPT_TRANSLATIONS.search(d))
    plugin = re.search(r"/plugins/([^/]+)/", d)
    if plugin and (plugin.group(1) not in _KEPT_PLUGIN_DIRS or _DROPPED_PLUGINS.search(d)):
        return False
    return not (_QT_LIB.search(d) or _FFMPEG.search(d))


def filtered(toc: list) -> list:
    """A PyInstaller TOC (dest, source, typecode) without the entries `keep()` rejects."""
    return [entry for entry in toc if keep(entry[0])]
