"""machina's forum views, with the members' profiles fetched in the same queries (no N+1)."""

from machina.apps.forum import views as machina_views
from machina.apps.forum.visibility import ForumVisibilityContentTree


class IndexView(machina_views.IndexView):
    def get_queryset(self):
        forums = self.request.forum_permission_handler.forum_list_filter(
            machina_views.Forum.objects.select_related("last_post__poster__profile", "last_post__topic__forum"),
            self.request.user,
        )
        return ForumVisibilityContentTree.from_forums(forums)


class ForumView(machina_views.ForumView):
    def get_queryset(self):
        return super().get_queryset().select_related("forum", "poster__profile", "last_post__poster__profile")
