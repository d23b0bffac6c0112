"""Encodings, line endings and unreadable files: never mojibake, always a clear Chinese refusal."""

import pytest

from jxplan.errors import InputFileError
from jxplan.importer import parse_file
from jxplan.importer.decode import decode_bytes
from tests.importer.samples import PLAN_WITH_NOTICE


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_encoding_and_line_ending_gives_the_same_plan(tmp_path, directory, encoding, newline):
    path = tmp_path / "方案.txt"
    path.write_bytes(PLAN_WITH_NOTICE.replace("\n", newline).encode(encoding))
    result = parse_file(path, directory=directory)
    assert result["title"] == "嘉兴市低空经济试点行动方案(2025—2027年)"
    assert len(result["tasks"]) == 4
    assert result["tasks"][0]["units"][0]["name"] == "市交通运输局"
    assert "\r" not in result["tasks"][0]["text"]


def test_gb18030_only_characters_decode():
    text = "㐀方案：嘉兴市科技局牵头，市经信局配合，推进数字化改造项目建设。" * 3
    assert decode_bytes(text.encode("gb18030"), "x.txt") == (text, "gb18030")


def test_undecodable_bytes_are_refused(tmp_path, directory):
    path = tmp_path / "乱码.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(InputFileError, match="编码"):
        parse_file(path, directory=directory)


def test_empty_and_missing_files(tmp_path, directory):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(InputFileError, match="空"):
        parse_file(empty, directory=directory)
    with pytest.raises(InputFileError, match="找不到这个文件"):
        parse_file(tmp_path / "没有.txt", directory=directory)


def test_broken_docx_is_refused(tmp_path, directory):
    path = tmp_path / "坏.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(InputFileError, match="Word"):
        parse_file(path, directory=directory)


def test_doc_without_libreoffice_says_so(tmp_path, directory, monkeypatch):
    from jxplan.importer import decode

    monkeypatch.setattr(decode, "find_soffice", lambda: None)
    path = tmp_path / "旧.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputFileError, match="LibreOffice"):
        parse_file(path, directory=directory)


def test_unknown_jurisdiction_is_refused(parse):
    from jxplan.errors import UserError

    with pytest.raises(UserError, match="辖区"):
        parse("1.测试。", jurisdiction="火星市")


def test_cli_parse_prints_utf8_json(tmp_path, capsysbinary):
    import argparse
    import json

    from jxplan.cli import parse as parse_command

    path = tmp_path / "方案.txt"
    path.write_text(PLAN_WITH_NOTICE, encoding="gbk")
    assert parse_command.run(argparse.Namespace(file=str(path), jurisdiction=None)) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert data["doc_number"] == "嘉政办发〔2025〕9号" and data["source"]["encoding"] == "gb18030"
