"""Shared test setup: Qt runs offscreen; fixtures for fresh and demo workspaces."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "工作区.jxplan"


@pytest.fixture
def ws(ws_path: Path):
    from jxplan.services.workspace import Workspace

    with Workspace.open(ws_path) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo workspace built once per session; copy it (demo_path) before writing to it."""
    from jxplan.services.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.jxplan")


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    dest = tmp_path / "demo.jxplan"
    shutil.copy(demo_template, dest)
    return dest


@pytest.fixture
def demo_ws(demo_path: Path):
    from jxplan.services.workspace import Workspace

    with Workspace.open(demo_path) as workspace:
        yield workspace


@pytest.fixture
def shared_corpus() -> Path:
    """The real documents in ../shared/corpus; tests that need them skip on a clone without ../shared."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus 不存在（仓库单独检出时没有这些真实文件）")
    return corpus


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run `python -m jxplan ARGS` in a subprocess; returns CompletedProcess with text output."""
    import subprocess

    full_env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUTF8": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "jxplan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd or REPO,
        timeout=120,
    )
