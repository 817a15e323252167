"""Every access decision in one place.

Roles grant permissions; center-scoped roles see only their own center's records, national roles see all.
Records are reached only through ``access_*`` functions, which answer :class:`NotFound` both for a record that
does not exist and for one the principal may not see, so ids cannot be probed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit.service import Actor
from ondam.kit.errors import Forbidden, NotFound
from ondam.kit.i18n import N_
from ondam.models import Case, StaffUser


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


# Roles whose scope is national: they work for the central hub or the ministry, not for one center.
NATIONAL_ROLES = frozenset(
    {Role.MONITORING_ANALYST, Role.REMOVAL_OFFICER, Role.STATISTICIAN, Role.ADMINISTRATOR, Role.AUDITOR}
)

PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.COUNSELLOR: frozenset({Perm.CASE_READ}),
    Role.SUPERVISOR: frozenset({Perm.CASE_READ, Perm.CASE_EXPORT, Perm.STAFF_READ}),
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
