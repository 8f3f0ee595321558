"""User-interactive authentication (UIA).

A request needing UIA first gets 401 with the flows and a session id; the
client then repeats it with an ``auth`` dict completing a stage.  Sessions
live in memory only: a restarted server simply starts a new session.
"""
import secrets

from . import errors



def check(ctx, body, flows, user=None):
    """Complete UIA for ``flows`` or raise the 401 challenge.

    ``user`` is the account a password stage must prove; None for
    registration where only m.login.dummy is offered.
    """
    store = ctx.store
    auth = body.get("auth")
    if auth is None:
        session = secrets.token_urlsafe(16)
        store.uia_sessions[session] = {"completed": []}
        raise _challenge_401(flows, session, [])
    if not isinstance(auth, dict):
        raise errors.bad_json("auth must be an object")
    session = auth.get("session")
    if not isinstance(session, str) or session not in store.uia_sessions:
        # Clients may skip the first round trip (matrix-nio registers with a
        # bare m.login.dummy): treat it as a fresh session.
        session = secrets.token_urlsafe(16)
        store.uia_sessions[session] = {"completed": []}
    state = store.uia_sessions[session]
    stage = auth.get("type")
    allowed = {s for f in flows for s in f}
    if stage is not None:
        if stage not in allowed:
            raise _challenge_401(flows, session, state["completed"],
                                 ("M_UNRECOGNIZED", "Unsupported auth type %r" % stage))
        if stage == "m.login.dummy":
            ok = True
        elif stage == "m.login.password":
            ok = _password_ok(store, auth, user)
        else:
            ok = False
        if not ok:
            raise _challenge_401(flows, session, state["completed"],
                                 ("M_FORBIDDEN", "Invalid password"))
        if stage not in state["completed"]:
            state["completed"].append(stage)
    for f in flows:
        if all(s in state["completed"] for s in f):
            store.uia_sessions.pop(session, None)
            return
    raise _challenge_401(flows, session, state["completed"])


def _challenge_401(flows, session, completed, failure=None):
    extra = {"flows": [{"stages": list(f)} for f in flows], "params": {},
             "session": session}
    if completed:
        extra["completed"] = list(completed)
    if failure:
        return errors.MatrixError(401, failure[0], failure[1], **extra)
    err = errors.MatrixError(401, None, None, **extra)
    return err


def _password_ok(store, auth, user):
    if user is None:
        return False
    ident = auth.get("identifier")
    name = None
    if isinstance(ident, dict) and ident.get("type") == "m.id.user":
        name = ident.get("user")
    elif isinstance(auth.get("user"), str):
        name = auth.get("user")
    if name is not None:
        if not isinstance(name, str):
            return False
        uid = name if name.startswith("@") else store.user_id(name.lower())
        if uid != user.user_id:
            return False
    return store.check_password(user.password_hash, auth.get("password"))
