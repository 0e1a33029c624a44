from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.models import Page

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post

from . import notifications
from .markup import render as render_markup
from .models import ForumSubscription, NotificationSettings, PostReport
from .services import discussion_forum_key, page_discussion, page_topic_start, posting_refusal, topic_shown


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}


def _topic_redirect(topic):
    return redirect("forum_conversation:topic", topic.forum.slug, topic.forum_id, topic.slug, topic.pk)


@require_http_methods(["GET", "POST"])
def discuss_page(request, page_id):
    """The forum topic of a good practice or deliverable. Opening the link changes nothing: a member
    confirms (a POST) to start the topic, which is moderated like any other first post."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or discussion_forum_key(page) is None:
        raise Http404
    discussion = page_discussion(page)
    handler = request.forum_permission_handler
    context = {"page": page, "discussion": discussion}
    if discussion.topic is not None:
        if topic_shown(discussion.topic, request.user, handler):
            return _topic_redirect(discussion.topic)
        return render(request, "forums/discuss_page.html", {**context, "pending": True})
    if discussion.forum is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not handler.can_add_topic(discussion.forum, request.user):
        raise PermissionDenied
    refusal = None
    if request.method == "POST":
        refusal = posting_refusal(request.user, discussion.forum, new_topic=True)
        if refusal is None:
            topic = page_topic_start(discussion.source, discussion.forum, request.user)
            if not topic.approved:
                messages.warning(request, _("This message will be validated before appearing on the forum."))
            return _topic_redirect(topic)
    context["needs_approval"] = not handler.can_post_without_approval(discussion.forum, request.user)
    return render(request, "forums/discuss_page.html", {**context, "refusal": refusal})


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
    if request.method == "POST":
        row, _created = NotificationSettings.objects.get_or_create(user=request.user)
    else:  # a GET shows the defaults without storing them
        row = NotificationSettings.objects.filter(user=request.user).first() or NotificationSettings(user=request.user)
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


class PostReportForm(forms.ModelForm):
    class Meta:
        model = PostReport
        fields = ["reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 4, "maxlength": 1000})}


@login_required
@require_http_methods(["GET", "POST"])
def report_post(request, post_id):
    post = get_object_or_404(Post.approved_objects.select_related("topic__forum"), pk=post_id)
    if not request.forum_permission_handler.can_read_forum(post.topic.forum, request.user):
        raise Http404
    form = PostReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        PostReport.objects.get_or_create(post=post, reporter=request.user, defaults=form.cleaned_data)
        messages.success(request, _("Thank you: the moderators will look at this post."))
        topic = post.topic
        return redirect("forum_conversation:topic", topic.forum.slug, topic.forum_id, topic.slug, topic.pk)
    return render(request, "forums/report_post.html", {"form": form, "reported": post, "forum": post.topic.forum})


def _moderated_forum_ids(request):
    handler = request.forum_permission_handler
    return [forum.pk for forum in handler.get_moderation_queue_forums(request.user)]


@login_required
@require_http_methods(["GET", "POST"])
def post_reports(request):
    """Open reports on posts of the forums the member moderates."""
    forum_ids = _moderated_forum_ids(request)
    if not forum_ids:
        raise Http404
    reports = PostReport.objects.filter(post__topic__forum_id__in=forum_ids, resolved_at__isnull=True)
    if request.method == "POST":
        report = get_object_or_404(reports, pk=request.POST.get("report"))
        report.resolved_at = timezone.now()
        report.resolved_by = request.user
        report.save(update_fields=["resolved_at", "resolved_by"])
        messages.success(request, _("The report is marked as handled."))
        return redirect("forums_post_reports")
    reports = reports.select_related("post__topic__forum", "post__poster__profile", "reporter__profile")
    return render(request, "forums/post_reports.html", {"reports": reports})


def post_history(request, post_id):
    """Earlier versions of an edited post, for whoever may read the post."""
    post = get_object_or_404(Post.approved_objects.select_related("topic__forum", "poster__profile"), pk=post_id)
    if not request.forum_permission_handler.can_read_forum(post.topic.forum, request.user):
        raise Http404
    revisions = [
        (revision, render_markup(revision.content)) for revision in post.revisions.select_related("edited_by__profile")
    ]
    context = {"post": post, "revisions": revisions, "forum": post.topic.forum, "topic": post.topic}
    return render(request, "forums/post_history.html", context)
