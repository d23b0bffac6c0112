"""Use cases over a workspace: plans, units, progress, slices, settings, report data, demo (no Qt)."""
