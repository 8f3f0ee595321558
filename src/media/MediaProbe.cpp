#include "MediaProbe.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <gst/gst.h>
#include <memory>

namespace atrium::media {

namespace {

struct GstUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            gst_object_unref(object);
    }
};
using GstPtr = std::unique_ptr<GstElement, GstUnref>;

// Waits for the pipeline to settle (prerolled) or fail; returns the error, if any.
QString waitForPreroll(GstElement *pipeline, const QElapsedTimer &clock, int timeoutMs)
{
    std::unique_ptr<GstBus, GstUnref> bus(gst_element_get_bus(pipeline));
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return QStringLiteral("timed out reading the file");
        GstMessage *message = gst_bus_timed_pop_filtered(
            bus.get(), GstClockTime(left) * GST_MSECOND,
            GstMessageType(GST_MESSAGE_ASYNC_DONE | GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        if (!message)
            return QStringLiteral("timed out reading the file");
        QString error;
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
            GError *gerror = nullptr;
            gst_message_parse_error(message, &gerror, nullptr);
            error = QString::fromUtf8(gerror ? gerror->message : "unknown GStreamer error");
            if (gerror)
                g_error_free(gerror);
            if (error.isEmpty())
                error = QStringLiteral("cannot decode the file");
        } else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS) {
            error = QStringLiteral("the file holds nothing to play");
        }
        gst_message_unref(message);
        return error;
    }
}

struct Frame
{
    QSize size; // as shown
    QImage image;
};

// The frame the video sink holds while paused.
Frame prerolledFrame(GstElement *sink, bool withImage)
{
    Frame frame;
    GstSample *sample = nullptr;
    g_signal_emit_by_name(sink, "pull-preroll", &sample);
    if (!sample)
        return frame;
    GstCaps *caps = gst_sample_get_caps(sample);
    const GstStructure *structure = caps ? gst_caps_get_structure(caps, 0) : nullptr;
    int width = 0;
    int height = 0;
    if (structure && gst_structure_get_int(structure, "width", &width) &&
        gst_structure_get_int(structure, "height", &height) && width > 0 && height > 0) {
        int parN = 1;
        int parD = 1;
        if (!gst_structure_get_fraction(structure, "pixel-aspect-ratio", &parN, &parD) ||
            parN <= 0 || parD <= 0)
            parN = parD = 1;
        frame.size = QSize(int(qint64(width) * parN / parD), height);
        GstBuffer *buffer = withImage ? gst_sample_get_buffer(sample) : nullptr;
        GstMapInfo map;
        if (buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            // BGRx: four bytes a pixel, rows without padding.
            const qsizetype stride = qsizetype(width) * 4;
            if (qsizetype(map.size) >= stride * height) {
                frame.image = QImage(map.data, width, height, stride, QImage::Format_RGB32).copy();
                if (frame.size != frame.image.size())
                    frame.image = frame.image.scaled(frame.size, Qt::IgnoreAspectRatio,
                                                     Qt::SmoothTransformation);
            }
            gst_buffer_unmap(buffer, &map);
        }
    }
    gst_sample_unref(sample);
    return frame;
}

} // namespace

MediaProbe MediaProbe::probe(const QString &path, bool withFrame, int timeoutMs)
{
    MediaProbe result;
    if (!QFileInfo(path).isFile()) {
        result.error = QStringLiteral("no such file: %1").arg(path);
        return result;
    }
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    QElapsedTimer clock;
    clock.start();

    GstPtr pipeline(gst_element_factory_make("playbin", nullptr));
    GError *parseError = nullptr;
    GstElement *videoBin = gst_parse_bin_from_description(
        "videoconvert ! videoscale ! appsink name=frames sync=false max-buffers=1 "
        "caps=video/x-raw,format=BGRx",
        TRUE, &parseError);
    GstElement *audioSink = gst_element_factory_make("fakesink", nullptr);
    if (!pipeline || !videoBin || !audioSink) {
        if (parseError)
            g_error_free(parseError);
        if (videoBin)
            gst_object_unref(videoBin);
        if (audioSink)
            gst_object_unref(audioSink);
        result.error = QStringLiteral("GStreamer's playbin, videoconvert, videoscale or appsink "
                                      "is not installed");
        return result;
    }
    GstPtr sink(gst_bin_get_by_name(GST_BIN(videoBin), "frames"));
    g_object_set(audioSink, "sync", FALSE, nullptr);
    gchar *uri = gst_filename_to_uri(QFile::encodeName(path).constData(), nullptr);
    // Flags: video and audio only (no subtitles, no visualisation).
    g_object_set(pipeline.get(), "uri", uri, "video-sink", videoBin, "audio-sink", audioSink,
                 "flags", 0x1 | 0x2, nullptr);
    g_free(uri);

    auto stop =
        qScopeGuard([&pipeline]() { gst_element_set_state(pipeline.get(), GST_STATE_NULL); });
    if (gst_element_set_state(pipeline.get(), GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE) {
        result.error = QStringLiteral("cannot read the file");
        return result;
    }
    result.error = waitForPreroll(pipeline.get(), clock, timeoutMs);
    if (!result.error.isEmpty())
        return result;

    gint64 duration = 0;
    if (gst_element_query_duration(pipeline.get(), GST_FORMAT_TIME, &duration) && duration > 0)
        result.durationMs = duration / GST_MSECOND;

    gint videoStreams = 0;
    g_object_get(pipeline.get(), "n-video", &videoStreams, nullptr);
    if (videoStreams <= 0 || !sink)
        return result;
    Frame frame = prerolledFrame(sink.get(), withFrame);
    result.size = frame.size;
    if (!withFrame)
        return result;
    // The first frame is often black (a fade in): a second in, when there is one.
    if (result.durationMs > 2000 &&
        gst_element_seek_simple(pipeline.get(), GST_FORMAT_TIME,
                                GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE),
                                gint64(GST_SECOND)) &&
        waitForPreroll(pipeline.get(), clock, timeoutMs).isEmpty()) {
        Frame later = prerolledFrame(sink.get(), true);
        if (!later.image.isNull())
            frame = later;
    }
    result.frame = frame.image;
    return result;
}

} // namespace atrium::media
