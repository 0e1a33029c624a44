"""Public pages of the newsletter: signup, confirmation, preferences and unsubscribing (no login needed)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from accounts.services import member_language
from core import ratelimit
from core.ratelimit import client_address

from . import members, services
from .forms import MemberForm, PreferencesForm, SubscribeForm
from .links import preferences_url, subscriber_from_signature
from .models import Subscriber


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The signup form of every page's footer and of its own page.

    No CSRF token: the form is on every public page, and a token would give every
    visitor a cookie and make every page personal (uncacheable). A forged signup can do
    nothing its author could not do directly: it acts for no signed-in person, and
    only asks for a confirmation e-mail, limited per address and per client.
    """
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if form.is_bot:
            return redirect("newsletters:subscribe_thanks")
        signups = ratelimit.hit("newsletter-signup", client_address(request), 60 * 60)
        if signups > settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR:
            form.is_valid()
            form.add_error(None, _("Too many signups from your network. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            services.subscriber_request(
                email=data["email"],
                name=data["name"],
                language=data["language"],
                topic_codes=data["topics"],
                wording=services.consent_wording(),
                ip=client_address(request),
                source="form",
            )
            return redirect("newsletters:subscribe_thanks")
        else:
            status = 400
    else:
        form = SubscribeForm()
    return render(
        request,
        "newsletters/subscribe.html",
        {"form": form, "consent_wording": services.consent_wording()},
        status=status,
    )


def subscribe_thanks(request):
    return render(request, "newsletters/subscribe_thanks.html")


@require_http_methods(["GET", "POST"])
def confirm(request, value):
    """A GET only shows a button, so link scanners in mail systems do not confirm on the reader's behalf."""
    if request.method == "POST":
        try:
            subscriber = services.subscriber_confirm(value, ip=client_address(request))
        except services.ConfirmationError:
            return render(request, "newsletters/confirm_invalid.html", status=400)
        return render(
            request,
            "newsletters/confirmed.html",
            {"preferences_url": preferences_url(subscriber, request=request)},
        )
    return render(request, "newsletters/confirm.html", {"value": value})


@require_http_methods(["GET", "POST"])
def preferences(request, value):
    subscriber = subscriber_from_signature(value)
    if subscriber is None:
        return render(request, "newsletters/link_invalid.html", status=404)
    saved = False
    status = 200
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            services.subscriber_update(
                subscriber,
                language=form.cleaned_data["language"],
                topic_codes=form.cleaned_data["topics"],
                wording=services.consent_wording(),
                ip=client_address(request),
            )
            saved = True
        else:
            status = 400
    else:
        form = PreferencesForm(
            initial={
                "language": subscriber.language,
                "topics": [] if subscriber.all_topics else list(subscriber.topics.values_list("code", flat=True)),
            }
        )
    return render(
        request,
        "newsletters/preferences.html",
        {"form": form, "subscriber": subscriber, "saved": saved, "value": value},
        status=status,
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, value):
    """The List-Unsubscribe target: a POST (RFC 8058 one-click, or the button) unsubscribes at once.

    CSRF protection is off because mail providers post here without a session; the
    signed token in the address is what authorises the request.
    """
    subscriber = subscriber_from_signature(value)
    if subscriber is None:
        return render(request, "newsletters/link_invalid.html", status=404)
    if request.method == "POST":
        services.subscriber_unsubscribe(
            subscriber,
            ip=client_address(request),
            source="one-click" if request.POST.get("List-Unsubscribe") == "One-Click" else "link",
        )
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=200)
        return render(request, "newsletters/unsubscribed.html", {"value": value})
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return render(request, "newsletters/unsubscribed.html", {"value": value})
    return render(request, "newsletters/unsubscribe.html", {"value": value, "subscriber": subscriber})


@login_required
@require_http_methods(["GET", "POST"])
def member(request):
    """A signed-in member subscribes from their profile; a verified address needs no confirmation e-mail."""
    subscriber = members.subscriber_of(request.user)
    subscribed = bool(subscriber and subscriber.status == Subscriber.Status.CONFIRMED)
    if request.method == "POST":
        form = MemberForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if data["subscribed"] and members.has_verified_address(request.user):
                services.member_subscribe(
                    request.user,
                    language=data["language"],
                    topic_codes=data["topics"],
                    wording=services.consent_wording(),
                )
                messages.success(request, _("You are subscribed to the newsletter."))
            elif data["subscribed"]:
                services.subscriber_request(
                    email=request.user.email,
                    name=request.user.get_full_name(),
                    language=data["language"],
                    topic_codes=data["topics"],
                    wording=services.consent_wording(),
                    ip=client_address(request),
                    source="profile",
                )
                messages.success(request, _("Please confirm the subscription with the link we sent you."))
            elif subscribed:
                services.subscriber_unsubscribe(subscriber, ip=client_address(request), source="profile")
                messages.success(request, _("You are unsubscribed."))
            return redirect("newsletters:member")
        return render(request, "newsletters/member.html", {"form": form}, status=400)
    initial = {"subscribed": subscribed, "language": member_language(request.user)}
    if subscriber:
        initial["language"] = subscriber.language
        initial["topics"] = [] if subscriber.all_topics else list(subscriber.topics.values_list("code", flat=True))
    return render(request, "newsletters/member.html", {"form": MemberForm(initial=initial)})
