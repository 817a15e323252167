from __future__ import annotations

from enum import StrEnum

from ondam.kit.i18n import N_


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class AgeBand(StrEnum):
    UNDER_13 = "under_13"
    AGE_13_15 = "13_15"
    AGE_16_18 = "16_18"
    UNKNOWN = "unknown"


STATUS_LABELS = {
    CaseStatus.OPEN: N_("Open"),
    CaseStatus.IN_PROGRESS: N_("In progress"),
    CaseStatus.CLOSED: N_("Closed"),
}

AGE_BAND_LABELS = {
    AgeBand.UNDER_13: N_("Under 13"),
    AgeBand.AGE_13_15: N_("13 to 15"),
    AgeBand.AGE_16_18: N_("16 to 18"),
    AgeBand.UNKNOWN: N_("Unknown"),
}


# How a case opened from a counselling conversation rests: consent, or the statutory duty of a public body
# for a child under 14 (the guardian may be the abuser).
CONSENT_BASES = {
    "youth": N_("The young person consented"),
    "guardian": N_("A guardian consented"),
    "statutory": N_("Statutory duty, without consent (under 14)"),
}
CONSENT_METHODS = {
    "chat": N_("In this chat"),
    "phone": N_("By phone"),
    "in_person": N_("In person"),
    "written": N_("In writing"),
}
