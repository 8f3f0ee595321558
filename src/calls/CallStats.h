#pragma once

#include <QMetaType>
#include <QtGlobal>
#include <optional>

// GStreamer's type, kept out of the header.
typedef struct _GstStructure GstStructure;

namespace atrium::calls {

// How a call's media is doing, read from webrtcbin's statistics (the WebRTC
// stats of W3C's webrtc-stats, as GStreamer reports them).
struct CallStats
{
    // Round trip to the other side, from its RTCP receiver reports; unknown
    // until the first report (a few seconds into the call).
    std::optional<double> roundTripMs;
    // Of the packets the other side sent us, the share that never arrived.
    std::optional<double> packetLossPercent;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    // Over the interval since the previous reading; unknown on the first.
    std::optional<double> receiveKbps;
    std::optional<double> sendKbps;
    qint64 takenAtMs = 0; // a steady clock's milliseconds
    // The other side reports receiving our audio, our video: its RTCP
    // receiver reports carry a block for the stream (media flows that way).
    bool peerReceivesAudio = false;
    bool peerReceivesVideo = false;

    // Reads the structure webrtcbin's "get-stats" answers with.
    static CallStats fromWebRtcStats(const GstStructure *stats, qint64 takenAtMs);
    // Fills the bitrates from the reading before this one.
    void rateSince(const CallStats &previous);
};

} // namespace atrium::calls

Q_DECLARE_METATYPE(atrium::calls::CallStats)
