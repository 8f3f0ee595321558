#include "CallMonitor.h"
#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "calls/CallManager.h"
#include "calls/VideoFormat.h"
#include "calls/WebRtcSession.h"

#include <QCommandLineParser>

namespace atrium::cli {

namespace {

// Says which GStreamer elements are missing, if any: a call cannot start
// without them, nor send video in a codec asked for.
bool mediaAvailable(CliContext &context, bool video, const QList<calls::VideoCodec> &codecs)
{
    const QStringList missing = calls::WebRtcSession::missingPlugins(video);
    if (!missing.isEmpty()) {
        context.err() << "atrium-cli: calls need GStreamer elements that are not installed: "
                      << missing.join(QLatin1String(", ")) << Qt::endl;
        return false;
    }
    for (const calls::VideoCodec codec : codecs) {
        const QStringList elements = calls::VideoFormat::missingElements(codec);
        if (!elements.isEmpty()) {
            context.err() << "atrium-cli: " << calls::VideoFormat::nameOf(codec)
                          << " video needs GStreamer elements that are not installed: "
                          << elements.join(QLatin1String(", ")) << Qt::endl;
            return false;
        }
    }
    return true;
}

// What `call` and `answer` do during the call, timed from connecting.
void addTimingOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {"mute-after", "Mute our microphone this many seconds after connecting.", "s"});
    parser.addOption(
        {"hold-after", "Put the other side on hold this many seconds after connecting.", "s"});
    parser.addOption(
        {"hold-for", "Take it off hold again after this many seconds (default 2).", "s", "2"});
    parser.addOption({"share-after",
                      "Share our screen (a test pattern) this many seconds after connecting.",
                      "s"});
    parser.addOption(
        {"share-for", "Stop sharing it after this many seconds (default 3).", "s", "3"});
    parser.addOption({"camera-after",
                      "In a call without our video, turn our camera (a test pattern) on this "
                      "many seconds after connecting.",
                      "s"});
    parser.addOption({"video-codec",
                      "Send video only in this codec (vp8 or h264); by default VP8, else H264.",
                      "codec"});
}

// The codecs --video-codec allows (empty: the default ones); nullopt when
// it names none we know.
std::optional<QList<calls::VideoCodec>> videoCodecsOption(const QCommandLineParser &parser)
{
    if (!parser.isSet("video-codec"))
        return QList<calls::VideoCodec>();
    const auto codec = calls::VideoFormat::fromName(parser.value("video-codec"));
    if (!codec)
        return std::nullopt;
    return QList<calls::VideoCodec>{*codec};
}

// In ms; 0 when not given (and without a default), -1 when not a positive number of seconds.
int secondsOption(const QCommandLineParser &parser, const QString &name)
{
    if (parser.value(name).isEmpty())
        return 0;
    bool ok = false;
    const double seconds = parser.value(name).toDouble(&ok);
    return ok && seconds > 0 && seconds < 86'400 ? int(seconds * 1000) : -1;
}

// Sets the monitor's timings; false when one is not a positive number.
bool applyTimingOptions(const QCommandLineParser &parser, CallMonitor::Timings &timings)
{
    timings.muteAfterMs = secondsOption(parser, QStringLiteral("mute-after"));
    timings.holdAfterMs = secondsOption(parser, QStringLiteral("hold-after"));
    timings.holdForMs = secondsOption(parser, QStringLiteral("hold-for"));
    timings.shareAfterMs = secondsOption(parser, QStringLiteral("share-after"));
    timings.shareForMs = secondsOption(parser, QStringLiteral("share-for"));
    timings.cameraAfterMs = secondsOption(parser, QStringLiteral("camera-after"));
    return timings.muteAfterMs >= 0 && timings.holdAfterMs >= 0 && timings.holdForMs >= 0 &&
           timings.shareAfterMs >= 0 && timings.shareForMs >= 0 && timings.cameraAfterMs >= 0;
}

// The account's calls, with the video codecs the options allow.
calls::CallManager *newCallManager(CliContext &context, const QList<calls::VideoCodec> &codecs)
{
    auto *manager = new calls::CallManager(&context.session(), &context);
    manager->setVideoCodecs(codecs);
    return manager;
}

} // namespace

QFuture<int> call(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addOption({"video", "Send video too (a test pattern)."});
    parser.addOption({"duration", "Hang up this many seconds after connecting.", "s", "10"});
    addTimingOptions(parser);
    CallMonitor::Timings timings;
    const bool parsed = parser.parse(arguments);
    const auto codecs = videoCodecsOption(parser);
    if (!parsed || parser.positionalArguments().size() != 1 ||
        parser.value("duration").toInt() <= 0 || !applyTimingOptions(parser, timings) || !codecs) {
        context.err() << "usage: atrium-cli call ROOM [--video] [--duration S] [--mute-after S] "
                         "[--hold-after S [--hold-for S]] [--share-after S [--share-for S]] "
                         "[--camera-after S] [--video-codec vp8|h264]"
                      << Qt::endl;
        return ready(Usage);
    }
    const bool video = parser.isSet("video");
    const int durationMs = parser.value("duration").toInt() * 1000;
    if (!mediaAvailable(context, video, *codecs))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, video, durationMs, timings, codecs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, video, durationMs, timings, codecs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager = newCallManager(context, *codecs);
                                    auto *monitor = new CallMonitor(context, manager, durationMs);
                                    monitor->setTimings(timings);
                                    calls::Call *call = manager->placeCall(roomId, {}, video);
                                    if (!call) {
                                        context.err()
                                            << "atrium-cli: a call is already going on" << Qt::endl;
                                        return ready(Failure);
                                    }
                                    monitor->follow(call);
                                    return monitor->result();
                                })
                          .unwrap();
                  });
}

QFuture<int> answer(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addOption({"timeout", "Give up when no call comes in this many seconds.", "s", "60"});
    addTimingOptions(parser);
    CallMonitor::Timings timings;
    const bool parsed = parser.parse(arguments);
    const auto codecs = videoCodecsOption(parser);
    if (!parsed || parser.positionalArguments().size() != 1 ||
        parser.value("timeout").toInt() <= 0 || !applyTimingOptions(parser, timings) || !codecs) {
        context.err() << "usage: atrium-cli answer ROOM [--timeout S] [--mute-after S] "
                         "[--hold-after S [--hold-for S]] [--share-after S [--share-for S]] "
                         "[--camera-after S] [--video-codec vp8|h264]"
                      << Qt::endl;
        return ready(Usage);
    }
    const int timeoutMs = parser.value("timeout").toInt() * 1000;
    if (!mediaAvailable(context, true, *codecs))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, timeoutMs, timings, codecs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, timeoutMs, timings, codecs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager = newCallManager(context, *codecs);
                                    auto *monitor = new CallMonitor(context, manager, 0);
                                    monitor->setTimings(timings);
                                    monitor->answerNext(roomId, timeoutMs);
                                    return monitor->result();
                                })
                          .unwrap();
                  });
}

} // namespace atrium::cli
