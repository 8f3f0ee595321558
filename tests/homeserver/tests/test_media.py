"""Content repository: upload/download round trips and the upload size limit."""

import io
import unittest
from urllib.parse import urlparse

from PIL import Image

from homeserver_fixture import MEDIA_V3, HomeserverTestCase, q

PNG_BYTES = bytes(range(256)) * 40 + b"\x00\xff\r\n\x1a" * 3


def split_mxc(uri):
    parsed = urlparse(uri)
    assert parsed.scheme == "mxc", uri
    return parsed.netloc, parsed.path.lstrip("/")


class MediaTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.user = await self.register_user("media")
        self.token = self.user["access_token"]

    async def upload(self, data, content_type="application/octet-stream", filename=None):
        params = {"filename": filename} if filename else None
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=self.token, data=data,
                                  params=params, headers={"Content-Type": content_type})
        self.assertStatus(resp, 200)
        self.assertTrue(resp.json["content_uri"].startswith("mxc://"), resp)
        return resp.json["content_uri"]

    async def test_upload_then_download_is_byte_identical(self):
        uri = await self.upload(PNG_BYTES, "image/png")
        server, media_id = split_mxc(uri)
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}",
                                  token=self.token)
        self.assertStatus(resp, 200)
        self.assertEqual(resp.body, PNG_BYTES)

    async def test_download_preserves_content_type(self):
        uri = await self.upload(b"plain text file\n", "text/plain")
        server, media_id = split_mxc(uri)
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}",
                                  token=self.token)
        self.assertStatus(resp, 200)
        self.assertTrue(resp.headers.get("Content-Type", "").startswith("text/plain"),
                        resp.headers.get("Content-Type"))

    async def test_authenticated_media_download_is_byte_identical(self):
        # v1.11 authenticated media: /_matrix/client/v1/media/download
        uri = await self.upload(PNG_BYTES, "image/png")
        server, media_id = split_mxc(uri)
        resp = await self.request(
            "GET", f"/_matrix/client/v1/media/download/{q(server)}/{q(media_id)}",
            token=self.token)
        self.assertStatus(resp, 200)
        self.assertEqual(resp.body, PNG_BYTES)

    async def test_authenticated_media_download_requires_token(self):
        uri = await self.upload(b"secret", "application/octet-stream")
        server, media_id = split_mxc(uri)
        resp = await self.request(
            "GET", f"/_matrix/client/v1/media/download/{q(server)}/{q(media_id)}")
        self.assertStatus(resp, 401, "M_MISSING_TOKEN")

    async def test_download_with_filename_round_trips(self):
        uri = await self.upload(b"named", "application/octet-stream", filename="a.bin")
        server, media_id = split_mxc(uri)
        resp = await self.request("GET",
                                  f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}/other.bin",
                                  token=self.token)
        self.assertStatus(resp, 200)
        self.assertEqual(resp.body, b"named")

    async def test_empty_upload_round_trips(self):
        uri = await self.upload(b"", "application/octet-stream")
        server, media_id = split_mxc(uri)
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}",
                                  token=self.token)
        self.assertStatus(resp, 200)
        self.assertEqual(resp.body, b"")

    async def test_unknown_media_returns_404_not_found(self):
        server = self.user["user_id"].split(":", 1)[1]
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/doesNotExist123",
                                  token=self.token)
        self.assertStatus(resp, 404, "M_NOT_FOUND")

    async def test_upload_requires_authentication(self):
        resp = await self.request("POST", f"{MEDIA_V3}/upload", data=b"x",
                                  headers={"Content-Type": "text/plain"})
        self.assertStatus(resp, 401, "M_MISSING_TOKEN")

    async def test_download_has_content_disposition_with_filename(self):
        uri = await self.upload(b"%PDF-1.4 fake", "application/pdf", filename="report.pdf")
        server, media_id = split_mxc(uri)
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}",
                                  token=self.token)
        self.assertStatus(resp, 200)
        self.assertIn("report.pdf", resp.headers.get("Content-Disposition", ""))

    async def test_thumbnail_of_png_is_a_smaller_image(self):
        buf = io.BytesIO()
        Image.new("RGB", (256, 192), (200, 30, 30)).save(buf, format="PNG")
        uri = await self.upload(buf.getvalue(), "image/png")
        server, media_id = split_mxc(uri)
        resp = await self.request(
            "GET", f"/_matrix/client/v1/media/thumbnail/{q(server)}/{q(media_id)}",
            token=self.token, params={"width": "64", "height": "64", "method": "scale"})
        self.assertStatus(resp, 200)
        self.assertTrue(resp.headers.get("Content-Type", "").startswith("image/"))
        thumb = Image.open(io.BytesIO(resp.body))
        self.assertLessEqual(thumb.width, 256)
        self.assertLessEqual(thumb.height, 192)
        self.assertGreaterEqual(thumb.width, 64)  # scale: at least the requested size

    async def test_each_upload_gets_a_distinct_uri(self):
        a = await self.upload(b"same bytes")
        b = await self.upload(b"same bytes")
        self.assertNotEqual(a, b)


class UploadLimitTest(HomeserverTestCase):
    server_args = ("--max-upload-bytes", "1000")

    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.user = await self.register_user("limit")
        self.token = self.user["access_token"]

    async def test_oversize_upload_returns_413_too_large(self):
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=self.token,
                                  data=b"x" * 5000,
                                  headers={"Content-Type": "application/octet-stream"})
        self.assertStatus(resp, 413, "M_TOO_LARGE")

    async def test_upload_just_over_limit_returns_413_too_large(self):
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=self.token,
                                  data=b"x" * 1001,
                                  headers={"Content-Type": "application/octet-stream"})
        self.assertStatus(resp, 413, "M_TOO_LARGE")

    async def test_upload_under_limit_succeeds(self):
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=self.token,
                                  data=b"y" * 900,
                                  headers={"Content-Type": "application/octet-stream"})
        self.assertStatus(resp, 200)

    async def test_media_config_reports_upload_limit(self):
        resp = await self.request("GET", f"{MEDIA_V3}/config", token=self.token)
        self.assertStatus(resp, 200)
        self.assertEqual(resp.json.get("m.upload.size"), 1000)


if __name__ == "__main__":
    unittest.main()
