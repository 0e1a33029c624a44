"""The newsletter's figures for the communication indicators (registered in wagtail_hooks)."""

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from .models import Campaign, Delivery, Subscriber


def newsletter_figures(period):
    languages = dict(settings.LANGUAGES)
    sent = Delivery.objects.filter(status=Delivery.Status.SENT, sent_at__gte=period.start_at, sent_at__lt=period.end_at)
    per_language = sent.values("language").annotate(n=Count("pk")).order_by("-n", "language")
    per_topic = {}
    for all_topics, code in sent.values_list("subscriber__all_topics", "subscriber__topics__code"):
        label = _("All topics") if all_topics or not code else code
        per_topic[label] = per_topic.get(label, 0) + 1
    subscribed = Subscriber.objects.filter(confirmed_at__lt=period.end_at).filter(
        Q(unsubscribed_at__isnull=True) | Q(unsubscribed_at__gte=period.end_at)
    )
    failed = Delivery.objects.filter(
        status=Delivery.Status.FAILED, campaign__started_at__gte=period.start_at, campaign__started_at__lt=period.end_at
    )
    return [
        {
            "key": "newsletter",
            "title": _("Newsletter"),
            "figures": [
                {
                    "key": "issues_sent",
                    "label": _("Issues sent"),
                    "value": Campaign.objects.filter(
                        status=Campaign.Status.DONE, finished_at__gte=period.start_at, finished_at__lt=period.end_at
                    ).count(),
                },
                {
                    "key": "recipients",
                    "label": _("E-mails delivered"),
                    "value": sent.count(),
                    "breakdowns": [
                        {
                            "title": _("Per language"),
                            "rows": [
                                (languages.get(row["language"], row["language"]), row["n"]) for row in per_language
                            ],
                        },
                        {"title": _("Per topic"), "rows": sorted(per_topic.items(), key=lambda row: -row[1])},
                    ],
                },
                {"key": "subscribers", "label": _("Subscribers at the end of the period"), "value": subscribed.count()},
                {
                    "key": "unsubscribes",
                    "label": _("Unsubscribes"),
                    "value": Subscriber.objects.filter(
                        unsubscribed_at__gte=period.start_at, unsubscribed_at__lt=period.end_at
                    ).count(),
                },
                {"key": "failures", "label": _("E-mails that failed"), "value": failed.count()},
            ],
        }
    ]
