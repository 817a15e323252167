"""Demo data for a fresh development database: reference data, one staff account per role and a few
synthetic cases. Passwords and TOTP secrets are random and written to ``<data_dir>/demo-logins.txt``
(readable by the owner only) so ``make run`` can print them. Refused in production.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.access import Role, validate_assignment
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.auth.admin import new_staff_user
from ondam.cases.service import new_reference
from ondam.centers.service import load_reference
from ondam.counselling.demo import load_demo as load_counselling_demo
from ondam.kit import totp
from ondam.kit.clock import utcnow
from ondam.models import Case, StaffUser
from ondam.removal.demo import load_demo as load_removal_demo

DEMO_STAFF: list[tuple[str, str, Role, str | None]] = [
    ("counsellor", "김상담 (데모)", Role.COUNSELLOR, "seoul"),
    ("supervisor", "이수퍼 (데모)", Role.SUPERVISOR, "seoul"),
    ("centerstaff", "박센터 (데모)", Role.CENTER_STAFF, "seoul"),
    ("busan.counsellor", "최부산 (데모)", Role.COUNSELLOR, "busan"),
    ("analyst", "정모니터 (데모)", Role.MONITORING_ANALYST, None),
    ("removal", "한삭제 (데모)", Role.REMOVAL_OFFICER, None),
    ("statistician", "윤통계 (데모)", Role.STATISTICIAN, None),
    ("admin", "관리자 (데모)", Role.ADMINISTRATOR, None),
    ("auditor", "감사인 (데모)", Role.AUDITOR, None),
]

# Synthetic, non-identifying summaries. No real person is described.
DEMO_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "seoul",
        "open",
        "16_18",
        "KR-11",
        "게임 채팅에서 만난 성인이 선물을 주며 사진을 요구함 (합성 데모 사례)",
    ),
    (
        "seoul",
        "in_progress",
        "13_15",
        "KR-11",
        "SNS 메시지로 만남을 제안받고 용돈을 주겠다는 말을 들음 (합성 데모 사례)",
    ),
    ("seoul", "closed", "16_18", "KR-41", "영상통화 녹화로 협박을 받아 삭제 지원 연계 (합성 데모 사례)"),
    ("busan", "open", "13_15", "KR-26", "오픈채팅에서 나이를 묻고 비밀을 강요받음 (합성 데모 사례)"),
    (
        "busan",
        "in_progress",
        "16_18",
        "KR-26",
        "가출 후 숙소 제공 제안을 받음, 긴급 구조 연계 (합성 데모 사례)",
    ),
    (
        "daegu",
        "open",
        "under_13",
        "KR-27",
        "온라인 게임에서 아이템을 주겠다며 연락처를 요구함 (합성 데모 사례)",
    ),
]


class DemoRefused(RuntimeError):
    pass


@dataclass
class DemoLogin:
    username: str
    password: str
    totp_secret: str
    role: str
    center: str | None


async def has_staff(db: AsyncSession) -> bool:
    return int((await db.execute(select(func.count()).select_from(StaffUser))).scalar_one()) > 0


async def load_demo(db: AsyncSession, env: str) -> list[DemoLogin]:
    if env == "production":
        raise DemoRefused("demo data is never loaded in production")
    await load_reference(db)
    now = utcnow()
    logins: list[DemoLogin] = []
    users: dict[str, StaffUser] = {}
    for username, name, role, center in DEMO_STAFF:
        validate_assignment(role, center)
        password = f"demo-{secrets.token_urlsafe(9)}"
        secret = totp.new_secret()
        user = new_staff_user(
            username=username,
            display_name=name,
            role=role.value,
            center=center,
            password=password,
            totp_secret=secret,
        )
        db.add(user)
        users[username] = user
        logins.append(DemoLogin(username, password, secret, role.value, center))
    await db.flush()
    for index, (center, status, age_band, region, summary) in enumerate(DEMO_CASES):
        opened = now - timedelta(days=len(DEMO_CASES) - index)
        db.add(
            Case(
                reference=await new_reference(db),
                center_code=center,
                status=status,
                age_band=age_band,
                region_code=region,
                summary=summary,
                opened_at=opened,
                updated_at=opened,
                created_by=users["centerstaff"].id,
            )
        )
        await db.flush()
    removal_cases = await load_removal_demo(db, users["removal"].id)
    await load_counselling_demo(db, users["supervisor"].id)  # canned responses
    await audit.record(
        db,
        Actor.system("demo"),
        "demo.loaded",
        details={"staff": len(logins), "cases": len(DEMO_CASES), "removal_cases": removal_cases},
    )
    return logins


def write_logins(path: Path, logins: list[DemoLogin]) -> None:
    lines = [
        "Ondam demo log-ins (development only). Sign in at http://127.0.0.1:8000/staff/login",
        "Add the TOTP secret to an authenticator app, or print a current code with:",
        "  .venv/bin/ondam staff totp-code USERNAME",
        "",
    ]
    lines.append(f"{'user name':<18} {'password':<20} {'TOTP secret':<34} {'role':<20} center")
    for item in logins:
        lines.append(
            f"{item.username:<18} {item.password:<20} {item.totp_secret:<34} {item.role:<20} "
            f"{item.center or '(national)'}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
