"""TaskWorker moves to `core`, which takes over its table (core/migrations/0001_initial.py)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_home_page_results"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="TaskWorker")]),
    ]
