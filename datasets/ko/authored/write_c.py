#!/usr/bin/env python3
"""Hand-written Korean chats and posts for the grooming detector, author c (synthetic, non-explicit).

Written in a deliberately different style from authors a and b: 사투리 (경상도), no-space and typo-heavy
youth chat (머하노, 개힘듦, ㄱㄱ, ㅇㅈ, 몰루), longer small talk before any risk, adults who build trust slowly
(compliments, secrecy, moving apps, gifts, gradual photo requests) and many hard negatives of every kind the
issue lists (parents' 용돈, friends' 사진, 알바 조건, 영상통화 with family, a friend urging a runaway to call
1388, teachers and counsellors asking age, pickups, word senses). Posts carry heavy obfuscation.

The text is data, kept in three modules next to this file:
- ``data_c_talk.py``: 40 small-talk openings, shared by positives and negatives;
- ``data_c_pos.py`` / ``data_c_neg.py``: the part of each conversation after the small talk (80 + 86);
- ``data_c_posts.py``: 60 posts (30 solicitations, 30 hard negatives).
Conversation *i* opens with small-talk block ``(7 i) mod 40``; every third conversation gets a second block
``(7 i + 13) mod 40`` (longer small talk). ``categories``, ``level``, ``first_concern_index`` (README rule)
and ``split`` ("test" iff int(sha256(id)[:8], 16) % 100 < 30, as for authors a and b) are computed; every
record goes through ``corpus.validation.validate_record``. Run ``python3 datasets/ko/authored/write_c.py``;
standard library only, deterministic output.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # datasets/ko (corpus)
sys.path.insert(0, str(HERE))

import corpus_b as base  # noqa: E402  (split rule, obfuscation checks, phone pattern, writer)
from corpus.validation import validate_record  # noqa: E402
from data_c_neg import NEGATIVE  # noqa: E402
from data_c_pos import POSITIVE  # noqa: E402
from data_c_posts import POSTS  # noqa: E402
from data_c_talk import SMALL_TALK  # noqa: E402
from records import conversation, print_errors, tagged_messages, tagged_post  # noqa: E402

SOURCE = "synthetic, hand-written (author c)"
ELONGATION = re.compile(r"([가-힣])\1{2,}|[가-힣](아|어|에|우|으){3,}|[가-힣]에에")
SPACED = re.compile(r"(?:^|\s)[가-힣ㄱ-ㅎ](?:\s[가-힣ㄱ-ㅎ]){2,}(?:\s|$)")


def _obfuscation(text: str) -> set[str]:
    found = base.detected_obfuscation(text)
    if ELONGATION.search(text):
        found.add("elongation")
    if SPACED.search(text):
        found.add("spacing_symbols")
    if re.search(r"[가-힣][\U0001f300-\U0001faff][가-힣]", text):
        found.add("emoji_insertion")
    return found


def _lines(block: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for line in block.strip().splitlines():
        speaker, rest = line.split(":", 1)
        words = rest.strip().split(" #")
        out.append((speaker.strip(), words[0].strip(), [w.strip() for w in words[1:]]))
    return out


def _blocks(table: str) -> list[tuple[list[str], str]]:
    """A table of blocks "+ a | b | …" / "- a | b | …" followed by message lines -> (header fields, lines)."""
    out = []
    for block in re.split(r"^[+-] ", table.strip(), flags=re.M):
        if block.strip():
            header, _, body = block.partition("\n")
            out.append(([f.strip() for f in header.split("|")], body))
    return out


def _specs(
    table: str, label: int, extra: Callable[[str], list[dict[str, Any]]] | None = None
) -> list[dict[str, Any]]:
    """Blocks "+ header" / "- header" and their message lines -> specs. With ``extra``, a last header field
    holding "=" is parsed by it into further participants (after A and B)."""
    specs = []
    for fields, body in _blocks(table):
        others = extra(fields.pop()) if extra and "=" in fields[-1] else []
        if label == 1:
            scenario, platform, relation, gender, age, ygender = fields
            role = "adult_stranger"
        else:
            scenario, platform, relation, role, gender, age, ygender = fields
        specs.append(
            {
                "label": label,
                "scenario": scenario,
                "platform": platform,
                "participants": [
                    {"id": "A", "role": role, "relation": relation, "gender": gender},
                    {"id": "B", "role": "youth", "age": int(age), "gender": ygender},
                    *others,
                ],
                "core": _lines(body),
            }
        )
    return specs


def build_conversation(n: int, spec: dict[str, Any]) -> dict[str, Any]:
    rid = f"ko-au-c-conv-{n:04d}"
    talk = _lines(SMALL_TALK[(7 * n) % len(SMALL_TALK)])
    if n % 3 == 0:
        talk += _lines(SMALL_TALK[(7 * n + 13) % len(SMALL_TALK)])
    return conversation(
        rid, spec, tagged_messages(rid, talk + spec["core"], lambda text, _marks: _obfuscation(text)), SOURCE
    )


def build_post(n: int, line: str) -> dict[str, Any]:
    return tagged_post(f"ko-au-c-post-{n:04d}", line, lambda text, _marks: _obfuscation(text), SOURCE)


def check(convs: list[dict[str, Any]], posts: list[dict[str, Any]]) -> list[str]:
    errs: list[str] = []
    for kind, recs in (("conversation", convs), ("post", posts)):
        ids = [r["id"] for r in recs]
        if len(set(ids)) != len(ids):
            errs.append(f"duplicate ids in {kind}s")
        for r in recs:
            errs += [e for e in validate_record(r, kind, False) if not e.endswith((": bad id", ": source"))]
            texts = [m["text"] for m in r["messages"]] if kind == "conversation" else [r["text"]]
            for t in texts:
                if base.PHONE_RE.search(t):
                    errs.append(f"{r['id']}: phone-like number in {t!r}")
                if re.search(r"https?://|www\.", t):
                    errs.append(f"{r['id']}: link in {t!r}")
    for r in convs:
        if r["label"] == 1 and r["first_concern_index"] is None:
            errs.append(f"{r['id']}: positive without first concern")
    post_texts = Counter(p["text"] for p in posts)
    errs += [f"duplicate post {t!r}" for t, k in post_texts.items() if k > 1]
    return errs


def save(
    letter: str,
    convs: list[dict[str, Any]],
    posts: list[dict[str, Any]],
    errs: list[str],
    *,
    median_total: bool = False,
    note: str = "",
    details: Sequence[str] = (),
) -> int:
    """Print the errors and return 1, or write conversations_<letter>.jsonl and posts_<letter>.jsonl, print
    their counts (message lengths with median and total if ``median_total``, then ``note``; the first concern
    indices; ``details`` lines) and return 0."""
    if print_errors(errs):
        return 1
    base.write(HERE / f"conversations_{letter}.jsonl", convs)
    base.write(HERE / f"posts_{letter}.jsonl", posts)
    lab = Counter((r["label"], r["split"]) for r in convs)
    plab = Counter((p["label"], p["split"]) for p in posts)
    lens = sorted(len(r["messages"]) for r in convs)
    fci = sorted(r["first_concern_index"] for r in convs if r["label"] == 1)
    more = f", median {lens[len(lens) // 2]}, total {sum(lens)}" if median_total else ""
    print(
        f"conversations_{letter}.jsonl: {len(convs)} ({dict(sorted(lab.items()))}), "
        f"messages {lens[0]}-{lens[-1]}{more}{note}"
    )
    print(f"  first_concern_index: min {fci[0]}, median {fci[len(fci) // 2]}, max {fci[-1]}")
    for line in details:
        print(line)
    print(f"posts_{letter}.jsonl: {len(posts)} ({dict(sorted(plab.items()))})")
    return 0


def main() -> int:
    specs = _specs(POSITIVE, 1) + _specs(NEGATIVE, 0)
    convs = [build_conversation(i, s) for i, s in enumerate(specs, 1)]
    posts = [build_post(i, line) for i, line in enumerate(POSTS.strip().splitlines(), 1)]
    return save("c", convs, posts, check(convs, posts))


if __name__ == "__main__":
    sys.exit(main())
