"""The smallest WSGI application: what gunicorn itself answers on this machine, the ceiling of any view."""


def application(environ, start_response):
    start_response("204 No Content", [("Cache-Control", "no-store")])
    return [b""]
