#include "VideoFormat.h"

#include "GstSupport.h"

#include <QHash>

namespace atrium::calls {

namespace {

// H264 we send: Constrained Baseline (what OpenH264 encodes, and what RFC
// 7742 asks every WebRTC endpoint with H264 to take), up to level 3.1.
constexpr char H264ProfileLevel[] = "42e01f";
constexpr int DefaultH264Payload = 102;

bool isAvailable(VideoCodec codec)
{
    return VideoFormat::missingElements(codec).isEmpty();
}

// One payload type of an SDP media section: a=rtpmap and a=fmtp.
struct PayloadFormat
{
    int payloadType = -1;
    QString encoding;                 // "VP8", "H264" (as written)
    QHash<QString, QString> settings; // a=fmtp's key=value pairs
};

// The formats of the first video section of `sdp`, in the order of its m= line
// (the offerer's preference).
QList<PayloadFormat> videoFormatsOf(const QString &sdp)
{
    QList<PayloadFormat> formats;
    QHash<int, qsizetype> byPayload;
    bool inVideo = false;
    for (const QString &rawLine : sdp.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("m="))) {
            if (inVideo)
                break; // only the first video section
            inVideo = line.startsWith(QLatin1String("m=video "));
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype i = 3; inVideo && i < fields.size(); ++i) {
                byPayload.insert(fields.at(i).toInt(), formats.size());
                formats.append({fields.at(i).toInt(), {}, {}});
            }
            continue;
        }
        if (!inVideo)
            continue;
        const bool rtpmap = line.startsWith(QLatin1String("a=rtpmap:"));
        if (!rtpmap && !line.startsWith(QLatin1String("a=fmtp:")))
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (space < 0)
            continue;
        const auto at = byPayload.constFind(line.mid(colon + 1, space - colon - 1).toInt());
        if (at == byPayload.cend())
            continue;
        PayloadFormat &format = formats[*at];
        const QString value = line.mid(space + 1);
        if (rtpmap) {
            format.encoding = value.section(QLatin1Char('/'), 0, 0);
            continue;
        }
        for (const QString &setting : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            format.settings.insert(setting.section(QLatin1Char('='), 0, 0).trimmed(),
                                   setting.section(QLatin1Char('='), 1).trimmed());
    }
    return formats;
}

// Whether a profile-level-id names Constrained Baseline: profile_idc 66
// (0x42) with constraint_set1 (RFC 6184, 8.1). webrtcbin matches the profile
// exactly, and Baseline proper (42001f) is not what OpenH264 sends.
bool isConstrainedBaseline(const QString &profileLevelId)
{
    bool isHex = false;
    const uint value = profileLevelId.toUInt(&isHex, 16);
    const uint profile = value >> 16;
    const uint constraints = (value >> 8) & 0xff;
    return isHex && profileLevelId.size() == 6 && profile == 0x42 && (constraints & 0x40) != 0;
}

// Whether we can send `format` as `codec`: H264 in packetization mode 1
// (FU-A, what rtph264pay sends) of the Constrained Baseline profile, or of no
// profile named.
bool canSend(VideoCodec codec, const PayloadFormat &format)
{
    if (format.encoding.compare(VideoFormat::nameOf(codec), Qt::CaseInsensitive) != 0)
        return false;
    if (codec != VideoCodec::H264)
        return true;
    const QString profile = format.settings.value(QStringLiteral("profile-level-id"));
    return format.settings.value(QStringLiteral("packetization-mode")) == QLatin1String("1") &&
           (profile.isEmpty() || isConstrainedBaseline(profile));
}

} // namespace

VideoFormat VideoFormat::offered(VideoCodec codec)
{
    if (codec == VideoCodec::H264)
        return {codec, DefaultH264Payload, QLatin1String(H264ProfileLevel)};
    return {};
}

std::optional<VideoFormat> VideoFormat::answering(const QString &sdp,
                                                  const QList<VideoCodec> &preference)
{
    const QList<PayloadFormat> formats = videoFormatsOf(sdp);
    for (const VideoCodec codec : preference) {
        if (!isAvailable(codec))
            continue;
        for (const PayloadFormat &format : formats) {
            if (!canSend(codec, format))
                continue;
            VideoFormat chosen{codec, format.payloadType, {}};
            if (codec == VideoCodec::H264)
                chosen.profileLevelId = format.settings.value(QStringLiteral("profile-level-id"),
                                                              QLatin1String(H264ProfileLevel));
            return chosen;
        }
    }
    return std::nullopt;
}

VideoCodec VideoFormat::firstAvailable(const QList<VideoCodec> &preference)
{
    for (const VideoCodec codec : preference) {
        if (isAvailable(codec))
            return codec;
    }
    return VideoCodec::VP8;
}

QString VideoFormat::nameOf(VideoCodec codec)
{
    return codec == VideoCodec::H264 ? QStringLiteral("H264") : QStringLiteral("VP8");
}

std::optional<VideoCodec> VideoFormat::fromName(const QString &name)
{
    for (const VideoCodec codec : {VideoCodec::VP8, VideoCodec::H264}) {
        if (name.compare(nameOf(codec), Qt::CaseInsensitive) == 0)
            return codec;
    }
    return std::nullopt;
}

QString VideoFormat::encoderChain(const QString &name, quint32 ssrc) const
{
    // The caps at the end are fixed, ssrc included, so that webrtcbin can
    // name the stream (a=ssrc … msid) in its offer before the first packet.
    // An element: caps at the end of a bin's description would be dropped.
    if (codec == VideoCodec::VP8)
        return QStringLiteral(
                   "vp8enc deadline=1 cpu-used=8 keyframe-max-dist=30 ! rtpvp8pay pt=%1 ssrc=%2 ! "
                   "capsfilter name=%3rtp caps=\"application/x-rtp,media=video,"
                   "encoding-name=VP8,payload=%1,clock-rate=90000,ssrc=(uint)%2\"")
            .arg(payloadType)
            .arg(ssrc)
            .arg(name);
    // The parameter sets before every key frame, so that a receiver can
    // start at any of them. The stream's own level (from its size) is at
    // most the one negotiated: the caps say the negotiated one.
    return QStringLiteral(
               "openh264enc complexity=low gop-size=30 bitrate=256000 ! "
               "video/x-h264,profile=constrained-baseline ! h264parse ! "
               "rtph264pay pt=%1 ssrc=%2 config-interval=-1 aggregate-mode=zero-latency ! "
               "capssetter caps=\"application/x-rtp,profile-level-id=(string)%4\" ! "
               "capsfilter name=%3rtp caps=\"application/x-rtp,media=video,"
               "encoding-name=H264,payload=%1,clock-rate=90000,packetization-mode=(string)1,"
               "profile-level-id=(string)%4,ssrc=(uint)%2\"")
        .arg(payloadType)
        .arg(ssrc)
        .arg(name, profileLevelId);
}

QStringList VideoFormat::missingElements(VideoCodec codec)
{
    if (codec == VideoCodec::VP8)
        return missingGstElements({{"vp8enc", "gstreamer1.0-plugins-good"},
                                   {"vp8dec", "gstreamer1.0-plugins-good"},
                                   {"rtpvp8pay", "gstreamer1.0-plugins-good"},
                                   {"rtpvp8depay", "gstreamer1.0-plugins-good"}});
    return missingGstElements({{"openh264enc", "gstreamer1.0-plugins-bad"},
                               {"openh264dec", "gstreamer1.0-plugins-bad"},
                               {"h264parse", "gstreamer1.0-plugins-bad"},
                               {"rtph264pay", "gstreamer1.0-plugins-good"},
                               {"rtph264depay", "gstreamer1.0-plugins-good"},
                               {"capssetter", "gstreamer1.0-plugins-good"}});
}

} // namespace atrium::calls
