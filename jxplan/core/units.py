"""The unit directory: units scoped by jurisdiction, their aliases and group terms, and name matching."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from jxplan.resources import resource_path

DEFAULT_JURISDICTION = "嘉兴市"
UNIT_KINDS = {
    "bureau": "部门",
    "county": "县（市、区）",
    "zone": "开发区（园区）",
    "bank": "金融机构",
    "enterprise": "企业",
    "group": "群体称谓",
    "other": "其他",
}

# Bracket variants seen in documents: 〔〕 (GB/T 9704 for years, also used around aliases), （）, (), 【】.
_BRACKETS = str.maketrans({"〔": "（", "〕": "）", "(": "（", ")": "）", "【": "（", "】": "）", "[": "（", "]": "）"})
_SPACE = re.compile(r"\s+")


def normalize_name(raw: str) -> str:
    """Canonical form for matching a unit name: NFKC-free width folding of brackets, no whitespace or marks."""
    text = _SPACE.sub("", raw or "")
    text = text.translate(_BRACKETS)
    return text.strip("★☆*＊•·、，,；;。：:")


def name_variants(raw: str) -> list[str]:
    """Forms under which a written name may be found: as written, and without a trailing bracketed alias.

    `市委组织部〔市委人才办〕` is one unit written with its alias; both the whole and the part before the
    bracket are tried.
    """
    norm = normalize_name(raw)
    out = [norm]
    m = re.match(r"^(.+?)（(.+)）$", norm)
    if m:
        out += [m.group(1), m.group(2)]
    folded = unicodedata.normalize("NFKC", norm)
    if folded != norm:
        out.append(folded.translate(_BRACKETS))
    return out


class Unit(NamedTuple):
    """A responsible unit in one jurisdiction. `members` lists member names for group terms."""

    code: str
    name: str
    jurisdiction: str
    kind: str = "bureau"
    full_name: str = ""
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()

    @property
    def is_group(self) -> bool:
        return self.kind == "group"


class UnitDirectory:
    """All known units by jurisdiction, with an index of every normalised name and alias.

    A plain class, not a dataclass: the window imports this module at start-up, where each dataclass costs ~1 ms.
    """

    def __init__(
        self,
        jurisdictions: list[str] | None = None,
        units: list[Unit] | None = None,
        parents: dict[str, str | None] | None = None,
    ):
        self.jurisdictions = jurisdictions if jurisdictions is not None else []
        self.units = units if units is not None else []
        self.parents = parents if parents is not None else {}
        self._index: dict[tuple[str, str], Unit] = {}
        for unit in self.units:
            self._add_to_index(unit)

    def _add_to_index(self, unit: Unit) -> None:
        for name in (unit.name, unit.full_name, *unit.aliases):
            if name:
                self._index.setdefault((unit.jurisdiction, normalize_name(name)), unit)

    @classmethod
    def from_dict(cls, data: dict) -> UnitDirectory:
        units = [
            Unit(
                code=u["code"],
                name=u["name"],
                jurisdiction=u["jurisdiction"],
                kind=u.get("kind", "bureau"),
                full_name=u.get("full_name", ""),
                aliases=tuple(u.get("aliases", ())),
                members=tuple(u.get("members", ())),
            )
            for u in [*data.get("units", []), *data.get("groups", [])]
        ]
        jurisdictions = [j["name"] for j in data.get("jurisdictions", [])]
        parents = {j["name"]: j.get("parent") for j in data.get("jurisdictions", [])}
        return cls(jurisdictions, units, parents)

    @classmethod
    def load(cls, path: Path) -> UnitDirectory:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def load_default(cls) -> UnitDirectory:
        """The directory that ships with jxplan (resources/units.json)."""
        return cls.load(resource_path("units.json"))

    def resolve(self, raw: str, jurisdiction: str = DEFAULT_JURISDICTION) -> Unit | None:
        """The unit a written name stands for in `jurisdiction`, by name or alias; None if unknown.

        A county-level document may also name the city's units, but only by a name that cannot be one of its
        own: in full (嘉兴市科学技术局) or one that names the city. A short name like 市科技局 is never taken
        from the city, since 平湖市's 市科技局 is not 嘉兴市's.
        """
        variants = name_variants(raw)
        for variant in variants:
            unit = self._index.get((jurisdiction, variant))
            if unit:
                return unit
        parent = self.parents.get(jurisdiction)
        if parent:
            city = parent.removesuffix("市")
            for variant in variants:
                unit = self._index.get((parent, variant))
                if unit and city in variant:
                    return unit
        return None
