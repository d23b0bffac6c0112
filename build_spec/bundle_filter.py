"""Which collected files the bundle keeps: Qt pieces jxplan never loads are dropped after PyInstaller's analysis.

`excludes` only stops Python imports; Qt Quick, QML, Pdf and the virtual keyboard still arrive as plugins and the
libraries those plugins link, so the spec filters `a.binaries`/`a.datas` through `keep()` as well.
"""

from __future__ import annotations

import re
from pathlib import Path

# Python modules never imported by jxplan (PySide6 bindings and heavy optional dependencies of pandas).
# QtCharts stays: the indicator and dashboard pictures use it (and it links QtOpenGL/QtOpenGLWidgets).
# multiprocessing: jxplan works in threads; bundled, PyInstaller adds a runtime hook that imports it (with pickle,
# socket, subprocess) before the app starts, ~10 ms of every start-up.
EXCLUDES = [
    "multiprocessing",
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
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtTest",
]

# Optional imports of the libraries jxplan uses pull these in (openpyxl tries numpy); they stay out unless a jxplan
# module imports them itself. pandas needs numpy, so numpy stays whenever pandas does.
_HEAVY_OPTIONAL = {"pandas": ("pandas",), "numpy": ("pandas", "numpy")}


def unused_heavy_packages(package_dir: Path) -> list[str]:
    """The heavy optional packages no module under `package_dir` imports (for the spec's excludes)."""
    imported = set()
    for source in package_dir.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        imported.update(re.findall(r"^\s*(?:import|from)\s+(pandas|numpy)\b", text, re.M))
    return [name for name, users in _HEAVY_OPTIONAL.items() if not imported.intersection(users)]


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
    "EglFs",  # Linux framebuffer/KMS platforms, not the desktop
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
_DROPPED_PLUGINS = re.compile(
    r"virtualkeyboard|qpdf|qtquick|qml|webview|qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl"
)
# Mesa's software OpenGL (opengl32sw.dll, ~20 MB on Windows) serves QOpenGLWidget and Qt Quick on PCs without a GL
# driver; widgets (and QtCharts without useOpenGL) paint through the raster engine and never load it.
_SOFTWARE_GL = re.compile(r"(?:^|/)opengl32sw\.dll$")
_FFMPEG = re.compile(r"(?:^|/)(?:lib)?(?:avcodec|avformat|avutil|swscale|swresample)[-.\d]*\.(?:dll|so)")
# Qt's Chinese translations stay (qtbase_zh_CN: 确定/取消); the other forty languages go.
_KEPT_TRANSLATIONS = re.compile(r"/translations/(?:qt|qtbase)_zh_cn\.qm$")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the jxplan bundle."""
    d = dest.replace("\\", "/").lower()
    if d.startswith("pyside6/"):
        if "/qml/" in d:  # PySide6/qml on Windows, PySide6/Qt/qml on Linux
            return False
        if "/translations/" in d:
            return bool(_KEPT_TRANSLATIONS.search(d))
    plugin = re.search(r"/plugins/([^/]+)/", d)
    if plugin and (plugin.group(1) not in _KEPT_PLUGIN_DIRS or _DROPPED_PLUGINS.search(d)):
        return False
    return not (_QT_LIB.search(d) or _FFMPEG.search(d) or _SOFTWARE_GL.search(d))


def filtered(toc: list) -> list:
    """A PyInstaller TOC (dest, source, typecode) without the entries `keep()` rejects."""
    return [entry for entry in toc if keep(entry[0])]
