"""Database engine, sessions and schema upgrades (SQLAlchemy 2.0 + Alembic).

SQLite is the zero-set-up default (WAL, one writer at a time via BEGIN IMMEDIATE); PostgreSQL is
selected with DATABASE_URL. The schema is always created and upgraded through Alembic.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import (
    BigInteger,
    DateTime,
    Engine,
    MetaData,
    Result,
    String,
    create_engine,
    event,
    func,
    literal,
    select,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

MIGRATIONS = Path(__file__).with_name("migrations")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator):
    """Timestamps stored as naive UTC and returned timezone-aware (UTC) on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Livelead stores only timezone-aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class epoch_seconds(FunctionElement):
    """Whole seconds since 1970 of a `UTCDateTime` column (stored naive UTC), on either database:
    for bucketing times in SQL (statistics) instead of reading every row."""

    type = BigInteger()
    inherit_cache = True
    name = "epoch_seconds"


@compiles(epoch_seconds)
def _epoch_seconds(element, compiler, **kw) -> str:
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


@compiles(epoch_seconds, "sqlite")
def _epoch_seconds_sqlite(element, compiler, **kw) -> str:
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


def utcnow() -> datetime:
    return datetime.now(UTC)


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and one writer at a time."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record):
            # Let SQLAlchemy's "begin" below start transactions, so each is BEGIN IMMEDIATE:
            # a writer waits for the lock at the start instead of failing half-way.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _postgres_connect(dbapi_connection, _record):
            # psycopg prepares a statement after a few runs and PostgreSQL may then keep one
            # generic plan, chosen while the session's tables were still small (a scan of the
            # session's rows for every duplicate check). Plan each run for its own values.
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET plan_cache_mode TO force_custom_plan")
            dbapi_connection.autocommit = autocommit

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    url = engine.url.render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision."""
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # SQLite migrations rebuild a table by copy, drop and rename. With foreign keys
            # enforced the drop would delete, or null, every row referring to the table; the
            # pragma only takes effect outside a transaction, so it is set on the bare connection.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
                if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").all()):
                    raise RuntimeError(f"schema upgrade left rows pointing nowhere: {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def probe_unique(db: Session, columns: tuple, key, values: list[str], *conditions) -> Result:
    """Rows of `columns` whose `key` is one of `values` (where `conditions` hold), each found
    by one probe of the unique index ending in `key`.

    On PostgreSQL the values go as one array, each probed in a LATERAL subquery. Written as
    `key = ANY(values)` or as a join, the plan depends on the table's statistics: before
    autovacuum has analysed a fast-growing table the planner expects it to be empty and
    compares the array against every row of the session (or every commenter of the
    platform), a scan that grows with each batch. A probe with LIMIT 1 cannot be flattened
    into such a join, so each value is one index look-up whatever the statistics say.
    """
    if db.get_bind().dialect.name != "postgresql":
        return db.execute(select(*columns).where(*conditions, key.in_(values)))
    wanted = func.unnest(literal(values, ARRAY(String))).table_valued("value").render_derived()
    hit = select(*columns).where(*conditions, key == wanted.c.value).limit(1).lateral()
    return db.execute(select(hit).select_from(wanted).join(hit, true()))


def reserve_ids(db: Session, objects: list) -> None:
    """Give new ORM objects of one table their primary keys from its sequence before the flush.

    PostgreSQL only (elsewhere the flush assigns them). Without ids the flush sends INSERT …
    RETURNING with a thousand rows per statement, whose text psycopg parses anew each time; with
    them it sends one executemany. Lead capture's contact inserts took 2.5 times as long.
    """
    if not objects or db.get_bind().dialect.name != "postgresql":
        return
    table = objects[0].__table__.name
    with db.no_autoflush:
        ids = db.scalars(text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                              "FROM generate_series(1, :n)"), {"table": table, "n": len(objects)}).all()
    for obj, new_id in zip(objects, ids, strict=True):
        obj.id = new_id
