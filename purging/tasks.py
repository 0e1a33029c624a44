"""Tag invalidation as a background task, beside Wagtail's own purge of URLs."""

from django_tasks import task

from wagtail.contrib.frontend_cache.utils import get_backends


@task()
def purge_tags_task(tags, soft=False):
    for backend in get_backends().values():
        if hasattr(backend, "purge_tags"):
            backend.purge_tags(tags, soft=soft)
