// Two Atrium sessions call each other through the test homeserver on
// loopback (see bench/run-call-bench) and the benchmark prints how long each
// step took, from placing the call to media decoded on both sides, and the
// CPU a 640x480 video call costs. Prints figures; fails only if a call does.
//   atrium-bench-call HOMESERVER_URL [ROUNDS] [CPU_SECONDS]
#include "calls/CallManager.h"
#include "calls/CallMedia.h"
#include "calls/WebRtcSession.h"
#include "matrix/Requests.h"
#include "store/FileSecretStore.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <memory>

using namespace atrium;
using calls::Call;
using calls::CallManager;

namespace {

QTextStream out(stdout);

// Runs the event loop until `done` or the deadline; false on timeout. It
// sleeps between checks: a spinning wait would be counted in the CPU figure.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30'000)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(1); // the timings below are in milliseconds
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

// Runs the event loop for `ms`, checking nothing.
void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Account
{
    QTemporaryDir dir;
    store::FileSecretStore secrets{dir.filePath(QStringLiteral("secrets.json"))};
    std::unique_ptr<sync::Session> session;

    bool signUp(const QUrl &server, const QString &name)
    {
        session = std::make_unique<sync::Session>(dir.path(), &secrets, true);
        session->setLongPollTimeout(5'000);
        session->registerAccount(server.toString(), name, QStringLiteral("pw-") + name);
        return waitFor([this]() {
                   return session->state() == sync::Session::State::Ready ||
                          session->state() == sync::Session::State::Failed;
               }) &&
               session->state() == sync::Session::State::Ready;
    }
};

template <typename T>
T await(QFuture<T> future)
{
    waitFor([&future]() { return future.isFinished(); });
    return future.isFinished() && future.resultCount() ? future.result() : T{};
}

qint64 audioOf(Call *call)
{
    return call && call->media() ? call->media()->audioFramesReceived() : 0;
}

qint64 videoOf(Call *call)
{
    return call && call->media() ? call->media()->videoFramesReceived() : 0;
}

Call::MediaFactory mediaFactory(int width, int height, int framerate)
{
    return [=](QObject *parent) -> calls::CallMedia * {
        calls::WebRtcSession::Options options;
        options.loopbackOnly = true;
        options.videoWidth = width;
        options.videoHeight = height;
        options.videoFramerate = framerate;
        return new calls::WebRtcSession(options, parent);
    };
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: atrium-bench-call HOMESERVER_URL [ROUNDS] [CPU_SECONDS]\n";
        return 2;
    }
    const QUrl server(QString::fromLocal8Bit(argv[1]));
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const int cpuSecondsWanted = argc > 3 ? std::max(1, atoi(argv[3])) : 10;
    const QStringList missing = calls::WebRtcSession::missingPlugins(true);
    if (!missing.isEmpty()) {
        QTextStream(stderr) << "missing GStreamer elements: " << missing.join(", ") << "\n";
        return 1;
    }

    Account alice, bob;
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!alice.signUp(server, "bench-alice-" + suffix) ||
        !bob.signUp(server, "bench-bob-" + suffix)) {
        QTextStream(stderr) << "could not sign up\n";
        return 1;
    }
    const auto created = await(alice.session->call(matrix::requests::createRoom(
        {{"invite", QJsonArray{bob.session->userId()}}, {"is_direct", true}})));
    const QString roomId = created.json().value("room_id").toString();
    if (roomId.isEmpty() || !await(bob.session->call(matrix::requests::join(roomId))).ok()) {
        QTextStream(stderr) << "could not set up the room\n";
        return 1;
    }
    CallManager aliceCalls(alice.session.get());
    CallManager bobCalls(bob.session.get());
    // Let both finish their first sync so the invites come incrementally.
    waitFor([&]() {
        return alice.session->syncEngine()->hasSynced() && bob.session->syncEngine()->hasSynced();
    });

    out << "call bench: " << rounds << " calls, 320x240 VP8 + Opus, loopback\n";
    out << "round  invite->ring  ring->connected  invite->two-way media (ms)\n";
    QList<qint64> rings, connects, twoWays;
    for (int round = 1; round <= rounds; ++round) {
        Call *incoming = nullptr;
        auto connection = QObject::connect(&bobCalls, &CallManager::incomingCall, [&](Call *call) {
            incoming = call;
            call->answer(true); // at once: the figure is the machinery's, not a person's
        });
        QElapsedTimer clock;
        clock.start();
        Call *outgoing = aliceCalls.placeCall(roomId, bob.session->userId(), true);
        if (!outgoing || !waitFor([&]() { return incoming != nullptr; })) {
            QTextStream(stderr) << "the call did not ring\n";
            return 1;
        }
        const qint64 ring = clock.elapsed();
        if (!waitFor([&]() { return outgoing->state() == Call::State::Connected; })) {
            QTextStream(stderr) << "the call did not connect\n";
            return 1;
        }
        const qint64 connected = clock.elapsed();
        if (!waitFor([&]() {
                return audioOf(outgoing) > 0 && videoOf(outgoing) > 0 && audioOf(incoming) > 0 &&
                       videoOf(incoming) > 0;
            })) {
            QTextStream(stderr) << "no media both ways\n";
            return 1;
        }
        const qint64 twoWay = clock.elapsed();
        QObject::disconnect(connection);
        out << qSetFieldWidth(5) << round << qSetFieldWidth(0) << "  " << qSetFieldWidth(12) << ring
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(15) << connected - ring
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(12) << twoWay << qSetFieldWidth(0)
            << "\n";
        out.flush();
        rings.append(ring);
        connects.append(connected - ring);
        twoWays.append(twoWay);
        outgoing->hangUp();
        waitFor([&]() { return incoming->isEnded(); });
    }
    out << "median: invite->ring " << median(rings) << " ms, ring->connected " << median(connects)
        << " ms, invite->two-way media " << median(twoWays) << " ms\n";

    // CPU of a 640x480, 30 fps video call, both ends in this process.
    aliceCalls.setMediaFactory(mediaFactory(640, 480, 30));
    bobCalls.setMediaFactory(mediaFactory(640, 480, 30));
    Call *incoming = nullptr;
    QObject::connect(&bobCalls, &CallManager::incomingCall, [&](Call *call) {
        incoming = call;
        call->answer(true);
    });
    Call *outgoing = aliceCalls.placeCall(roomId, bob.session->userId(), true);
    if (!outgoing || !waitFor([&]() { return videoOf(incoming) > 0 && videoOf(outgoing) > 0; })) {
        QTextStream(stderr) << "the 640x480 call did not start\n";
        return 1;
    }
    const double cpuStart = cpuSeconds();
    const qint64 videoStart = videoOf(incoming);
    QElapsedTimer wall;
    wall.start();
    idleFor(cpuSecondsWanted * 1000);
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double fps = double(videoOf(incoming) - videoStart) / seconds;
    out << "640x480@30 video call, both ends in one process, " << QString::number(seconds, 'f', 1)
        << " s: CPU " << QString::number(100.0 * cpu / seconds, 'f', 0)
        << " % of one core (both ends: encode + decode twice), " << QString::number(fps, 'f', 1)
        << " frames/s decoded per side\n";
    outgoing->hangUp();
    waitFor([&]() { return incoming->isEnded(); }, 10'000);
    return 0;
}
