"""The unit directory: jurisdiction scoping, aliases, bracket variants and group terms."""

import pytest

from jxplan.core.units import UnitDirectory

JIAXING_COUNTIES = [
    "南湖区",
    "秀洲区",
    "嘉善县",
    "海盐县",
    "海宁市",
    "平湖市",
    "桐乡市",
    "嘉兴经济技术开发区",
    "嘉兴港区",
]


@pytest.fixture(scope="module")
def directory():
    return UnitDirectory.load_default()


def test_shipped_directory_has_the_city_and_its_nine_county_level_units(directory):
    assert directory.jurisdictions[0] == "嘉兴市"
    for name in JIAXING_COUNTIES:
        assert directory.resolve(name, "嘉兴市").kind in ("county", "zone")
    codes = [u.code for u in directory.units]
    assert len(codes) == len(set(codes)), "unit codes must be unique: they leave the program in files"


@pytest.mark.parametrize(
    ("written", "jurisdiction", "name"),
    [
        ("市委组织部〔市委人才办〕", "嘉兴市", "市委组织部"),
        ("市委组织部(市委人才办)", "嘉兴市", "市委组织部"),
        ("市发改委", "嘉兴市", "市发展改革委"),
        ("市人民银行", "嘉兴市", "人民银行嘉兴市分行"),
        ("嘉兴金融监管分局", "嘉兴市", "国家金融监督管理总局嘉兴监管分局"),
        (" 市城投集团", "平湖市", "市城投集团"),
        ("★市科技局", "嘉兴市", "市科技局"),
        ("浙江乍浦经济开发区〔嘉兴港区〕", "嘉兴市", "嘉兴港区"),
    ],
)
def test_names_resolve_through_aliases(directory, written, jurisdiction, name):
    assert directory.resolve(written, jurisdiction).name == name


def test_same_short_name_is_a_different_unit_in_another_jurisdiction(directory):
    city = directory.resolve("市科技局", "嘉兴市")
    pinghu = directory.resolve("市科技局", "平湖市")
    assert city.code != pinghu.code and pinghu.jurisdiction == "平湖市"
    # A county document may name a city unit in full.
    assert directory.resolve("嘉兴市科学技术局", "平湖市").code == city.code


def test_group_term_lists_its_members(directory):
    group = directory.resolve("各县〔市、区〕政府", "嘉兴市")
    assert group.is_group and list(group.members) == JIAXING_COUNTIES
    assert directory.resolve("没有这个单位", "嘉兴市") is None


def test_county_document_never_takes_a_city_unit_by_its_short_name():
    """平湖市's 市科技局 is not 嘉兴市's: a short name unknown in 平湖市 stays unknown instead of crossing over."""
    directory = UnitDirectory.load_default()
    assert directory.resolve("市数据局", "嘉兴市") is not None
    assert directory.resolve("市数据局", "平湖市") is None
    assert directory.resolve("人民银行嘉兴市分行", "平湖市").jurisdiction == "嘉兴市"
