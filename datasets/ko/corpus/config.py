"""Constants shared by the generator and the validator: seed, sizes, paths, label vocabulary."""

from __future__ import annotations

from pathlib import Path

SEED = 20260515
REF_YEAR = 2026  # the year the chats "happen" in; 년생 and 학년 are derived from it
N_CONV_POS = 300
N_CONV_NEG = 300
N_POST_POS = 600
N_POST_NEG = 600
SOURCE = "synthetic (datasets/ko/build.py)"
HERE = Path(__file__).resolve().parent.parent  # datasets/ko
OUT_DIR = HERE / "generated"
HAND_DIR = HERE / "handwritten"

CATEGORIES = [
    "age_probe",
    "compliment_trust",
    "gift",
    "secrecy_isolation",
    "image_request",
    "platform_move",
    "sexual_talk",
    "meeting",
    "money_meeting",
    "shelter_runaway",
    "sponsor",
    "sextortion",
    "self_harm",
]
# "weak" signals alone do not make a careful moderator worry; both together (an adult stranger who
# learns the child's age AND flatters) do. Every other category is "strong".
WEAK = {"age_probe", "compliment_trust"}
OBFUSCATIONS = [
    "chosung",
    "spacing_symbols",
    "latin_digits_lookalike",
    "english_keyboard",
    "elongation",
    "emoji_insertion",
    "jamo_split",
]
