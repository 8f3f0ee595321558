#include "CallStats.h"

#define GST_USE_UNSTABLE_API // webrtc's headers warn without it
#include <gst/gst.h>
#include <gst/webrtc/webrtc.h>

namespace atrium::calls {

namespace {

// The stats' counters are of different integer types across GStreamer
// versions (guint64, gint64, guint): read any of them as a double.
std::optional<double> number(const GstStructure *entry, const char *field)
{
    const GValue *value = gst_structure_get_value(entry, field);
    if (!value || !g_value_type_transformable(G_VALUE_TYPE(value), G_TYPE_DOUBLE))
        return std::nullopt;
    GValue asDouble = G_VALUE_INIT;
    g_value_init(&asDouble, G_TYPE_DOUBLE);
    g_value_transform(value, &asDouble);
    const double result = g_value_get_double(&asDouble);
    g_value_unset(&asDouble);
    return result;
}

struct Totals
{
    double packetsReceived = 0;
    double packetsLost = 0;
    double bytesReceived = 0;
    double bytesSent = 0;
    std::optional<double> roundTripSeconds;
    bool peerReceivesAudio = false;
    bool peerReceivesVideo = false;
};

void add(Totals &totals, const GstStructure *entry)
{
    GstWebRTCStatsType type;
    if (!gst_structure_get_enum(entry, "type", GST_TYPE_WEBRTC_STATS_TYPE,
                                reinterpret_cast<gint *>(&type)))
        return;
    switch (type) {
    case GST_WEBRTC_STATS_INBOUND_RTP:
        totals.packetsReceived += number(entry, "packets-received").value_or(0);
        totals.packetsLost += std::max(0.0, number(entry, "packets-lost").value_or(0));
        totals.bytesReceived += number(entry, "bytes-received").value_or(0);
        break;
    case GST_WEBRTC_STATS_OUTBOUND_RTP:
        totals.bytesSent += number(entry, "bytes-sent").value_or(0);
        break;
    case GST_WEBRTC_STATS_REMOTE_INBOUND_RTP: {
        // One per stream we send, once the other side reported on it; the
        // worst round trip is the call's.
        if (const auto rtt = number(entry, "round-trip-time"); rtt && *rtt > 0)
            totals.roundTripSeconds = std::max(totals.roundTripSeconds.value_or(0), *rtt);
        const char *kind = gst_structure_get_string(entry, "kind");
        totals.peerReceivesAudio |= kind && qstrcmp(kind, "audio") == 0;
        totals.peerReceivesVideo |= kind && qstrcmp(kind, "video") == 0;
        break;
    }
    default:
        break;
    }
}

} // namespace

CallStats CallStats::fromWebRtcStats(const GstStructure *stats, qint64 takenAtMs)
{
    Totals totals;
    gst_structure_foreach(
        stats,
        [](GQuark, const GValue *value, gpointer data) -> gboolean {
            if (GST_VALUE_HOLDS_STRUCTURE(value))
                add(*static_cast<Totals *>(data), gst_value_get_structure(value));
            return TRUE;
        },
        &totals);
    CallStats result;
    result.takenAtMs = takenAtMs;
    result.bytesReceived = qint64(totals.bytesReceived);
    result.bytesSent = qint64(totals.bytesSent);
    result.peerReceivesAudio = totals.peerReceivesAudio;
    result.peerReceivesVideo = totals.peerReceivesVideo;
    if (totals.roundTripSeconds)
        result.roundTripMs = *totals.roundTripSeconds * 1000.0;
    const double expected = totals.packetsReceived + totals.packetsLost;
    if (expected > 0)
        result.packetLossPercent = 100.0 * totals.packetsLost / expected;
    return result;
}

void CallStats::rateSince(const CallStats &previous)
{
    const qint64 elapsedMs = takenAtMs - previous.takenAtMs;
    if (elapsedMs <= 0)
        return;
    // Bytes per millisecond × 8 = kilobits per second.
    receiveKbps = double(bytesReceived - previous.bytesReceived) * 8.0 / double(elapsedMs);
    sendKbps = double(bytesSent - previous.bytesSent) * 8.0 / double(elapsedMs);
}

} // namespace atrium::calls
