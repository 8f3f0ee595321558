#include "WebRtcSession.h"

#include "GstSupport.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <chrono>
#include <memory>
#include <mutex>

// gio (under libnice) has a struct member named `signals`, which is Qt's
// keyword macro; nothing below declares Qt signals, so it can go.
#undef signals
// clang-format off
#define GST_USE_UNSTABLE_API
#include <gst/gst.h>
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>
#include <nice/agent.h>
// clang-format on

namespace atrium::calls {

namespace {

Q_LOGGING_CATEGORY(lcWebRtc, "atrium.calls.webrtc")

qint64 steadyClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Marks the decodebin of the other side's screen share.
constexpr char ScreenStream[] = "atrium-screen";
// Which Frame a sink's frames are (stored as the Frame + 1).
constexpr char FrameKind[] = "atrium-frame";

constexpr int DefaultOpusPayload = 111;

// The payload type the remote offer gives `codec` (e.g. "opus"), or -1.
int payloadTypeFor(const QString &sdp, const QString &codec)
{
    const QRegularExpression rtpmap(
        QStringLiteral(R"(^a=rtpmap:(\d+) %1/)").arg(QRegularExpression::escape(codec)),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto match = rtpmap.match(sdp);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// `sdp` (our last description) as a new offer: session version `version`,
// and when holding, every section turned so that nothing comes to us.
QString renegotiationOffer(QString sdp, bool holding, quint64 version)
{
    static const QRegularExpression origin(QStringLiteral(R"(^(o=\S+ \S+ )\d+)"),
                                           QRegularExpression::MultilineOption);
    sdp.replace(origin, QStringLiteral("\\1%1").arg(version));
    if (holding) {
        sdp.replace(QLatin1String("a=sendrecv"), QLatin1String("a=sendonly"));
        sdp.replace(QLatin1String("a=recvonly"), QLatin1String("a=inactive"));
    }
    return sdp;
}

// The session version of a description's o= line, or 0.
quint64 sessionVersionOf(const QString &sdp)
{
    static const QRegularExpression origin(QStringLiteral(R"(^o=\S+ \S+ (\d+))"),
                                           QRegularExpression::MultilineOption);
    return origin.match(sdp).captured(1).toULongLong();
}

// The MediaStream id a media section's track belongs to: its a=msid, else
// the msid of its a=ssrc lines (as webrtcbin writes them); empty if none.
QString streamIdOf(const GstSDPMedia *media)
{
    if (const char *msid = gst_sdp_media_get_attribute_val(media, "msid"))
        return QString::fromUtf8(msid).section(QLatin1Char(' '), 0, 0);
    for (guint i = 0; i < gst_sdp_media_attributes_len(media); ++i) {
        const GstSDPAttribute *attribute = gst_sdp_media_get_attribute(media, i);
        if (qstrcmp(attribute->key, "ssrc") != 0 || !attribute->value)
            continue;
        const QString value = QString::fromUtf8(attribute->value);
        const qsizetype at = value.indexOf(QLatin1String(" msid:"));
        if (at >= 0)
            return value.mid(at + 6).section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

// The RTP ssrc a media section names for what is sent on it (a=ssrc), or 0.
quint32 ssrcOf(const GstSDPMedia *media)
{
    const char *ssrc = gst_sdp_media_get_attribute_val(media, "ssrc");
    return ssrc ? QByteArray(ssrc).split(' ').value(0).toUInt() : 0;
}

// The encoding ("VP8", "H264") of the RTP video webrtcbin gives us on `pad`;
// empty for audio.
QString videoEncodingOf(GstPad *pad)
{
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        return {};
    const GstStructure *rtp = gst_caps_get_structure(caps, 0);
    QString encoding;
    if (qstrcmp(gst_structure_get_string(rtp, "media"), "video") == 0)
        encoding = QString::fromUtf8(gst_structure_get_string(rtp, "encoding-name")).toUpper();
    gst_caps_unref(caps);
    return encoding;
}

QString errorText(const GstStructure *reply)
{
    if (!reply || !gst_structure_has_field(reply, "error"))
        return {};
    GError *error = nullptr;
    gst_structure_get(reply, "error", G_TYPE_ERROR, &error, nullptr);
    const QString text =
        error ? QString::fromUtf8(error->message) : QStringLiteral("unknown error");
    if (error)
        g_error_free(error);
    return text;
}

// "turn:host:port?transport=udp" with credentials → webrtcbin's
// "turn://user:password@host:port?transport=udp".
QString gstTurnUrl(const QString &uri, const QString &user, const QString &password)
{
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QString scheme = uri.left(colon);
    const QString rest = uri.mid(colon + 1);
    const auto encode = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    return QStringLiteral("%1://%2:%3@%4").arg(scheme, encode(user), encode(password), rest);
}

} // namespace

// Static callbacks for GStreamer; each runs on a streaming or webrtcbin thread.
struct WebRtcSession::Callbacks
{
    static void onIceCandidate(GstElement *, guint mLineIndex, gchar *candidate, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        const QString text = QString::fromUtf8(candidate);
        self->post(
            [self, mLineIndex, text]() { self->localCandidateFound(int(mLineIndex), text); });
    }

    static void onIceConnectionState(GObject *webrtc, GParamSpec *, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        GstWebRTCICEConnectionState state = GST_WEBRTC_ICE_CONNECTION_STATE_NEW;
        g_object_get(webrtc, "ice-connection-state", &state, nullptr);
        self->post([self, state]() { self->iceConnectionStateChanged(int(state)); });
    }

    static void onIceGatheringState(GObject *webrtc, GParamSpec *, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        GstWebRTCICEGatheringState state = GST_WEBRTC_ICE_GATHERING_STATE_NEW;
        g_object_get(webrtc, "ice-gathering-state", &state, nullptr);
        if (state == GST_WEBRTC_ICE_GATHERING_STATE_COMPLETE)
            self->post([self]() { self->iceGatheringComplete(); });
    }

    static void onDescriptionCreated(GstPromise *promise, gpointer data, const char *field)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        const GstStructure *reply = gst_promise_get_reply(promise);
        GstWebRTCSessionDescription *description = nullptr;
        const QString error = errorText(reply);
        if (reply && error.isEmpty())
            gst_structure_get(reply, field, GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &description,
                              nullptr);
        gst_promise_unref(promise);
        if (!description) {
            self->post([self, error, field]() {
                self->fail(
                    QStringLiteral("could not create the %1: %2").arg(QLatin1String(field), error));
            });
            return;
        }
        gchar *text = gst_sdp_message_as_text(description->sdp);
        const QString sdp = QString::fromUtf8(text);
        g_free(text);
        const QString type = QLatin1String(field);
        // Posted before the local description is set, so the description
        // reaches the signalling ahead of the candidates it will cause.
        self->post([self, type, sdp]() { self->localDescriptionCreated(type, sdp); });
        g_signal_emit_by_name(self->m_webrtc, "set-local-description", description, nullptr);
        gst_webrtc_session_description_free(description);
    }

    static void onOfferCreated(GstPromise *promise, gpointer data)
    {
        onDescriptionCreated(promise, data, "offer");
    }

    static void onAnswerCreated(GstPromise *promise, gpointer data)
    {
        onDescriptionCreated(promise, data, "answer");
    }

    static void onStats(GstPromise *promise, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        const GstStructure *reply = gst_promise_get_reply(promise);
        const CallStats stats =
            reply ? CallStats::fromWebRtcStats(reply, steadyClockMs()) : CallStats{};
        gst_promise_unref(promise);
        if (reply)
            self->post([self, stats]() { self->statsRead(stats); });
    }

    static void onRemoteDescriptionSet(GstPromise *promise, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        const QString error = errorText(gst_promise_get_reply(promise));
        gst_promise_unref(promise);
        self->post([self, error]() {
            if (!error.isEmpty())
                self->fail(tr("the remote description was refused: %1").arg(error));
            else
                self->remoteDescriptionSet();
        });
    }

    // An RTCP report of the other side (rtpbin's on-ssrc-active): it is still there.
    static void onPeerReport(GstElement *, guint, guint, gpointer data)
    {
        static_cast<WebRtcSession *>(data)->m_peerHeardAt = steadyClockMs();
    }

    static GstPadProbeReturn countFrame(GstPad *, GstPadProbeInfo *, gpointer counter)
    {
        static_cast<std::atomic<qint64> *>(counter)->fetch_add(1);
        return GST_PAD_PROBE_OK;
    }

    // A frame converted to RGBA reached a sink (remote video or the preview).
    static void onFrame(GstElement *sink, GstBuffer *buffer, GstPad *pad, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        GstCaps *caps = gst_pad_get_current_caps(pad);
        if (!caps)
            return;
        int width = 0;
        int height = 0;
        const GstStructure *structure = gst_caps_get_structure(caps, 0);
        gst_structure_get_int(structure, "width", &width);
        gst_structure_get_int(structure, "height", &height);
        gst_caps_unref(caps);
        GstMapInfo map;
        if (width <= 0 || height <= 0 || !gst_buffer_map(buffer, &map, GST_MAP_READ))
            return;
        const qsizetype stride = qsizetype(width) * 4; // RGBA rows need no padding
        if (map.size >= gsize(stride * height)) {
            const QImage frame =
                QImage(map.data, width, height, stride, QImage::Format_RGBA8888).copy();
            const int kind = GPOINTER_TO_INT(g_object_get_data(G_OBJECT(sink), FrameKind)) - 1;
            self->deliverFrame(Frame(kind), frame);
        }
        gst_buffer_unmap(buffer, &map);
    }

    static void onDecodedPad(GstElement *decodebin, GstPad *pad, gpointer data)
    {
        const bool screen = g_object_get_data(G_OBJECT(decodebin), ScreenStream) != nullptr;
        static_cast<WebRtcSession *>(data)->linkDecodedPad(pad, screen);
    }

    // A stream from the other side: decodebin picks the depayloader and decoder.
    static void onIncomingPad(GstElement *, GstPad *pad, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        if (GST_PAD_DIRECTION(pad) != GST_PAD_SRC)
            return;
        GstElement *decodebin = gst_element_factory_make("decodebin", nullptr);
        if (!decodebin)
            return;
        if (self->isRemoteScreen(pad)) {
            g_object_set_data(G_OBJECT(decodebin), ScreenStream, GINT_TO_POINTER(1));
        } else if (const QString codec = videoEncodingOf(pad); !codec.isEmpty()) {
            self->post([self, codec]() { self->m_receivedVideoCodec = codec; });
        }
        g_signal_connect(decodebin, "pad-added", G_CALLBACK(onDecodedPad), self);
        gst_bin_add(GST_BIN(self->m_pipeline), decodebin);
        gst_element_sync_state_with_parent(decodebin);
        GstPad *sink = gst_element_get_static_pad(decodebin, "sink");
        gst_pad_link(pad, sink);
        gst_object_unref(sink);
    }

    static GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
    {
        auto *self = static_cast<WebRtcSession *>(data);
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
            GError *error = nullptr;
            gst_message_parse_error(message, &error, nullptr);
            const QString text = QStringLiteral("%1: %2").arg(
                QString::fromUtf8(GST_OBJECT_NAME(GST_MESSAGE_SRC(message))),
                error ? QString::fromUtf8(error->message) : QString());
            if (error)
                g_error_free(error);
            // Held until handled: the source may leave the pipeline meanwhile.
            std::shared_ptr<GstObject> origin(GST_OBJECT(gst_object_ref(GST_MESSAGE_SRC(message))),
                                              gst_object_unref);
            self->post([self, text, origin]() { self->busError(origin.get(), text); });
        }
        // Nobody pops this bus: keeping messages would only pile them up.
        return GST_BUS_DROP;
    }
};

WebRtcSession::WebRtcSession(const Options &options, QObject *parent)
    : CallMedia(parent), m_options(options)
{
    ensureGstreamer();
    m_silenceTimer.setInterval(1000);
    connect(&m_silenceTimer, &QTimer::timeout, this, &WebRtcSession::checkPeerSilence);
}

WebRtcSession::~WebRtcSession()
{
    stopPipeline();
}

QStringList WebRtcSession::missingPlugins(bool video)
{
    QStringList missing = missingGstElements({
        {"webrtcbin", "gstreamer1.0-plugins-bad"},
        {"nicesrc", "gstreamer1.0-nice"},
        {"nicesink", "gstreamer1.0-nice"},
        {"dtlssrtpenc", "gstreamer1.0-plugins-bad"},
        {"srtpenc", "gstreamer1.0-plugins-bad"},
        {"rtpbin", "gstreamer1.0-plugins-good"},
        {"opusenc", "gstreamer1.0-plugins-base"},
        {"opusdec", "gstreamer1.0-plugins-base"},
        {"rtpopuspay", "gstreamer1.0-plugins-good"},
        {"rtpopusdepay", "gstreamer1.0-plugins-good"},
        {"audiotestsrc", "gstreamer1.0-plugins-base"},
        {"audioconvert", "gstreamer1.0-plugins-base"},
        {"audioresample", "gstreamer1.0-plugins-base"},
        {"decodebin", "gstreamer1.0-plugins-base"},
        {"valve", "libgstreamer1.0-0"},
        {"queue", "libgstreamer1.0-0"},
        {"fakesink", "libgstreamer1.0-0"},
    });
    if (!video)
        return missing;
    // VP8 is what every Matrix client takes; H264 is optional.
    missing += VideoFormat::missingElements(VideoCodec::VP8);
    missing += missingGstElements({
        {"videotestsrc", "gstreamer1.0-plugins-base"},
        {"videoconvert", "gstreamer1.0-plugins-base"},
        {"videoscale", "gstreamer1.0-plugins-base"},
        {"videorate", "gstreamer1.0-plugins-base"},
        {"tee", "libgstreamer1.0-0"},
    });
    return missing;
}

QStringList WebRtcSession::missingDevicePlugins()
{
    return missingGstElements({
        {"autoaudiosrc", "gstreamer1.0-plugins-good"},
        {"autovideosrc", "gstreamer1.0-plugins-good"},
        {"autoaudiosink", "gstreamer1.0-plugins-good"},
    });
}

WebRtcSession::Devices WebRtcSession::availableDevices()
{
    ensureGstreamer();
    Devices devices;
    for (const CaptureDevices::Device &device : CaptureDevices::probe()) {
        if (device.kind == CaptureDevices::Kind::Microphone)
            devices.microphone = true;
        else
            devices.camera = true;
    }
    return devices;
}

template <typename F>
void WebRtcSession::post(F &&f)
{
    const quint64 generation = m_generation.load();
    QMetaObject::invokeMethod(
        this,
        [this, generation, f = std::forward<F>(f)]() {
            if (generation == m_generation && m_pipeline)
                f();
        },
        Qt::QueuedConnection);
}

void WebRtcSession::setIceServers(const IceServers &servers)
{
    m_iceServers = servers;
}

bool WebRtcSession::buildPipeline(bool video, int opusPayload, const VideoFormat &videoFormat)
{
    const QStringList missing = missingPlugins(video);
    if (!missing.isEmpty()) {
        fail(tr("GStreamer elements missing: %1").arg(missing.join(QLatin1String(", "))));
        return false;
    }
    // Fixed in the caps, so that webrtcbin can name each track's stream (a=ssrc … msid)
    // in the offer before the first packet. Opus is declared with its two channels
    // (rtpmap OPUS/48000/2, RFC 7587): Chrome rejects the audio of an offer without them.
    m_audioSsrc = QRandomGenerator::global()->generate();
    // The sources are made apart (makeSource) and linked to audioin/camerain,
    // so that another device can take their place during the call.
    QString description = QStringLiteral("webrtcbin name=webrtc bundle-policy=max-bundle ");
    description +=
        QStringLiteral(
            "audioconvert name=audioin ! audioresample ! queue ! valve name=audiovalve ! "
            "opusenc ! rtpopuspay pt=%1 ssrc=%2 ! "
            "application/x-rtp,media=audio,encoding-name=OPUS,payload=%1,"
            "clock-rate=48000,encoding-params=(string)2,ssrc=(uint)%2 ! webrtc. ")
            .arg(opusPayload)
            .arg(m_audioSsrc);
    m_videoFormat = videoFormat;
    if (video)
        description +=
            cameraChain() + QStringLiteral(" ! webrtc. ") + previewBranch(QStringLiteral("camera"));
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(description.toUtf8().constData(), &error);
    if (error) {
        const QString text = QString::fromUtf8(error->message);
        g_error_free(error);
        if (pipeline)
            gst_object_unref(pipeline);
        fail(tr("could not build the call pipeline: %1").arg(text));
        return false;
    }
    m_pipeline = pipeline;
    if (!linkSource(CaptureDevices::Kind::Microphone, m_options.microphone) ||
        (video && !linkSource(CaptureDevices::Kind::Camera, m_options.camera))) {
        fail(tr("could not make the call's microphone or camera source"));
        return false;
    }
    m_webrtc = gst_bin_get_by_name(GST_BIN(pipeline), "webrtc");
    m_audioValve = gst_bin_get_by_name(GST_BIN(pipeline), "audiovalve");
    if (video)
        cameraChainAdded(pipeline);
    updateValves();
    nameStream();
    configureIce();

    g_signal_connect(m_webrtc, "on-ice-candidate", G_CALLBACK(Callbacks::onIceCandidate), this);
    g_signal_connect(m_webrtc, "notify::ice-connection-state",
                     G_CALLBACK(Callbacks::onIceConnectionState), this);
    g_signal_connect(m_webrtc, "notify::ice-gathering-state",
                     G_CALLBACK(Callbacks::onIceGatheringState), this);
    g_signal_connect(m_webrtc, "pad-added", G_CALLBACK(Callbacks::onIncomingPad), this);
    if (GstElement *rtpbin = gst_bin_get_by_name(GST_BIN(m_webrtc), "rtpbin")) {
        g_signal_connect(rtpbin, "on-ssrc-active", G_CALLBACK(Callbacks::onPeerReport), this);
        gst_object_unref(rtpbin);
    }
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, Callbacks::onBusMessage, this, nullptr);
    gst_object_unref(bus);

    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        fail(tr("could not start the call pipeline (no microphone or camera?)"));
        return false;
    }
    return true;
}

namespace {

int sourceIndex(CaptureDevices::Kind kind)
{
    return kind == CaptureDevices::Kind::Camera ? 1 : 0;
}

QString &chosenDevice(WebRtcSession::Options &options, CaptureDevices::Kind kind)
{
    return kind == CaptureDevices::Kind::Camera ? options.camera : options.microphone;
}

} // namespace

GstElement *WebRtcSession::makeSource(CaptureDevices::Kind kind, QString &device) const
{
    const bool camera = kind == CaptureDevices::Kind::Camera;
    if (!device.isEmpty()) {
        if (GstElement *source = CaptureDevices::createSource(kind, device))
            return source;
        qCWarning(lcWebRtc) << "capture device" << device << "is gone: using the default";
        device.clear();
    }
    QString description;
    if (m_options.sources == Sources::Test)
        description =
            camera
                ? QStringLiteral("videotestsrc is-live=true pattern=%1").arg(m_options.testPattern)
                : QStringLiteral("audiotestsrc is-live=true wave=sine freq=440");
    else if (camera)
        description = QStringLiteral("autovideosrc");
    else if (m_options.silentMicrophone)
        description = QStringLiteral("audiotestsrc is-live=true wave=silence");
    else
        description = QStringLiteral("autoaudiosrc");
    return gst_parse_launch(description.toUtf8().constData(), nullptr);
}

bool WebRtcSession::linkSource(CaptureDevices::Kind kind, const QString &device)
{
    const char *inputName = kind == CaptureDevices::Kind::Camera ? "camerain" : "audioin";
    QString made = device;
    GstElement *source = makeSource(kind, made);
    GstElement *input = gst_bin_get_by_name(GST_BIN(m_pipeline), inputName);
    if (!source || !input) {
        if (source)
            gst_object_unref(source);
        if (input)
            gst_object_unref(input);
        return false;
    }
    // The one in place, if any, stops and leaves.
    if (GstElement *old = m_sources[sourceIndex(kind)])
        removeChain(old);
    gst_bin_add(GST_BIN(m_pipeline), source);
    const bool linked = gst_element_link(source, input);
    gst_element_sync_state_with_parent(source);
    gst_object_unref(input);
    m_sources[sourceIndex(kind)] = source;
    m_sourceDevices[sourceIndex(kind)] = made;
    return linked;
}

bool WebRtcSession::useDevice(CaptureDevices::Kind kind, const QString &deviceId)
{
    chosenDevice(m_options, kind) = deviceId;
    if (!m_pipeline || (kind == CaptureDevices::Kind::Camera && !m_sendingVideo))
        return true; // taken when the pipeline is built
    if (m_sources[sourceIndex(kind)] && m_sourceDevices[sourceIndex(kind)] == deviceId)
        return true; // already capturing from it
    return linkSource(kind, deviceId);
}

void WebRtcSession::busError(GstObject *origin, const QString &text)
{
    if (!gst_object_has_as_ancestor(origin, GST_OBJECT(m_pipeline))) {
        // A source taken out since (a device switched away from as it failed).
        qCDebug(lcWebRtc) << "error from a removed element:" << text;
        return;
    }
    if (m_screenBin && gst_object_has_as_ancestor(origin, GST_OBJECT(m_screenBin))) {
        // Losing the screen (the display went away) ends the share, not the call.
        qCWarning(lcWebRtc) << "screen capture failed:" << text;
        removeChain(std::exchange(m_screenBin, nullptr));
        emit screenSharingFailed(text);
        return;
    }
    for (const auto kind : {CaptureDevices::Kind::Microphone, CaptureDevices::Kind::Camera}) {
        GstElement *source = m_sources[sourceIndex(kind)];
        const QString device = m_sourceDevices[sourceIndex(kind)];
        const bool fromSource = source && (origin == GST_OBJECT(source) ||
                                           gst_object_has_as_ancestor(origin, GST_OBJECT(source)));
        // A chosen device that fails (a camera unplugged mid-call errors)
        // gives way to the default; the default failing fails the call.
        if (fromSource && !device.isEmpty()) {
            qCWarning(lcWebRtc) << "capture device" << device << "failed:" << text;
            if (linkSource(kind, QString())) {
                emit deviceFailed(kind, device, text);
                return;
            }
        }
    }
    fail(text);
}

namespace {

// Wayland lets no application read the screen (ximagesrc would see the
// XWayland windows only); a session without any display may still have a
// portal to ask.
bool screenThroughPortal()
{
    const QString forced = qEnvironmentVariable("ATRIUM_SCREEN_CAPTURE");
    if (forced == QLatin1String("portal") || forced == QLatin1String("x11"))
        return forced == QLatin1String("portal");
    return qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland") ||
           qEnvironmentVariableIsEmpty("DISPLAY");
}

} // namespace

WebRtcSession::ScreenCapture WebRtcSession::screenCapture()
{
    // Asked by the views on every change of the call: the answer cannot
    // change while the process runs, so it is worked out once.
    static const ScreenCapture capture = []() {
        ensureGstreamer();
        if (screenThroughPortal())
            return hasGstElement("pipewiresrc") ? ScreenCapture::PipeWire
                                                : ScreenCapture::MissingPipeWireSrc;
        return hasGstElement("ximagesrc") ? ScreenCapture::X11 : ScreenCapture::MissingXImageSrc;
    }();
    return capture;
}

QString WebRtcSession::screenSourceDescription(const ScreenSource &source) const
{
    if (source.isPipeWire())
        // Copied out of PipeWire's few buffers (videorate and the encoder
        // hold on to frames); the last frame again every second, as a still
        // screen sends none.
        return QStringLiteral("pipewiresrc fd=%1 path=%2 always-copy=true keepalive-time=1000")
            .arg(source.pipeWireFd)
            .arg(source.pipeWireNode);
    if (m_options.sources == Sources::Test) {
        // A light page with something moving: reads as a screen, not a
        // camera. The size of the monitor chosen, so its shape shows.
        const QSize size = source.area.isEmpty()
                               ? QSize(m_options.screenWidth, m_options.screenHeight)
                               : source.area.size();
        return QStringLiteral("videotestsrc is-live=true pattern=ball "
                              "background-color=0xffe8ecf1 foreground-color=0xff2f6db5 ! "
                              "video/x-raw,width=%1,height=%2")
            .arg(size.width())
            .arg(size.height());
    }
    return x11ScreenDescription(source);
}

QString WebRtcSession::x11ScreenDescription(const ScreenSource &source)
{
    const QString whole = QStringLiteral("ximagesrc use-damage=false show-pointer=true");
    if (source.window)
        return whole + QStringLiteral(" xid=%1").arg(source.window);
    const QRect &area = source.area;
    if (area.isEmpty())
        return whole;
    // Corners included: endx is the area's last column.
    return whole + QStringLiteral(" startx=%1 starty=%2 endx=%3 endy=%4")
                       .arg(area.left())
                       .arg(area.top())
                       .arg(area.right())
                       .arg(area.bottom());
}

bool WebRtcSession::setScreenSharing(bool sharing, const ScreenSource &source)
{
    if (!m_pipeline || m_state != State::Connected || m_awaitingAnswer || m_holding)
        return false;
    if (sharing == isScreenSharing())
        return true;
    if (!sharing)
        stopScreen();
    else if (!startScreen(source))
        return false;
    createRenegotiationOffer();
    return true;
}

namespace {

// Whether the source (a gst-launch description) starts on its own: ximagesrc
// opens the display as it does. Not for pipewiresrc, which waits for a
// format from downstream (its failures come later, on the bus).
bool canStart(const QString &source)
{
    GstElement *probe = gst_parse_launch(source.toUtf8().constData(), nullptr);
    const bool started =
        probe && gst_element_set_state(probe, GST_STATE_PAUSED) != GST_STATE_CHANGE_FAILURE;
    if (probe) {
        gst_element_set_state(probe, GST_STATE_NULL);
        gst_object_unref(probe);
    }
    return started;
}

} // namespace

bool WebRtcSession::startScreen(const ScreenSource &screen)
{
    if (m_options.sources == Sources::Devices && !screen.isPipeWire() &&
        screenCapture() != ScreenCapture::X11)
        return false;
    const QString source = screenSourceDescription(screen);
    if (!screen.isPipeWire() && !canStart(source)) {
        qCWarning(lcWebRtc) << "the screen cannot be captured";
        return false;
    }
    const QString chain =
        QStringLiteral("%1 ! ").arg(source) +
        videoChain(QStringLiteral("screen"), m_options.screenWidth, m_options.screenHeight,
                   m_options.screenFramerate, QRandomGenerator::global()->generate()) +
        previewBranch(QStringLiteral("screen"));
    GstElement *bin = gst_parse_bin_from_description(chain.toUtf8().constData(), FALSE, nullptr);
    if (!bin)
        return false;
    // A stream of its own, so the other side can tell it from our camera
    // (sdp_stream_metadata names it m.screenshare).
    m_screenStreamId = QStringLiteral("atrium-screen-%1")
                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    gst_bin_add(GST_BIN(m_pipeline), bin);
    m_screenTransceiver = addSection(bin, "screenrtp", m_screenStreamId);
    if (!m_screenTransceiver) {
        removeChain(bin);
        return false;
    }
    g_object_set(m_screenTransceiver, "direction", GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_SENDONLY,
                 nullptr);
    m_screenBin = bin;
    if (GstElement *sink = gst_bin_get_by_name(GST_BIN(bin), "screenpreview")) {
        deliverFramesOf(sink, Frame::LocalScreen);
        gst_object_unref(sink);
    }
    updateValves();
    gst_element_sync_state_with_parent(bin);
    return true;
}

QString WebRtcSession::videoChain(const QString &name, int width, int height, int framerate,
                                  quint32 ssrc) const
{
    // NAMEin → scaled (bordered to keep its shape) → NAMEtee → NAMEvalve → encoder → NAMErtp.
    return QStringLiteral("videoconvert name=%1in ! videoscale add-borders=true ! videorate ! "
                          "video/x-raw,width=%2,height=%3,framerate=%4/1,pixel-aspect-ratio=1/1 ! "
                          "tee name=%1tee ! queue ! valve name=%1valve ! ")
               .arg(name)
               .arg(width)
               .arg(height)
               .arg(framerate) +
           m_videoFormat.encoderChain(name, ssrc);
}

QString WebRtcSession::previewBranch(const QString &name) const
{
    if (!m_options.deliverVideoFrames)
        return {};
    return QStringLiteral(" %1tee. ! queue leaky=downstream max-size-buffers=2 ! videoconvert ! "
                          "video/x-raw,format=RGBA ! "
                          "fakesink name=%1preview sync=false async=false signal-handoffs=true ")
        .arg(name);
}

QString WebRtcSession::cameraChain()
{
    m_videoSsrc = QRandomGenerator::global()->generate();
    return videoChain(QStringLiteral("camera"), m_options.videoWidth, m_options.videoHeight,
                      m_options.videoFramerate, m_videoSsrc);
}

void WebRtcSession::cameraChainAdded(GstElement *container)
{
    m_videoValve = gst_bin_get_by_name(GST_BIN(container), "cameravalve");
    if (GstElement *preview = gst_bin_get_by_name(GST_BIN(container), "camerapreview")) {
        deliverFramesOf(preview, Frame::Local);
        gst_object_unref(preview);
    }
    m_sendingVideo = true;
}

GstWebRTCRTPTransceiver *WebRtcSession::addSection(GstElement *bin, const char *rtpElement,
                                                   const QString &streamId)
{
    GstPad *sink = gst_element_request_pad_simple(m_webrtc, "sink_%u");
    if (!sink)
        return nullptr;
    g_object_set(sink, "msid", streamId.toUtf8().constData(), nullptr);
    GstWebRTCRTPTransceiver *transceiver = nullptr;
    g_object_get(sink, "transceiver", &transceiver, nullptr);
    GstElement *rtp = gst_bin_get_by_name(GST_BIN(bin), rtpElement);
    // Linking elements (not pads) ghosts the pad out of the bin.
    if (!gst_element_link_pads(rtp, "src", m_webrtc, GST_PAD_NAME(sink)))
        qCWarning(lcWebRtc) << "could not link" << rtpElement << "to webrtcbin";
    gst_object_unref(rtp);
    gst_object_unref(sink);
    return transceiver;
}

bool WebRtcSession::addVideo()
{
    if (!m_pipeline || m_state != State::Connected || m_awaitingAnswer || m_holding ||
        m_sendingVideo || !missingPlugins(true).isEmpty())
        return false;
    const QString chain = cameraChain() + previewBranch(QStringLiteral("camera"));
    GstElement *bin = gst_parse_bin_from_description(chain.toUtf8().constData(), FALSE, nullptr);
    if (!bin)
        return false;
    gst_bin_add(GST_BIN(m_pipeline), bin);
    cameraChainAdded(bin);
    m_cameraEnabled = true;
    // Playing before the source is linked: a live source pushing into a
    // stopped chain is told to flush and stops for good. Its valve holds the
    // frames back until the offer names the camera's ssrc (nothing reaches
    // webrtcbin unlinked meanwhile).
    updateValves();
    gst_element_sync_state_with_parent(bin);
    // The source before the section: without a camera, no section is added.
    GstWebRTCRTPTransceiver *transceiver =
        linkSource(CaptureDevices::Kind::Camera, m_options.camera)
            ? addSection(bin, "camerartp", m_streamId)
            : nullptr;
    if (!transceiver) {
        qCWarning(lcWebRtc) << "the camera could not be added";
        gst_clear_object(&m_videoValve);
        m_sendingVideo = false;
        removeChain(bin);
        if (GstElement *source =
                std::exchange(m_sources[sourceIndex(CaptureDevices::Kind::Camera)], nullptr))
            removeChain(source);
        return false;
    }
    g_object_unref(transceiver);
    createRenegotiationOffer();
    return true;
}

void WebRtcSession::removeChain(GstElement *element)
{
    // Stopping joins its streaming threads; taking it out unlinks it.
    gst_element_set_state(element, GST_STATE_NULL);
    gst_bin_remove(GST_BIN(m_pipeline), element);
}

void WebRtcSession::stopScreen()
{
    g_object_set(m_screenTransceiver, "direction", GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_INACTIVE,
                 nullptr);
    g_object_unref(m_screenTransceiver);
    m_screenTransceiver = nullptr;
    if (m_screenBin)
        removeChain(std::exchange(m_screenBin, nullptr));
}

void WebRtcSession::createRenegotiationOffer()
{
    m_awaitingAnswer = true;
    GstPromise *promise =
        gst_promise_new_with_change_func(Callbacks::onOfferCreated, this, nullptr);
    g_signal_emit_by_name(m_webrtc, "create-offer", nullptr, promise);
}

void WebRtcSession::setRemoteStreamPurposes(const QHash<QString, QString> &purposes)
{
    const std::lock_guard lock(m_remoteStreamsLock);
    m_remotePurposes = purposes;
}

bool WebRtcSession::isRemoteScreen(GstPad *pad) const
{
    GObject *transceiver = nullptr;
    g_object_get(pad, "transceiver", &transceiver, nullptr);
    if (!transceiver)
        return false;
    guint mline = 0;
    g_object_get(transceiver, "mlineindex", &mline, nullptr);
    g_object_unref(transceiver);
    {
        const std::lock_guard lock(m_remoteStreamsLock);
        const QString purpose = m_remotePurposes.value(m_remoteStreamByMLine.value(int(mline)));
        if (!purpose.isEmpty())
            return purpose == QLatin1String("m.screenshare");
    }
    // No metadata for it: a video section after the first (the cameras')
    // was added later, as matrix-js-sdk adds a screen share.
    const int firstVideo = m_firstVideoMLine.load();
    return firstVideo >= 0 && int(mline) > firstVideo;
}

void WebRtcSession::nameStream()
{
    // Audio and video as one MediaStream: browsers group tracks by msid, and
    // matrix-js-sdk matches sdp_stream_metadata to it. Unnamed, webrtcbin
    // names the video only and a browser sees two streams.
    m_streamId = QStringLiteral("atrium-%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    GstIterator *pads = gst_element_iterate_sink_pads(m_webrtc);
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(pads, &item) == GST_ITERATOR_OK) {
        GObject *pad = G_OBJECT(g_value_get_object(&item));
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(pad), "msid"))
            g_object_set(pad, "msid", m_streamId.toUtf8().constData(), nullptr);
        g_value_reset(&item);
    }
    g_value_unset(&item);
    gst_iterator_free(pads);
}

void WebRtcSession::configureIce()
{
    GObject *ice = nullptr;
    g_object_get(m_webrtc, "ice-agent", &ice, nullptr);
    if (ice) {
        // TCP candidates only slow down gathering: every peer offers UDP.
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(ice), "ice-tcp"))
            g_object_set(ice, "ice-tcp", FALSE, nullptr);
        if (m_options.loopbackOnly &&
            g_object_class_find_property(G_OBJECT_GET_CLASS(ice), "agent")) {
            NiceAgent *agent = nullptr;
            g_object_get(ice, "agent", &agent, nullptr);
            if (agent) {
                NiceAddress address;
                nice_address_init(&address);
                nice_address_set_from_string(&address, "127.0.0.1");
                nice_agent_add_local_address(agent, &address);
                g_object_unref(agent);
            }
        }
        g_object_unref(ice);
    }
    if (m_options.loopbackOnly)
        return; // nothing outside this machine is reachable, nor may be tried
    const QString username = m_iceServers.username;
    const QString password = m_iceServers.password;
    for (const QString &uri : m_iceServers.uris) {
        if (uri.startsWith(QLatin1String("stun:"))) {
            const QString url = QStringLiteral("stun://") + uri.mid(5);
            g_object_set(m_webrtc, "stun-server", url.toUtf8().constData(), nullptr);
        } else if (uri.startsWith(QLatin1String("turn:")) ||
                   uri.startsWith(QLatin1String("turns:"))) {
            gboolean added = FALSE;
            g_signal_emit_by_name(m_webrtc, "add-turn-server",
                                  gstTurnUrl(uri, username, password).toUtf8().constData(), &added);
        }
    }
}

void WebRtcSession::createOffer(bool video)
{
    if (m_pipeline || m_state != State::Idle)
        return;
    setState(State::Negotiating);
    const VideoCodec codec = VideoFormat::firstAvailable(m_options.videoCodecs);
    if (!buildPipeline(video, DefaultOpusPayload, VideoFormat::offered(codec)))
        return;
    GstPromise *promise =
        gst_promise_new_with_change_func(Callbacks::onOfferCreated, this, nullptr);
    g_signal_emit_by_name(m_webrtc, "create-offer", nullptr, promise);
}

void WebRtcSession::acceptOffer(const QString &sdp, bool video)
{
    if (m_pipeline || m_state != State::Idle)
        return;
    setState(State::Negotiating);
    // Send with the payload types the offer chose, so the transceivers match.
    const int opus = payloadTypeFor(sdp, QStringLiteral("opus"));
    if (opus < 0) {
        fail(tr("the offer has no Opus audio"));
        return;
    }
    const auto offered = VideoFormat::answering(sdp, m_options.videoCodecs);
    // Our camera, if added later, goes out in what we would offer.
    const VideoFormat format =
        offered.value_or(VideoFormat::offered(VideoFormat::firstAvailable(m_options.videoCodecs)));
    if (!buildPipeline(video && offered, opus, format))
        return;
    setRemoteDescription(QStringLiteral("offer"), sdp);
}

void WebRtcSession::answerRenegotiation(const QString &sdp)
{
    // Only once the first exchange is done: the same transceivers, new directions.
    if (!m_pipeline || !m_remoteDescriptionSet || m_state == State::Closed ||
        m_state == State::Failed)
        return;
    setRemoteDescription(QStringLiteral("offer"), sdp);
}

bool WebRtcSession::setHolding(bool holding)
{
    if (!m_pipeline || m_state != State::Connected)
        return false;
    if (holding == m_holding)
        return true;
    // webrtcbin (1.22) refuses any direction change but to inactive once
    // negotiated, so the hold is an offer made from our current description
    // with its directions turned, never applied to webrtcbin (nor is the
    // answer): our valves stop what we send, the other side stops what it
    // sends on answering.
    GstWebRTCSessionDescription *current = nullptr;
    g_object_get(m_webrtc, "current-local-description", &current, nullptr);
    if (!current)
        return false;
    gchar *text = gst_sdp_message_as_text(current->sdp);
    const QString sdp = QString::fromUtf8(text);
    g_free(text);
    gst_webrtc_session_description_free(current);
    m_holding = holding;
    updateValves();
    emit localDescription(QStringLiteral("offer"),
                          renegotiationOffer(sdp, holding, ++m_sessionVersion));
    return true;
}

void WebRtcSession::setRemoteAnswer(const QString &sdp)
{
    // Answers to hold offers are not for webrtcbin: it never saw those offers.
    if (!m_pipeline || (m_remoteDescriptionSet && !m_awaitingAnswer))
        return;
    // Settled now, not once applied: the call takes the next change at once,
    // and webrtcbin runs its operations in the order they were asked for.
    m_awaitingAnswer = false;
    setRemoteDescription(QStringLiteral("answer"), sdp);
}

void WebRtcSession::setRemoteDescription(const QString &type, const QString &sdp)
{
    GstSDPMessage *message = nullptr;
    gst_sdp_message_new_from_text(sdp.toUtf8().constData(), &message);
    if (!message || gst_sdp_message_medias_len(message) == 0) {
        if (message)
            gst_sdp_message_free(message);
        fail(tr("the %1 is not a usable session description").arg(type));
        return;
    }
    m_remoteIsOffer = type == QLatin1String("offer");
    QHash<int, QString> streams;
    for (guint i = 0; i < gst_sdp_message_medias_len(message); ++i)
        streams.insert(int(i), streamIdOf(gst_sdp_message_get_media(message, i)));
    {
        // Before webrtcbin sees the description: its pads come from it.
        const std::lock_guard lock(m_remoteStreamsLock);
        m_remoteStreamByMLine = streams;
    }
    GstWebRTCSessionDescription *description = gst_webrtc_session_description_new(
        m_remoteIsOffer ? GST_WEBRTC_SDP_TYPE_OFFER : GST_WEBRTC_SDP_TYPE_ANSWER, message);
    GstPromise *promise =
        gst_promise_new_with_change_func(Callbacks::onRemoteDescriptionSet, this, nullptr);
    g_signal_emit_by_name(m_webrtc, "set-remote-description", description, promise);
    gst_webrtc_session_description_free(description);
}

void WebRtcSession::remoteDescriptionSet()
{
    m_remoteDescriptionSet = true;
    if (!m_remoteIsOffer) {
        // We offered: this was the answer (a renegotiation's leaves the connection be).
        if (m_state == State::Negotiating)
            setState(State::Connecting);
    } else {
        GstPromise *promise =
            gst_promise_new_with_change_func(Callbacks::onAnswerCreated, this, nullptr);
        g_signal_emit_by_name(m_webrtc, "create-answer", nullptr, promise);
    }
    const QList<IceCandidate> pending = std::exchange(m_pendingRemote, {});
    addRemoteCandidates(pending);
}

void WebRtcSession::localDescriptionCreated(const QString &type, const QString &createdSdp)
{
    // A renegotiation offer of webrtcbin counts its own offers only; the
    // other side has seen higher versions from us (hold offers, answers).
    const bool renegotiation = type == QLatin1String("offer") && m_remoteDescriptionSet;
    const QString sdp =
        renegotiation ? renegotiationOffer(createdSdp, false, ++m_sessionVersion) : createdSdp;
    m_localMids.clear();
    m_sessionVersion = std::max(m_sessionVersion, sessionVersionOf(sdp));
    // A section not naming our ssrc (an answer receiving only) sends nothing.
    bool audioSends = false;
    bool videoSends = false;
    int firstVideo = -1; // stored once: streaming threads read it as pads appear
    GstSDPMessage *message = nullptr;
    gst_sdp_message_new_from_text(sdp.toUtf8().constData(), &message);
    if (message) {
        for (guint i = 0; i < gst_sdp_message_medias_len(message); ++i) {
            const GstSDPMedia *media = gst_sdp_message_get_media(message, i);
            const char *mid = gst_sdp_media_get_attribute_val(media, "mid");
            m_localMids.append(mid ? QString::fromUtf8(mid) : QString::number(i));
            if (firstVideo < 0 && qstrcmp(gst_sdp_media_get_media(media), "video") == 0)
                firstVideo = int(i);
            // Our microphone and camera may send where their ssrc is named and
            // the section is not recvonly or inactive (the other side holding
            // us); sections the other side added (its screen) do not count.
            const quint32 ssrc = ssrcOf(media);
            if (ssrc == 0 || (ssrc != m_audioSsrc && ssrc != m_videoSsrc))
                continue;
            const bool sends = !gst_sdp_media_get_attribute_val(media, "recvonly") &&
                               !gst_sdp_media_get_attribute_val(media, "inactive");
            (ssrc == m_videoSsrc ? videoSends : audioSends) = sends;
        }
        gst_sdp_message_free(message);
    }
    m_audioAllowed = audioSends;
    m_videoAllowed = videoSends;
    m_firstVideoMLine = firstVideo;
    updateValves();
    // A renegotiation's answer leaves the connection as it is.
    if (type == QLatin1String("answer") && m_state == State::Negotiating)
        setState(State::Connecting);
    emit localDescription(type, sdp);
}

void WebRtcSession::localCandidateFound(int mLineIndex, const QString &candidate)
{
    if (candidate.isEmpty())
        return; // the end is announced once gathering is complete
    const QString mid =
        mLineIndex < m_localMids.size() ? m_localMids.at(mLineIndex) : QString::number(mLineIndex);
    emit localCandidate(IceCandidate{candidate, mid, mLineIndex});
}

void WebRtcSession::iceGatheringComplete()
{
    if (m_gatheringDone)
        return;
    m_gatheringDone = true;
    emit localCandidate(IceCandidate{QString(), m_localMids.value(0), 0});
}

void WebRtcSession::addRemoteCandidates(const QList<IceCandidate> &candidates)
{
    if (!m_pipeline || !m_remoteDescriptionSet) {
        m_pendingRemote.append(candidates);
        return;
    }
    for (const IceCandidate &candidate : candidates) {
        if (candidate.isEndOfCandidates())
            continue; // webrtcbin needs no marker
        g_signal_emit_by_name(m_webrtc, "add-ice-candidate", guint(candidate.sdpMLineIndex),
                              candidate.candidate.toUtf8().constData());
    }
}

void WebRtcSession::iceConnectionStateChanged(int state)
{
    switch (GstWebRTCICEConnectionState(state)) {
    case GST_WEBRTC_ICE_CONNECTION_STATE_CONNECTED:
    case GST_WEBRTC_ICE_CONNECTION_STATE_COMPLETED:
        if (m_state != State::Connected)
            heardFromPeer();
        setState(State::Connected);
        m_silenceTimer.start();
        break;
    case GST_WEBRTC_ICE_CONNECTION_STATE_FAILED:
        fail(m_state == State::Connected ? tr("the connection was lost (ICE failed)")
                                         : tr("could not connect (ICE failed)"),
             Failure::Connection);
        break;
    default:
        break;
    }
}

void WebRtcSession::heardFromPeer()
{
    m_peerHeardAt = steadyClockMs();
    m_framesSeen = m_audioFrames + m_videoFrames;
}

void WebRtcSession::checkPeerSilence()
{
    if (m_state != State::Connected)
        return;
    if (m_audioFrames + m_videoFrames != m_framesSeen)
        heardFromPeer();
    const qint64 silentMs = steadyClockMs() - m_peerHeardAt;
    if (silentMs >= m_options.peerSilenceMs)
        fail(tr("the connection was lost (nothing heard from the other side for %1 s)")
                 .arg(silentMs / 1000),
             Failure::Connection);
}

void WebRtcSession::linkDecodedPad(GstPad *pad, bool screen)
{
    // Runs on a streaming thread; m_pipeline stays valid until close() has
    // stopped every streaming thread.
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const QString name = QString::fromUtf8(gst_structure_get_name(gst_caps_get_structure(caps, 0)));
    gst_caps_unref(caps);
    const bool audio = name.startsWith(QLatin1String("audio/"));
    if (!audio && !name.startsWith(QLatin1String("video/")))
        return;
    GstElement *queue = gst_element_factory_make("queue", nullptr);
    // What the decoded stream goes through to its sink: converters for
    // the views and the speakers, when asked for.
    QList<GstElement *> chain;
    GstElement *sink = nullptr;
    if (audio && m_options.playAudio) {
        chain = {gst_element_factory_make("audioconvert", nullptr),
                 gst_element_factory_make("audioresample", nullptr)};
        sink = gst_element_factory_make("autoaudiosink", nullptr);
    } else if (!audio && m_options.deliverVideoFrames) {
        GstElement *filter = gst_element_factory_make("capsfilter", nullptr);
        GstCaps *rgba = gst_caps_from_string("video/x-raw,format=RGBA");
        g_object_set(filter, "caps", rgba, nullptr);
        gst_caps_unref(rgba);
        g_object_set(queue, "leaky", 2 /* downstream */, "max-size-buffers", 2u, nullptr);
        chain = {gst_element_factory_make("videoconvert", nullptr), filter};
        sink = gst_element_factory_make("fakesink", nullptr);
        g_object_set(sink, "sync", FALSE, "async", FALSE, "signal-handoffs", TRUE, nullptr);
        deliverFramesOf(sink, screen ? Frame::RemoteScreen : Frame::Remote);
    }
    if (!sink) {
        sink = gst_element_factory_make("fakesink", nullptr);
        g_object_set(sink, "sync", FALSE, "async", FALSE, nullptr);
    }
    chain.prepend(queue);
    chain.append(sink);
    for (GstElement *element : std::as_const(chain))
        gst_bin_add(GST_BIN(m_pipeline), element);
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        gst_element_link(chain.at(i), chain.at(i + 1));
    for (qsizetype i = chain.size() - 1; i >= 0; --i)
        gst_element_sync_state_with_parent(chain.at(i));
    GstPad *queueSink = gst_element_get_static_pad(queue, "sink");
    gst_pad_link(pad, queueSink);
    gst_object_unref(queueSink);
    std::atomic<qint64> *counter = audio    ? &m_audioFrames
                                   : screen ? &m_screenFrames
                                            : &m_videoFrames;
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, Callbacks::countFrame, counter, nullptr);
}

void WebRtcSession::setMicrophoneMuted(bool muted)
{
    m_muted = muted;
    updateValves();
}

void WebRtcSession::updateValves()
{
    // Holding the other side, we send nothing either (as matrix-js-sdk does).
    const bool audio = !m_muted && !m_holding && m_audioAllowed;
    const bool video = m_cameraEnabled && !m_holding && m_videoAllowed;
    if (m_audioValve)
        g_object_set(m_audioValve, "drop", audio ? FALSE : TRUE, nullptr);
    if (m_videoValve)
        g_object_set(m_videoValve, "drop", video ? FALSE : TRUE, nullptr);
    if (m_screenBin) {
        GstElement *valve = gst_bin_get_by_name(GST_BIN(m_screenBin), "screenvalve");
        g_object_set(valve, "drop", m_holding ? TRUE : FALSE, nullptr);
        gst_object_unref(valve);
    }
}

void WebRtcSession::requestStats()
{
    if (!m_webrtc)
        return;
    GstPromise *promise = gst_promise_new_with_change_func(Callbacks::onStats, this, nullptr);
    g_signal_emit_by_name(m_webrtc, "get-stats", nullptr, promise);
}

void WebRtcSession::statsRead(CallStats stats)
{
    if (m_lastStats)
        stats.rateSince(*m_lastStats);
    m_lastStats = stats;
    emit statsUpdated(stats);
}

void WebRtcSession::setCameraEnabled(bool enabled)
{
    m_cameraEnabled = enabled;
    updateValves();
}

void WebRtcSession::deliverFramesOf(GstElement *sink, Frame kind)
{
    g_object_set_data(G_OBJECT(sink), FrameKind, GINT_TO_POINTER(int(kind) + 1));
    g_signal_connect(sink, "handoff", G_CALLBACK(Callbacks::onFrame), this);
}

void WebRtcSession::deliverFrame(Frame kind, const QImage &frame)
{
    // Runs on a streaming thread. One frame at a time is queued for the
    // GUI thread: a busy view drops frames instead of piling them up.
    std::atomic<bool> &pending = m_framePending[int(kind)];
    if (pending.exchange(true))
        return;
    post([this, kind, frame, &pending]() {
        pending = false;
        switch (kind) {
        case Frame::Local:
            if (m_cameraEnabled)
                emit localVideoFrame(frame);
            break;
        case Frame::Remote:
            emit remoteVideoFrame(frame);
            break;
        case Frame::RemoteScreen:
            emit remoteScreenFrame(frame);
            break;
        case Frame::LocalScreen:
            if (m_screenBin)
                emit localScreenFrame(frame);
            break;
        }
    });
}

void WebRtcSession::fail(const QString &reason, Failure failure)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    setState(State::Failed);
    emit failed(reason, failure);
}

void WebRtcSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void WebRtcSession::close()
{
    stopPipeline();
    if (m_state != State::Closed)
        setState(State::Closed);
}

void WebRtcSession::stopPipeline()
{
    ++m_generation;
    m_silenceTimer.stop();
    if (m_pipeline) {
        // Stopping joins the streaming and webrtcbin threads: no callback
        // runs after this, and queued ones see the new generation.
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        g_signal_handlers_disconnect_by_data(m_webrtc, this);
        GstBus *bus = gst_element_get_bus(m_pipeline);
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
        gst_object_unref(bus);
        gst_object_unref(m_audioValve);
        if (m_videoValve)
            gst_object_unref(m_videoValve);
        m_videoValve = nullptr;
        m_sources[0] = m_sources[1] = nullptr;
        m_screenBin = nullptr;
        if (m_screenTransceiver)
            g_object_unref(m_screenTransceiver);
        m_screenTransceiver = nullptr;
        gst_object_unref(m_webrtc);
        gst_object_unref(m_pipeline);
        m_audioValve = nullptr;
        m_webrtc = nullptr;
        m_pipeline = nullptr;
    }
    m_pendingRemote.clear();
    m_awaitingAnswer = false;
}

} // namespace atrium::calls
