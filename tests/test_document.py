import hashlib
import json
from pathlib import Path

import pytest

import kg
import kg.document as document_module
from kg.document import (Document, arabic_share, doc_id_for, find_documents, metadata_from_text, pipeline_text,
                         read_document, read_documents, segments)
from kg.errors import InputError, InputWarning

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


def test_iso_8859_6_is_detected_and_reported(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "iso.txt", TEXT.encode("iso8859_6")))
    assert (document.encoding, document.text) == ("iso8859-6", TEXT)


def test_utf_16_with_a_bom_is_decoded(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "u16.txt", TEXT.encode("utf-16")))
    assert (document.encoding, document.text) == ("utf-16", TEXT)


def test_a_given_encoding_wins_over_detection(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "legacy.txt", TEXT.encode("cp1256")), encoding="cp1256")
    assert (document.encoding, document.text) == ("cp1256", TEXT)


@pytest.mark.parametrize(("encoding", "problem"), [("utf-8", "is not valid utf-8"), ("klingon", "unknown text encoding")])
def test_a_wrong_given_encoding_names_the_file(tmp_path: Path, encoding: str, problem: str) -> None:
    path = write(tmp_path / "legacy.txt", TEXT.encode("cp1256"))
    with pytest.raises(InputError, match=problem) as caught:
        read_document(path, encoding=encoding)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("content", "problem"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
])
def test_known_binary_formats_are_named(tmp_path: Path, content: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_document(write(tmp_path / "file.txt", content))


@pytest.mark.parametrize("content", [b"", b"  \n\t ", b"\r\n\x0b\x0c"])
def test_empty_files_are_a_warning_not_an_error(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(InputWarning):
        read_document(write(tmp_path / "empty.txt", content))


def test_content_hash_is_the_sha256_of_the_whole_text_read_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "_HASH_BLOCK", 7)  # blocks end inside words and next to an emoji
    text = "قالت الحكومة 😀 إنها تدرس المقترح\n" * 5
    document = Document(doc_id="d", text=text, path=Path("d.txt"))
    assert document.content_hash == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_text_that_is_not_arabic_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "en.txt", "The government said it rejects any foreign intervention in Syria.")
    with pytest.raises(InputWarning, match="not Arabic text") as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_metadata_in_another_language_is_skipped(tmp_path: Path) -> None:
    doc = write(tmp_path / "d.txt", TEXT)
    (tmp_path / "d.meta.json").write_text('{"language": "fa"}')
    with pytest.raises(InputWarning, match="language 'fa'"):
        read_document(doc)


def test_arabic_with_latin_words_is_still_arabic() -> None:
    assert arabic_share("قالت وكالة Reuters إن الحكومة العراقية ترفض المقترح (AFP)") > 0.7


def test_persian_letters_and_indic_digits_in_the_date_line() -> None:
    assert metadata_from_text("date ٢٠٢٥-١١-٠٨ شفق نیوز- بغداد\nنص")["date"] == "2025-11-08"


@pytest.mark.parametrize(("meta", "problem"), [
    ('{"doc_id": "x> <y"}', "doc_id"),
    ('{"doc_id": "a b"}', "doc_id"),
    ('{"url": "javascript:alert(1)"}', "not an http"),
    ('{"url": "https://e.org/a b"}', "not an http"),
])
def test_metadata_that_would_break_an_iri_is_refused(tmp_path: Path, meta: str, problem: str) -> None:
    doc = write(tmp_path / "d.txt", TEXT)
    (tmp_path / "d.meta.json").write_text(meta)
    with pytest.raises(InputError, match=problem):
        read_document(doc)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", TEXT * 100)
    with pytest.raises(InputError, match="over the 0 MB limit") as caught:
        read_document(path, max_bytes=1000)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("تركيا\u200f.", "تركياـ."),  # a mark after a word: a tatweel, so no extra space
    ("سو\u200cريا", "سوـريا"),  # a joiner inside a word: a tatweel, dropped by normalisation
    ("\u202bدمشق\u202c", "ـدمشقـ"),  # an embedding around a word
    ("2025\u200e ", "2025  "),  # a mark after a number: a space
    ("أ\u2028ب", "أ\nب"),  # a line separator ends a line
    ("١٢٣ ۴۵۶ 789", "١٢٣ ۴۵۶ 789"),  # digits are left alone
])
def test_pipeline_text_keeps_every_offset(text: str, expected: str) -> None:
    assert pipeline_text(text) == expected and len(pipeline_text(text)) == len(text)


def test_segments_cover_the_text_and_cut_at_line_breaks() -> None:
    text = "\n".join(f"سطر رقم {n} من النص." for n in range(200))
    pieces = list(segments(text, 500))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= 500 and text[b - 1] == "\n" for a, b in pieces[:-1])


HTML = """<!doctype html><html><head><meta charset="windows-1256"><title>خبر</title></head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/ads">اشترك الآن</a></li></ul></nav>
<article><h1>أنقرة ودمشق</h1>
<p>وتخشى أنقرة توسع النفوذ الإيراني في سوريا خلال المرحلة المقبلة، بحسب ما قاله مسؤولون أتراك للصحفيين أمس.</p>
<p>وترفض دمشق أي وجود عسكري أجنبي على أراضيها، وأكدت أنها ستواصل اتصالاتها مع الدول المجاورة بشأن الحدود.</p>
</article>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار 2025</p><p>سياسة الخصوصية | اتصل بنا</p></footer>
</body></html>"""


def test_html_pages_are_reduced_to_their_article(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "page.html", HTML.encode("cp1256")))
    assert "وتخشى أنقرة توسع النفوذ الإيراني" in document.text and document.encoding == "cp1256"
    assert "الحقوق محفوظة" not in document.text and "اشترك" not in document.text


def test_an_html_page_without_an_article_is_skipped(tmp_path: Path) -> None:
    with pytest.raises(InputWarning, match="no article text"):
        read_document(write(tmp_path / "empty.html", "<html><head><title>t</title></head><body></body></html>"))


def test_folders_are_searched_for_html_too(tmp_path: Path) -> None:
    write(tmp_path / "a.html", HTML)
    write(tmp_path / "b.htm", HTML)
    write(tmp_path / "c.txt", TEXT)
    assert [p.name for p in find_documents([tmp_path])] == ["a.html", "b.htm", "c.txt"]


def test_one_file_reached_by_two_paths_is_one_document(tmp_path: Path) -> None:
    from kg.document import find_documents
    (tmp_path / "docs").mkdir()
    original = tmp_path / "docs" / "a.txt"
    original.write_text("وأيدت تركيا الاتفاق.\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").symlink_to(original)
    found = find_documents([tmp_path / "docs", tmp_path / "docs" / ".." / "docs"])
    assert [path.resolve() for path in found] == [original]  # the link and the second path add nothing
    result = kg.build([tmp_path / "docs", tmp_path / "docs" / ".." / "docs"], tmp_path / "out")
    assert result.documents == 1 and not result.problems
