"""Room events: identifiers, the client event format and redaction.

Events are shaped like room version 10 events as a client sees them.  The
server keeps no federation fields (hashes, signatures, prev_events): with a
single server and linear state there is nothing to sign or resolve.
"""
import base64
import os
import secrets
import string
import time


def now_ms():
    return int(time.time() * 1000)


def random_b64(nbytes=32):
    return base64.urlsafe_b64encode(os.urandom(nbytes)).rstrip(b"=").decode()


def new_event_id():
    # Room v4+ event IDs are "$" + url-safe unpadded base64 of a 32-byte hash;
    # 32 random bytes give the same 43-character shape.
    return "$" + random_b64(32)


def random_string(n, alphabet=string.ascii_letters):
    return "".join(secrets.choice(alphabet) for _ in range(n))


class Event:
    """One room event plus the bookkeeping the server needs about it.

    ``pos`` is the global stream position: one counter orders every event of
    every room, which makes sync tokens and pagination tokens plain integers.
    ``prev_state`` is the state event this one replaced, so the state at any
    earlier point of the (linear) timeline can be rebuilt by walking back.
    ``txn`` remembers (device key, txn id) so only the sending device sees
    ``unsigned.transaction_id``.
    """
    __slots__ = ("pos", "event_id", "room_id", "sender", "type", "content",
                 "state_key", "ts", "redacts", "unsigned", "txn",
                 "prev_state", "redacted_because")

    def __init__(self, pos, event_id, room_id, sender, type_, content,
                 state_key=None, ts=None, redacts=None):
        self.pos = pos
        self.event_id = event_id
        self.room_id = room_id
        self.sender = sender
        self.type = type_
        self.content = content
        self.state_key = state_key
        self.ts = ts if ts is not None else now_ms()
        self.redacts = redacts
        self.unsigned = {}
        self.txn = None
        self.prev_state = None
        self.redacted_because = None

    @property
    def is_state(self):
        return self.state_key is not None

    @property
    def key(self):
        return (self.type, self.state_key)

    def to_client(self, now=None, device_key=None, with_room_id=True):
        d = {
            "event_id": self.event_id,
            "sender": self.sender,
            "type": self.type,
            "content": self.content,
            "origin_server_ts": self.ts,
        }
        if with_room_id:
            d["room_id"] = self.room_id
        if self.state_key is not None:
            d["state_key"] = self.state_key
        if self.redacts is not None:
            d["redacts"] = self.redacts
        unsigned = dict(self.unsigned)
        unsigned["age"] = max(0, (now or now_ms()) - self.ts)
        if self.redacted_because is not None:
            unsigned["redacted_because"] = self.redacted_because
        if self.txn is not None and device_key is not None and self.txn[0] == device_key:
            unsigned["transaction_id"] = self.txn[1]
        d["unsigned"] = unsigned
        return d

    def stripped(self):
        """Stripped state event, as used in invite_state and children_state."""
        return {"type": self.type, "state_key": self.state_key,
                "content": self.content, "sender": self.sender}

    # -- persistence ----------------------------------------------------
    def to_json(self):
        d = {"pos": self.pos, "event_id": self.event_id, "sender": self.sender,
             "type": self.type, "content": self.content, "ts": self.ts}
        if self.state_key is not None:
            d["state_key"] = self.state_key
        if self.redacts is not None:
            d["redacts"] = self.redacts
        if self.unsigned:
            d["unsigned"] = self.unsigned
        if self.txn is not None:
            d["txn"] = list(self.txn)
        if self.prev_state is not None:
            d["prev_state"] = self.prev_state.event_id
        if self.redacted_because is not None:
            d["redacted_because"] = self.redacted_because
        return d

    @classmethod
    def from_json(cls, room_id, d):
        e = cls(d["pos"], d["event_id"], room_id, d["sender"], d["type"],
                d["content"], d.get("state_key"), d["ts"], d.get("redacts"))
        e.unsigned = d.get("unsigned", {})
        e.txn = tuple(d["txn"]) if d.get("txn") else None
        e.redacted_because = d.get("redacted_because")
        # prev_state is resolved to an Event by the room loader.
        e.prev_state = d.get("prev_state")
        return e


# Content keys that survive redaction, per event type (room version 10 rules;
# version 11 differences are handled in redact_content).
_KEEP_V10 = {
    "m.room.member": ("membership", "join_authorised_via_users_server"),
    "m.room.create": ("creator",),
    "m.room.join_rules": ("join_rule", "allow"),
    "m.room.power_levels": ("ban", "events", "events_default", "kick",
                            "redact", "state_default", "users",
                            "users_default"),
    "m.room.history_visibility": ("history_visibility",),
}


def redact_content(event_type, content, room_version="10"):
    """The content left after the spec's redaction algorithm."""
    if room_version == "11":
        if event_type == "m.room.create":
            return dict(content)
        keep = dict(_KEEP_V10)
        keep["m.room.power_levels"] = keep["m.room.power_levels"] + ("invite",)
        keep["m.room.redaction"] = ("redacts",)
    else:
        keep = _KEEP_V10
    allowed = keep.get(event_type, ())
    out = {k: v for k, v in content.items() if k in allowed}
    if event_type == "m.room.member" and "third_party_invite" in content:
        # v11 keeps third_party_invite.signed; harmless to apply for v10 too
        # only when asked for v11.
        if room_version == "11" and isinstance(content["third_party_invite"], dict) \
                and "signed" in content["third_party_invite"]:
            out["third_party_invite"] = {"signed": content["third_party_invite"]["signed"]}
    return out


def apply_redaction(target, redaction_event, room_version="10"):
    """Redact ``target`` in place because of ``redaction_event``."""
    target.content = redact_content(target.type, target.content, room_version)
    # The redacted event keeps only the unsigned data the server adds itself.
    target.unsigned = {}
    because = redaction_event.to_client()
    because["unsigned"].pop("age", None)
    target.redacted_because = because
