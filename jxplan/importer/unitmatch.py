"""Match written unit names to the unit directory and build the UNIT dicts of the output; flag unknown names."""

from __future__ import annotations

import re

from jxplan.importer.responsibility import Listed

_BRACKETS = str.maketrans({"(": "（", ")": "）", "[": "（", "]": "）"})
# Names that stand for "whoever is concerned": kept as written, never flagged as unknown.
_GENERIC = re.compile(
    r"^(市级|县级|区级)?(其他)?(有关|相关)(部门|单位)|^(市|县|区)(政府)?各(部门|单位)|^各(镇|街道|有关)|属各单位$"
)
# Group terms (各区（县、市）政府, 各县市区): resolved to members through the directory where it knows the place.
_GROUP = re.compile(r"^各[县市区乡镇（(、）)]+(?:人民)?(?:政府|党委|管委会)?(?:[（(].*[）)])?$")
_HOW = {"title": "标题", "issuer": "发文机关", "doc_number": "文号", "text": "正文提到的地名"}


class UnitMatcher:
    """Resolves names in one jurisdiction and remembers the unknown ones for the warnings."""

    def __init__(self, directory, jurisdiction: str):
        self.directory = directory
        self.jurisdiction = jurisdiction
        self.unknown: dict[str, str] = {}  # normalised name → where first seen
        # A place the directory does not cover (湖州市, 余姚市): its units are kept as written, scoped to it.
        self.covered = jurisdiction in directory.jurisdictions

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
            elif _GROUP.match(raw):
                entry["group"] = True
            else:
                self.unknown.setdefault(entry["name"], where)
        return entry

    def units(self, listed: list[Listed], where: str) -> list[dict]:
        """UNIT dicts in order, one per distinct name; a name listed twice (a task whose points name their own units)
        leads if it leads anywhere."""
        out: dict[str, dict] = {}
        for item in listed:
            entry = self.unit(item, where)
            first = out.setdefault(entry["name"], entry)
            if entry["role"] == "lead":
                first["role"] = "lead"
        return list(out.values())

    def warnings(self, how: str = "") -> list[dict]:
        """One warning per unknown name; for a place the directory does not cover, one warning in all."""
        if not self.covered:
            found = f"（据{_HOW[how]}判断）" if how in _HOW else ""
            names = list(self.unknown)
            listed = (
                f"文中 {len(names)} 个单位（{'、'.join(names[:8])}{'等' if len(names) > 8 else ''}）已按原文保留为{self.jurisdiction}的单位，"
                if names
                else ""
            )
            return [
                {
                    "where": "全文",
                    "message": f"本文件属于{self.jurisdiction}{found}，单位名录中没有{self.jurisdiction}的单位：{listed}"
                    "未与嘉兴市的单位对应。如需跟踪，请先在单位名录中添加该地的单位。",
                }
            ]
        return [
            {
                "where": where,
                "message": f"单位“{name}”不在{self.jurisdiction}的单位名录中，已按原文保留，请核对或补充到单位名录。",
            }
            for name, where in self.unknown.items()
        ]
