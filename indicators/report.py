"""The figures of a reporting period: the site's own counts, and what each app reports through a hook.

Apps add their figures without importing this app: a function registered with Wagtail's
`register_communication_figures` hook receives the period (its `start` and `end` dates, `start_at`
and `end_at` times, `downloads(kind)`) and returns sections as plain dictionaries:

    {"key": "newsletter", "title": "Newsletter", "figures": [
        {"key": "issues_sent", "label": "Issues sent", "value": 3,
         "breakdowns": [{"title": "Recipients per language", "rows": [("Deutsch", 12), ...]}]},
    ]}

Project managers see every section; an editor sees the page views, referrers and browser languages of
their own pages only.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.models import Page

from .models import Count

PROJECT_START = datetime.date(2012, 5, 1)
PERIOD_MONTHS = 6
TOP = 10
# Up to this many days a chart shows each day; a longer range shows months.
DAILY_UP_TO = 186
# A day and a bit: the key names the day, so the figures change at midnight whatever is left of this.
TOTALS_KEPT = 26 * 60 * 60


def _add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def reporting_periods(today=None):
    """The project's six-month reporting periods from its start up to the one `today` falls in: (number, start, end)."""
    today = today or timezone.localdate()
    periods, number, start = [], 1, PROJECT_START
    while start <= today:
        end = _add_months(start, PERIOD_MONTHS) - datetime.timedelta(days=1)
        periods.append((number, start, end))
        number, start = number + 1, end + datetime.timedelta(days=1)
    return periods


@dataclass
class Period:
    start: datetime.date
    end: datetime.date  # inclusive
    owner: object = None  # an editor: only the figures of their own pages
    sections: list = field(default_factory=list)

    @property
    def start_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))

    @property
    def end_at(self):
        """The first moment after the period (exclusive)."""
        return timezone.make_aware(datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min))

    def counts(self, kind):
        return Count.objects.filter(kind=kind, day__gte=self.start, day__lte=self.end)

    def downloads(self, kind):
        """{object id: downloads} of documents or forum attachments in the period."""
        rows = self.counts(kind).values("object_id").annotate(n=Sum("count"))
        return {row["object_id"]: row["n"] for row in rows}


def build(start, end, user):
    """The report of [start, end] for `user`: every section for a project manager (or None: the public
    totals), the website figures of their own pages for an editor."""
    owner = None if user is None or user.has_perm("indicators.view_all_figures") else user
    period = Period(start, end, owner)
    period.sections = [website_section(period)]
    if owner is None:
        period.sections.append(downloads_section(period))
        for function in hooks.get_hooks("register_communication_figures"):
            period.sections.extend(function(period))
    return period


def project_totals():
    """{"section.figure": value} since the project's start, computed once a day (the home page's results)."""
    today = timezone.localdate()
    key = f"indicators:totals:{today.isoformat()}"
    totals = cache.get(key)
    if totals is None:
        period = build(PROJECT_START, today, None)
        totals = {
            f"{section['key']}.{figure['key']}": figure["value"]
            for section in period.sections
            for figure in section["figures"]
        }
        cache.set(key, totals, TOTALS_KEPT)
    return totals


def _page_counts(period, kind):
    counts = period.counts(kind)
    if period.owner is not None:
        counts = counts.filter(object_id__in=Page.objects.filter(owner=period.owner).values("pk"))
    return counts


def _language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def _rows(pairs, limit=None):
    rows = sorted(((str(label), value) for label, value in pairs if value), key=lambda row: (-row[1], row[0]))
    return rows[:limit] if limit else rows


def _by(queryset, name):
    return {row[name]: row["n"] for row in queryset.values(name).annotate(n=Sum("count"))}


def series(period, counts):
    """(label, value) per day of the period, or per month for a long one: the chart's points."""
    if (period.end - period.start).days < DAILY_UP_TO:
        found = _by(counts, "day")
        days = (period.start + datetime.timedelta(days=n) for n in range((period.end - period.start).days + 1))
        return [(date_format(day, "SHORT_DATE_FORMAT"), found.get(day, 0)) for day in days]
    found = {
        row["month"]: row["n"]
        for row in counts.annotate(month=TruncMonth("day")).values("month").annotate(n=Sum("count"))
    }
    months, month = [], period.start.replace(day=1)
    while month <= period.end:
        months.append((date_format(month, "YEAR_MONTH_FORMAT"), found.get(month, 0)))
        month = _add_months(month, 1)
    return months


def website_section(period):
    views = _page_counts(period, Count.Kind.PAGE_VIEW)
    per_page = _by(views, "object_id")
    pages = Page.objects.filter(pk__in=per_page).select_related("content_type")
    titles, types = {}, {}
    for page in pages:
        titles[page.pk] = page.title
        name = page.content_type.model_class()._meta.verbose_name if page.content_type.model_class() else "?"
        types[name] = types.get(name, 0) + per_page[page.pk]
    total = sum(per_page.values())
    return {
        "key": "website",
        "title": pgettext("communication indicators", "Website"),
        "figures": [
            {
                "key": "page_views",
                "label": _("Page views"),
                "value": total,
                "series": series(period, views),
                "breakdowns": [
                    {
                        "title": _("Per language"),
                        "rows": _rows((_language_name(code), n) for code, n in _by(views, "language").items()),
                    },
                    {"title": _("Per content type"), "rows": _rows(types.items())},
                    {
                        "title": _("Most viewed pages"),
                        "rows": _rows(((titles.get(pk, pk), n) for pk, n in per_page.items()), TOP),
                    },
                ],
            },
            _labelled_figure(
                period, Count.Kind.REFERRER, "referrers", _("Visits from other sites"), _("Referring sites")
            ),
            _labelled_figure(
                period,
                Count.Kind.VISITOR_LANGUAGE,
                "browser_languages",
                _("Views with a browser language"),
                _("Browser languages"),
            ),
        ],
    }


def _labelled_figure(period, kind, key, label, title):
    """A figure of the page views counted per label (referring site, browser language), with its top labels."""
    per_label = _by(_page_counts(period, kind), "label")
    return {
        "key": key,
        "label": label,
        "value": sum(per_label.values()),
        "breakdowns": [{"title": title, "rows": _rows(per_label.items(), TOP)}],
    }


def downloads_section(period):
    documents = period.downloads(Count.Kind.DOCUMENT_DOWNLOAD)
    titles = dict(get_document_model().objects.filter(pk__in=documents).values_list("pk", "title"))
    attachments = period.downloads(Count.Kind.ATTACHMENT_DOWNLOAD)
    return {
        "key": "downloads",
        "title": pgettext("communication indicators", "Downloads"),
        "figures": [
            {
                "key": "documents",
                "label": _("Document downloads"),
                "value": sum(documents.values()),
                "breakdowns": [
                    {
                        "title": _("Most downloaded documents"),
                        "rows": _rows(((titles.get(pk, pk), n) for pk, n in documents.items()), TOP),
                    }
                ],
            },
            {
                "key": "forum_attachments",
                "label": _("Forum attachment downloads"),
                "value": sum(attachments.values()),
                "breakdowns": [],
            },
        ],
    }


def flat_rows(period):
    """Every figure and breakdown row as (section, figure, breakdown, label, value): the export's lines."""
    for section in period.sections:
        for figure in section["figures"]:
            yield str(section["title"]), str(figure["label"]), "", "", figure["value"]
            for breakdown in figure.get("breakdowns", []):
                for label, value in breakdown["rows"]:
                    yield str(section["title"]), str(figure["label"]), str(breakdown["title"]), label, value
