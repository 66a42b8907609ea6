"""Read report files and their metadata into Documents: the first step of text -> graph."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import InputError

META_SUFFIX = ".meta.json"
_META_KEYS = {"outlet", "date", "language", "url", "place", "report_by", "doc_id"}
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", re.IGNORECASE)
# A dateline: "OUTLET- PLACE" on a short first line (شفق نيوز- بغداد).
_DATELINE = re.compile(r"^\s*(?P<outlet>[^\n\-–—]{2,40}?)\s*[-–—]\s*(?P<place>[^\n\-–—]{2,30}?)\s*$")
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")
_ENCODINGS = ("utf-8-sig", "cp1256")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


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

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def doc_id_for(path: Path) -> str:
    """A readable id from the file name, safe in an IRI; a hash where the name has no safe characters."""
    slug = _SAFE_ID.sub("-", path.stem).strip("-.")
    return slug or "doc-" + hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:12]


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), else Windows-1256 if that yields Arabic."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in data:
        raise InputError(path, "the file is binary (it contains NUL bytes), not text")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" or _ARABIC_LETTER.search(text):
            return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise InputError(path, "the file is neither UTF-8 nor Windows-1256 Arabic text")


def read_metadata(path: Path) -> dict[str, str | None]:
    """The sidecar metadata of a document (DOC.meta.json), or {} where there is none."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(meta_path, f"metadata is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict):
        raise InputError(meta_path, "metadata must be a JSON object")
    unknown = set(meta) - _META_KEYS
    if unknown:
        raise InputError(meta_path, f"unknown metadata keys {sorted(unknown)}; allowed: {sorted(_META_KEYS)}")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(meta_path, f"metadata key {key!r} must be a string or null")
    if meta.get("date"):
        try:
            date.fromisoformat(meta["date"])
        except ValueError as exc:
            raise InputError(meta_path, f"date {meta['date']!r} is not YYYY-MM-DD") from exc
    return meta


def metadata_from_text(text: str) -> dict[str, str]:
    """What the text itself says: a leading ``date YYYY-MM-DD`` line and a dateline ``OUTLET- PLACE``."""
    found: dict[str, str] = {}
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return found
    first = lines[0]
    match = _DATE_LINE.match(first)
    if match:
        try:
            date.fromisoformat(match.group(1))
            found["date"] = match.group(1)
        except ValueError:
            pass
        first = match.group(2) or (lines[1] if len(lines) > 1 else "")
    dateline = _DATELINE.match(first)
    if dateline and len(first.split()) <= 8:
        found["outlet"] = dateline.group("outlet").strip()
        found["place"] = dateline.group("place").strip()
    return found


def read_document(path: Path) -> Document:
    """Decode one file; metadata beside it wins over what the text says."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
    text, encoding = decode(data, path)
    meta = {**metadata_from_text(text), **{k: v for k, v in read_metadata(path).items() if v is not None}}
    return Document(
        doc_id=meta.pop("doc_id", None) or doc_id_for(path),
        text=text, path=path, encoding=encoding,
        language=meta.pop("language", None) or "ar",
        **meta,
    )


def find_documents(paths: Iterable[Path | str]) -> list[Path]:
    """The .txt files named or inside the folders named, sorted, each once."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.update(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            found.add(path)
        else:
            raise InputError(path, "no such file or folder")
    if not found:
        raise InputError(", ".join(str(p) for p in paths), "no .txt documents found")
    return sorted(found)


def read_documents(paths: Iterable[Path | str]) -> Iterator[Document]:
    """Every document under paths; two files with one doc id are an error (their graphs would merge)."""
    seen: dict[str, Path] = {}
    for path in find_documents(paths):
        document = read_document(path)
        if document.doc_id in seen:
            raise InputError(path, f"has the same document id {document.doc_id!r} as {seen[document.doc_id]}")
        seen[document.doc_id] = path
        yield document
