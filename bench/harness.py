"""A tiny benchmark harness: run scenarios side by side, print medians and the ratio to a baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def measure(
    name: str, fn: Callable[[], object], *, repeat: int = 5, setup: Callable[[], object] | None = None
) -> Result:
    """Run `fn` `repeat` times (after `setup` each time, untimed) and keep every wall-clock time."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return Result(name, times)


def interleaved(scenarios: dict[str, Callable[[], object]], *, repeat: int = 5, setup=None) -> list[Result]:
    """Run the scenarios in turn, round after round, so machine noise hits them alike."""
    results = {name: Result(name, []) for name in scenarios}
    for _ in range(repeat):
        for name, fn in scenarios.items():
            if setup:
                setup()
            start = time.perf_counter()
            fn()
            results[name].times.append(time.perf_counter() - start)
    return list(results.values())


def report(title: str, results: list[Result], *, baseline: str | None = None) -> str:
    """A table of medians (and min/max) with each scenario's ratio to the baseline (default: the first)."""
    base = next((r for r in results if r.name == baseline), results[0])
    lines = [title, f"{'scenario':<44} {'median':>10} {'min':>10} {'max':>10} {'× base':>8}"]
    for r in results:
        lines.append(
            f"{r.name:<44} {r.median * 1000:>8.1f}ms {min(r.times) * 1000:>8.1f}ms {max(r.times) * 1000:>8.1f}ms "
            f"{r.median / base.median:>8.2f}"
        )
    text = "\n".join(lines)
    print(text)
    return text
