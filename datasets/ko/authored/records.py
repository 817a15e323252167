"""Record builders shared by the hand-written Korean corpora (``corpus_b.py``, ``write_c/d/e.py``).

- ``split_of``: "test" iff int(sha256(id)[:8], 16) % 100 < 30;
- ``first_concern`` (from ``corpus.generator``): the README rule for ``first_concern_index``;
- ``message``: one message dict (tags in README order, ``imminent``, ``obfuscation``);
- ``tagged_messages``: "A: text #tag …" lines (the short marks of ``TAGS``, authors c, d and e) -> messages;
- ``tagged_post``: a "label | kind | marks | text" line -> post record;
- ``conversation``: the conversation record (categories, level, urgent_reasons, first_concern_index, split).

Standard library only; expects ``datasets/ko`` on ``sys.path`` (for ``corpus``), as the writers set it up.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Collection, Iterable
from typing import Any

from corpus.config import CATEGORIES, OBFUSCATIONS
from corpus.generator import first_concern

NOW = "now"  # short mark of authors c, d and e: the meeting message names a concrete time/place
TAGS = {
    "age": "age_probe",
    "comp": "compliment_trust",
    "gift": "gift",
    "sec": "secrecy_isolation",
    "img": "image_request",
    "plat": "platform_move",
    "sex": "sexual_talk",
    "meet": "meeting",
    "money": "money_meeting",
    "shelter": "shelter_runaway",
    "spon": "sponsor",
    "sext": "sextortion",
    "self": "self_harm",
}


def split_of(rid: str) -> str:
    return "test" if int(hashlib.sha256(rid.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30 else "train"


def message(speaker: str, text: str, tags: Collection[str], imminent: bool, obf: set[str]) -> dict[str, Any]:
    msg: dict[str, Any] = {"speaker": speaker, "text": text, "tags": [c for c in CATEGORIES if c in tags]}
    if imminent:
        msg["imminent"] = True
    if obf:
        msg["obfuscation"] = [o for o in OBFUSCATIONS if o in obf]
    return msg


def tagged_messages(
    rid: str,
    lines: Iterable[tuple[str, str, list[str]]],
    obfuscation: Callable[[str, list[str]], set[str]],
    extra_marks: Collection[str] = (),
    speakers: Collection[str] | None = None,
) -> list[dict[str, Any]]:
    """(speaker, text, marks) -> message dicts. Marks are keys of ``TAGS``, ``NOW`` or one of ``extra_marks``
    (read by ``obfuscation(text, marks)`` only); ``speakers``, when given, are the allowed speaker ids."""
    messages = []
    for speaker, text, marks in lines:
        unknown = [m for m in marks if m not in TAGS and m != NOW and m not in extra_marks]
        if unknown:
            raise ValueError(f"{rid}: unknown tag {unknown} in {text!r}")
        if speakers is not None and speaker not in speakers:
            raise ValueError(f"{rid}: unknown speaker {speaker!r} in {text!r}")
        tags = {TAGS[m] for m in marks if m in TAGS}
        messages.append(message(speaker, text, tags, NOW in marks, obfuscation(text, marks)))
    return messages


def tagged_post(
    rid: str,
    line: str,
    obfuscation: Callable[[str, list[str]], set[str]],
    source: str,
    extra_marks: Collection[str] = (),
) -> dict[str, Any]:
    """ "label | kind | marks | text" -> post record; ``kind`` is the post_type (label 1) or the negative_type
    (label 0), marks are keys of ``TAGS`` or one of ``extra_marks`` (read by ``obfuscation`` only)."""
    label, kind, cats, text = (f.strip() for f in line.split("|", 3))
    marks = cats.split()
    obf = obfuscation(text, marks)
    return {
        "id": rid,
        "lang": "ko",
        "label": int(label),
        "categories": [c for c in CATEGORIES if c in {TAGS[t] for t in marks if t not in extra_marks}],
        "text": text,
        "post_type": kind if label == "1" else None,
        "negative_type": kind if label == "0" else None,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf],
        "source": source,
        "split": split_of(rid),
    }


def conversation(
    rid: str,
    spec: dict[str, Any],
    messages: list[dict[str, Any]],
    source: str,
    participants: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The conversation record. ``spec`` gives label, scenario, platform, participants (unless passed) and
    negative_type (kept for negatives only; the scenario when the spec has none)."""
    label = spec["label"]
    cats = {t for m in messages for t in m["tags"]}
    obf_all = {o for m in messages for o in m.get("obfuscation", ())}
    rec: dict[str, Any] = {
        "id": rid,
        "lang": "ko",
        "label": label,
        "categories": [c for c in CATEGORIES if c in cats],
        "level": None,
        "urgent_reasons": [],
        "first_concern_index": None,
        "negative_type": spec.get("negative_type", spec["scenario"]) if label == 0 else None,
        "scenario": spec["scenario"],
        "platform": spec["platform"],
        "participants": spec["participants"] if participants is None else participants,
        "messages": messages,
        "obfuscation": [o for o in OBFUSCATIONS if o in obf_all],
        "source": source,
        "split": split_of(rid),
    }
    if label == 1:
        urgent = set()
        if any(m.get("imminent") for m in messages):
            urgent.add("imminent_meeting")
        if "sextortion" in cats:
            urgent.add("sextortion_threat")
        if "self_harm" in cats:
            urgent.add("self_harm")
        rec["urgent_reasons"] = sorted(urgent)
        rec["level"] = "urgent" if urgent else "high"
        rec["first_concern_index"] = first_concern(messages)
    return rec


def print_errors(errs: list[str]) -> bool:
    """Print the first 60 validation errors and their count to stderr; True when there were any."""
    for e in errs[:60]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} validation errors", file=sys.stderr)
    return bool(errs)
