from django_tasks import task

from . import services


@task()
def update_search_index():
    """Apply the pending index updates (retried later by itself if the server is down)."""
    services.process_pending()


@task()
def extract_document_text(document_id):
    services.extract_document_text(document_id)
