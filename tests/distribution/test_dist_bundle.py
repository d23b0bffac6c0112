"""Build the bundle from build_spec/jxplan.spec and run it: self-test, portable mode, what the filter left out.

Takes about a minute, so it runs only with JXPLAN_BUILD_BUNDLE=1 (set by .ci/run).
"""

import json
import marshal
import os
import shutil
import subprocess

import pytest

from build_spec import build, shiboken_code
from jxplan import paths
from tests.distribution.selftest_expect import assert_expected

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("JXPLAN_BUILD_BUNDLE") != "1", reason="打包测试需设置 JXPLAN_BUILD_BUNDLE=1"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="JXPLAN_BUILD_BUNDLE=1 but PyInstaller is not installed")
    root = tmp_path_factory.mktemp("bundle")
    record = build.build(root / "dist", root / "work", quiet=True)
    return root / "dist", record, root


def _run(exe, *args, env=None, home=None):
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", paths.ENV_DB)}
    if home:  # a fresh user profile, so the per-user data folder is empty
        clean.update(
            HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), APPDATA=str(home), LOCALAPPDATA=str(home)
        )
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=300,
        check=False,
    )


def test_self_test_passes_from_the_bundle(bundle, tmp_path):
    dist, _, _ = bundle
    done = _run(build.executable(dist, "jxplan-console"), "self-test", "--keep", str(tmp_path))
    results = assert_expected(done.stdout, done.returncode)
    assert "打包程序" in results["运行环境"][1] and "UTF-8 模式=1" in results["运行环境"][1]


def test_windowed_program_runs_the_same_commands(bundle, tmp_path):
    dist, _, _ = bundle
    db = tmp_path / "演示.jxplan"
    assert _run(build.executable(dist), "demo", "--db", str(db)).returncode == 0
    done = _run(build.executable(dist), "plans", "--db", str(db))
    assert done.returncode == 0 and json.loads(done.stdout)[0]["tasks"] > 0


def test_portable_marker_keeps_the_workspace_beside_the_program(bundle, tmp_path):
    dist, _, _ = bundle
    app = dist / build.NAME
    marker = app / paths.PORTABLE_MARKER
    marker.write_text("", encoding="utf-8")
    try:
        done = _run(build.executable(dist, "jxplan-console"), "plans", home=tmp_path)
        assert done.returncode == 0, done.stderr
        assert (app / "data" / paths.WORKSPACE_FILE).is_file()
        assert not any(tmp_path.rglob("*.jxplan"))
    finally:
        marker.unlink()
        shutil.rmtree(app / "data", ignore_errors=True)


def test_bundle_leaves_out_unused_qt_and_records_its_size(bundle):
    dist, record, root = bundle
    files = [p.relative_to(dist).as_posix().lower() for p in (dist / build.NAME).rglob("*") if p.is_file()]
    assert not [f for f in files if "qt6quick" in f or "qt6qml" in f or "qt6pdf" in f or "/qml/" in f]
    translations = sorted(f.rsplit("/", 1)[1] for f in files if f.endswith(".qm"))
    assert translations == ["qt_zh_cn.qm", "qtbase_zh_cn.qm"]
    assert json.loads((root / "work" / "bundle-size.json").read_text(encoding="utf-8")) == record
    assert record == {**record, **build.bundle_size(dist / build.NAME)} and record["filtered"]
    print(f"bundle: {record['mb']} MB, {record['files']} files, built in {record['seconds']} s")


def test_bundle_carries_shibokens_support_code_compiled_at_build_time(bundle):
    dist, _, _ = bundle
    recorded = marshal.loads((dist / build.NAME / "_internal" / shiboken_code.FILE_NAME).read_bytes())
    assert "shibokensupport/signature/loader.py" in recorded
