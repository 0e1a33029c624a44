from django_tasks import task

from . import notifications


@task()
def notify_new_post(post_id):
    return notifications.notify_new_post(post_id)


@task()
def send_daily_digests():
    return notifications.send_daily_digests()
