"""The Alembic migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from livestream.db import Base


def _not_apscheduler(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name == "apscheduler_jobs")


def test_migrations_match_the_models(app):
    engine = app.extensions["livelead.engine"]
    with engine.connect() as conn:
        # APScheduler's job store keeps its own table, outside our models and migrations.
        context = MigrationContext.configure(conn, opts={"include_name": _not_apscheduler})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
