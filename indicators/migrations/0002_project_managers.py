"""The "Project managers" group: the Wagtail admin and every communication indicator."""

from django.db import migrations

GROUP_NAME = "Project managers"


def create_group(apps, schema_editor):
    # Django makes the models' permissions after all migrations; the group needs this one now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    count_type, _created = ContentType.objects.get_or_create(app_label="indicators", model="count")
    view_all, _created = Permission.objects.get_or_create(
        content_type=count_type, codename="view_all_figures", defaults={"name": "Can see every communication indicator"}
    )
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(view_all, *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
