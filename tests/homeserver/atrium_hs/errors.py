"""Matrix error responses.

Every handler signals failure by raising MatrixError; the error middleware in
server.py turns it into the spec's ``{"errcode", "error"}`` JSON body with the
right HTTP status, so no handler ever builds an error response by hand.
"""


class MatrixError(Exception):
    def __init__(self, status, errcode, error, **extra):
        super().__init__(error)
        self.status = status
        self.errcode = errcode
        self.error = error
        self.extra = extra

    def body(self):
        body = {}
        # A bare UIA challenge (401 with flows) carries no errcode.
        if self.errcode is not None:
            body["errcode"] = self.errcode
            body["error"] = self.error
        body.update(self.extra)
        return body


# Small constructors for the codes used everywhere, so call sites read like
# the spec ("forbidden", "not found") rather than repeating status numbers.

def forbidden(msg="Forbidden"):
    return MatrixError(403, "M_FORBIDDEN", msg)


def not_found(msg="Not found"):
    return MatrixError(404, "M_NOT_FOUND", msg)


def bad_json(msg="Bad JSON"):
    return MatrixError(400, "M_BAD_JSON", msg)


def not_json(msg="Content not JSON"):
    return MatrixError(400, "M_NOT_JSON", msg)


def invalid_param(msg="Invalid parameter"):
    return MatrixError(400, "M_INVALID_PARAM", msg)


def missing_param(msg="Missing parameter"):
    return MatrixError(400, "M_MISSING_PARAM", msg)


def unrecognized(msg="Unrecognized request", status=404):
    return MatrixError(status, "M_UNRECOGNIZED", msg)


def unknown_token(msg="Unknown access token"):
    # soft_logout false: tokens here never expire, a dead token means logout.
    return MatrixError(401, "M_UNKNOWN_TOKEN", msg, soft_logout=False)


def missing_token(msg="Missing access token"):
    return MatrixError(401, "M_MISSING_TOKEN", msg)


def too_large(msg="Request too large"):
    return MatrixError(413, "M_TOO_LARGE", msg)


def limit_exceeded(retry_after_ms):
    return MatrixError(429, "M_LIMIT_EXCEEDED", "Too many requests",
                       retry_after_ms=retry_after_ms)
