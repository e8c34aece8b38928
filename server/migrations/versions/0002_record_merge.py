"""per-field merge of mutable records: clocks, versions, conflicts, feed origin, pending feed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("clocks", sa.Text(), nullable=False, server_default="{}"))
    with op.batch_alter_table("feed") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=64), nullable=True))
    op.create_table(
        "conflicts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("kept_clock", sa.String(length=32), nullable=True),
        sa.Column("lost_clock", sa.String(length=32), nullable=True),
        sa.Column("kept_device", sa.String(length=64), nullable=True),
        sa.Column("lost_device", sa.String(length=64), nullable=True),
        sa.Column("detected_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("conflicts_record", "conflicts", ["entity", "entity_id"], unique=False)
    op.create_table(
        "feed_pending",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("feed_pending")
    op.drop_index("conflicts_record", table_name="conflicts")
    op.drop_table("conflicts")
    with op.batch_alter_table("feed") as batch:
        batch.drop_column("origin")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("clocks")
        batch.drop_column("version")
