"""Test data built once for a module, in a transaction that stays open for the module and is rolled back after it.

Building some of the data most tests read takes seconds (a page aliased into several locales,
the forum structure with its permissions). Built once per module, each test still runs in its
own savepoint inside that transaction, so what a test changes is gone for the next.
"""

from contextlib import contextmanager

from django.db import transaction

from tests import migrated_rows


@contextmanager
def module_transaction(request, django_db_blocker):
    """Yields whether the transaction is open: not in a module with a transactional test, whose flush would
    empty the tables under it (its tests build their own data)."""
    module_items = [item for item in request.session.items if item.module is request.module]
    if any(migrated_rows.empties_the_database(item) for item in module_items):
        yield False
        return
    with django_db_blocker.unblock(), transaction.atomic():
        yield True
        transaction.set_rollback(True)
