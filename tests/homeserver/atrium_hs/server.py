"""The aiohttp application: dispatch, error mapping, CORS, startup."""
import argparse
import asyncio
import json
import logging
import signal
import socket
import sys
import traceback

from aiohttp import web

from . import errors, faults
from .context import Ctx
from .router import Router
from .store import Store

log = logging.getLogger("atrium_hs")

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
    "Access-Control-Allow-Headers":
        "X-Requested-With, Content-Type, Authorization, Date, Accept",
    "Access-Control-Expose-Headers": "Content-Disposition",
}


class ConnectionDropped(Exception):
    """Raised into handlers whose connection is being dropped on purpose."""


def json_response(body, status=200):
    return web.Response(status=status, body=json.dumps(body).encode(),
                        content_type="application/json")


def build_router():
    # Imported here so each module only registers its own endpoints.
    from . import (auth, account, sync, rooms, timeline, receipts, directory,
                   media, e2ee, push, misc)
    router = Router()
    for module in (auth, account, sync, rooms, timeline, receipts, directory,
                   media, e2ee, push, misc):
        module.register(router)
    faults.register(router)
    return router


async def dispatch(request):
    response = await handle(request)
    if request.body_exists:
        await drain_unread_body(request)
    return response


async def handle(request):
    app = request.app
    store = app["store"]
    if request.method == "OPTIONS":
        # CORS preflight: answer every path, no auth.
        return web.Response(status=200, body=b"{}", content_type="application/json")
    faults.track(request)
    path = request.rel_url.raw_path
    try:
        if path.startswith("/_matrix/"):
            await faults.apply(request, path)
        handler, params = app["router"].resolve(request.method, path)
        result = await handler(Ctx(request, store, params))
        if path.startswith("/_matrix/") and faults.drop_answer(path):
            raise faults.Dropped()
    except errors.MatrixError as e:
        return json_response(e.body(), e.status)
    except (ConnectionDropped, faults.Dropped):
        faults.abort(request)
        raise asyncio.CancelledError()
    except asyncio.CancelledError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        # Wrong-shaped input that slipped past validation: still the
        # client's fault, never a 500.  Logged so server bugs get noticed.
        traceback.print_exc(file=sys.stderr)
        return json_response({"errcode": "M_BAD_JSON",
                              "error": "Malformed request"}, 400)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        return json_response({"errcode": "M_UNKNOWN", "error": "Internal error"}, 500)
    if isinstance(result, web.StreamResponse):
        return result
    if isinstance(result, tuple):
        status, body = result
        return json_response(body, status)
    return json_response(result)


async def add_cors(request, response):
    for k, v in CORS_HEADERS.items():
        response.headers.setdefault(k, v)


# An answer may come before the client has sent all of its body (an early
# 401 or 413). The rest of that body would then be read as the next request
# on the keep-alive connection, so it is read and dropped first; a body too
# large to drain ends the connection instead.
DRAIN_LIMIT = 64 * 1024 * 1024


async def drain_unread_body(request):
    drained = 0
    try:
        while not request.content.at_eof() and drained <= DRAIN_LIMIT:
            chunk = await request.content.readany()
            if not chunk:
                break
            drained += len(chunk)
    except Exception:
        request["close_connection"] = True
        return
    if not request.content.at_eof():
        request["close_connection"] = True


async def close_if_undrained(request, response):
    if request.get("close_connection"):
        response.force_close()


def make_app(store):
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app["store"] = store
    app["router"] = build_router()
    app.router.add_route("*", "/{tail:.*}", dispatch)
    app.on_response_prepare.append(add_cors)
    app.on_response_prepare.append(close_if_undrained)
    return app


def parse_args(argv):
    p = argparse.ArgumentParser(description="Atrium's in-memory Matrix homeserver")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--server-name", default="localhost")
    p.add_argument("--seed", default=None,
                   help="'demo' or 'large:ROOMS,EVENTS,MEMBERS[,BIG]'")
    p.add_argument("--state", default=None, help="JSON file to persist to")
    p.add_argument("--max-upload-bytes", type=int, default=50 * 1024 * 1024)
    p.add_argument("--turn-uri", action="append", default=[],
                   help="TURN URI for voip/turnServer (repeatable)")
    p.add_argument("--turn-username", default="")
    p.add_argument("--turn-password", default="")
    p.add_argument("--login-type", action="append", default=[],
                   help="a login type GET /login offers (repeatable; default m.login.password)")
    p.add_argument("--registration", choices=["open", "email", "closed"], default="open",
                   help="open (the dummy stage), email (an email stage only) or closed")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


async def serve(args):
    if args.host not in LOOPBACK and not args.host.startswith("127."):
        print("refusing to bind %s: loopback only" % args.host, file=sys.stderr)
        sys.exit(2)
    store = Store(args.server_name, args.max_upload_bytes)
    store.registration = args.registration
    if args.login_type:
        store.login_types = args.login_type
    if args.turn_uri:
        store.turn = {"username": args.turn_username, "password": args.turn_password,
                      "uris": args.turn_uri, "ttl": 86400}

    from . import media, persistence
    persist = None
    if args.state:
        persist = persistence.Persistence(store, args.state)
        media_dir = args.state + ".media"
    else:
        media_dir = None
    store.media_store = media.MediaStore(store, media_dir)
    loaded = persist.load() if persist else False

    accounts = []
    if args.seed and not loaded:
        if args.seed == "demo":
            from . import seed_demo
            accounts = seed_demo.seed(store)
        elif args.seed.startswith("large:"):
            from . import seed_large
            try:
                numbers = [int(x) for x in args.seed[6:].split(",")]
                rooms, events, members = numbers[:3]
                big_room = numbers[3] if len(numbers) == 4 else 0
                if len(numbers) > 4:
                    raise ValueError
            except ValueError:
                print("bad --seed large:ROOMS,EVENTS,MEMBERS[,BIG]", file=sys.stderr)
                sys.exit(2)
            accounts = seed_large.seed(store, rooms, events, members, big_room)
        else:
            print("unknown seed %r" % args.seed, file=sys.stderr)
            sys.exit(2)
    if persist:
        persist.attach()
        if not loaded:
            persist.save()

    app = make_app(store)
    runner = web.AppRunner(app, access_log=log if args.verbose else None,
                           handle_signals=False)
    await runner.setup()
    app["http_server"] = runner.server
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    site = web.SockSite(runner, sock, shutdown_timeout=0.5)
    await site.start()
    port = sock.getsockname()[1]
    # Signal handlers go in before the address is announced, so a SIGTERM
    # sent right after the "listening" line still shuts down cleanly.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    host = args.host if family == socket.AF_INET else "[%s]" % args.host
    sys.stdout.write("listening http://%s:%d\n" % (host, port))
    sys.stdout.flush()
    for user, password in accounts:
        sys.stdout.write("account %s password %s\n" % (user, password))
    sys.stdout.flush()

    await stop.wait()
    store.abort_waiters(ConnectionDropped())
    if persist:
        persist.save()
    await runner.cleanup()
    if persist:
        persist.save()
    store.media_store.cleanup()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        stream=sys.stderr)
    try:
        asyncio.run(serve(args))
    except BrokenPipeError:
        pass
