#include "CallMonitor.h"
#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "calls/CallManager.h"
#include "calls/WebRtcSession.h"

#include <QCommandLineParser>

namespace atrium::cli {

namespace {

// Says which GStreamer elements are missing, if any: a call cannot start without them.
bool mediaAvailable(CliContext &context, bool video)
{
    const QStringList missing = calls::WebRtcSession::missingPlugins(video);
    if (missing.isEmpty())
        return true;
    context.err() << "atrium-cli: calls need GStreamer elements that are not installed: "
                  << missing.join(QLatin1String(", ")) << Qt::endl;
    return false;
}

QCommandLineOption muteAfterOption()
{
    return {"mute-after", "Mute our microphone this many seconds after connecting.", "s"};
}

// In ms; 0 when not asked for, -1 when not a positive number of seconds.
int muteAfterMs(const QCommandLineParser &parser)
{
    if (!parser.isSet("mute-after"))
        return 0;
    bool ok = false;
    const double seconds = parser.value("mute-after").toDouble(&ok);
    return ok && seconds > 0 && seconds < 86'400 ? int(seconds * 1000) : -1;
}

} // namespace

QFuture<int> call(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addOption({"video", "Send video too (a test pattern)."});
    parser.addOption({"duration", "Hang up this many seconds after connecting.", "s", "10"});
    parser.addOption(muteAfterOption());
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        parser.value("duration").toInt() <= 0 || muteAfterMs(parser) < 0) {
        context.err() << "usage: atrium-cli call ROOM [--video] [--duration S] [--mute-after S]"
                      << Qt::endl;
        return ready(Usage);
    }
    const bool video = parser.isSet("video");
    const int durationMs = parser.value("duration").toInt() * 1000;
    const int muteMs = muteAfterMs(parser);
    if (!mediaAvailable(context, video))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, video, durationMs, muteMs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, video, durationMs, muteMs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager =
                                        new calls::CallManager(&context.session(), &context);
                                    auto *monitor = new CallMonitor(context, manager, durationMs);
                                    monitor->setMuteAfter(muteMs);
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
    parser.addOption(muteAfterOption());
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        parser.value("timeout").toInt() <= 0 || muteAfterMs(parser) < 0) {
        context.err() << "usage: atrium-cli answer ROOM [--timeout S] [--mute-after S]" << Qt::endl;
        return ready(Usage);
    }
    const int timeoutMs = parser.value("timeout").toInt() * 1000;
    const int muteMs = muteAfterMs(parser);
    if (!mediaAvailable(context, true))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, timeoutMs, muteMs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, timeoutMs, muteMs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager =
                                        new calls::CallManager(&context.session(), &context);
                                    auto *monitor = new CallMonitor(context, manager, 0);
                                    monitor->setMuteAfter(muteMs);
                                    monitor->answerNext(roomId, timeoutMs);
                                    return monitor->result();
                                })
                          .unwrap();
                  });
}

} // namespace atrium::cli
