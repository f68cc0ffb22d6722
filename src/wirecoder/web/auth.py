"""Accounts of the review app: reviewers and admins, passwords hashed with Argon2id.

The ``users`` table lives in the incident database beside the store's tables
(created on first use); the app's session-signing secret is kept in the
store's ``meta`` table unless ``WIRECODER_SECRET`` gives one.
"""

from __future__ import annotations

import os
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Column, MetaData, String, Table, insert, select, update

from wirecoder.store.db import Store, meta, now

ROLES = ("reviewer", "admin")
web_metadata = MetaData()
users = Table(
    "users", web_metadata,
    Column("name", String(128), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created", String(32), nullable=False),
)
_hasher = PasswordHasher()
# A hash to verify against for unknown names, so that a login takes as long for them.
_DUMMY = _hasher.hash("not a password")


class UserError(ValueError):
    pass


def ensure_users(store: Store) -> None:
    web_metadata.create_all(store.engine, checkfirst=True)


def add_user(store: Store, name: str, password: str, role: str = "reviewer") -> None:
    name = name.strip()
    if not name or len(name) > 128:
        raise UserError("a user name is 1 to 128 characters")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise UserError("a password has at least 8 characters")
    ensure_users(store)
    with store.engine.begin() as conn:
        if conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise UserError(f"user {name!r} exists")
        conn.execute(insert(users).values(name=name, password_hash=_hasher.hash(password), role=role,
                                          created=now()))


def set_password(store: Store, name: str, password: str) -> None:
    if len(password) < 8:
        raise UserError("a password has at least 8 characters")
    with store.engine.begin() as conn:
        n = conn.execute(update(users).where(users.c.name == name)
                         .values(password_hash=_hasher.hash(password))).rowcount
    if not n:
        raise UserError(f"no user {name!r}")


def authenticate(store: Store, name: str, password: str) -> dict | None:
    """The user's row when the password is right, else None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return {"name": row.name, "role": row.role} if row else None


def get_user(store: Store, name: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users.c.name, users.c.role).where(users.c.name == name)).first()
    return dict(row._mapping) if row else None


def list_users(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(users.c.name, users.c.role, users.c.created)
                                                       .order_by(users.c.name))]


def session_secret(store: Store) -> str:
    env = os.environ.get("WIRECODER_SECRET")
    if env:
        return env
    with store.engine.begin() as conn:
        row = conn.execute(select(meta.c.v).where(meta.c.k == "web_secret")).first()
        if row:
            return row[0]
        secret = secrets.token_hex(32)
        conn.execute(insert(meta).values(k="web_secret", v=secret))
        return secret
