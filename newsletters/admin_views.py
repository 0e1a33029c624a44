"""The editor's newsletter workflow for one issue: preview, send a test to yourself, schedule or send, progress."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import get_connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Page

from . import services
from .models import Campaign, NewsletterPage, Subscriber, new_token
from .rendering import issue_in_language, render_issue
from .sending import build_message, campaign_progress, campaign_recipients
from .tasks import send_campaign


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(label=gettext_lazy("Send at"), widget=AdminDateTimeInput)

    def clean_send_at(self):
        value = self.cleaned_data["send_at"]
        if value < timezone.now():
            raise forms.ValidationError(_("Choose a time in the future."))
        return value


def _issue_for(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, NewsletterPage):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return services.source_issue(page)


def campaign(request, page_id):
    issue = _issue_for(request, page_id)
    existing = Campaign.objects.filter(issue=issue).first()
    schedule_form = ScheduleForm(request.POST if request.POST.get("action") == "schedule" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        if not issue.live:
            messages.error(request, _("Publish the issue before sending it."))
        elif action == "test":
            _send_test(request, issue)
            return redirect("newsletters_admin:campaign", issue.pk)
        elif action == "send":
            services.campaign_schedule(issue, user=request.user)
            messages.success(request, _("The newsletter is being sent."))
            return redirect("newsletters_admin:campaign", issue.pk)
        elif action == "schedule" and schedule_form.is_valid():
            services.campaign_schedule(issue, user=request.user, send_at=schedule_form.cleaned_data["send_at"])
            messages.success(request, _("The newsletter is scheduled."))
            return redirect("newsletters_admin:campaign", issue.pk)
        elif action == "cancel" and existing:
            services.campaign_cancel(existing)
            return redirect("newsletters_admin:campaign", issue.pk)
        elif action == "resume" and existing and existing.status == Campaign.Status.SENDING:
            send_campaign.enqueue(existing.pk)
            messages.success(request, _("Sending resumes."))
            return redirect("newsletters_admin:campaign", issue.pk)
    languages = []
    for code, name in settings.LANGUAGES:
        page, fallback = issue_in_language(issue, code)
        count = campaign_recipients_count(issue, code)
        languages.append({"code": code, "name": name, "fallback": fallback, "recipients": count})
    return TemplateResponse(
        request,
        "newsletters/admin/campaign.html",
        {
            "issue": issue,
            "campaign": existing,
            "progress": campaign_progress(existing) if existing else None,
            "failures": existing.deliveries.filter(status="failed").select_related("subscriber")[:50]
            if existing
            else [],
            "languages": languages,
            "schedule_form": schedule_form,
            "header_title": issue.title,
        },
    )


def campaign_recipients_count(issue, language):
    return campaign_recipients(Campaign(issue=issue)).filter(language=language).count()


def _send_test(request, issue):
    if not request.user.email:
        messages.error(request, _("Your account has no e-mail address."))
        return
    language = request.POST.get("language")
    if language not in dict(settings.LANGUAGES):
        language = issue.locale.language_code
    tester = Subscriber(
        email=request.user.email, name=request.user.get_full_name(), language=language, token=new_token()
    )
    message = build_message(render_issue(issue, language), tester)
    message.subject = f"[{_('Test')}] {message.subject}"
    get_connection().send_messages([message])
    messages.success(request, _("A test was sent to %(email)s.") % {"email": request.user.email})


def preview(request, page_id, language):
    issue = _issue_for(request, page_id)
    if language not in dict(settings.LANGUAGES):
        raise Http404
    tester = Subscriber(
        email=request.user.email, name=request.user.get_full_name(), language=language, token=new_token()
    )
    html, _text = render_issue(issue, language).personalise(tester, "#", "#")
    return HttpResponse(html)


def campaigns(request):
    rows = [
        {"campaign": campaign, "progress": campaign_progress(campaign)}
        for campaign in Campaign.objects.select_related("issue").order_by("-created_at")[:100]
    ]
    return TemplateResponse(
        request, "newsletters/admin/campaigns.html", {"rows": rows, "header_title": _("Newsletter campaigns")}
    )
