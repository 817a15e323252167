"""Reading and writing the JSONL formats of the CLI contract.

A record is either a conversation ``{"id", "lang"?, "messages": [{"speaker", "text"}, ...]}`` or a text
``{"id", "lang"?, "text"}``. Other keys are ignored by scoring; training and evaluation read ``label`` (0/1),
``split`` and ``first_concern_index`` when present.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class RecordError(ValueError):
    pass


@dataclass
class Record:
    id: str
    lang: str | None
    messages: list[str] | None  # None for a text
    text: str | None
    label: int | None
    split: str | None
    first_concern_index: int | None
    raw: dict[str, Any]

    @property
    def is_conversation(self) -> bool:
        return self.messages is not None


def parse(obj: object, line_no: int = 0) -> Record:
    if not isinstance(obj, dict):
        raise RecordError(f"line {line_no}: expected a JSON object")
    rid = obj.get("id")
    if not isinstance(rid, (str, int)):
        raise RecordError(f"line {line_no}: 'id' must be a string or number")
    label = obj.get("label")
    fci = obj.get("first_concern_index")
    common = {
        "id": str(rid),
        "lang": obj.get("lang") if isinstance(obj.get("lang"), str) else None,
        "label": int(label) if isinstance(label, (int, bool)) else None,
        "split": obj.get("split") if isinstance(obj.get("split"), str) else None,
        "first_concern_index": fci if isinstance(fci, int) else None,
        "raw": obj,
    }
    if "messages" in obj:
        messages = obj["messages"]
        if not isinstance(messages, list):
            raise RecordError(f"line {line_no}: 'messages' must be a list")
        texts = []
        for m in messages:
            text = m.get("text") if isinstance(m, dict) else None
            if not isinstance(text, str):
                raise RecordError(f"line {line_no}: every message needs a string 'text'")
            texts.append(text)
        return Record(messages=texts, text=None, **common)  # type: ignore[arg-type]
    text = obj.get("text")
    if not isinstance(text, str):
        raise RecordError(f"line {line_no}: a record needs 'messages' (a conversation) or 'text'")
    return Record(messages=None, text=text, **common)  # type: ignore[arg-type]


_HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")


def guess_lang(record: Record) -> str:
    """The record's language, or a guess from its script when it has none."""
    if record.lang:
        return record.lang
    sample = " ".join((record.messages or [])[:20]) if record.is_conversation else (record.text or "")[:2000]
    return "ko" if _HANGUL.search(sample) else "en"


def read(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8", errors="strict") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            yield parse(obj, number)


def effective_split(record: Record) -> str:
    """The record's own split; records marked "train" give up a hashed 18% for validation (thresholds)."""
    if record.split in ("test", "val"):
        return record.split
    if record.split == "train":
        return "val" if zlib.crc32(f"val:{record.id}".encode()) % 100 < 18 else "train"
    return hashed_split(record.id)


def hashed_split(record_id: str, test: float = 0.15, val: float = 0.15) -> str:
    bucket = zlib.crc32(record_id.encode()) % 1000 / 1000
    if bucket < test:
        return "test"
    if bucket < test + val:
        return "val"
    return "train"
