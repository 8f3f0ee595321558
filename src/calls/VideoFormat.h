#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace atrium::calls {

enum class VideoCodec
{
    VP8,
    H264 // Constrained Baseline, through OpenH264
};

// The video a call sends: the codec, its RTP payload type and (H264) the
// profile and level it was offered with. Browsers take both (RFC 7742), and
// Matrix clients send VP8; other endpoints may take H264 only.
struct VideoFormat
{
    VideoCodec codec = VideoCodec::VP8;
    int payloadType = 96;
    QString profileLevelId; // H264: the offer's, echoed in the answer

    // What we offer with `codec`.
    static VideoFormat offered(VideoCodec codec);
    // The format to answer `sdp` (an offer) with: of its video section's
    // codecs, the first of `preference` that this system can encode and
    // decode; none when there is none.
    static std::optional<VideoFormat> answering(const QString &sdp,
                                                const QList<VideoCodec> &preference);
    // The first codec of `preference` this system can use, else VP8.
    static VideoCodec firstAvailable(const QList<VideoCodec> &preference);

    QString name() const { return nameOf(codec); }
    static QString nameOf(VideoCodec codec);
    static std::optional<VideoCodec> fromName(const QString &name); // "vp8", "H264", …

    // The gst-launch description from raw video to RTP ending in a
    // capsfilter NAMErtp that fixes the payload type and `ssrc`.
    QString encoderChain(const QString &name, quint32 ssrc) const;

    // The GStreamer elements `codec` needs that are not installed, as
    // "factory (package)".
    static QStringList missingElements(VideoCodec codec);
};

} // namespace atrium::calls
