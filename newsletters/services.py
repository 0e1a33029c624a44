"""What subscribers and editors do: subscribe, confirm, change preferences, unsubscribe, schedule a campaign."""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core import signing
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from knowledge.models import ThematicArea

from .links import CONFIRM_SALT
from .models import Campaign, ConsentRecord, Delivery, Subscriber
from .tasks import send_confirmation, start_campaign

logger = logging.getLogger(__name__)


def consent_wording():
    """The sentence shown beside every signup form, in the active language; recorded with each consent."""
    return _(
        "I would like to receive the ClusterPoliSEE newsletter by e-mail in the language and on the topics I "
        "chose. I can change my choices or unsubscribe at any time from a link in every e-mail."
    )


def hash_ip(ip):
    """A keyed hash of the address (never the address itself), or nothing when storing it is switched off."""
    if not ip or not settings.NEWSLETTER_STORE_IP_HASH:
        return ""
    return hmac.new(settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256).hexdigest()


# --- Subscribing ---------------------------------------------------------------


def topic_areas(codes):
    """The English (source) thematic areas for `codes`."""
    return list(ThematicArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE, code__in=codes))


def _set_choices(subscriber, language, topic_codes):
    subscriber.language = language
    subscriber.all_topics = not topic_codes
    subscriber.save()
    subscriber.topics.set(topic_areas(topic_codes) if topic_codes else [])


def _record(subscriber, action, *, wording="", ip=None, source=""):
    ConsentRecord.objects.create(
        subscriber=subscriber,
        action=action,
        wording=wording,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        ip_hash=hash_ip(ip),
        source=source,
    )


def subscriber_request(*, email, name, language, topic_codes, wording, ip=None, source="form"):
    """Ask for a subscription. Whatever the address's state, the caller shows the same answer.

    A confirmation goes out only to an address that is not confirmed yet and has not
    been sent one within NEWSLETTER_CONFIRMATION_INTERVAL, so the form cannot be used
    to flood someone else's mailbox.
    """
    email = email.strip().lower()
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"name": name, "language": language}
        )
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return None
        recent = (
            subscriber.confirmation_sent_at
            and (now - subscriber.confirmation_sent_at).total_seconds() < settings.NEWSLETTER_CONFIRMATION_INTERVAL
        )
        if recent:
            return None
        subscriber.name = name
        subscriber.status = Subscriber.Status.PENDING
        subscriber.confirmation_sent_at = now
        _set_choices(subscriber, language, topic_codes)
        _record(subscriber, ConsentRecord.Action.REQUESTED, wording=wording, ip=ip, source=source)
    send_confirmation.enqueue(subscriber.pk)
    return subscriber


class ConfirmationError(Exception):
    pass


def subscriber_confirm(value, *, ip=None):
    """Confirm the request to subscribe that a signed, unexpired confirmation link stands for.

    A link confirms once: after its request was confirmed or withdrawn (unsubscribing),
    only a new request and the link sent for it can subscribe the address again.
    """
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            value, max_age=settings.NEWSLETTER_CONFIRMATION_MAX_AGE
        )
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().get(pk=data["id"], token=data["t"])
            if subscriber.status == Subscriber.Status.CONFIRMED:
                return subscriber
            request = subscriber.consents.get(pk=data["r"], action=ConsentRecord.Action.REQUESTED)
            answered = subscriber.consents.filter(
                pk__gt=request.pk, action__in=[ConsentRecord.Action.CONFIRMED, ConsentRecord.Action.UNSUBSCRIBED]
            )
            if answered.exists():
                raise ConfirmationError
            subscriber.status = Subscriber.Status.CONFIRMED
            subscriber.confirmed_at = timezone.now()
            subscriber.unsubscribed_at = None
            subscriber.save()
            _record(subscriber, ConsentRecord.Action.CONFIRMED, wording=request.wording, ip=ip, source="link")
    except (signing.BadSignature, ObjectDoesNotExist, KeyError, TypeError, ValueError) as error:
        raise ConfirmationError from error
    return subscriber


def subscriber_update(subscriber, *, language, topic_codes, wording="", ip=None):
    _set_choices(subscriber, language, topic_codes)
    _record(subscriber, ConsentRecord.Action.CHANGED, wording=wording, ip=ip, source="preferences")


def subscriber_unsubscribe(subscriber, *, ip=None, source="link"):
    """Takes effect at once: queued deliveries to this address are not sent."""
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return
    with transaction.atomic():
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save()
        subscriber.deliveries.filter(status=Delivery.Status.QUEUED).update(
            status=Delivery.Status.FAILED, reason="unsubscribed before sending"
        )
        _record(subscriber, ConsentRecord.Action.UNSUBSCRIBED, ip=ip, source=source)


def member_subscribe(user, *, language, topic_codes, wording):
    """A signed-in member with a verified address subscribes from their profile, without the e-mail round trip."""
    email = user.email.strip().lower()
    subscriber = Subscriber.objects.filter(user=user).first()
    if subscriber is None:
        subscriber, _created = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
    elif subscriber.email != email and not Subscriber.objects.filter(email=email).exists():
        subscriber.email = email
    subscriber.user = user
    subscriber.name = subscriber.name or user.get_full_name()
    if subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
    _set_choices(subscriber, language, topic_codes)
    _record(subscriber, ConsentRecord.Action.CONFIRMED, wording=wording, source="profile")
    return subscriber


# --- Campaigns ------------------------------------------------------------------


def source_issue(issue):
    """The issue in the default language, which a campaign stands for."""
    default = Locale.get_default()
    if issue.locale_id == default.pk:
        return issue
    return issue.get_translation_or_none(default) or issue


def campaign_schedule(issue, *, user=None, send_at=None):
    """Send the issue (in every language it exists in) at `send_at`, or now."""
    issue = source_issue(issue)
    send_at = send_at or timezone.now()
    with transaction.atomic():
        campaign, _created = Campaign.objects.select_for_update().get_or_create(
            issue=issue, defaults={"created_by": user, "send_at": send_at}
        )
        if campaign.status in (Campaign.Status.SENDING, Campaign.Status.DONE):
            return campaign
        campaign.status = Campaign.Status.SCHEDULED
        campaign.send_at = send_at
        campaign.save()
    if send_at <= timezone.now():
        start_campaign.enqueue(campaign.pk)
    elif start_campaign.get_backend().supports_defer:
        start_campaign.using(run_after=send_at).enqueue(campaign.pk)
    # Otherwise `manage.py send_newsletters` starts it when it is due.
    return campaign


def campaign_cancel(campaign):
    if campaign.status == Campaign.Status.SCHEDULED:
        campaign.status = Campaign.Status.CANCELLED
        campaign.save(update_fields=["status"])
