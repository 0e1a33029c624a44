"""TaskWorker moves here from `home`: its table is taken over as it is, then renamed."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0002_task_worker"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TaskWorker",
                    fields=[
                        ("worker_id", models.CharField(max_length=64, primary_key=True, serialize=False)),
                        ("seen_at", models.DateTimeField(db_index=True)),
                    ],
                    options={"db_table": "home_taskworker"},
                ),
            ],
        ),
        migrations.AlterModelTable(name="TaskWorker", table=None),
    ]
