from wagtail import hooks

from . import tags


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    tags.add(tags.page_tag(page.pk))
