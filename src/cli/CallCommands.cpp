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

} // namespace

QFuture<int> call(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addOption({"video", "Send video too (a test pattern)."});
    parser.addOption({"duration", "Hang up this many seconds after connecting.", "s", "10"});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        parser.value("duration").toInt() <= 0) {
        context.err() << "usage: atrium-cli call ROOM [--video] [--duration S]" << Qt::endl;
        return ready(Usage);
    }
    const bool video = parser.isSet("video");
    const int durationMs = parser.value("duration").toInt() * 1000;
    if (!mediaAvailable(context, video))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, video, durationMs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, video, durationMs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager =
                                        new calls::CallManager(&context.session(), &context);
                                    auto *monitor = new CallMonitor(context, manager, durationMs);
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
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        parser.value("timeout").toInt() <= 0) {
        context.err() << "usage: atrium-cli answer ROOM [--timeout S]" << Qt::endl;
        return ready(Usage);
    }
    const int timeoutMs = parser.value("timeout").toInt() * 1000;
    if (!mediaAvailable(context, true))
        return ready(Failure);
    return onRoom(context, parser.positionalArguments().first(), true,
                  [&context, timeoutMs](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, timeoutMs](int code) {
                                    if (code != Ok)
                                        return ready(code);
                                    auto *manager =
                                        new calls::CallManager(&context.session(), &context);
                                    auto *monitor = new CallMonitor(context, manager, 0);
                                    monitor->answerNext(roomId, timeoutMs);
                                    return monitor->result();
                                })
                          .unwrap();
                  });
}

} // namespace atrium::cli
