// Which video format a call answers an offer with: the offer's payload
// types read from its first video section, matched against our preference.
#include "calls/VideoFormat.h"

#include <QTest>

using atrium::calls::VideoCodec;
using atrium::calls::VideoFormat;

namespace {

// The video section of Chromium's offer: VP8, its retransmission, then
// H264 as Baseline and Constrained Baseline, each in packetization mode 1
// and 0, then Main.
const char BrowserOffer[] =
    "v=0\r\n"
    "o=- 1 2 IN IP4 127.0.0.1\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
    "a=rtpmap:111 opus/48000/2\r\n"
    "m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 104 108 114 116\r\n"
    "a=rtpmap:96 VP8/90000\r\n"
    "a=rtpmap:97 rtx/90000\r\n"
    "a=fmtp:97 apt=96\r\n"
    "a=rtpmap:102 H264/90000\r\n"
    "a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f\r\n"
    "a=rtpmap:104 H264/90000\r\n"
    "a=fmtp:104 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f\r\n"
    "a=rtpmap:108 H264/90000\r\n"
    "a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n"
    "a=rtpmap:114 H264/90000\r\n"
    "a=fmtp:114 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f\r\n"
    "a=rtpmap:116 H264/90000\r\n"
    "a=fmtp:116 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f\r\n"
    // A second video section (a screen share) does not count.
    "m=video 9 UDP/TLS/RTP/SAVPF 98\r\n"
    "a=rtpmap:98 VP9/90000\r\n";

} // namespace

class TestVideoFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // scripts/install-deps brings OpenH264 (gstreamer1.0-plugins-bad).
        QCOMPARE(VideoFormat::missingElements(VideoCodec::H264), QStringList());
    }

    void theFirstPreferredCodecTheOfferHasIsAnswered()
    {
        const auto vp8 = VideoFormat::answering(BrowserOffer, {VideoCodec::VP8, VideoCodec::H264});
        QVERIFY(vp8);
        QCOMPARE(vp8->codec, VideoCodec::VP8);
        QCOMPARE(vp8->payloadType, 96);
        const auto h264 = VideoFormat::answering(BrowserOffer, {VideoCodec::H264, VideoCodec::VP8});
        QVERIFY(h264);
        QCOMPARE(h264->codec, VideoCodec::H264);
    }

    void h264IsAnsweredInPacketizationModeOneOfConstrainedBaseline()
    {
        // 102 is Baseline proper (OpenH264 sends Constrained Baseline, and
        // webrtcbin matches the profile exactly); 104 is mode 0 (single NAL
        // units, which rtph264pay does not send). 108 is the one. Its
        // profile and level are what we answer with.
        const auto h264 = VideoFormat::answering(BrowserOffer, {VideoCodec::H264});
        QVERIFY(h264);
        QCOMPARE(h264->payloadType, 108);
        QCOMPARE(h264->profileLevelId, QStringLiteral("42e01f"));
    }

    void anOfferWithoutACodecWeSendHasNoVideoFormat()
    {
        const QString noConstrainedBaseline =
            "m=video 9 UDP/TLS/RTP/SAVPF 127 102 98\r\n"
            "a=rtpmap:127 H264/90000\r\n"
            "a=fmtp:127 packetization-mode=1;profile-level-id=4d001f\r\n"
            "a=rtpmap:102 H264/90000\r\n"
            "a=fmtp:102 packetization-mode=1;profile-level-id=42001f\r\n"
            "a=rtpmap:98 VP9/90000\r\n";
        QVERIFY(
            !VideoFormat::answering(noConstrainedBaseline, {VideoCodec::VP8, VideoCodec::H264}));
        QVERIFY(!VideoFormat::answering("m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
                                        "a=rtpmap:111 opus/48000/2\r\n",
                                        {VideoCodec::VP8, VideoCodec::H264}));
    }

    void anH264OfferWithoutAProfileIsAnsweredWithOurs()
    {
        const auto h264 = VideoFormat::answering("m=video 9 RTP/SAVPF 100\n"
                                                 "a=rtpmap:100 h264/90000\n"
                                                 "a=fmtp:100 packetization-mode=1\n",
                                                 {VideoCodec::H264});
        QVERIFY(h264);
        QCOMPARE(h264->payloadType, 100);
        QCOMPARE(h264->profileLevelId, VideoFormat::offered(VideoCodec::H264).profileLevelId);
    }

    void codecsAreNamedAsSdpNamesThem()
    {
        QCOMPARE(VideoFormat::fromName("h264"), VideoCodec::H264);
        QCOMPARE(VideoFormat::fromName("VP8"), VideoCodec::VP8);
        QVERIFY(!VideoFormat::fromName("av1"));
        QCOMPARE(VideoFormat::offered(VideoCodec::VP8).name(), QStringLiteral("VP8"));
    }
};

QTEST_GUILESS_MAIN(TestVideoFormat)
#include "tst_videoformat.moc"
