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
