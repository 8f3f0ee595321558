"""Push rules (the spec's predefined set), their evaluation for unread
counts, and the pushrules/pushers endpoints.

The server never sends pushes (no push gateway on loopback); it only needs
the rules to compute notification_count and highlight_count for /sync.
"""
import copy
import fnmatch
import re

from . import errors
from .context import require

NOTIFY_SOUND = ["notify", {"set_tweak": "sound", "value": "default"}]
HIGHLIGHT = {"set_tweak": "highlight"}
LEGACY_MENTION_RULES = {".m.rule.contains_display_name", ".m.rule.roomnotif",
                        ".m.rule.contains_user_name"}
KINDS = ("override", "content", "room", "sender", "underride")


def _em(key, pattern):
    return {"kind": "event_match", "key": key, "pattern": pattern}


def _rule(rule_id, conditions, actions, enabled=True):
    return {"rule_id": rule_id, "default": True, "enabled": enabled,
            "conditions": conditions, "actions": actions}


def default_rules(user_id):
    """The predefined rules of the spec (v1.11) for one user."""
    localpart = user_id[1:].split(":", 1)[0]
    one_to_one = {"kind": "room_member_count", "is": "2"}
    return {
        "override": [
            _rule(".m.rule.master", [], [], enabled=False),
            _rule(".m.rule.suppress_notices", [_em("content.msgtype", "m.notice")], []),
            _rule(".m.rule.invite_for_me",
                  [_em("type", "m.room.member"), _em("content.membership", "invite"),
                   _em("state_key", user_id)], list(NOTIFY_SOUND)),
            _rule(".m.rule.member_event", [_em("type", "m.room.member")], []),
            _rule(".m.rule.is_user_mention",
                  [{"kind": "event_property_contains",
                    "key": "content.m\\.mentions.user_ids", "value": user_id}],
                  ["notify", HIGHLIGHT, {"set_tweak": "sound", "value": "default"}]),
            _rule(".m.rule.contains_display_name", [{"kind": "contains_display_name"}],
                  NOTIFY_SOUND + [HIGHLIGHT]),
            _rule(".m.rule.is_room_mention",
                  [{"kind": "event_property_is", "key": "content.m\\.mentions.room",
                    "value": True},
                   {"kind": "sender_notification_permission", "key": "room"}],
                  ["notify", HIGHLIGHT]),
            _rule(".m.rule.roomnotif",
                  [{"kind": "sender_notification_permission", "key": "room"},
                   _em("content.body", "@room")], ["notify", HIGHLIGHT]),
            _rule(".m.rule.tombstone",
                  [_em("type", "m.room.tombstone"), _em("state_key", "")],
                  ["notify", HIGHLIGHT]),
            _rule(".m.rule.reaction", [_em("type", "m.reaction")], []),
            _rule(".m.rule.server_acl",
                  [_em("type", "m.room.server_acl"), _em("state_key", "")], []),
            _rule(".m.rule.suppress_edits",
                  [{"kind": "event_property_is", "key": "content.m\\.relates_to.rel_type",
                    "value": "m.replace"}], []),
        ],
        "content": [
            {"rule_id": ".m.rule.contains_user_name", "default": True, "enabled": True,
             "pattern": localpart, "actions": NOTIFY_SOUND + [HIGHLIGHT]},
        ],
        "room": [],
        "sender": [],
        "underride": [
            _rule(".m.rule.call", [_em("type", "m.call.invite")],
                  ["notify", {"set_tweak": "sound", "value": "ring"}]),
            _rule(".m.rule.encrypted_room_one_to_one",
                  [one_to_one, _em("type", "m.room.encrypted")], list(NOTIFY_SOUND)),
            _rule(".m.rule.room_one_to_one",
                  [one_to_one, _em("type", "m.room.message")], list(NOTIFY_SOUND)),
            _rule(".m.rule.message", [_em("type", "m.room.message")], ["notify"]),
            _rule(".m.rule.encrypted", [_em("type", "m.room.encrypted")], ["notify"]),
            _rule(".m.rule.poll_start_one_to_one",
                  [one_to_one, _em("type", "m.poll.start")], list(NOTIFY_SOUND)),
            _rule(".m.rule.poll_start", [_em("type", "m.poll.start")], ["notify"]),
            _rule(".m.rule.poll_end_one_to_one",
                  [one_to_one, _em("type", "m.poll.end")], list(NOTIFY_SOUND)),
            _rule(".m.rule.poll_end", [_em("type", "m.poll.end")], ["notify"]),
        ],
    }


def user_rules(user):
    if user.push_rules is None:
        return default_rules(user.user_id)
    return user.push_rules


def _editable_rules(user):
    if user.push_rules is None:
        user.push_rules = default_rules(user.user_id)
    return user.push_rules


# -- evaluation ----------------------------------------------------------------

_SPLIT_RE = re.compile(r"(?<!\\)\.")


_glob_cache = {}


def _glob(pattern, word_boundary):
    key = (pattern, word_boundary)
    rx = _glob_cache.get(key)
    if rx is None:
        body = fnmatch.translate(pattern)
        # fnmatch.translate anchors with \Z; strip its wrapper to embed it.
        inner = body[4:-3] if body.startswith("(?s:") else body
        if word_boundary:
            rx = re.compile(r"(?:^|\W)(?:%s)(?:\W|$)" % inner, re.I | re.S)
        else:
            rx = re.compile(r"^(?:%s)$" % inner, re.I | re.S)
        _glob_cache[key] = rx
    return rx


class EvalContext:
    """What conditions need to know besides the event itself."""

    def __init__(self, room, user_id, display_name, member_count):
        self.room = room
        self.user_id = user_id
        self.display_name = display_name
        self.member_count = member_count


def _compile_condition(cond):
    """Turn one condition into a predicate f(event_dict, ctx) -> bool.

    Rules are evaluated for every event of every room during an initial
    sync, so key paths and patterns are parsed once here, not per event.
    """
    kind = cond.get("kind")
    if kind in ("event_match", "event_property_is", "event_property_contains"):
        key = cond.get("key")
        if not isinstance(key, str):
            return lambda ev, ctx: False
        parts = tuple(p.replace("\\.", ".").replace("\\\\", "\\") for p in _SPLIT_RE.split(key))

        def lookup(ev):
            value = ev
            for part in parts:
                if not isinstance(value, dict) or part not in value:
                    return _MISSING
                value = value[part]
            return value
    if kind == "event_match":
        pattern = cond.get("pattern")
        if not isinstance(pattern, str):
            return lambda ev, ctx: False
        if key != "content.body" and not any(c in pattern for c in "*?["):
            literal = pattern.lower()
            return lambda ev, ctx: isinstance(v := lookup(ev), str) and v.lower() == literal
        rx = _glob(pattern, key == "content.body")
        return lambda ev, ctx: isinstance(v := lookup(ev), str) and rx.search(v) is not None
    if kind == "event_property_is":
        want = cond.get("value")
        return lambda ev, ctx: (v := lookup(ev)) is not _MISSING and v == want \
            and type(v) is type(want)
    if kind == "event_property_contains":
        want = cond.get("value")
        return lambda ev, ctx: isinstance(v := lookup(ev), list) and want in v
    if kind == "contains_display_name":
        def contains_name(ev, ctx):
            body = ev.get("content", {}).get("body")
            name = ctx.display_name
            if not isinstance(body, str) or not name:
                return False
            return re.search(r"(?:^|\W)%s(?:\W|$)" % re.escape(name), body, re.I) is not None
        return contains_name
    if kind == "room_member_count":
        m = re.match(r"^(==|<=|>=|<|>)?(\d+)$", str(cond.get("is", "")))
        if not m:
            return lambda ev, ctx: False
        op, n = m.group(1) or "==", int(m.group(2))
        ops = {"==": lambda c: c == n, "<": lambda c: c < n, ">": lambda c: c > n,
               "<=": lambda c: c <= n, ">=": lambda c: c >= n}[op]
        return lambda ev, ctx: ops(ctx.member_count)
    if kind == "sender_notification_permission":
        if cond.get("key") != "room":
            return lambda ev, ctx: False
        return lambda ev, ctx: ctx.room.user_level(ev.get("sender")) >= \
            ctx.room.action_level("room_notif")
    return lambda ev, ctx: False  # unknown condition kinds never match (spec)


_MISSING = object()


def compile_rules(rules):
    compiled = []
    for kind in KINDS:
        for rule in rules.get(kind, ()):
            if not rule.get("enabled", True):
                continue
            if kind == "content":
                conds = [{"kind": "event_match", "key": "content.body",
                          "pattern": rule.get("pattern", "")}]
            elif kind == "room":
                conds = [{"kind": "event_match", "key": "room_id", "pattern": rule["rule_id"]}]
            elif kind == "sender":
                conds = [{"kind": "event_match", "key": "sender", "pattern": rule["rule_id"]}]
            else:
                conds = rule.get("conditions", [])
            compiled.append((rule.get("rule_id") in LEGACY_MENTION_RULES,
                             [_compile_condition(c) for c in conds],
                             rule.get("actions", [])))
    return compiled


def evaluate(compiled, ev, ctx):
    """Actions of the first matching enabled rule, or [] when none match."""
    has_mentions = isinstance(ev.get("content"), dict) and "m.mentions" in ev["content"]
    for legacy, preds, actions in compiled:
        if legacy and has_mentions:
            # Spec v1.7: legacy mention rules are skipped when m.mentions exists.
            continue
        for pred in preds:
            if not pred(ev, ctx):
                break
        else:
            return actions
    return []


_compiled_cache = {}


def compiled_rules_for(user_id, user):
    c = _compiled_cache.get(user_id)
    if c is None:
        c = compile_rules(user_rules(user) if user else default_rules(user_id))
        _compiled_cache[user_id] = c
    return c


def flags(actions):
    notify = "notify" in actions
    highlight = any(isinstance(a, dict) and a.get("set_tweak") == "highlight"
                    and a.get("value", True) is not False for a in actions)
    return notify, highlight


def read_anchor(room, user_id):
    """Stream position up to which the user has read the room.

    The latest m.read / m.read.private receipt (main timeline or unthreaded),
    or the user's own latest event, which implicitly marks everything read.
    """
    best = 0
    for rtype in ("m.read", "m.read.private"):
        for thread in (None, "main"):
            r = room.receipts.get((rtype, user_id, thread))
            if r is not None:
                ev = room.by_id.get(r["event_id"])
                if ev is not None and ev.pos > best:
                    best = ev.pos
    return best


def unread_counts(store, room, user_id):
    """(notification_count, highlight_count) for a joined user, cached."""
    anchor = read_anchor(room, user_id)
    key = (room.room_id, user_id)
    cached = store.notif_cache.get(key)
    start = room.index_after(anchor)
    if cached is not None and cached[0] == anchor and cached[1] >= start:
        _, done, notif, hl = cached
        if done == len(room.events):
            return notif, hl
        start_eval = done
    else:
        notif = hl = 0
        start_eval = start
    events = room.events
    if start_eval < len(events):
        user = store.users.get(user_id)
        rules = compiled_rules_for(user_id, user)
        member = room.state.get(("m.room.member", user_id))
        name = (member.content.get("displayname") if member else None) or \
            (user.displayname if user else None)
        ctx = EvalContext(room, user_id, name,
                          sum(1 for m in room.membership.values() if m == "join"))
        for i in range(start_eval, len(events)):
            ev = events[i]
            if ev.sender == user_id:
                # Own events count as read: restart the tally after them.
                notif = hl = 0
                continue
            d = {"type": ev.type, "content": ev.content, "sender": ev.sender,
                 "room_id": ev.room_id}
            if ev.state_key is not None:
                d["state_key"] = ev.state_key
            n, h = flags(evaluate(rules, d, ctx))
            if n:
                notif += 1
            if h:
                hl += 1
    store.notif_cache[key] = (anchor, len(events), notif, hl)
    return notif, hl


def invalidate_user(store, user_id):
    _compiled_cache.pop(user_id, None)
    for key in [k for k in store.notif_cache if k[1] == user_id]:
        del store.notif_cache[key]


# -- endpoints ---------------------------------------------------------------------

async def get_all(ctx):
    s = ctx.auth()
    return {"global": user_rules(s.user)}


async def get_global(ctx):
    s = ctx.auth()
    return user_rules(s.user)


def _find(rules, kind, rule_id):
    if kind not in KINDS:
        raise errors.MatrixError(400, "M_INVALID_PARAM", "Unknown rule kind %r" % kind)
    for i, r in enumerate(rules.get(kind, [])):
        if r.get("rule_id") == rule_id:
            return i, r
    raise errors.not_found("Unknown push rule")


def _scope(ctx):
    if ctx.params["scope"] != "global":
        raise errors.MatrixError(400, "M_INVALID_PARAM", "Only the global scope exists")


async def get_rule(ctx):
    s = ctx.auth()
    _scope(ctx)
    _, rule = _find(user_rules(s.user), ctx.params["kind"], ctx.params["ruleId"])
    return rule


async def delete_rule(ctx):
    s = ctx.auth()
    _scope(ctx)
    rules = _editable_rules(s.user)
    i, rule = _find(rules, ctx.params["kind"], ctx.params["ruleId"])
    if rule.get("default"):
        raise errors.MatrixError(400, "M_UNKNOWN", "Cannot delete a server-default rule")
    del rules[ctx.params["kind"]][i]
    _changed(ctx, s)
    return {}


async def put_rule(ctx):
    s = ctx.auth()
    _scope(ctx)
    kind, rule_id = ctx.params["kind"], ctx.params["ruleId"]
    if kind not in KINDS:
        raise errors.MatrixError(400, "M_INVALID_PARAM", "Unknown rule kind")
    if rule_id.startswith("."):
        raise errors.MatrixError(400, "M_INVALID_PARAM", "Rule IDs starting with '.' are reserved")
    body = await ctx.json()
    actions = require(body, "actions", list)
    rule = {"rule_id": rule_id, "default": False, "enabled": True, "actions": actions}
    if kind == "content":
        rule["pattern"] = require(body, "pattern", str)
    elif kind in ("override", "underride"):
        rule["conditions"] = require(body, "conditions", list, optional=True) or []
    rules = _editable_rules(s.user)
    lst = rules.setdefault(kind, [])
    existing = [i for i, r in enumerate(lst) if r.get("rule_id") == rule_id]
    if existing:
        lst[existing[0]] = dict(lst[existing[0]], **rule)
    else:
        before, after = ctx.query.get("before"), ctx.query.get("after")
        if before is not None or after is not None:
            ref = before if before is not None else after
            idx = [i for i, r in enumerate(lst) if r.get("rule_id") == ref]
            if not idx:
                raise errors.not_found("Unknown rule %r" % ref)
            lst.insert(idx[0] + (0 if before is not None else 1), rule)
        else:
            # User rules go before the server-default ones of the same kind.
            defaults_at = next((i for i, r in enumerate(lst) if r.get("default")), len(lst))
            lst.insert(defaults_at, rule)
    _changed(ctx, s)
    return {}


async def get_attr(ctx):
    s = ctx.auth()
    _scope(ctx)
    _, rule = _find(user_rules(s.user), ctx.params["kind"], ctx.params["ruleId"])
    attr = ctx.params["attr"]
    if attr == "enabled":
        return {"enabled": rule.get("enabled", True)}
    if attr == "actions":
        return {"actions": rule.get("actions", [])}
    raise errors.unrecognized()


async def put_attr(ctx):
    s = ctx.auth()
    _scope(ctx)
    body = await ctx.json()
    rules = _editable_rules(s.user)
    _, rule = _find(rules, ctx.params["kind"], ctx.params["ruleId"])
    attr = ctx.params["attr"]
    if attr == "enabled":
        rule["enabled"] = require(body, "enabled", bool)
    elif attr == "actions":
        rule["actions"] = require(body, "actions", list)
    else:
        raise errors.unrecognized()
    _changed(ctx, s)
    return {}


def _changed(ctx, s):
    invalidate_user(ctx.store, s.user_id)
    ctx.store.set_account_data(s.user, "m.push_rules", {"global": copy.deepcopy(s.user.push_rules)})


async def get_pushers(ctx):
    s = ctx.auth()
    return {"pushers": s.user.pushers}


async def set_pusher(ctx):
    s = ctx.auth()
    body = await ctx.json()
    pushkey = require(body, "pushkey", str)
    app_id = require(body, "app_id", str)
    kind = body.get("kind")
    others = [p for p in s.user.pushers
              if not (p["app_id"] == app_id and p["pushkey"] == pushkey)]
    if kind is None:
        s.user.pushers = others
    else:
        if not isinstance(kind, str):
            raise errors.bad_json("kind must be a string or null")
        pusher = {"pushkey": pushkey, "kind": kind, "app_id": app_id,
                  "app_display_name": body.get("app_display_name", ""),
                  "device_display_name": body.get("device_display_name", ""),
                  "profile_tag": body.get("profile_tag", ""),
                  "lang": body.get("lang", "en"),
                  "data": body.get("data") or {}}
        if not body.get("append"):
            others = [p for p in others if p["pushkey"] != pushkey]
        s.user.pushers = others + [pusher]
    ctx.store.changed()
    return {}


def register(router):
    router.add("GET", "/pushrules/", get_all)
    router.add("GET", "/pushrules", get_all)
    router.add("GET", "/pushrules/{scope}/", get_global)
    router.add("GET", "/pushrules/{scope}", get_global)
    router.add("GET", "/pushrules/{scope}/{kind}/{ruleId}", get_rule)
    router.add("PUT", "/pushrules/{scope}/{kind}/{ruleId}", put_rule)
    router.add("DELETE", "/pushrules/{scope}/{kind}/{ruleId}", delete_rule)
    router.add("GET", "/pushrules/{scope}/{kind}/{ruleId}/{attr}", get_attr)
    router.add("PUT", "/pushrules/{scope}/{kind}/{ruleId}/{attr}", put_attr)
    router.add("GET", "/pushers", get_pushers)
    router.add("POST", "/pushers/set", set_pusher)
