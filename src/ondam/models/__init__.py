"""All ORM models in one package so that domain modules never import each other in cycles."""

from ondam.models.alerts import StaffAlert
from ondam.models.audit import AuditEntry, AuditHead
from ondam.models.base import Base
from ondam.models.cases import Case
from ondam.models.centers import Center, CenterVersion, Contact, Region
from ondam.models.counselling import (
    CannedResponse,
    ChatMessage,
    ChatNote,
    ChatParticipant,
    Conversation,
    MandatoryReport,
    StaffPresence,
)
from ondam.models.detection import DetectConversation, PartnerPlatform
from ondam.models.hashbank import BankChange, BankHash, PartnerFeedback
from ondam.models.idempotency import IdempotentResponse
from ondam.models.removal import RemovalCase, RemovalEvent, RemovalEvidence, RemovalItem
from ondam.models.reports import ReportEvidence, YouthReport
from ondam.models.staff import StaffSession, StaffUser
from ondam.models.youth import YouthContact

__all__ = [
    "AuditEntry",
    "AuditHead",
    "BankChange",
    "BankHash",
    "Base",
    "CannedResponse",
    "Case",
    "Center",
    "CenterVersion",
    "ChatMessage",
    "ChatNote",
    "ChatParticipant",
    "Contact",
    "Conversation",
    "DetectConversation",
    "IdempotentResponse",
    "MandatoryReport",
    "PartnerFeedback",
    "PartnerPlatform",
    "Region",
    "RemovalCase",
    "RemovalEvent",
    "RemovalEvidence",
    "RemovalItem",
    "ReportEvidence",
    "StaffAlert",
    "StaffPresence",
    "StaffSession",
    "StaffUser",
    "YouthContact",
    "YouthReport",
]
