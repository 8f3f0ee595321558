"""A small path router working on the raw (still percent-encoded) path.

Matrix identifiers put ':', '!', '$', '#' and sometimes '/' inside path
segments, so matching happens on the encoded path and each captured segment
is decoded afterwards; an encoded '/' inside a state key stays one segment.
It also lets one registration cover both /v3 and the /r0 prefix matrix-nio
still uses, and tells "unknown path" (404) apart from "wrong method" (405).
"""
import re
from urllib.parse import unquote

from . import errors

CLIENT = ("/_matrix/client/v3", "/_matrix/client/r0")
CLIENT_V1 = ("/_matrix/client/v1",)
MEDIA = ("/_matrix/media/v3", "/_matrix/media/r0", "/_matrix/media/v1")
ROOT = ("",)

_PARAM = re.compile(r"\{(\w+)(\?)?\}")


def _compile(template):
    out, last = [], 0
    for m in _PARAM.finditer(template):
        out.append(re.escape(template[last:m.start()]))
        # "{name?}" may be empty (e.g. the state key in /state/{type}/).
        out.append("(?P<%s>[^/]*)" % m.group(1) if m.group(2)
                   else "(?P<%s>[^/]+)" % m.group(1))
        last = m.end()
    out.append(re.escape(template[last:]))
    return re.compile("^" + "".join(out) + "$")


class Router:
    def __init__(self):
        self._routes = []       # [(regex, {method: handler})]
        self._by_pattern = {}

    def add(self, method, template, handler, prefixes=CLIENT):
        for prefix in prefixes:
            full = prefix + template
            entry = self._by_pattern.get(full)
            if entry is None:
                entry = (_compile(full), {})
                self._by_pattern[full] = entry
                self._routes.append(entry)
            entry[1][method] = handler

    def resolve(self, method, raw_path):
        known_path = False
        for regex, methods in self._routes:
            m = regex.match(raw_path)
            if m is None:
                continue
            handler = methods.get(method)
            if handler is None and method == "HEAD":
                handler = methods.get("GET")
            if handler is None:
                known_path = True
                continue
            params = {k: unquote(v) for k, v in m.groupdict().items()}
            return handler, params
        if known_path:
            raise errors.unrecognized("Method not allowed for this endpoint", 405)
        raise errors.unrecognized("Unrecognized request: %s %s" % (method, raw_path))
