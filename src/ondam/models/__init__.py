"""All ORM models in one package so that domain modules never import each other in cycles."""

from ondam.models.audit import AuditEntry, AuditHead
from ondam.models.base import Base
from ondam.models.cases import Case
from ondam.models.centers import Center, CenterVersion, Contact, Region
from ondam.models.detection import DetectConversation, PartnerPlatform
from ondam.models.staff import StaffSession, StaffUser

__all__ = [
    "AuditEntry",
    "AuditHead",
    "Base",
    "Case",
    "Center",
    "CenterVersion",
    "Contact",
    "DetectConversation",
    "PartnerPlatform",
    "Region",
    "StaffSession",
    "StaffUser",
]
