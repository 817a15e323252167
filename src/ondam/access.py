"""Every access decision in one place.

Roles grant permissions; center-scoped roles see only their own center's records, national roles see all.
Records are reached only through ``access_*`` functions, which answer :class:`NotFound` both for a record that
does not exist and for one the principal may not see, so ids cannot be probed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit.service import Actor
from ondam.kit.errors import Forbidden, NotFound
from ondam.kit.i18n import N_
from ondam.models import (
    Case,
    ChatParticipant,
    Conversation,
    RemovalCase,
    RemovalItem,
    ReportEvidence,
    StaffAlert,
    StaffUser,
    YouthReport,
)


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"
    CENTER_STAFF = "center_staff"
    MONITORING_ANALYST = "monitoring_analyst"
    REMOVAL_OFFICER = "removal_officer"
    STATISTICIAN = "statistician"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


class Perm(StrEnum):
    CASE_READ = "case.read"
    CASE_EXPORT = "case.export"
    STAFF_READ = "staff.read"
    AUDIT_READ = "audit.read"
    STATS_READ = "stats.read"
    MONITORING = "monitoring"
    REMOVAL = "removal"
    REPORTS = "reports"  # youth reports of exploitation (national: no center scoping)
    COUNSEL = "counsel"  # live counselling (run by the national hub: assignment decides, not the center)


# Roles whose scope is national: they work for the central hub or the ministry, not for one center.
NATIONAL_ROLES = frozenset(
    {Role.MONITORING_ANALYST, Role.REMOVAL_OFFICER, Role.STATISTICIAN, Role.ADMINISTRATOR, Role.AUDITOR}
)

PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.COUNSELLOR: frozenset({Perm.CASE_READ, Perm.REPORTS, Perm.COUNSEL}),
    Role.SUPERVISOR: frozenset(
        {Perm.CASE_READ, Perm.CASE_EXPORT, Perm.STAFF_READ, Perm.REPORTS, Perm.COUNSEL}
    ),
    Role.CENTER_STAFF: frozenset({Perm.CASE_READ, Perm.CASE_EXPORT}),
    Role.MONITORING_ANALYST: frozenset({Perm.MONITORING}),
    Role.REMOVAL_OFFICER: frozenset({Perm.REMOVAL}),
    Role.STATISTICIAN: frozenset({Perm.STATS_READ}),
    Role.ADMINISTRATOR: frozenset({Perm.STAFF_READ, Perm.STATS_READ}),
    Role.AUDITOR: frozenset({Perm.AUDIT_READ}),
}

ROLE_LABELS = {
    Role.COUNSELLOR: N_("Counsellor"),
    Role.SUPERVISOR: N_("Supervisor"),
    Role.CENTER_STAFF: N_("Center staff"),
    Role.MONITORING_ANALYST: N_("Monitoring analyst"),
    Role.REMOVAL_OFFICER: N_("Removal officer"),
    Role.STATISTICIAN: N_("Statistician"),
    Role.ADMINISTRATOR: N_("Administrator"),
    Role.AUDITOR: N_("Auditor"),
}


def validate_assignment(role: str, center_code: str | None) -> Role:
    """Center-scoped roles need a center; national roles must not carry one."""
    parsed = Role(role)
    if parsed in NATIONAL_ROLES and center_code is not None:
        raise ValueError(f"role {role} is national and takes no center")
    if parsed not in NATIONAL_ROLES and center_code is None:
        raise ValueError(f"role {role} belongs to a center; give one")
    return parsed


@dataclass(frozen=True)
class Principal:
    """A signed-in staff member for the duration of one request."""

    user_id: int
    username: str
    display_name: str
    role: Role
    center_code: str | None
    session_id: int
    ip: str
    request_id: str

    @classmethod
    def of(cls, user: StaffUser, session_id: int, ip: str, request_id: str) -> Principal:
        return cls(
            user.id,
            user.username,
            user.display_name,
            Role(user.role),
            user.center_code,
            session_id,
            ip,
            request_id,
        )

    @property
    def national(self) -> bool:
        return self.role in NATIONAL_ROLES

    @property
    def actor(self) -> Actor:
        return Actor("staff", str(self.user_id), self.ip, self.request_id)

    def can(self, perm: Perm) -> bool:
        return perm in PERMISSIONS[self.role]

    def sees_center(self, center_code: str | None) -> bool:
        return self.national or (center_code is not None and center_code == self.center_code)


def check_permission(principal: Principal, perm: Perm) -> None:
    """For pages and actions that are not about one record (lists, exports)."""
    if not principal.can(perm):
        raise Forbidden("your role does not allow this")


# -- cases -----------------------------------------------------------------------------------------------


def scope_cases(principal: Principal) -> Select[Case]:
    check_permission(principal, Perm.CASE_READ)
    query = select(Case)
    if not principal.national:
        query = query.where(Case.center_code == principal.center_code)
    return query


async def access_case_by_id(db: AsyncSession, principal: Principal, case_id: int) -> Case:
    case = await db.get(Case, case_id)
    if case is None or not principal.can(Perm.CASE_READ) or not principal.sees_center(case.center_code):
        raise NotFound("case not found")
    return case


# -- staff records ---------------------------------------------------------------------------------------


async def access_staff_by_id(db: AsyncSession, principal: Principal, user_id: int) -> StaffUser:
    user = await db.get(StaffUser, user_id)
    if user is None or not principal.can(Perm.STAFF_READ):
        raise NotFound("staff member not found")
    if not principal.national and user.center_code != principal.center_code:
        raise NotFound("staff member not found")
    return user


def scope_staff(principal: Principal) -> Select[StaffUser]:
    check_permission(principal, Perm.STAFF_READ)
    query = select(StaffUser)
    if not principal.national:
        query = query.where(StaffUser.center_code == principal.center_code)
    return query


# -- removal (national work: the permission decides, there is no center scoping) -------------------------


def scope_removal_cases(principal: Principal) -> Select[RemovalCase]:
    check_permission(principal, Perm.REMOVAL)
    return select(RemovalCase)


async def access_removal_case_by_id(db: AsyncSession, principal: Principal, case_id: int) -> RemovalCase:
    case = await db.get(RemovalCase, case_id)
    if case is None or not principal.can(Perm.REMOVAL):
        raise NotFound("removal case not found")
    return case


async def access_removal_item_by_id(db: AsyncSession, principal: Principal, item_id: int) -> RemovalItem:
    item = await db.get(RemovalItem, item_id)
    if item is None or not principal.can(Perm.REMOVAL):
        raise NotFound("removal item not found")
    return item


# -- staff alerts ----------------------------------------------------------------------------------------


def _alert_is_for(alert: StaffAlert, principal: Principal) -> bool:
    if alert.audience_staff_id is not None:
        return alert.audience_staff_id == principal.user_id
    return alert.audience_role == principal.role and (
        alert.center_code is None or principal.sees_center(alert.center_code)
    )


def scope_staff_alerts(principal: Principal) -> Select[StaffAlert]:
    """Alerts addressed to this person or to their role; the same rule as :func:`access_staff_alert_by_id`."""
    to_role = and_(StaffAlert.audience_staff_id.is_(None), StaffAlert.audience_role == principal.role.value)
    if not principal.national:
        to_role = and_(
            to_role, or_(StaffAlert.center_code.is_(None), StaffAlert.center_code == principal.center_code)
        )
    return select(StaffAlert).where(or_(StaffAlert.audience_staff_id == principal.user_id, to_role))


async def access_staff_alert_by_id(db: AsyncSession, principal: Principal, alert_id: int) -> StaffAlert:
    """An alert addressed to this person, or to their role (within their center for center-scoped roles)."""
    alert = await db.get(StaffAlert, alert_id)
    if alert is None or not _alert_is_for(alert, principal):
        raise NotFound("alert not found")
    return alert


# -- youth reports (national work: the permission decides) ------------------------------------------------


async def access_report_by_id(db: AsyncSession, principal: Principal, report_id: int) -> YouthReport:
    report = await db.get(YouthReport, report_id)
    if report is None or not principal.can(Perm.REPORTS):
        raise NotFound("report not found")
    return report


async def access_report_evidence_by_id(
    db: AsyncSession, principal: Principal, evidence_id: int
) -> ReportEvidence:
    evidence = await db.get(ReportEvidence, evidence_id)
    if evidence is None or not principal.can(Perm.REPORTS):
        raise NotFound("evidence not found")
    return evidence


# -- counselling (run by the national hub: conversations have no center) ----------------------------------


def sees_conversation(principal: Principal, conversation: Conversation) -> bool:
    """Supervisors see every conversation; counsellors the waiting ones (to take them) and their own."""
    if not principal.can(Perm.COUNSEL):
        return False
    if principal.role is Role.SUPERVISOR:
        return True
    return conversation.status == "waiting" or conversation.assigned_staff_id == principal.user_id


async def access_conversation(db: AsyncSession, principal: Principal, conversation_id: int) -> Conversation:
    """A conversation the principal may open: assigned to them, waiting in the queue, or any for a supervisor.

    NotFound both for a missing conversation and for one the principal may not see."""
    conversation = await db.get(Conversation, conversation_id)
    if conversation is None or not sees_conversation(principal, conversation):
        raise NotFound("conversation not found")
    return conversation


async def may_write_conversation(db: AsyncSession, principal: Principal, conversation: Conversation) -> bool:
    """Whether the principal may send to the young person: the assigned counsellor, or a supervisor who joined
    (an observing supervisor only reads)."""
    if not principal.can(Perm.COUNSEL):
        return False
    if conversation.assigned_staff_id == principal.user_id:
        return True
    joined = await db.scalar(
        select(ChatParticipant.id).where(
            ChatParticipant.conversation_id == conversation.id,
            ChatParticipant.staff_id == principal.user_id,
            ChatParticipant.role == "joined",
            ChatParticipant.left_at.is_(None),
        )
    )
    return joined is not None


def scope_open_conversations(principal: Principal) -> Select[Conversation]:
    """The open conversations a principal's queue page lists: waiting ones and their own for a counsellor, every
    open one for a supervisor (the same rule as :func:`sees_conversation`)."""
    query = select(Conversation).where(Conversation.status.in_(("waiting", "active")))
    if not principal.can(Perm.COUNSEL):
        return query.where(Conversation.id.is_(None))
    if principal.role is Role.SUPERVISOR:
        return query
    return query.where(
        or_(Conversation.status == "waiting", Conversation.assigned_staff_id == principal.user_id)
    )


def check_counselling_supervisor(principal: Principal) -> None:
    """Managing canned responses, the supervisor dashboard and alerts (counselling supervision) is for
    supervisors: 403 for anyone else."""
    if not principal.can(Perm.COUNSEL) or principal.role is not Role.SUPERVISOR:
        raise Forbidden("only counselling supervisors may do this")


async def may_wrap_up_conversation(
    db: AsyncSession, principal: Principal, conversation: Conversation
) -> bool:
    """Whether the principal may end a conversation with its summary, correct the summary, and start follow-ups
    from it (a case, a report, a removal request, a mandatory report): whoever may write it while it is open
    (:func:`may_write_conversation`); once it has ended, the counsellor it was assigned to or a supervisor who had
    joined it (observing silently is not enough)."""
    if not principal.can(Perm.COUNSEL):
        return False
    if conversation.status in ("waiting", "active"):
        return await may_write_conversation(db, principal, conversation)
    if conversation.assigned_staff_id == principal.user_id:
        return True
    joined = await db.scalar(
        select(ChatParticipant.id).where(
            ChatParticipant.conversation_id == conversation.id,
            ChatParticipant.staff_id == principal.user_id,
            ChatParticipant.role == "joined",
        )
    )
    return joined is not None and principal.role is Role.SUPERVISOR
