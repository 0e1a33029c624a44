from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect

from wagtail.models import Page

from .services import page_topic_open


def discuss_page(request, page_id):
    """Open the forum topic of a good practice or deliverable, creating it on first use."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not getattr(page, "discussion_area_code", None):
        raise Http404
    topic = page_topic_open(page, request.user)
    if topic is None:
        return redirect_to_login(request.get_full_path())
    return redirect("forum_conversation:topic", topic.forum.slug, topic.forum_id, topic.slug, topic.pk)
