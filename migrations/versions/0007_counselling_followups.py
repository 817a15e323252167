"""Counselling wrap-up and follow-through: the structured summary's remaining dimensions (first-contact channel,
offender relationship, online-to-offline, who wrote it and when), the survey's answered-or-skipped time, and the
links from a conversation to what was started from it (a center case with the consent recorded, a report, a
removal request; a mandatory report's form id against double submits).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 01:52:53
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conversation_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("consent_basis", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("consent_method", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_conversation_id"), ["conversation_id"], unique=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_conversation_id_conversations"), "conversations", ["conversation_id"], ["id"]
        )

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact_channel", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("offender_relationship", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("online_to_offline", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("summary_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("summary_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("survey_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_conversations_summary_by_staff_users"), "staff_users", ["summary_by"], ["id"]
        )

    with op.batch_alter_table("mandatory_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_token", sa.String(length=64), nullable=True))
        batch_op.create_index("uq_mandatory_reports_form", ["conversation_id", "form_token"], unique=True)

    with op.batch_alter_table("removal_cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conversation_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_removal_cases_conversation_id"), ["conversation_id"], unique=True
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_removal_cases_conversation_id_conversations"),
            "conversations",
            ["conversation_id"],
            ["id"],
        )

    with op.batch_alter_table("youth_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conversation_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_youth_reports_conversation_id"), ["conversation_id"], unique=True
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_youth_reports_conversation_id_conversations"),
            "conversations",
            ["conversation_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("youth_reports", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_youth_reports_conversation_id_conversations"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_youth_reports_conversation_id"))
        batch_op.drop_column("conversation_id")

    with op.batch_alter_table("removal_cases", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_removal_cases_conversation_id_conversations"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_removal_cases_conversation_id"))
        batch_op.drop_column("conversation_id")

    with op.batch_alter_table("mandatory_reports", schema=None) as batch_op:
        batch_op.drop_index("uq_mandatory_reports_form")
        batch_op.drop_column("form_token")

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_conversations_summary_by_staff_users"), type_="foreignkey")
        batch_op.drop_column("survey_at")
        batch_op.drop_column("summary_at")
        batch_op.drop_column("summary_by")
        batch_op.drop_column("online_to_offline")
        batch_op.drop_column("offender_relationship")
        batch_op.drop_column("contact_channel")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_conversation_id_conversations"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_conversation_id"))
        batch_op.drop_column("consent_at")
        batch_op.drop_column("consent_method")
        batch_op.drop_column("consent_basis")
        batch_op.drop_column("conversation_id")
