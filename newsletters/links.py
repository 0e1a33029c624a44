"""The links in a subscriber's e-mails: confirm, change preferences, unsubscribe.

Each carries a signature instead of a login, so the links work from any mail client;
they open in the subscriber's language.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.links import absolute_url

from .models import ConsentRecord, Subscriber

CONFIRM_SALT = "newsletters.confirm"
SUBSCRIBER_SALT = "newsletters.subscriber"


def subscriber_signature(subscriber):
    return signing.Signer(salt=SUBSCRIBER_SALT).sign(subscriber.token)


def subscriber_from_signature(value):
    """The subscriber a preferences or unsubscribe link belongs to, or None for a forged or unknown link."""
    try:
        token = signing.Signer(salt=SUBSCRIBER_SALT).unsign(value)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(token=token).first()


def localized_url(name, language, *args, request=None):
    with translation.override(language):
        return absolute_url(reverse(name, args=args), request)


def preferences_url(subscriber, signature=None, request=None):
    value = signature or subscriber_signature(subscriber)
    return localized_url("newsletters:preferences", subscriber.language, value, request=request)


def unsubscribe_url(subscriber, signature=None):
    return localized_url("newsletters:unsubscribe", subscriber.language, signature or subscriber_signature(subscriber))


def confirmation_url(subscriber):
    """The link that confirms the latest request to subscribe (and nothing the person does after it)."""
    request = subscriber.consents.filter(action=ConsentRecord.Action.REQUESTED).order_by("pk").last()
    value = signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        {"id": subscriber.pk, "t": subscriber.token, "r": request.pk if request else None}
    )
    return localized_url("newsletters:confirm", subscriber.language, value)
