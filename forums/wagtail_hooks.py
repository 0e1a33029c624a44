from wagtail import hooks

from .figures import forum_figures

hooks.register("register_communication_figures", forum_figures)
