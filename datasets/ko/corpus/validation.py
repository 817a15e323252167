"""Validation and statistics of the generated and hand-written files."""

# ruff: noqa: PLR0912, PLR0915, PT018

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .config import CATEGORIES, HAND_DIR, HERE, OBFUSCATIONS, OUT_DIR, SOURCE
from .generator import grade_name
from .hangul import fill, is_jon, to_chosung, to_dubeolsik, to_jamo
from .obfuscation import has_obfuscating_chosung

# ---------------------------------------------------------------------------------------------
# Validation and statistics
# ---------------------------------------------------------------------------------------------
PHONE_RE = re.compile(r"\d{2,4}[-. ]\d{3,4}[-. ]\d{4}|01[016789]\d{7,8}")
URL_RE = re.compile(r"https?://|www\.|\.com\b|\.kr\b|\.net\b|t\.me/|open\.kakao", re.I)
HELPLINES = {"112", "1366", "1388", "117", "1377"}


def validate_record(rec: dict[str, Any], kind: str, hand: bool) -> list[str]:
    errs: list[str] = []
    prefix = "ko-conv-" if kind == "conversation" else "ko-post-"
    rid = rec.get("id", "?")
    if not (isinstance(rid, str) and (rid.startswith(prefix) or (hand and rid.startswith(prefix.replace("ko-", "ko-hw-"))))):
        errs.append(f"{rid}: bad id")
    if rec.get("lang") != "ko":
        errs.append(f"{rid}: lang")
    label = rec.get("label")
    if label not in (0, 1):
        errs.append(f"{rid}: label")
    cats = rec.get("categories")
    if not isinstance(cats, list) or any(c not in CATEGORIES for c in cats) or len(set(cats)) != len(cats):
        errs.append(f"{rid}: categories")
        cats = []
    if label == 1 and not cats:
        errs.append(f"{rid}: positive without categories")
    if label == 0 and cats:
        errs.append(f"{rid}: negative with categories")
    if label == 0 and not rec.get("negative_type"):
        errs.append(f"{rid}: negative without negative_type")
    obf = rec.get("obfuscation")
    if not isinstance(obf, list) or any(o not in OBFUSCATIONS for o in obf):
        errs.append(f"{rid}: obfuscation")
    want_source = "synthetic, hand-written" if hand else SOURCE
    if rec.get("source") != want_source:
        errs.append(f"{rid}: source")
    if rec.get("split") not in ("train", "test") or (hand and rec.get("split") != "test"):
        errs.append(f"{rid}: split")
    texts: list[str] = []
    if kind == "conversation":
        msgs = rec.get("messages")
        if not isinstance(msgs, list) or not (4 if hand else 6) <= len(msgs) <= 40:
            errs.append(f"{rid}: messages length {len(msgs) if isinstance(msgs, list) else '?'}")
            msgs = []
        ids = {p.get("id") for p in rec.get("participants", [])}
        youth = [p for p in rec.get("participants", []) if p.get("role") == "youth"]
        if not youth or not all(12 <= int(p.get("age", 0)) <= 18 for p in youth):
            errs.append(f"{rid}: youth participant aged 12-18 required")
        seen_tags: set[str] = set()
        for m in msgs:
            if m.get("speaker") not in ids or not isinstance(m.get("text"), str) or not m["text"].strip():
                errs.append(f"{rid}: message {m}")
            if not isinstance(m.get("tags"), list) or any(t not in CATEGORIES for t in m["tags"]):
                errs.append(f"{rid}: message tags {m}")
            else:
                seen_tags.update(m["tags"])
            texts.append(m.get("text", ""))
        if seen_tags and seen_tags != set(cats):
            errs.append(f"{rid}: categories {cats} != message tags {sorted(seen_tags)}")
        fci = rec.get("first_concern_index")
        if label == 1:
            if not isinstance(fci, int) or not 0 <= fci < len(msgs):
                errs.append(f"{rid}: first_concern_index")
            if rec.get("level") not in ("high", "urgent"):
                errs.append(f"{rid}: level")
            if {"sextortion", "self_harm"} & set(cats) and rec.get("level") != "urgent":
                errs.append(f"{rid}: sextortion/self_harm must be urgent")
            reasons = rec.get("urgent_reasons")
            want = {"sextortion_threat"} if "sextortion" in cats else set()
            want |= {"self_harm"} if "self_harm" in cats else set()
            want |= {"imminent_meeting"} if any(m.get("imminent") for m in msgs) else set()
            if not isinstance(reasons, list) or set(reasons) != want or (rec.get("level") == "urgent") != bool(want):
                errs.append(f"{rid}: level/urgent_reasons {rec.get('level')} {reasons} do not match the messages ({sorted(want)})")
        elif fci is not None or rec.get("level") is not None:
            errs.append(f"{rid}: negative with first_concern_index/level")
        for m in msgs:
            if "imminent" in m and (m["imminent"] is not True or not {"meeting", "money_meeting", "shelter_runaway"} & set(m.get("tags", []))):
                errs.append(f"{rid}: 'imminent' must be true and on a meeting message: {m}")
    else:
        if not isinstance(rec.get("text"), str) or not rec["text"].strip():
            errs.append(f"{rid}: text")
        texts.append(rec.get("text", ""))
    for t in texts:
        if PHONE_RE.search(t) or URL_RE.search(t):
            errs.append(f"{rid}: phone number or URL in {t!r}")
        for num in re.findall(r"\d{3,}", t):
            if len(num) >= 4 and num not in HELPLINES:
                errs.append(f"{rid}: long number {num} in {t!r}")
    return errs


def load_jsonl(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    recs, errs = [], []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"{path.name}:{n}: empty line")
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"{path.name}:{n}: invalid JSON ({e})")
    return recs, errs


def stats(name: str, recs: list[dict[str, Any]], kind: str) -> list[str]:
    lines = [f"### {name} ({len(recs)} records)", ""]
    lab = Counter(r["label"] for r in recs)
    spl = Counter((r["split"], r["label"]) for r in recs)
    lines.append(f"- label: 1 = {lab[1]}, 0 = {lab[0]}")
    lines.append(
        f"- split: train = {spl[('train', 1)] + spl[('train', 0)]} ({spl[('train', 1)]} pos / {spl[('train', 0)]} neg), "
        f"test = {spl[('test', 1)] + spl[('test', 0)]} ({spl[('test', 1)]} pos / {spl[('test', 0)]} neg)"
    )
    cat = Counter(c for r in recs for c in r["categories"])
    lines.append("- categories (records containing each): " + ", ".join(f"{c} {cat[c]}" for c in CATEGORIES))
    neg = Counter(r.get("negative_type") for r in recs if r["label"] == 0)
    lines.append("- negative_type: " + ", ".join(f"{k} {v}" for k, v in sorted(neg.items())))
    obf_pos = Counter(o for r in recs if r["label"] == 1 for o in r["obfuscation"])
    obf_neg = Counter(o for r in recs if r["label"] == 0 for o in r["obfuscation"])
    n_obf = Counter(r["label"] for r in recs if r["obfuscation"])
    lines.append(f"- records with any obfuscation: positives {n_obf[1]}, negatives {n_obf[0]}")
    lines.append("- obfuscation (pos/neg): " + ", ".join(f"{o} {obf_pos[o]}/{obf_neg[o]}" for o in OBFUSCATIONS))
    if kind == "conversation":
        lev = Counter(r["level"] for r in recs if r["label"] == 1)
        lines.append(f"- level (positives): high {lev['high']}, urgent {lev['urgent']}")
        lens = sorted(len(r["messages"]) for r in recs)
        lines.append(f"- messages per conversation: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; total {sum(lens)}")
        fcis = sorted(r["first_concern_index"] for r in recs if r["label"] == 1)
        if fcis:
            lines.append(f"- first_concern_index (positives): min {fcis[0]}, median {fcis[len(fcis) // 2]}, max {fcis[-1]}")
        sc = Counter(r.get("scenario") for r in recs if r["label"] == 1)
        lines.append("- scenario (positives): " + ", ".join(f"{k} {v}" for k, v in sorted(sc.items())))
    else:
        pt = Counter(r.get("post_type") for r in recs if r["label"] == 1)
        lines.append("- post_type (positives): " + ", ".join(f"{k} {v}" for k, v in sorted(pt.items())))
    lines.append("")
    return lines


def check(print_stats: bool = True) -> int:
    files = [
        (OUT_DIR / "conversations.jsonl", "conversation", False),
        (OUT_DIR / "posts.jsonl", "post", False),
        (HAND_DIR / "conversations.jsonl", "conversation", True),
        (HAND_DIR / "posts.jsonl", "post", True),
    ]
    all_errs: list[str] = []
    report: list[str] = []
    all_ids: set[str] = set()
    for path, kind, hand in files:
        if not path.exists():
            all_errs.append(f"missing {path}")
            continue
        recs, errs = load_jsonl(path)
        all_errs += errs
        for r in recs:
            all_errs += validate_record(r, kind, hand)
            if r.get("id") in all_ids:
                all_errs.append(f"duplicate id {r.get('id')}")
            all_ids.add(r.get("id"))
        report += stats(str(path.relative_to(HERE)), recs, kind)
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    report.append(f"Total size of datasets/ko: {size / 1024 / 1024:.2f} MB")
    if size > 5 * 1024 * 1024:
        all_errs.append("datasets/ko is larger than 5 MB")
    if print_stats:
        print("\n".join(report))
    for e in all_errs[:50]:
        print("ERROR", e, file=sys.stderr)
    if all_errs:
        print(f"{len(all_errs)} validation errors", file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


def self_test() -> None:
    assert to_dubeolsik("사진") == "tkwls"
    assert to_dubeolsik("조건") == "whrjs"
    assert to_dubeolsik("괜찮아") == "rhoscksgdk"
    assert to_dubeolsik("값") == "rkqt"
    assert to_chosung("조건만남") == "ㅈㄱㅁㄴ"
    assert to_jamo("사진") == "ㅅㅏㅈㅣㄴ"
    assert fill("{me|가} {me|랑}", {"me": "형"}) == "형이 형이랑"
    assert grade_name(14) == "중2" and grade_name(16) == "고1"
    assert is_jon("몇 살이에요?") and not is_jon("용돈 필요?") and not is_jon("몇 살이야")
    assert has_obfuscating_chosung("ㅈㄱㅁㄴ 17") and has_obfuscating_chosung("ㄴㅇ 알려줘")
    assert not has_obfuscating_chosung("ㅎㅇㅎㅇ ㅋㅋㅋ ㄱㄱㄱ 링크 ㄱㅎㅎ ㅇㅋ") and not has_obfuscating_chosung("ㅅㅏㅈㅣㄴ")
