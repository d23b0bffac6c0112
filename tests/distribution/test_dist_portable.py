"""Portable mode as the frozen program sees it: a `portable` file beside the .exe keeps all data beside it."""

import sys

import pytest

from jxplan import paths, resources


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    """A fake unpacked bundle: <USB>/jxplan/jxplan.exe with sys.frozen set, as PyInstaller's bootloader does."""
    app = tmp_path / "U盘" / "jxplan"
    app.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "jxplan.exe"))
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    return app


def test_frozen_program_without_marker_uses_the_user_data_folder(frozen_app):
    assert paths.app_dir() == frozen_app
    assert not paths.is_portable()
    assert frozen_app not in paths.resolve_db_path(None).parents


def test_marker_beside_the_exe_keeps_workspace_and_logs_beside_it(frozen_app):
    (frozen_app / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.resolve_db_path(None) == frozen_app / "data" / paths.WORKSPACE_FILE
    assert paths.log_dir() == frozen_app / "data" / "logs"


def test_explicit_workspace_still_wins_in_portable_mode(frozen_app, tmp_path):
    (frozen_app / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    chosen = tmp_path / "另一个.jxplan"
    assert paths.resolve_db_path(str(chosen)) == chosen


def test_shipped_files_resolve_beside_the_package():
    # The spec copies resources/ to _internal/resources, next to _internal/jxplan: the same relation as here.
    assert resources.resource_path("samples", "selftest_plan.txt").is_file()
    assert resources.resource_path("icons", "jxplan.ico").is_file()
