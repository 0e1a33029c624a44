from django.core.mail import send_mail

import pytest


def test_mail_sent_through_django_arrives_at_the_local_smtp_server(smtp):
    send_mail("Hello", "Body text", "site@example.org", ["member@example.org"])
    [message] = smtp.to("member@example.org")
    assert message["Subject"] == "Hello"
    assert message.get_content().strip() == "Body text"


def test_refused_recipient_raises_and_is_not_delivered(smtp):
    from smtplib import SMTPRecipientsRefused

    smtp.refuse("gone@example.org")
    with pytest.raises(SMTPRecipientsRefused):
        send_mail("Hello", "Body", "site@example.org", ["gone@example.org"])
    assert smtp.to("gone@example.org") == []
