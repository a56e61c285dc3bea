"""A WSGI app served by waitress-serve, the console script pip puts in /usr/local/bin."""


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/":
        body, status = b"hello from waitress\n", "200 OK"
    else:
        body, status = b"not found\n", "404 Not Found"
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
