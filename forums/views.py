from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.models import Page

from machina.apps.forum.models import Forum

from . import notifications
from .models import ForumSubscription, NotificationSettings
from .services import discussion_forum_key, page_topic_open


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}


def discuss_page(request, page_id):
    """Open the forum topic of a good practice or deliverable, creating it on first use."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or discussion_forum_key(page) is None:
        raise Http404
    topic = page_topic_open(page, request.user)
    if topic is None:
        return redirect_to_login(request.get_full_path())
    return redirect("forum_conversation:topic", topic.forum.slug, topic.forum_id, topic.slug, topic.pk)


@csrf_exempt  # RFC 8058 one-click unsubscription: mail clients POST without a session; the token is signed
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        signing.loads(token, salt=notifications.UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return render(request, "forums/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        _user, kind, target = notifications.unsubscribe(token)
        return render(request, "forums/unsubscribe.html", {"done": True, "kind": kind, "target": target})
    return render(request, "forums/unsubscribe.html", {"token": token})


@login_required
@require_http_methods(["GET", "POST"])
def notification_settings(request):
    row, _created = NotificationSettings.objects.get_or_create(user=request.user)
    form = NotificationSettingsForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("forums_notification_settings")
    following = ForumSubscription.objects.filter(user=request.user).select_related("forum").order_by("forum__name")
    return render(request, "forums/notification_settings.html", {"form": form, "following": following})


@login_required
@require_POST
def forum_follow(request, forum_id):
    forum = get_object_or_404(Forum, pk=forum_id, type=Forum.FORUM_POST)
    if not request.forum_permission_handler.can_read_forum(forum, request.user):
        raise Http404
    if request.POST.get("follow") == "1":
        ForumSubscription.objects.get_or_create(user=request.user, forum=forum)
        messages.success(request, _("You now follow this forum: you will hear of every new topic."))
    else:
        ForumSubscription.objects.filter(user=request.user, forum=forum).delete()
        messages.success(request, _("You no longer follow this forum."))
    return redirect("forum:forum", forum.slug, forum.pk)
