"""The build's generated parts: the Windows version resource, the icon, what the bundle filter keeps and shiboken's
recorded support code."""

import builtins
import importlib.util
import marshal
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import jxplan
from build_spec import bundle_filter, shiboken_code, version_info
from jxplan.resources import resource_path


class _Recorder:
    """Stands in for PyInstaller's versioninfo classes (which need pefile, Windows-only) to read the text."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


def _load(text: str) -> dict:
    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    namespace = {n: type(n, (_Recorder,), {}) for n in names}
    info = eval(text, namespace)  # the same evaluation PyInstaller applies to the file
    fixed = info.kwargs["ffi"].kwargs
    table = info.kwargs["kids"][0].args[0][0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    return {"filevers": fixed["filevers"], "prodvers": fixed["prodvers"], "lang": table.args[0], "strings": strings}


def test_version_resource_carries_the_package_version(tmp_path):
    path = version_info.write_version_file(tmp_path / "v.txt")
    info = _load(path.read_text(encoding="utf-8"))
    numbers = info["filevers"]
    assert info["prodvers"] == numbers and len(numbers) == 4
    assert jxplan.__version__.startswith(".".join(map(str, numbers[:3])))
    assert info["strings"]["ProductVersion"] == jxplan.__version__
    assert info["strings"]["FileVersion"] == ".".join(map(str, numbers))
    assert info["strings"]["ProductName"] == jxplan.APP_TITLE
    assert info["strings"]["OriginalFilename"] == "jxplan.exe"
    assert info["lang"] == "080404B0"  # shown under 中文(简体) in the file's properties


def test_version_numbers_for_windows():
    assert version_info.version_numbers("1.2") == (1, 2, 0, 0)
    assert version_info.version_numbers("2.10.3rc1") == (2, 10, 3, 0)
    assert version_info.version_numbers("0.1.0+local.5") == (0, 1, 0, 0)


def test_icon_holds_every_size_windows_asks_for():
    data = resource_path("icons", "jxplan.ico").read_bytes()
    _, kind, count = struct.unpack("<HHH", data[:6])
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert kind == 1 and sizes == {16, 24, 32, 48, 64, 128, 256}


def test_filter_keeps_what_the_widgets_app_needs_on_windows_and_linux():
    kept = [
        "PySide6/Qt6Core.dll",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt6Charts.dll",
        "PySide6/Qt6Svg.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "resources/units.json",
        "docx/templates/default.docx",
    ]
    assert [d for d in kept if not bundle_filter.keep(d)] == []


def test_filter_drops_qt_quick_pdf_keyboard_webengine_and_other_languages():
    dropped = [
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/Qt63DRender.dll",
        "PySide6/Qt6Multimedia.dll",
        "PySide6/avcodec-61.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "PySide6/qml/QtQuick/Controls/qtquickcontrols2plugin.dll",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
    ]
    assert [d for d in dropped if bundle_filter.keep(d)] == []


def test_heavy_optional_packages_stay_out_unless_jxplan_imports_them(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("def f():\n    import openpyxl\n", encoding="utf-8")
    assert bundle_filter.unused_heavy_packages(pkg) == ["pandas", "numpy"]
    (pkg / "b.py").write_text("def g():\n    import pandas as pd\n", encoding="utf-8")
    assert bundle_filter.unused_heavy_packages(pkg) == []


def test_spec_paths_are_relative_to_the_spec():
    spec = (Path(bundle_filter.__file__).parent / "jxplan.spec").read_text(encoding="utf-8")
    assert "ROOT = Path(SPECPATH).parent" in spec
    assert '("X utf8", None, "OPTION")' in spec
    assert "os.getcwd" not in spec


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller's version-resource reader runs only on Windows")
def test_pyinstaller_reads_the_version_resource(tmp_path):
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    info = load_version_info_from_text_file(str(version_info.write_version_file(tmp_path / "v.txt")))
    assert jxplan.APP_TITLE in str(info)


def test_shiboken_support_modules_are_recorded_as_compile_gives_them(tmp_path):
    out = tmp_path / shiboken_code.FILE_NAME
    script = Path(shiboken_code.__file__)
    subprocess.run(
        [sys.executable, str(script), str(out)], check=True, capture_output=True
    )  # shiboken6 not yet imported
    recorded = marshal.loads(out.read_bytes())
    assert "shibokensupport/signature/loader.py" in recorded and len(recorded) >= 5
    for name, (source, code) in recorded.items():
        assert marshal.loads(code) == compile(source, name, "exec", dont_inherit=True), name


def test_runtime_hook_recalls_only_the_recorded_source():
    spec = importlib.util.spec_from_file_location(
        "rthook", Path(shiboken_code.__file__).with_name("rthook_shiboken_code.py")
    )
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)  # not frozen: defines, installs nothing
    # The recording holds other code for this source, so a recall is told apart from a compile.
    recorded = {"m.py": (b"x = 1\n", marshal.dumps(compile("x = 2\n", "m.py", "exec")))}
    compile_or_recall = hook.cached_compile(recorded, compile)

    def run(*args, **kwargs):
        namespace = {}
        exec(compile_or_recall(*args, **kwargs), namespace)
        return namespace["x"]

    assert run(b"x = 1\n", "m.py", "exec") == 2  # recalled
    assert run(b"x = 3\n", "m.py", "exec") == 3  # another source: compiled
    assert run(b"x = 1\n", "n.py", "exec") == 1  # another file: compiled
    assert run(b"x = 1\n", "m.py", "exec", dont_inherit=True) == 1  # another kind of call: compiled
    assert compile is builtins.compile  # loading the hook outside a bundle left compile() alone
