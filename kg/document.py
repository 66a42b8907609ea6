"""Read report files (text or HTML) and their metadata into Documents: the first step of text -> graph."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from .errors import InputError, InputWarning
from .hygiene import text_controls_blanked

META_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
# Above this a file is refused rather than read: no news article comes near it, and a file decoded whole
# needs about twice its size in memory. The pipeline itself reads any text in segments (see segments()).
MAX_FILE_BYTES = 64 * 1024 * 1024
# A document whose letters are less than this share Arabic is skipped with a warning: the lexicon is
# Arabic, so anything found in it would be noise.
MIN_ARABIC_SHARE = 0.3
_LANGUAGE_SAMPLE = 200_000
_DETECT_SAMPLE = 256 * 1024
_HASH_BLOCK = 1 << 20  # characters encoded at a time for the content hash
MAX_META_BYTES = 64 * 1024  # a metadata file: outlet, date, url, place, author and id
MAX_META_VALUE = 2048  # characters in one metadata value (a URL is the longest)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_META_KEYS = {"outlet", "date", "language", "url", "place", "report_by", "doc_id"}
_DATE_LINE = re.compile(r"^\s*date\s+([0-9٠-٩۰-۹]{4}-[0-9٠-٩۰-۹]{2}-[0-9٠-٩۰-۹]{2})\b[ \t]*(.*)$", re.IGNORECASE)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A dateline: "OUTLET- PLACE" on a short first line (شفق نيوز- بغداد).
_DATELINE = re.compile(r"^\s*(?P<outlet>[^\n\-–—]{2,40}?)\s*[-–—]\s*(?P<place>[^\n\-–—]{2,30}?)\s*$")
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]+$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC_LETTERS = re.compile(f"[{_ARABIC}]+")  # runs: counted by length, not one match a letter
_LETTERS = re.compile(r"[^\W\d_]+")
# Format controls (bidi marks and embeddings, zero-width joiners and spaces, soft hyphen, stray BOM) and
# line separators spaCy does not treat as line breaks.
_CONTROLS = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_JOINING_CONTROLS = re.compile(f"(?<=[{_ARABIC}\u064b-\u065f])[{_CONTROLS}]+|[{_CONTROLS}]+(?=[{_ARABIC}])")
_LINE_BREAK = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_MAGIC = ((b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (docx, xlsx, ...)"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
          (b"{\\rtf", "an RTF document"), (b"\xd0\xcf\x11\xe0", "an MS Office document"))
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """One report: its text exactly as decoded (all offsets point into it) and what is known about it."""

    doc_id: str
    text: str
    path: Path
    outlet: str | None = None
    date: str | None = None
    language: str = "ar"
    url: str | None = None
    place: str | None = None
    report_by: str | None = None
    encoding: str = "utf-8"

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the text's UTF-8 (computed once: a long document is added to the graph segment by segment).

        Encoded a block at a time: encoding a long text whole would need a second copy of it, up to three
        bytes a character, on top of the pipeline's working memory.
        """
        digest = hashlib.sha256()
        for start in range(0, len(self.text), _HASH_BLOCK):
            digest.update(self.text[start:start + _HASH_BLOCK].encode("utf-8"))
        return digest.hexdigest()


def doc_id_for(path: Path) -> str:
    """A readable id from the file name, safe in an IRI; a hash where the name has no safe characters."""
    slug = _SAFE_ID.sub("-", path.stem).strip("-.")
    return slug or "doc-" + hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:12]


def _codec_name(encoding: str) -> str:
    """The codec's canonical name; a codec that does not turn bytes into text (base64, rot13, zlib) is
    unknown here, as it is to a reader of text."""
    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{encoding} is not a text encoding")
    return info.name


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid {_codec_name(encoding)} (byte {exc.start}: {exc.reason}); "
                               "give the right --encoding") from exc


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Text and encoding name: the given encoding, else a BOM, else UTF-8, else what charset-normalizer detects."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file
        raise InputWarning(path, "the file is empty" if not data else "the file is empty (only whitespace)")
    if encoding:
        try:
            _codec_name(encoding)
        except LookupError as exc:
            raise InputError(path, f"unknown text encoding {encoding!r}") from exc
        return _strict(data, encoding, path).removeprefix("\ufeff"), _codec_name(encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, path).removeprefix("\ufeff"), "utf-8" if name == "utf-8-sig" else name
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {kind}, not text; convert it to .txt or .html first")
    if b"\x00" in data[:_DETECT_SAMPLE]:
        raise InputError(path, "the file is binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for legacy files: its import takes a moment

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        raise InputError(path, "cannot tell its text encoding (is it binary?); give --encoding")
    return _strict(data, best.encoding, path), _codec_name(best.encoding)


def html_text(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """The article text of an HTML page (trafilatura drops menus, footers and ads) and its encoding."""
    declared = _HTML_CHARSET.search(data[:4096])
    if encoding is None and declared is not None:
        try:
            encoding = _codec_name(declared.group(1).decode("ascii"))
        except LookupError:
            encoding = None
    page, used = decode(data, path, encoding)
    import trafilatura  # a heavy import, needed only for HTML input

    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=False, output_format="txt")
    if not text or not text.strip():
        raise InputWarning(path, "no article text found in the HTML page")
    return text, used


def arabic_share(text: str) -> float:
    """The share of letters (in the first 200,000 characters) that are Arabic-script letters.

    >>> arabic_share("نعم yes")
    0.5
    """
    sample = text[:_LANGUAGE_SAMPLE]
    letters = sum(map(len, _LETTERS.findall(sample)))
    return sum(map(len, _ARABIC_LETTERS.findall(sample))) / letters if letters else 0.0


_EXTRA_SPACE = re.compile("(?<=[ \t])[ \t]+(?=[\u0621-\u064a])")


def pipeline_text(text: str) -> str:
    """The text the pipeline reads: the same length, so every offset still points into the stored text.

    A format control (bidi mark, zero-width joiner or space, soft hyphen) next to an Arabic letter becomes
    a tatweel, which normalisation drops, so the word stays one word and no extra space is made; elsewhere
    it becomes a space. Line and paragraph separators become newlines, which end sentences.

    >>> pipeline_text("تركيا\\u200f، وسو\\u200cريا 2025\\u200e")
    'تركياـ، وسوـريا 2025 '
    >>> pipeline_text("دمشق   أي")
    'دمشق ــأي'
    """
    text = _LINE_BREAK.sub("\n", text)
    text = _JOINING_CONTROLS.sub(lambda m: "ـ" * len(m.group()), text)
    text = _CONTROL.sub(" ", text)
    # Extra spaces before a word would be tokens of their own and part the word from its neighbours.
    return _EXTRA_SPACE.sub(lambda m: "ـ" * len(m.group()), text)


def segments(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut after a line break or else a space.

    spaCy's memory grows with the text it is given, so a long file is read piece by piece.

    >>> list(segments("abc\\ndef ghi", 6))
    [(0, 4), (4, 8), (8, 11)]
    """
    if not text:
        yield 0, 0
        return
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            floor = start + limit // 2
            cut = text.rfind("\n", floor, end)
            cut = cut if cut != -1 else text.rfind(" ", floor, end)
            end = cut + 1 if cut != -1 else end
        yield start, end
        start = end


def read_metadata(path: Path) -> dict[str, str | None]:
    """The sidecar metadata of a document (DOC.meta.json), or {} where there is none."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        if meta_path.stat().st_size > MAX_META_BYTES:
            raise InputError(meta_path, f"metadata is over {MAX_META_BYTES // 1024} KiB; it holds a few short "
                                        "values")
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(meta_path, f"metadata is not valid JSON: {exc}") from exc
    except RecursionError:  # nested thousands deep: not metadata
        raise InputError(meta_path, "metadata must be a flat JSON object") from None
    except OSError as exc:
        raise InputError(meta_path, f"metadata cannot be read: {exc.strerror or exc}") from exc
    if not isinstance(meta, dict):
        raise InputError(meta_path, "metadata must be a JSON object")
    unknown = set(meta) - _META_KEYS
    if unknown:
        raise InputError(meta_path, f"unknown metadata keys {sorted(unknown)}; allowed: {sorted(_META_KEYS)}")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(meta_path, f"metadata key {key!r} must be a string or null")
        if value is not None and len(value) > MAX_META_VALUE:
            raise InputError(meta_path, f"metadata value of {key!r} is over {MAX_META_VALUE:,} characters")
    if meta.get("date"):
        try:
            if not _ISO_DAY.fullmatch(meta["date"]):  # fromisoformat also takes 20250101 and 2025-W01-1
                raise ValueError(meta["date"])
            date.fromisoformat(meta["date"])
        except ValueError as exc:
            raise InputError(meta_path, f"date {meta['date']!r} is not YYYY-MM-DD") from exc
    if meta.get("doc_id") and not _VALID_ID.match(meta["doc_id"]):
        raise InputError(meta_path, f"doc_id {meta['doc_id']!r} may hold only A-Z a-z 0-9 . _ - (it names IRIs)")
    if meta.get("url") and not _URL.match(meta["url"]):
        raise InputError(meta_path, f"url {meta['url']!r} is not an http(s) URL")
    return meta


def metadata_from_text(text: str) -> dict[str, str]:
    """What the text itself says: a leading ``date YYYY-MM-DD`` line and a dateline ``OUTLET- PLACE``."""
    found: dict[str, str] = {}
    lines = [line for line in text[:4096].splitlines() if line.strip()]
    if not lines:
        return found
    first = lines[0]
    match = _DATE_LINE.match(first)
    if match:
        try:
            found["date"] = date.fromisoformat(match.group(1).translate(_DIGITS)).isoformat()
        except ValueError:
            pass
        first = match.group(2) or (lines[1] if len(lines) > 1 else "")
    dateline = _DATELINE.match(first)
    if dateline and len(first.split()) <= 8:
        found["outlet"] = dateline.group("outlet").strip()
        found["place"] = dateline.group("place").strip()
    return found


def read_document(path: Path | str, *, encoding: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Decode one file (text, or HTML reduced to its article); metadata beside it wins over what the text says.

    Raises InputError naming the file and the problem, InputWarning for a file to skip (empty, not Arabic).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit "
                                   "(--max-file-size); split it into articles or raise the limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if path.suffix.lower() in HTML_SUFFIXES:
        text, used = html_text(data, path, encoding)
    else:
        text, used = decode(data, path, encoding)
    del data
    text = text_controls_blanked(text)  # refused at input, so that no output carries a control character
    meta = {**metadata_from_text(text), **{k: v for k, v in read_metadata(path).items() if v is not None}}
    language = meta.pop("language", None) or "ar"
    if not language.lower().startswith("ar"):
        raise InputWarning(path, f"its metadata gives language {language!r}; kg reads Arabic only, so it is skipped")
    share = arabic_share(text)
    if share < MIN_ARABIC_SHARE:
        raise InputWarning(path, f"is not Arabic text ({share:.0%} of its letters are Arabic), so it is skipped")
    return Document(doc_id=meta.pop("doc_id", None) or doc_id_for(path), text=text, path=path, encoding=used,
                    language=language, **meta)


def find_documents(paths: Iterable[Path | str]) -> list[Path]:
    """The .txt and .html files named or inside the folders named, sorted, each once (by its real path)."""
    found: set[Path] = set()
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
        elif path.is_file():
            found.add(path)
        else:
            raise InputError(path, "no such file or folder")
    if not found:
        raise InputError(", ".join(str(p) for p in paths), "no .txt or .html documents found")
    # one file reached by two paths (a link, or a folder named twice) is one document
    unique: dict[str, Path] = {}
    for path in sorted(found):
        unique.setdefault(os.path.realpath(path), path)
    return sorted(unique.values())


def read_documents(paths: Iterable[Path | str], *, encoding: str | None = None) -> Iterator[Document]:
    """Every document under paths; two files with one doc id are an error (their graphs would merge)."""
    seen: dict[str, Path] = {}
    for path in find_documents(paths):
        document = read_document(path, encoding=encoding)
        if document.doc_id in seen:
            raise InputError(path, f"has the same document id {document.doc_id!r} as {seen[document.doc_id]}")
        seen[document.doc_id] = path
        yield document
