"""Partner platforms (API tokens) and the detection engine's per-conversation state.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:03:06.536336
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partner_platforms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("token_prefix", sa.String(length=12), nullable=False),
        sa.Column("rate_limit_per_minute", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_platforms")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_platforms_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_partner_platforms_token_hash")),
    )
    op.create_table(
        "detect_conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("conversation_key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["partner_platforms.id"],
            name=op.f("fk_detect_conversations_platform_id_partner_platforms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detect_conversations")),
        sa.UniqueConstraint(
            "platform_id", "conversation_key", name=op.f("uq_detect_conversations_platform_id")
        ),
    )
    with op.batch_alter_table("detect_conversations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_detect_conversations_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("detect_conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_detect_conversations_updated_at"))

    op.drop_table("detect_conversations")
    op.drop_table("partner_platforms")
