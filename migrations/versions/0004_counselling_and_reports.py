"""Counselling conversations (messages with per-conversation sequence numbers, notes, participants, canned responses, mandatory reports, staff presence) and youth reports with encrypted evidence.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 22:13:01.559208
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "youth_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("youth_contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("platform", sa.String(length=100), nullable=True),
        sa.Column("platform_other", sa.Text(), nullable=True),
        sa.Column("offender_accounts", sa.Text(), nullable=True),
        sa.Column("urls", sa.Text(), nullable=True),
        sa.Column("happened", sa.String(length=32), nullable=True),
        sa.Column("images_exist", sa.String(length=8), nullable=False),
        sa.Column("images_shared", sa.String(length=8), nullable=False),
        sa.Column("danger_now", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["youth_contact_id"],
            ["youth_contacts.id"],
            name=op.f("fk_youth_reports_youth_contact_id_youth_contacts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_youth_reports")),
        sa.UniqueConstraint("reference", name=op.f("uq_youth_reports_reference")),
    )
    with op.batch_alter_table("youth_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_youth_reports_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_youth_reports_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_youth_reports_youth_contact_id"), ["youth_contact_id"], unique=False
        )

    op.create_table(
        "canned_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff_users.id"], name=op.f("fk_canned_responses_updated_by_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canned_responses")),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("youth_contact_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("channel_user_key", sa.String(length=64), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("risk_level", sa.Integer(), nullable=False),
        sa.Column("risk_score", sa.Float(), nullable=False),
        sa.Column("risk_categories", sa.Text(), nullable=False),
        sa.Column("risk_evidence", sa.Text(), nullable=False),
        sa.Column("detector_state", sa.Text(), nullable=True),
        sa.Column("danger_now", sa.Boolean(), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("assigned_staff_id", sa.Integer(), nullable=True),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("youth_last_seen_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.String(length=16), nullable=True),
        sa.Column("issue_types", sa.Text(), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("survey_helpful", sa.Integer(), nullable=True),
        sa.Column("survey_recommend", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_staff_id"],
            ["staff_users.id"],
            name=op.f("fk_conversations_assigned_staff_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["youth_contact_id"],
            ["youth_contacts.id"],
            name=op.f("fk_conversations_youth_contact_id_youth_contacts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversations_assigned_staff_id"), ["assigned_staff_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_conversations_channel_user_key"), ["channel_user_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conversations_queued_at"), ["queued_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_conversations_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_conversations_youth_contact_id"), ["youth_contact_id"], unique=False
        )

    op.create_table(
        "report_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["youth_reports.id"],
            name=op.f("fk_report_evidence_report_id_youth_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_evidence")),
    )
    with op.batch_alter_table("report_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_evidence_report_id"), ["report_id"], unique=False)

    op.create_table(
        "staff_presence",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("max_chats", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_staff_presence_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_presence")),
    )
    op.create_table(
        "chat_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(length=8), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("client_msg_id", sa.String(length=64), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_chat_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_chat_messages_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_messages")),
        sa.UniqueConstraint("conversation_id", "sender", "client_msg_id", name="uq_chat_messages_client_msg"),
        sa.UniqueConstraint("conversation_id", "seq", name=op.f("uq_chat_messages_conversation_id")),
    )
    op.create_table(
        "chat_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_chat_notes_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_chat_notes_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_notes")),
    )
    with op.batch_alter_table("chat_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chat_notes_conversation_id"), ["conversation_id"], unique=False)

    op.create_table(
        "chat_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_chat_participants_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_chat_participants_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_participants")),
    )
    with op.batch_alter_table("chat_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chat_participants_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_chat_participants_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "mandatory_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=100), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reference_number", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_mandatory_reports_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_mandatory_reports_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandatory_reports")),
    )
    with op.batch_alter_table("mandatory_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mandatory_reports_conversation_id"), ["conversation_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("mandatory_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mandatory_reports_conversation_id"))

    op.drop_table("mandatory_reports")
    with op.batch_alter_table("chat_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_participants_staff_id"))
        batch_op.drop_index(batch_op.f("ix_chat_participants_conversation_id"))

    op.drop_table("chat_participants")
    with op.batch_alter_table("chat_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_notes_conversation_id"))

    op.drop_table("chat_notes")
    op.drop_table("chat_messages")
    op.drop_table("staff_presence")
    with op.batch_alter_table("report_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_evidence_report_id"))

    op.drop_table("report_evidence")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_youth_contact_id"))
        batch_op.drop_index(batch_op.f("ix_conversations_status"))
        batch_op.drop_index(batch_op.f("ix_conversations_queued_at"))
        batch_op.drop_index(batch_op.f("ix_conversations_channel_user_key"))
        batch_op.drop_index(batch_op.f("ix_conversations_assigned_staff_id"))

    op.drop_table("conversations")
    op.drop_table("canned_responses")
    with op.batch_alter_table("youth_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_youth_reports_youth_contact_id"))
        batch_op.drop_index(batch_op.f("ix_youth_reports_status"))
        batch_op.drop_index(batch_op.f("ix_youth_reports_created_at"))

    op.drop_table("youth_reports")
