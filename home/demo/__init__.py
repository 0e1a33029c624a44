"""The demo content of the ClusterPoliSEE site and its loader (`manage.py load_demo`).

`content` holds the English source, written from the project's seed texts;
`translations_<language code>` holds each other language's translations:
`translations_bg` and `translations_hu` from the Bulgarian and Hungarian seed
texts, aligned with the English paragraph by paragraph, and every module the
structural pages (home, listings, about, legal pages), the working groups and
the funding statement; `loader` puts them into the database through Wagtail and
wagtail-localize.
"""
