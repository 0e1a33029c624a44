from knowledge.feeds import IndexPageFeed


class NewsletterRssFeed(IndexPageFeed):
    def items(self, index_page):
        return index_page.issues()[:30]

    def item_pubdate(self, page):
        return page.first_published_at
