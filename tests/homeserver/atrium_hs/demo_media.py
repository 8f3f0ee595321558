"""Images and files generated for the demo seed (Pillow, no assets needed)."""
import io

FONT_PATHS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font(size, bold=True):
    from PIL import ImageFont
    for path in (FONT_PATHS if bold else FONT_PATHS[::-1]):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def avatar(initials, color, size=256):
    """A round, coloured avatar with the person's initials."""
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((0, 0, size - 1, size - 1), fill=color)
    font = _font(size * 2 // 5)
    box = d.textbbox((0, 0), initials, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((size - w) / 2 - box[0], (size - h) / 2 - box[1]), initials,
           fill="white", font=font)
    return _png(img)


def space_icon(size=256):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (size, size), (36, 41, 56))
    d = ImageDraw.Draw(img)
    # Three columns under a pediment: an "atrium".
    d.polygon([(size * .15, size * .38), (size * .5, size * .15), (size * .85, size * .38)],
              fill=(110, 168, 254))
    for x in (0.25, 0.45, 0.65):
        d.rectangle((size * x, size * .42, size * (x + .1), size * .78), fill=(220, 226, 240))
    d.rectangle((size * .15, size * .8, size * .85, size * .86), fill=(110, 168, 254))
    return _png(img)


def mockup(title, accent, width=1200, height=750):
    """A fake screenshot of a chat UI, for m.image messages."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (width, height), (246, 247, 250))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 260, height), fill=(33, 37, 48))
    d.text((24, 24), "Atrium", fill="white", font=_font(30))
    for i, name in enumerate(["# general", "# engineering", "# design", "# random",
                              "Alice Chen", "Bob Martins"]):
        y = 100 + i * 52
        if i == 1:
            d.rounded_rectangle((12, y - 10, 248, y + 32), 8, fill=accent)
        d.text((28, y), name, fill=(220, 224, 235), font=_font(20, bold=False))
    d.rectangle((260, 0, width, 70), fill="white")
    d.text((290, 20), title, fill=(33, 37, 48), font=_font(26))
    y = 100
    for i in range(6):
        d.ellipse((290, y, 334, y + 44), fill=[accent, (88, 180, 120), (230, 140, 60)][i % 3])
        w = 300 + (i * 137) % 480
        d.rounded_rectangle((350, y, 350 + w, y + 60), 12, fill="white", outline=(225, 228, 235))
        d.line((370, y + 22, 330 + w, y + 22), fill=(200, 204, 214), width=8)
        d.line((370, y + 42, 250 + w * 3 // 4, y + 42), fill=(220, 223, 230), width=8)
        y += 95
    d.rounded_rectangle((290, height - 80, width - 30, height - 24), 14, fill="white",
                        outline=(210, 214, 224))
    d.text((312, height - 66), "Message #engineering", fill=(150, 155, 170),
           font=_font(22, bold=False))
    return _png(img), width, height


def thumbnail_of(png_bytes, max_w=320, max_h=240):
    from PIL import Image
    img = Image.open(io.BytesIO(png_bytes))
    img.thumbnail((max_w, max_h))
    return _png(img), img.width, img.height


def simple_pdf(lines):
    """A minimal, valid one-page PDF with a few lines of text."""
    text = "BT /F1 14 Tf 72 740 Td 18 TL " + " ".join(
        "(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        for l in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, obj)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode())
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objects) + 1, xref)).encode())
    return out.getvalue()


def tone_wav(seconds=4.0, rate=16000):
    """A short voice-note stand-in: a few rising tones, mono 16-bit WAV."""
    import math
    import struct
    import wave
    frames = bytearray()
    total = int(seconds * rate)
    for i in range(total):
        freq = 330 + 110 * int(4 * i / total)
        fade = min(1.0, i / 800, (total - i) / 800)
        frames += struct.pack("<h", int(9000 * fade * math.sin(2 * math.pi * freq * i / rate)))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buf.getvalue()


def test_video(width=640, height=360, frames=50):
    """A VP8/WebM clip of GStreamer's test pattern and a PNG of its first
    frame (the poster), made with gst-launch-1.0; None when it is missing."""
    import os
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        clip = os.path.join(tmp, "clip.webm")
        poster = os.path.join(tmp, "poster.png")
        caps = "video/x-raw,width=%d,height=%d,framerate=10/1" % (width, height)
        try:
            for pipeline in (
                    "videotestsrc pattern=smpte num-buffers=%d ! %s ! vp8enc deadline=1 "
                    "! webmmux ! filesink location=%s" % (frames, caps, clip),
                    "videotestsrc pattern=smpte num-buffers=1 ! %s ! videoconvert ! pngenc "
                    "! filesink location=%s" % (caps, poster)):
                subprocess.run(["gst-launch-1.0", "-q"] + pipeline.split(), check=True,
                               timeout=60, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            with open(clip, "rb") as f:
                video = f.read()
            with open(poster, "rb") as f:
                png = f.read()
        except (OSError, subprocess.SubprocessError):
            return None
    return video, png, width, height, frames * 100
