"""The rows the migrations create (the default locale, Wagtail's root page and collection, the groups,
content types and permissions), saved once per test process and put back after a test empties the tables.

A transactional test (``django_db(transaction=True)``, ``live_server``) and a module served by
``tests.browser.live_site`` end with every table emptied. The tests after them expect those rows;
without them a test passes or fails depending on which tests ran before it in its process.
"""

import json

_SAVED: dict[str, str] = {}
# How many of these the migrations made; a module that ends with more left rows behind.
_COUNTED_MODELS = ("wagtailcore.page", "auth.user")
_COUNTS: dict[str, dict[str, int]] = {}


def save(connection) -> None:
    """Serialise the rows as the migrations left them (before any test has run)."""
    if connection.alias not in _SAVED:
        rows = json.loads(connection.creation.serialize_db_to_string())
        # Content types first: restoring a model that looks its own content type up (Wagtail's tasks)
        # would otherwise create the row the serialised one then collides with.
        rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
        _SAVED[connection.alias] = json.dumps(rows)
        _COUNTS[connection.alias] = _counts(connection)


def is_saved() -> bool:
    return bool(_SAVED)


def rows_left_behind(connection) -> dict[str, int]:
    """{model: rows beyond those the migrations made}, for the models tests most often count.

    What is found becomes the new baseline: the module that left the rows fails, not each one after it.
    """
    saved, now = _COUNTS[connection.alias], _counts(connection)
    _COUNTS[connection.alias] = now
    return {model: count - saved[model] for model, count in now.items() if count != saved[model]}


def _counts(connection) -> dict[str, int]:
    from django.apps import apps

    return {label: apps.get_model(label)._default_manager.using(connection.alias).count() for label in _COUNTED_MODELS}


def restore(connection) -> None:
    """Empty every table, then load the saved rows, as Django's `serialized_rollback` does between tests."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    # Sequences keep counting (as Django's TransactionTestCase does): restored rows keep their ids below them.
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
    connection.creation.deserialize_db_from_string(_SAVED[connection.alias])
    # Content types created after the rows were saved are gone; so must be their cached ids.
    ContentType.objects.clear_cache()


DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def uses_the_database(item) -> bool:
    """Whether pytest-django gives this test a database (its marker, or a database fixture among its fixtures)."""
    return item.get_closest_marker("django_db") is not None or bool(DATABASE_FIXTURES & set(item.fixturenames))


def empties_the_database(item) -> bool:
    """Whether pytest-django flushes the tables after this test (a transactional test)."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))
