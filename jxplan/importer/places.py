"""Cities and counties of Zhejiang, to tell which government a document comes from when it is not 嘉兴's.

Documents of other places (湖政办发, 甬政发, 杭州市…, 余姚市人民政府…) must be reported as theirs, and their
units kept as written in that place, never matched to 嘉兴's units of the same short name (市科技局).
"""

from __future__ import annotations

import re

PROVINCE = "浙江省"
CITIES: dict[str, tuple[str, str]] = {  # city → (文号 prefix character, its county-level divisions)
    "杭州市": ("杭", "上城区 拱墅区 西湖区 滨江区 萧山区 余杭区 临平区 钱塘区 富阳区 临安区 桐庐县 淳安县 建德市"),
    "宁波市": ("甬", "海曙区 江北区 北仑区 镇海区 鄞州区 奉化区 象山县 宁海县 余姚市 慈溪市"),
    "温州市": ("温", "鹿城区 龙湾区 瓯海区 洞头区 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市 龙港市"),
    "嘉兴市": ("嘉", "南湖区 秀洲区 嘉善县 海盐县 海宁市 平湖市 桐乡市"),
    "湖州市": ("湖", "吴兴区 南浔区 德清县 长兴县 安吉县"),
    "绍兴市": ("绍", "越城区 柯桥区 上虞区 新昌县 诸暨市 嵊州市"),
    "金华市": ("金", "婺城区 金东区 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市"),
    "衢州市": ("衢", "柯城区 衢江区 常山县 开化县 龙游县 江山市"),
    "舟山市": ("舟", "定海区 普陀区 岱山县 嵊泗县"),
    "台州市": ("台", "椒江区 黄岩区 路桥区 三门县 天台县 仙居县 温岭市 临海市 玉环市"),
    "丽水市": ("丽", "莲都区 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁畲族自治县 龙泉市"),
}
PARENT: dict[str, str] = {c: PROVINCE for c in CITIES} | {
    county: city for city, (_, counties) in CITIES.items() for county in counties.split()
}
PLACES: list[str] = sorted([PROVINCE, *PARENT], key=len, reverse=True)
_PREFIX = {prefix: city for city, (prefix, _) in CITIES.items()} | {"浙": PROVINCE}
# Mentions that name a place without being about it (环杭州湾 is 嘉兴's own coast; 宁波舟山港 a port).
_NOT_ABOUT = re.compile(r"杭州湾|宁波舟山港|杭州电子科技大学|浙江大学|上海|杭绍甬|沪杭|杭嘉湖")


def stem(place: str) -> str:
    """杭州市 → 杭州, 景宁畲族自治县 → 景宁, 浙江省 → 浙江: the name as written without its suffix."""
    name = place.removesuffix("畲族自治县")
    return name[:-1] if len(name) > 2 and name.endswith(("市", "县", "区", "省")) else name


def place_at_start(head: str) -> str | None:
    """The place a title or issuer begins with: `湖州市人民政府办公室`, `2024年宁波市…`, `中共余杭区委…`.

    Cities and the province may drop their suffix (`杭州推进…`); counties must be written in full, since a
    stem such as 江北 or 西湖 also begins ordinary words.
    """
    head = re.sub(r"^(?:20\d{2}年|中共|关于)+", "", head.strip())
    for place in PLACES:
        if head.startswith(place) or ((place in CITIES or place == PROVINCE) and head.startswith(stem(place))):
            return place
    return None


def place_of_doc_number(number: str) -> str | None:
    """湖政办发〔2024〕3号 → 湖州市; 余姚市政发… → 余姚市 (a county number that names the county)."""
    for place in PLACES:
        if len(stem(place)) >= 2 and number.startswith(stem(place)):
            return place
    return _PREFIX.get(number[:1])


def city_mentions(text: str) -> dict[str, int]:
    """How often the text names each city, counting the names of its counties for it (县区政府 as units)."""
    text = _NOT_ABOUT.sub("", text)
    return {
        city: text.count(stem(city)) + sum(text.count(stem(c)) for c in counties.split() if len(stem(c)) >= 2)
        for city, (_, counties) in CITIES.items()
    }
