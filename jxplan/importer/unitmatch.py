"""Match written unit names to the unit directory and build the UNIT dicts of the output; flag unknown names."""

from __future__ import annotations

import re

from jxplan.importer.responsibility import Listed

_BRACKETS = str.maketrans({"(": "（", ")": "）", "[": "（", "]": "）"})
# Names that stand for "whoever is concerned": kept as written, never flagged as unknown.
_GENERIC = re.compile(
    r"^(市级|县级|区级)?(其他)?(有关|相关)(部门|单位)|^(市|县|区)(政府)?各(部门|单位)|^各(镇|街道|有关)|属各单位$"
)


class UnitMatcher:
    """Resolves names in one jurisdiction and remembers the unknown ones for the warnings."""

    def __init__(self, directory, jurisdiction: str):
        self.directory = directory
        self.jurisdiction = jurisdiction
        self.unknown: dict[str, str] = {}  # normalised name → where first seen

    def _resolve(self, raw: str):
        unit = self.directory.resolve(raw, self.jurisdiction)
        if (
            unit is None
            and not raw.startswith(("市", "县", "区", "各"))
            and self.jurisdiction.endswith(("市", "县", "区"))
        ):
            # County documents drop the prefix (`财政局` for `市财政局`).
            unit = self.directory.resolve(self.jurisdiction[-1] + raw, self.jurisdiction)
        return unit

    def unit(self, listed: Listed, where: str) -> dict:
        raw = re.sub(r"\s+", "", listed.raw)
        unit = self._resolve(raw)
        entry = {"raw": raw, "name": unit.name if unit else raw.translate(_BRACKETS), "role": listed.role}
        if unit is not None:
            entry["code"] = unit.code
            entry["known"] = True
            if unit.members:
                entry["members"] = list(unit.members)
        else:
            entry["known"] = False
            if _GENERIC.search(raw):
                entry["generic"] = True
            else:
                self.unknown.setdefault(entry["name"], where)
        return entry

    def units(self, listed: list[Listed], where: str) -> list[dict]:
        """UNIT dicts in order, one per distinct name (a name listed twice keeps its first role)."""
        out: list[dict] = []
        seen: set[str] = set()
        for item in listed:
            entry = self.unit(item, where)
            if entry["name"] in seen:
                continue
            seen.add(entry["name"])
            out.append(entry)
        return out

    def warnings(self) -> list[dict]:
        return [
            {
                "where": where,
                "message": f"单位“{name}”不在{self.jurisdiction}的单位目录中，已按原文保留，请核对或补充到单位目录。",
            }
            for name, where in self.unknown.items()
        ]
