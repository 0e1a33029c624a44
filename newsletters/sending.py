"""Sending to subscribers: the confirmation of a subscription, and campaigns.

A campaign is one delivery row per subscriber, claimed by workers, sent in throttled batches.

Rows are claimed with SELECT … FOR UPDATE SKIP LOCKED, so several workers never
take the same row; a row claimed by a worker that died is handed out again once
its claim is older than NEWSLETTER_CLAIM_TIMEOUT (see mail.py for why that never
sends a second copy through SMTP).
"""

import logging
import os
import smtplib
import socket
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .links import confirmation_url, preferences_url, subscriber_signature, unsubscribe_url
from .mail import Abandoned, deliver
from .models import Campaign, Delivery, Subscriber
from .rendering import render_issue

logger = logging.getLogger(__name__)


def worker_id():
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def campaign_recipients(campaign):
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    codes = list(campaign.issue.thematic_areas.values_list("code", flat=True))
    if codes:
        subscribers = subscribers.filter(Q(all_topics=True) | Q(topics__code__in=codes)).distinct()
    return subscribers


def campaign_start(campaign_id):
    """Create the delivery rows of a due campaign and mark it as sending; true when there is work to do."""
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().select_related("issue").get(pk=campaign_id)
        if campaign.status == Campaign.Status.SENDING:
            return True
        if campaign.status != Campaign.Status.SCHEDULED or campaign.send_at > timezone.now():
            return False
        recipients = campaign_recipients(campaign).values_list("pk", "language")
        rows = [Delivery(campaign=campaign, subscriber_id=pk, language=language) for pk, language in recipients]
        Delivery.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        campaign.status = Campaign.Status.SENDING
        campaign.started_at = timezone.now()
        campaign.save(update_fields=["status", "started_at"])
    return True


def _release_stale_claims(campaign_id):
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)
    Delivery.objects.filter(campaign_id=campaign_id, status=Delivery.Status.SENDING, claimed_at__lt=cutoff).update(
        status=Delivery.Status.QUEUED, claimed_by="", claimed_at=None
    )


def claim_batch(campaign_id, worker, size):
    """Take up to `size` queued deliveries that are due, for this worker alone."""
    _release_stale_claims(campaign_id)
    now = timezone.now()
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(campaign_id=campaign_id, status=Delivery.Status.QUEUED, next_attempt_at__lte=now)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        Delivery.objects.filter(pk__in=ids).update(status=Delivery.Status.SENDING, claimed_by=worker, claimed_at=now)
    return list(Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk"))


def _is_temporary(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        return all(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, (smtplib.SMTPServerDisconnected, OSError))


def _reason(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
            for code, reply in error.recipients.values()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error
        return f"{error.smtp_code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
    return f"{type(error).__name__}: {error}"


def send_confirmation_email(subscriber):
    with translation.override(subscriber.language):
        context = {"subscriber": subscriber, "confirm_url": confirmation_url(subscriber)}
        subject = _("Please confirm your subscription to the ClusterPoliSEE newsletter")
        text = render_to_string("newsletters/email/confirm.txt", context)
        html = render_to_string("newsletters/email/confirm.html", context)
    message = EmailMultiAlternatives(subject, text, settings.NEWSLETTER_FROM_EMAIL, [subscriber.email])
    message.attach_alternative(html, "text/html")
    message.extra_headers["Content-Language"] = subscriber.language
    message.send()


def build_message(rendered, subscriber):
    signature = subscriber_signature(subscriber)
    preferences = preferences_url(subscriber, signature)
    unsubscribe = unsubscribe_url(subscriber, signature)
    html, text = rendered.personalise(subscriber, preferences, unsubscribe)
    unsubscribe_header = f"<{unsubscribe}>"
    if settings.NEWSLETTER_UNSUBSCRIBE_MAILTO:
        unsubscribe_header += f", <mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe>"
    message = EmailMultiAlternatives(
        rendered.subject,
        text,
        settings.NEWSLETTER_FROM_EMAIL,
        [subscriber.email],
        headers={
            "List-Unsubscribe": unsubscribe_header,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": settings.NEWSLETTER_LIST_ID,
            "Content-Language": rendered.issue.locale.language_code,
        },
    )
    message.attach_alternative(html, "text/html")
    return message


class Throttle:
    def __init__(self, rate):
        self.interval = 1 / rate if rate else 0
        self.next_at = time.monotonic()

    def wait(self):
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at = max(now, self.next_at) + self.interval


def send_deliveries(campaign, deliveries, worker, *, connection=None, throttle=None, cache=None):
    cache = {} if cache is None else cache
    connection = connection or get_connection()
    throttle = throttle or Throttle(settings.NEWSLETTER_MAX_RATE)
    try:
        for delivery in deliveries:
            subscriber = delivery.subscriber
            if subscriber.status != Subscriber.Status.CONFIRMED:
                Delivery.objects.filter(pk=delivery.pk, claimed_by=worker).update(
                    status=Delivery.Status.FAILED, reason="unsubscribed before sending", claimed_by=""
                )
                continue
            language = subscriber.language
            if language not in cache:
                cache[language] = render_issue(campaign.issue, language)
            rendered = cache[language]
            message = build_message(rendered, subscriber)
            attempts = delivery.attempts + 1
            mine = Delivery.objects.filter(pk=delivery.pk, claimed_by=worker, status=Delivery.Status.SENDING)

            def record_sent(mine=mine, attempts=attempts, rendered=rendered):
                return bool(
                    mine.update(
                        status=Delivery.Status.SENT,
                        sent_at=timezone.now(),
                        attempts=attempts,
                        language=rendered.issue.locale.language_code,
                        reason="",
                    )
                )

            throttle.wait()
            try:
                deliver(connection, message, record_sent)
            except Abandoned:
                continue
            except (smtplib.SMTPException, OSError) as error:
                reason = _reason(error)
                row = Delivery.objects.filter(pk=delivery.pk, claimed_by=worker)
                if _is_temporary(error) and attempts < settings.NEWSLETTER_MAX_ATTEMPTS:
                    retry_at = timezone.now() + timedelta(seconds=settings.NEWSLETTER_RETRY_DELAY * 2 ** (attempts - 1))
                    _requeue(
                        campaign.pk,
                        row,
                        attempts=attempts,
                        reason=reason,
                        next_attempt_at=retry_at,
                    )
                else:
                    row.update(
                        status=Delivery.Status.FAILED, attempts=attempts, reason=reason, claimed_by="", sent_at=None
                    )
                logger.warning("Newsletter to subscriber %s not sent: %s", subscriber.pk, reason)
    finally:
        connection.close()


def _requeue(campaign_id, row, **fields):
    """Put a delivery back in the queue, and its campaign back to sending if another worker finished it.

    A failure after the final "." comes after the row was recorded as sent, so a worker that ran out of
    work meanwhile may have found nothing queued or sending and finished the campaign; no worker would
    retry the row then. The campaign's lock orders this against campaign_finish_if_done.
    """
    with transaction.atomic():
        Campaign.objects.select_for_update().filter(pk=campaign_id).first()
        fields.update(status=Delivery.Status.QUEUED, claimed_by="", claimed_at=None, sent_at=None)
        if row.update(**fields):
            Campaign.objects.filter(pk=campaign_id, status=Campaign.Status.DONE).update(
                status=Campaign.Status.SENDING, finished_at=None
            )


def campaign_progress(campaign):
    counts = dict(campaign.deliveries.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    sent = counts.get(Delivery.Status.SENT, 0)
    failed = counts.get(Delivery.Status.FAILED, 0)
    remaining = counts.get(Delivery.Status.QUEUED, 0) + counts.get(Delivery.Status.SENDING, 0)
    return {"sent": sent, "failed": failed, "remaining": remaining, "total": sent + failed + remaining}


def campaign_finish_if_done(campaign_id):
    pending = Delivery.objects.filter(
        campaign_id=campaign_id, status__in=[Delivery.Status.QUEUED, Delivery.Status.SENDING]
    )
    with transaction.atomic():
        # Locked so that no row goes back to the queue (_requeue) between the check and the update.
        Campaign.objects.select_for_update().filter(pk=campaign_id).first()
        if pending.exists():
            return False
        Campaign.objects.filter(pk=campaign_id, status=Campaign.Status.SENDING).update(
            status=Campaign.Status.DONE, finished_at=timezone.now()
        )
    return True


def campaign_run(campaign_id, *, batch_size=None, max_batches=None):
    """Send due deliveries of a campaign, batch after batch, until none is due.

    Returns the time of the next retry that is not due yet, or None when the campaign is finished.
    """
    if not campaign_start(campaign_id):
        return None
    campaign = Campaign.objects.select_related("issue").get(pk=campaign_id)
    worker = worker_id()
    throttle = Throttle(settings.NEWSLETTER_MAX_RATE)
    cache = {}
    batches = 0
    while max_batches is None or batches < max_batches:
        deliveries = claim_batch(campaign_id, worker, batch_size or settings.NEWSLETTER_BATCH_SIZE)
        if not deliveries:
            break
        send_deliveries(campaign, deliveries, worker, throttle=throttle, cache=cache)
        batches += 1
    if campaign_finish_if_done(campaign_id):
        return None
    pending = Delivery.objects.filter(
        campaign_id=campaign_id, status__in=[Delivery.Status.QUEUED, Delivery.Status.SENDING]
    ).order_by("next_attempt_at")
    first = pending.first()
    if first is None:
        return None
    if first.status == Delivery.Status.SENDING:
        return (first.claimed_at or timezone.now()) + timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)
    return first.next_attempt_at
