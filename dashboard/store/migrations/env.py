"""Alembic's environment: migrates the connection :mod:`dashboard.store.migrate` hands over.

The store always passes an open connection (``config.attributes["connection"]``), inside its
write transaction, so a migration and the write lock are one transaction.
"""

from alembic import context

from dashboard.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
