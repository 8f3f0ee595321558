"""Media repository: upload (streamed to disk), download, thumbnails, config.

Files live in a temporary directory (or FILE.media/ with --state); only
their metadata is kept in the Store so it is persisted with everything else.
Both the legacy unauthenticated /_matrix/media/* endpoints and the
authenticated /_matrix/client/v1/media/* ones (spec v1.11) are served.
"""
import asyncio
import atexit
import io
import os
import shutil
import tempfile
import urllib.parse

from aiohttp import web

from . import errors, faults
from .events import now_ms, random_string
from .router import CLIENT_V1, MEDIA

# Types a browser may render inline without risk; everything else downloads.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/apng",
                "image/avif", "image/bmp", "video/mp4", "video/webm", "video/ogg",
                "audio/mpeg", "audio/ogg", "audio/wav", "audio/webm", "audio/mp4",
                "text/plain", "text/css", "text/csv", "application/json",
                "application/ld+json"}
THUMBNAILABLE = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"}


class MediaStore:
    def __init__(self, store, directory=None):
        self.store = store
        self.temporary = directory is None
        if directory is None:
            directory = tempfile.mkdtemp(prefix="atrium-hs-media-")
            atexit.register(shutil.rmtree, directory, True)
        os.makedirs(directory, exist_ok=True)
        self.dir = directory
        self.thumbs = {}    # (media_id, w, h, method) -> (bytes, content_type)

    def cleanup(self):
        if self.temporary:
            shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, media_id):
        return os.path.join(self.dir, media_id)

    def new_id(self):
        return random_string(24)

    def _record(self, media_id, content_type, filename, size, uploader):
        self.store.media[media_id] = {"content_type": content_type or "application/octet-stream",
                                      "filename": filename, "size": size,
                                      "uploader": uploader, "ts": now_ms()}
        self.store.changed()
        return "mxc://%s/%s" % (self.store.server_name, media_id)

    def put_bytes(self, data, content_type, filename=None, uploader=None):
        """Store a blob directly (used by the seeds); returns the mxc URI."""
        media_id = self.new_id()
        with open(self.path(media_id), "wb") as f:
            f.write(data)
        return self._record(media_id, content_type, filename, len(data), uploader)

    async def put_stream(self, request, media_id, content_type, filename, uploader):
        limit = self.store.max_upload_bytes
        if request.content_length is not None and request.content_length > limit:
            raise _too_large(limit)
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".upload-")
        size = 0
        try:
            with os.fdopen(fd, "wb") as f:
                async for chunk in request.content.iter_chunked(256 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise _too_large(limit)
                    f.write(chunk)
            os.replace(tmp, self.path(media_id))
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return self._record(media_id, content_type, filename, size, uploader)


def _too_large(limit):
    return errors.too_large("Upload exceeds the %d byte limit" % limit)


def _filename_param(ctx):
    name = ctx.query.get("filename")
    return name if name else None


# -- upload ------------------------------------------------------------------------

async def upload(ctx):
    s = ctx.auth()
    ms = ctx.store.media_store
    ctype = ctx.request.headers.get("Content-Type") or "application/octet-stream"
    uri = await ms.put_stream(ctx.request, ms.new_id(), ctype, _filename_param(ctx), s.user_id)
    return {"content_uri": uri}


async def create(ctx):
    """POST /media/v1/create: reserve an mxc URI for a later PUT upload."""
    s = ctx.auth()
    ms = ctx.store.media_store
    media_id = ms.new_id()
    ctx.store.media[media_id] = {"pending": True, "uploader": s.user_id, "ts": now_ms()}
    return {"content_uri": "mxc://%s/%s" % (ctx.store.server_name, media_id),
            "unused_expires_at": now_ms() + 24 * 3600 * 1000}


async def upload_to(ctx):
    s = ctx.auth()
    ms = ctx.store.media_store
    media_id = ctx.params["mediaId"]
    meta = ctx.store.media.get(media_id)
    if ctx.params["serverName"] != ctx.store.server_name or meta is None:
        raise errors.not_found("Unknown media ID")
    if not meta.get("pending"):
        raise errors.MatrixError(409, "M_CANNOT_OVERWRITE_MEDIA", "Media already uploaded")
    if meta.get("uploader") != s.user_id:
        raise errors.forbidden("This media ID belongs to another user")
    ctype = ctx.request.headers.get("Content-Type") or "application/octet-stream"
    await ms.put_stream(ctx.request, media_id, ctype, _filename_param(ctx), s.user_id)
    return {}


# -- download and thumbnails ------------------------------------------------------------

def _lookup(ctx):
    meta = ctx.store.media.get(ctx.params["mediaId"])
    if ctx.params["serverName"] != ctx.store.server_name or meta is None:
        raise errors.not_found("Media not found")
    if meta.get("pending"):
        raise errors.MatrixError(404, "M_NOT_YET_UPLOADED", "Media not uploaded yet")
    path = ctx.store.media_store.path(ctx.params["mediaId"])
    if not os.path.exists(path):
        raise errors.not_found("Media not found")
    return meta, path


def _disposition(content_type, filename):
    base = (content_type or "").split(";")[0].strip().lower()
    kind = "inline" if base in INLINE_TYPES else "attachment"
    if filename:
        return "%s; filename*=utf-8''%s" % (kind, urllib.parse.quote(filename, safe=""))
    return kind


def _media_headers(content_type, filename):
    return {"Content-Type": content_type,
            "Content-Disposition": _disposition(content_type, filename),
            "Content-Security-Policy": "sandbox; default-src 'none'; script-src 'none'; "
                                       "plugin-types application/pdf; style-src 'unsafe-inline'; "
                                       "media-src 'self'; object-src 'self';",
            "Cross-Origin-Resource-Policy": "cross-origin",
            "Cache-Control": "public, max-age=86400, immutable"}


async def download(ctx):
    meta, path = _lookup(ctx)
    filename = ctx.params.get("fileName") or meta.get("filename")
    headers = _media_headers(meta["content_type"], filename)
    rate = faults.body_rate(ctx.request.path)
    if rate > 0:
        return await _paced_file(ctx.request, path, headers, rate)
    return web.FileResponse(path, headers=headers)


async def _paced_file(request, path, headers, rate):
    """The file in 64 KiB pieces at `rate` bytes a second (the body_rate fault)."""
    response = web.StreamResponse(headers=headers)
    response.content_length = os.path.getsize(path)
    await response.prepare(request)
    with open(path, "rb") as f:
        while piece := f.read(64 * 1024):
            await response.write(piece)
            await asyncio.sleep(len(piece) / rate)
    await response.write_eof()
    return response


def _make_thumbnail(path, width, height, method):
    from PIL import Image, ImageOps
    with Image.open(path) as img:
        img.load()
        fmt_png = img.mode in ("RGBA", "LA", "P") or (img.format or "").upper() in ("PNG", "GIF")
        if img.mode not in ("RGB", "RGBA"):
            img = img.convert("RGBA" if fmt_png else "RGB")
        if method == "crop":
            out = ImageOps.fit(img, (width, height), Image.LANCZOS)
        else:
            out = img.copy()
            # Scale to fit inside the box, never upscaling (like Synapse).
            out.thumbnail((width, height), Image.LANCZOS)
        buf = io.BytesIO()
        if fmt_png:
            out.save(buf, "PNG")
            return buf.getvalue(), "image/png"
        out.convert("RGB").save(buf, "JPEG", quality=85)
        return buf.getvalue(), "image/jpeg"


async def thumbnail(ctx):
    meta, path = _lookup(ctx)
    width = ctx.int_param("width")
    height = ctx.int_param("height")
    if width is None or height is None or width <= 0 or height <= 0:
        raise errors.invalid_param("width and height must be positive integers")
    width, height = min(width, 2048), min(height, 2048)
    method = ctx.query.get("method", "scale")
    if method not in ("crop", "scale"):
        raise errors.invalid_param("method must be crop or scale")
    ctype = meta["content_type"].split(";")[0].strip().lower()
    if ctype not in THUMBNAILABLE:
        raise errors.MatrixError(400, "M_UNKNOWN", "Cannot thumbnail media of type %s" % ctype)
    ms = ctx.store.media_store
    key = (ctx.params["mediaId"], width, height, method)
    cached = ms.thumbs.get(key)
    if cached is None:
        loop = asyncio.get_running_loop()
        try:
            cached = await loop.run_in_executor(None, _make_thumbnail, path, width, height, method)
        except Exception:
            raise errors.MatrixError(400, "M_UNKNOWN", "Could not decode the image")
        ms.thumbs[key] = cached
    data, thumb_type = cached
    return web.Response(body=data, headers=_media_headers(thumb_type, None))


async def config(ctx):
    return {"m.upload.size": ctx.store.max_upload_bytes}


async def preview_url(ctx):
    return {}


def _authed(handler):
    async def wrapped(ctx):
        ctx.auth()
        return await handler(ctx)
    return wrapped


def register(router):
    router.add("POST", "/upload", upload, MEDIA)
    router.add("POST", "/create", create, ("/_matrix/media/v1",))
    router.add("PUT", "/upload/{serverName}/{mediaId}", upload_to, MEDIA)
    for prefix, wrap in ((MEDIA, lambda h: h), (tuple(p + "/media" for p in CLIENT_V1), _authed)):
        router.add("GET", "/download/{serverName}/{mediaId}", wrap(download), prefix)
        router.add("GET", "/download/{serverName}/{mediaId}/{fileName}", wrap(download), prefix)
        router.add("GET", "/thumbnail/{serverName}/{mediaId}", wrap(thumbnail), prefix)
        router.add("GET", "/config", wrap(config), prefix)
        router.add("GET", "/preview_url", wrap(preview_url), prefix)
