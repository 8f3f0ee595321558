// The call's statistics as read from webrtcbin's get-stats answer: built
// here as GStreamer builds it (one structure per statistic).
#include "calls/CallStats.h"

#include <QTest>

#define GST_USE_UNSTABLE_API
#include <gst/gst.h>
#include <gst/webrtc/webrtc.h>

using atrium::calls::CallStats;

namespace {

GstStructure *statistic(const char *id, GstWebRTCStatsType type)
{
    return gst_structure_new(id, "type", GST_TYPE_WEBRTC_STATS_TYPE, type, nullptr);
}

void add(GstStructure *stats, GstStructure *entry)
{
    gst_structure_set(stats, gst_structure_get_name(entry), GST_TYPE_STRUCTURE, entry, nullptr);
    gst_structure_free(entry);
}

} // namespace

class TestCallStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { gst_init(nullptr, nullptr); }

    void countersAreSummedAndLossIsAShare()
    {
        GstStructure *stats = gst_structure_new_empty("application/x-webrtc-stats");
        GstStructure *in = statistic("in", GST_WEBRTC_STATS_INBOUND_RTP);
        gst_structure_set(in, "packets-received", G_TYPE_UINT64, guint64(90), "packets-lost",
                          G_TYPE_INT64, gint64(10), "bytes-received", G_TYPE_UINT64, guint64(5000),
                          nullptr);
        add(stats, in);
        GstStructure *out = statistic("out", GST_WEBRTC_STATS_OUTBOUND_RTP);
        gst_structure_set(out, "bytes-sent", G_TYPE_UINT64, guint64(7000), nullptr);
        add(stats, out);
        const CallStats read = CallStats::fromWebRtcStats(stats, 1000);
        gst_structure_free(stats);
        QCOMPARE(read.bytesReceived, 5000);
        QCOMPARE(read.bytesSent, 7000);
        QCOMPARE(*read.packetLossPercent, 10.0);
        QVERIFY(!read.roundTripMs);
        // No receiver report from the other side yet: not known to receive us.
        QVERIFY(!read.peerReceivesAudio && !read.peerReceivesVideo);
    }

    void theOtherSidesReportsSayWhatItReceives()
    {
        GstStructure *stats = gst_structure_new_empty("application/x-webrtc-stats");
        GstStructure *video = statistic("remote-in-video", GST_WEBRTC_STATS_REMOTE_INBOUND_RTP);
        gst_structure_set(video, "kind", G_TYPE_STRING, "video", "round-trip-time", G_TYPE_DOUBLE,
                          0.02, nullptr);
        add(stats, video);
        CallStats read = CallStats::fromWebRtcStats(stats, 1000);
        QVERIFY(read.peerReceivesVideo);
        QVERIFY(!read.peerReceivesAudio);
        QCOMPARE(*read.roundTripMs, 20.0);

        GstStructure *audio = statistic("remote-in-audio", GST_WEBRTC_STATS_REMOTE_INBOUND_RTP);
        gst_structure_set(audio, "kind", G_TYPE_STRING, "audio", "round-trip-time", G_TYPE_DOUBLE,
                          0.05, nullptr);
        add(stats, audio);
        read = CallStats::fromWebRtcStats(stats, 2000);
        gst_structure_free(stats);
        QVERIFY(read.peerReceivesVideo && read.peerReceivesAudio);
        QCOMPARE(*read.roundTripMs, 50.0); // the worst of the two
    }
};

QTEST_GUILESS_MAIN(TestCallStats)
#include "tst_callstats.moc"
