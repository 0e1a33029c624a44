from django import template

from accounts.services import member_display_name

register = template.Library()


@register.filter
def member_name(user):
    """`{{ post.poster|member_name }}`: the display name, or "former member" for a deleted account."""
    return member_display_name(user)
