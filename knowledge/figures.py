"""Events and deliverable downloads for the communication indicators (registered in wagtail_hooks)."""

from django.db.models import F
from django.utils.translation import gettext as _

from .models import DeliverablePage, EventPage

# Pages of their own (the source and its translations) before the aliases that copy them.
SOURCE_FIRST = F("alias_of_id").asc(nulls_first=True)


def knowledge_figures(period):
    # Each event once, whatever the number of its translations and aliases.
    events = {}
    held = EventPage.objects.live().filter(start_date__gte=period.start, start_date__lte=period.end)
    for event in held.order_by(SOURCE_FIRST, "pk"):
        events.setdefault(event.translation_key, event)
    per_country, per_mode = {}, {}
    for event in events.values():
        country = event.country.name if event.country else _("No country given")
        per_country[country] = per_country.get(country, 0) + 1
        mode = {"offline": _("On site"), "online": _("Online"), "mixed": _("Hybrid")}[event.attendance_mode]
        per_mode[mode] = per_mode.get(mode, 0) + 1

    downloads = period.downloads("document_download")
    deliverables = {}
    for page in DeliverablePage.objects.filter(document_id__in=downloads).order_by(SOURCE_FIRST, "pk"):
        deliverables.setdefault(page.document_id, f"{page.code} {page.title}")

    def by_value(counts):
        return sorted(counts.items(), key=lambda row: (-row[1], str(row[0])))

    return [
        {
            "key": "events",
            "title": _("Events"),
            "figures": [
                {
                    "key": "held",
                    "label": _("Events held"),
                    "value": len(events),
                    "breakdowns": [
                        {"title": _("Per country"), "rows": by_value(per_country)},
                        {"title": _("Online or on site"), "rows": by_value(per_mode)},
                    ],
                }
            ],
        },
        {
            "key": "deliverables",
            "title": _("Deliverables"),
            "figures": [
                {
                    "key": "downloads",
                    "label": _("Deliverable downloads"),
                    "value": sum(downloads[pk] for pk in deliverables),
                    "breakdowns": [
                        {
                            "title": _("Per deliverable"),
                            "rows": by_value({label: downloads[pk] for pk, label in deliverables.items()}),
                        }
                    ],
                }
            ],
        },
    ]
