"""Background work of accounts: the e-mails allauth sends (run by `manage.py db_worker`)."""

from django.core.mail import EmailMultiAlternatives

from django_tasks import task


@task()
def send_email(message):
    fields = dict(message)
    alternatives = fields.pop("alternatives")
    content_subtype = fields.pop("content_subtype")
    email = EmailMultiAlternatives(**fields)
    email.content_subtype = content_subtype
    for content, mimetype in alternatives:
        email.attach_alternative(content, mimetype)
    email.send()
