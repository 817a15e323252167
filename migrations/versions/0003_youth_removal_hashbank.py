"""Youth contacts (case code + PIN), removal cases and items, the hash bank, staff alerts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:05:48.004020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "youth_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deletion_requested_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_youth_contacts")),
        sa.UniqueConstraint("code_digest", name=op.f("uq_youth_contacts_code_digest")),
    )
    op.create_table(
        "removal_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("youth_contact_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("consent_share_hashes", sa.Boolean(), nullable=False),
        sa.Column("consent_forward_center", sa.Boolean(), nullable=False),
        sa.Column("consent_text_version", sa.String(length=32), nullable=True),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("assigned_officer_id", sa.Integer(), nullable=True),
        sa.Column("handed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_officer_id"],
            ["staff_users.id"],
            name=op.f("fk_removal_cases_assigned_officer_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["youth_contact_id"],
            ["youth_contacts.id"],
            name=op.f("fk_removal_cases_youth_contact_id_youth_contacts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal_cases")),
        sa.UniqueConstraint("reference", name=op.f("uq_removal_cases_reference")),
    )
    with op.batch_alter_table("removal_cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_removal_cases_assigned_officer_id"), ["assigned_officer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_removal_cases_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_removal_cases_youth_contact_id"), ["youth_contact_id"], unique=False
        )

    op.create_table(
        "staff_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("audience_role", sa.String(length=32), nullable=False),
        sa.Column("audience_staff_id", sa.Integer(), nullable=True),
        sa.Column("center_code", sa.String(length=16), nullable=True),
        sa.Column("subject_type", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acknowledged_by"], ["staff_users.id"], name=op.f("fk_staff_alerts_acknowledged_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["audience_staff_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_alerts_audience_staff_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_alerts")),
    )
    with op.batch_alter_table("staff_alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_alerts_audience_role"), ["audience_role"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_staff_alerts_audience_staff_id"), ["audience_staff_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_staff_alerts_created_at"), ["created_at"], unique=False)

    op.create_table(
        "bank_hashes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("signal_type", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("value_digest", sa.String(length=64), nullable=False),
        sa.Column("quality", sa.Integer(), nullable=True),
        sa.Column("media_kind", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.String(length=16), nullable=False),
        sa.Column("added_by_staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["added_by_staff_id"],
            ["staff_users.id"],
            name=op.f("fk_bank_hashes_added_by_staff_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["removal_cases.id"], name=op.f("fk_bank_hashes_case_id_removal_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_hashes")),
    )
    with op.batch_alter_table("bank_hashes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_hashes_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_hashes_value_digest"), ["value_digest"], unique=False)

    op.create_table(
        "removal_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("platform", sa.String(length=100), nullable=True),
        sa.Column("account_names", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("parent_item_id", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("request_reference", sa.String(length=100), nullable=True),
        sa.Column("last_checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_check_result", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["removal_cases.id"],
            name=op.f("fk_removal_items_case_id_removal_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_item_id"],
            ["removal_items.id"],
            name=op.f("fk_removal_items_parent_item_id_removal_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal_items")),
    )
    with op.batch_alter_table("removal_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_removal_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_removal_items_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_removal_items_state"), ["state"], unique=False)

    op.create_table(
        "bank_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hash_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hash_id"], ["bank_hashes.id"], name=op.f("fk_bank_changes_hash_id_bank_hashes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_changes")),
    )
    with op.batch_alter_table("bank_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_changes_hash_id"), ["hash_id"], unique=False)

    op.create_table(
        "partner_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("hash_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hash_id"], ["bank_hashes.id"], name=op.f("fk_partner_feedback_hash_id_bank_hashes")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["removal_items.id"], name=op.f("fk_partner_feedback_item_id_removal_items")
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["partner_platforms.id"],
            name=op.f("fk_partner_feedback_platform_id_partner_platforms"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_feedback")),
    )
    with op.batch_alter_table("partner_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_feedback_hash_id"), ["hash_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_feedback_platform_id"), ["platform_id"], unique=False)

    op.create_table(
        "removal_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=True),
        sa.Column("to_state", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["removal_cases.id"],
            name=op.f("fk_removal_events_case_id_removal_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["removal_items.id"],
            name=op.f("fk_removal_events_item_id_removal_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_removal_events_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal_events")),
    )
    with op.batch_alter_table("removal_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_removal_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "removal_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("captured_by", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["removal_items.id"],
            name=op.f("fk_removal_evidence_item_id_removal_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_removal_evidence_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal_evidence")),
    )
    with op.batch_alter_table("removal_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_removal_evidence_item_id"), ["item_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("removal_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_removal_evidence_item_id"))

    op.drop_table("removal_evidence")
    with op.batch_alter_table("removal_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_removal_events_case_id"))

    op.drop_table("removal_events")
    with op.batch_alter_table("partner_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_feedback_platform_id"))
        batch_op.drop_index(batch_op.f("ix_partner_feedback_hash_id"))

    op.drop_table("partner_feedback")
    with op.batch_alter_table("bank_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_changes_hash_id"))

    op.drop_table("bank_changes")
    with op.batch_alter_table("removal_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_removal_items_state"))
        batch_op.drop_index(batch_op.f("ix_removal_items_due_at"))
        batch_op.drop_index(batch_op.f("ix_removal_items_case_id"))

    op.drop_table("removal_items")
    with op.batch_alter_table("bank_hashes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_hashes_value_digest"))
        batch_op.drop_index(batch_op.f("ix_bank_hashes_case_id"))

    op.drop_table("bank_hashes")
    with op.batch_alter_table("staff_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_alerts_created_at"))
        batch_op.drop_index(batch_op.f("ix_staff_alerts_audience_staff_id"))
        batch_op.drop_index(batch_op.f("ix_staff_alerts_audience_role"))

    op.drop_table("staff_alerts")
    with op.batch_alter_table("removal_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_removal_cases_youth_contact_id"))
        batch_op.drop_index(batch_op.f("ix_removal_cases_updated_at"))
        batch_op.drop_index(batch_op.f("ix_removal_cases_assigned_officer_id"))

    op.drop_table("removal_cases")
    op.drop_table("youth_contacts")
