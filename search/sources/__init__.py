"""One source of search documents per kind of content: pages, partners, forum posts.

Each source module has the same three functions: `documents(object_ids)` gives (documents, ids to
delete) for the objects of its kind, `batches(batch_size)` every document of its kind a batch at a
time (a rebuild), `count()` how many objects it has. Their documents are `SearchDocument`s.
"""

from . import pages, partners, posts

SOURCES = {source.KIND: source for source in (pages, partners, posts)}
