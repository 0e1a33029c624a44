"""Site members and the newsletter: subscribing from the profile, personal-data export, erasure."""

from allauth.account.models import EmailAddress

from .models import Subscriber


def subscriber_of(user):
    """The subscription linked to the member, or the one of their address."""
    subscriber = Subscriber.objects.filter(user=user).first()
    if subscriber is None and user.email:
        subscriber = Subscriber.objects.filter(email=user.email.strip().lower()).first()
    return subscriber


def has_verified_address(user):
    return bool(user.email) and EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def personal_data(user):
    subscriber = subscriber_of(user)
    if subscriber is None:
        return "newsletter", None
    return "newsletter", {
        "email": subscriber.email,
        "name": subscriber.name,
        "status": subscriber.status,
        "language": subscriber.language,
        "topics": "all" if subscriber.all_topics else sorted(subscriber.topics.values_list("code", flat=True)),
        "consents": [
            {"action": c.action, "at": c.created_at.isoformat(), "language": c.language, "wording": c.wording}
            for c in subscriber.consents.all()
        ],
    }


def erase(user):
    """A member who deletes their account leaves no subscription behind."""
    subscriber = subscriber_of(user)
    if subscriber is not None:
        subscriber.delete()
