import json
from pathlib import Path

import pytest

from kg.document import doc_id_for, find_documents, metadata_from_text, read_document, read_documents
from kg.errors import InputError

TEXT = "date 2024-03-02 وكالة الأنباء- عمّان\n\nقالت الحكومة إنها تدرس المقترح.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_metadata_file_wins_over_the_text(tmp_path: Path) -> None:
    doc = write(tmp_path / "report-1.txt", TEXT)
    (tmp_path / "report-1.meta.json").write_text(json.dumps({"outlet": "Reuters", "date": "2024-03-05"}))
    document = read_document(doc)
    assert (document.outlet, document.date, document.place) == ("Reuters", "2024-03-05", "عمّان")


def test_date_line_and_dateline_fill_in_missing_metadata() -> None:
    assert metadata_from_text(TEXT) == {"date": "2024-03-02", "outlet": "وكالة الأنباء", "place": "عمّان"}


def test_dateline_on_its_own_line() -> None:
    assert metadata_from_text("شفق نيوز- بغداد\nنص الخبر هنا.")["outlet"] == "شفق نيوز"


def test_text_without_metadata_has_none() -> None:
    assert metadata_from_text("قالت الحكومة إنها تدرس المقترح المقدم من الجانب الآخر.") == {}


def test_offsets_point_into_the_text_as_decoded(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "a.txt", "\ufeff" + TEXT))
    assert document.text.startswith("date") and document.encoding == "utf-8"


def test_windows_1256_is_decoded(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "legacy.txt", TEXT.encode("cp1256")))
    assert (document.encoding, document.text) == ("cp1256", TEXT)


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_unreadable_files_name_the_file_and_the_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    with pytest.raises(InputError, match=problem) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("meta", "problem"), [
    ("{not json", "not valid JSON"),
    ('["a list"]', "JSON object"),
    ('{"outlet": "X", "colour": "red"}', "unknown metadata keys"),
    ('{"date": "08/11/2025"}', "not YYYY-MM-DD"),
    ('{"outlet": 7}', "must be a string"),
])
def test_malformed_metadata_is_reported(tmp_path: Path, meta: str, problem: str) -> None:
    doc = write(tmp_path / "d.txt", TEXT)
    (tmp_path / "d.meta.json").write_text(meta)
    with pytest.raises(InputError, match=problem) as caught:
        read_document(doc)
    assert "d.meta.json" in str(caught.value)


def test_doc_ids_are_safe_for_iris() -> None:
    assert doc_id_for(Path("تقرير خاص 2025.txt")) == "2025"
    assert doc_id_for(Path("تقرير.txt")).startswith("doc-")
    assert doc_id_for(Path("shafaq news (1).txt")) == "shafaq-news-1"


def test_folders_are_searched_for_txt_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", TEXT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.txt", TEXT)
    write(tmp_path / "notes.md", "ignored")
    assert [p.name for p in find_documents([tmp_path])] == ["b.txt", "a.txt"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        find_documents([tmp_path / "nope"])


def test_two_files_with_one_doc_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    write(tmp_path / "x" / "same.txt", TEXT)
    write(tmp_path / "same.txt", TEXT)
    with pytest.raises(InputError, match="same document id"):
        list(read_documents([tmp_path]))
