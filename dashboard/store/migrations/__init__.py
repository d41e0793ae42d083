"""Alembic migrations of the store's schema; run by :mod:`dashboard.store.migrate` at open."""
