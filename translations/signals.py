"""Keep every locale's page tree in step with the source's when a page moves, whoever moves it."""

from django.dispatch import receiver

from wagtail.signals import post_page_move

from .locale_trees import follow_move


@receiver(post_page_move)
def move_counterparts_along(sender, instance, **kwargs):
    follow_move(instance)
