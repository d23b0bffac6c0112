"""Word tables with merged cells, and the real corpus (skipped when ../shared/corpus is absent)."""

import pytest

from jxplan.importer import parse_file


def _merge_down(table, col, top, bottom):
    table.cell(top, col).merge(table.cell(bottom, col))


def _docx_from_seed_text(text: str, path):
    """Seed-style text as Word: paragraphs as paragraphs, the tab-cell table as a real table whose empty
    group cells are vertically merged with the cell above."""
    import docx

    document = docx.Document()
    lines = text.replace("\r\n", "\n").split("\n")
    rows, k = [], 0
    while k < len(lines):
        if lines[k].startswith("\t"):
            row = []
            while k < len(lines) and lines[k].startswith("\t"):
                row.append(lines[k].strip())
                k += 1
            if len(row) > 1:
                rows.append(row)
                continue
            document.add_paragraph(row[0])
            continue
        upcoming = next((line for line in lines[k:] if line.strip()), "")
        if rows and not (not lines[k].strip() and upcoming.startswith("\t")):
            _add_table(document, rows)
            rows = []
        if lines[k].strip():
            document.add_paragraph(lines[k].strip())
        k += 1
    if rows:
        _add_table(document, rows)
    document.save(path)


def _add_table(document, rows):
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value or r == 0:
                table.cell(r, c).text = value
    for c in range(width):
        r = 1
        while r < len(rows):
            if rows[r][c] if c < len(rows[r]) else True:
                r += 1
                continue
            top = r - 1
            while r < len(rows) and c < len(rows[r]) and not rows[r][c]:
                r += 1
            _merge_down(table, c, top, r - 1)


def test_word_table_with_vertical_and_horizontal_merges(tmp_path, directory):
    import docx

    document = docx.Document()
    document.add_paragraph("平湖市科技创新工作方案(2023-2027年)")
    document.add_paragraph("附件1")
    document.add_paragraph("主要指标进度表")
    table = document.add_table(rows=4, cols=8)
    header = ["类别", "序号", "指标", "2025年", "2023年", "一季度", "二季度", "责任单位"]
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    data = [
        ["创新投入", "1", "研发费用(亿元)", "55", "51", "11", "25", "市科技局"],
        ["", "2", "研发人员(人年)", "100", "90", "年度指标", "", "市科技局、市经信局"],
        ["创新主体", "3", "高新技术企业(家)", "累计达650", "新认定80", "年度指标", "", "市科技局"],
    ]
    for r, row in enumerate(data, start=1):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))  # 创新投入 spans two rows
    table.cell(2, 5).merge(table.cell(2, 6))  # 年度指标 spans the quarters
    table.cell(3, 5).merge(table.cell(3, 6))
    path = tmp_path / "方案.docx"
    document.save(path)
    result = parse_file(path, directory=directory)
    assert result["jurisdiction"] == "平湖市" and result["source"]["encoding"] == "docx"
    one, two, three = result["indicators"]
    assert one["category"] == ["创新投入"] and two["category"] == ["创新投入"] and three["category"] == ["创新主体"]
    assert [m["period"] for m in one["milestones"]] == ["2023Q1", "2023Q2"]
    assert two["milestones"] == [] and [u["role"] for u in two["units"]] == ["lead", "coop"]
    assert [t["raw"] for t in three["targets"]] == ["新认定80", "累计达650"]  # quarters: no baseline column


def test_seed_000_as_word_document(corpus, tmp_path, directory):
    text = (corpus / "seeds" / "000_40f982717766acb2.txt").read_text(encoding="utf-8")
    path = tmp_path / "000.docx"
    _docx_from_seed_text(text, path)
    from_word = parse_file(path, directory=directory)
    from_text = parse_file(corpus / "seeds" / "000_40f982717766acb2.txt", directory=directory)
    assert len(from_word["tasks"]) == 11 and len(from_word["indicators"]) == 50
    strip = ("line", "raw_row")
    for a, b in zip(from_word["indicators"], from_text["indicators"], strict=True):
        assert {k: v for k, v in a.items() if k not in strip} == {k: v for k, v in b.items() if k not in strip}
    assert [t["units"] for t in from_word["tasks"]] == [t["units"] for t in from_text["tasks"]]


SEEDS = {
    "000_40f982717766acb2.txt": (11, 50, 0, "plan"),
    "001_5b8c480047c922d5.txt": (14, 9, 12, "plan"),
    "002_61cc458a6a86991a.txt": (0, 0, 0, "not_a_plan"),
    "003_945c4abb690c3de5.txt": (18, 0, 0, "plan"),
    "004_740fab97c4b82f3f.txt": (28, 11, 0, "plan"),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_counts(corpus, directory, name):
    r = parse_file(corpus / "seeds" / name, directory=directory)
    assert (len(r["tasks"]), len(r["indicators"]), len(r["key_works"]), r["kind"]) == SEEDS[name]


def test_seed_000_details(corpus, directory):
    r = parse_file(corpus / "seeds" / "000_40f982717766acb2.txt", directory=directory)
    assert [u["name"] for u in r["all_tasks_units"]] == ["嘉兴经济技术开发区", "嘉兴港区", "各县（市、区）政府"]
    assert [(u["raw"], u["role"]) for u in r["tasks"][0]["units"]] == [("市经信局", "lead")]
    assert [(u["raw"], u["role"]) for u in r["tasks"][1]["units"]] == [
        ("市科技局", "lead"),
        ("市委人才办", "coop"),
        ("市经信局", "coop"),
    ]
    assert all(len(t["subitems"]) >= 3 for t in r["tasks"])
    raws = {i["number"]: (i["baseline"]["raw"], i["targets"][0]["raw"]) for i in r["indicators"]}
    assert raws["8"] == ("44.4", "44.5左右") and raws["11"] == ("12800/7721", "13500/8500")
    assert raws["5"][1] == "保持基本稳定" and raws["27"][0] == "-" and raws["30"][0] == "—"
    assert sum(i["self_set"] for i in r["indicators"]) == 12
    assert "230以上 低于基期值 296" in " ".join(w["message"] for w in r["warnings"])


def test_seed_001_details(corpus, directory):
    r = parse_file(corpus / "seeds" / "001_5b8c480047c922d5.txt", directory=directory)
    assert r["jurisdiction"] == "平湖市" and (r["start_year"], r["end_year"]) == (2023, 2027)
    assert [t["number"] for t in r["tasks"]] == ["1", "2", "3", "1", "2", "1", "2", "3", "1", "2", "1", "2", "1", "2"]
    assert r["tasks"][8]["units"][0]["raw"] == "市委组织部〔市委人才办〕"
    six = r["indicators"][5]
    assert [(v["year"], v["value"]) for v in six["targets"]] == [(2023, 90), (2025, 10), (2027, 110)]
    assert any("90" in w["message"] and "110" in w["message"] and w["where"] == "附件1 第6行" for w in r["warnings"])
    assert [m["period"] for m in r["indicators"][0]["milestones"]] == ["2023Q1", "2023Q2", "2023Q3", "2023Q4"]
    assert all(not i["milestones"] for i in r["indicators"][5:])
    assert [k["category"] for k in r["key_works"]].count("科技强基重点项目") == 4
    assert [u["raw"] for u in r["key_works"][0]["units"]] == ["市科技局", "市城投集团"]
    assert r["key_works"][0]["targets"][0]["value"] == 4


def test_seed_003_details_and_gbk(corpus, directory, tmp_path):
    source = corpus / "seeds" / "003_945c4abb690c3de5.txt"
    gbk = tmp_path / "003-gbk.txt"
    gbk.write_bytes(source.read_text(encoding="utf-8").encode("gbk"))
    for r in (parse_file(source, directory=directory), parse_file(gbk, directory=directory)):
        assert (r["doc_number"], r["date"], r["issuer"]) == (
            "嘉政办发〔2025〕17号",
            "2025-05-13",
            "嘉兴市人民政府办公室",
        )
        assert [t["number"] for t in r["tasks"]] == [str(n) for n in range(1, 19)]
        assert r["tasks"][10]["units"][-1]["members"]
        five = r["tasks"][4]["targets"][0]
        assert (five["value"], five["unit"], five["qualifier"], five["year"]) == (50, "家", "以上", 2027)
        assert r["tasks"][2]["targets"][0]["recurring"] is True
    assert parse_file(gbk, directory=directory)["source"]["encoding"] == "gb18030"


def test_seed_004_unassigned_tasks_with_boxes(corpus, directory):
    r = parse_file(corpus / "seeds" / "004_740fab97c4b82f3f.txt", directory=directory)
    assert all(t["units"] == [] for t in r["tasks"])
    assert len(r["tasks"][0]["boxes"]) == 1
    assert r["indicators"][2]["targets"][0]["raw"] == "129" and r["indicators"][2]["growth"] == "1.07%"
    assert not any("没有写明责任单位" in w["message"] for w in r["warnings"])


@pytest.mark.parametrize(
    ("stem", "tasks", "indicators", "key_works"),
    [
        ("jiaxing_2024", 16, 0, 0),
        ("jiaxing_2022", 16, 0, 0),
        ("jiaxing_2021", 2, 0, 0),
        ("pinghu_2025_q1", 3, 0, 0),
        ("jiashan_2023", 0, 17, 0),
        ("ningbo_2025", 7, 0, 0),
        ("ningbo_2019", 8, 0, 0),
        ("huzhou_2024", 3, 0, 0),
        ("haining_2025", 1, 0, 0),
        ("pinghu_2025_econ", 2, 0, 0),
        ("shaoxing_2025", 0, 0, 1),
        ("hangzhou_2015", 3, 0, 0),
    ],
)
def test_public_excerpts(corpus, directory, stem, tasks, indicators, key_works):
    [path] = sorted((corpus / "public").glob(stem + "*"))
    r = parse_file(path, directory=directory)
    assert (len(r["tasks"]), len(r["indicators"]), len(r["key_works"])) == (tasks, indicators, key_works)


@pytest.mark.slow
def test_doc_is_converted_through_libreoffice(tmp_path, directory):
    import subprocess

    import docx

    from jxplan.importer.decode import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    document = docx.Document()
    document.add_paragraph("嘉兴市测试实施方案")
    document.add_paragraph("一、重点任务")
    document.add_paragraph("1.推进改造。到2027年新增工厂5家。（责任单位：市经信局、市科技局）")
    document.save(tmp_path / "方案.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path),
         str(tmp_path / "方案.docx")],
        capture_output=True,
        timeout=180,
        check=True,
    )  # fmt: skip
    result = parse_file(tmp_path / "方案.doc", directory=directory)
    assert result["source"]["converted_from"] == ".doc"
    [task] = result["tasks"]
    assert [u["raw"] for u in task["units"]] == ["市经信局", "市科技局"]
    assert task["targets"][0]["value"] == 5
