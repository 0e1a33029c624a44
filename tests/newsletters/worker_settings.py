"""The test settings with the database task backend, for a real `db_worker` process in the tests."""

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
