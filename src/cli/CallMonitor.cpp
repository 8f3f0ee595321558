#include "CallMonitor.h"

#include "CliContext.h"
#include "calls/Call.h"
#include "calls/CallManager.h"
#include "calls/CallMedia.h"
#include "sync/SendQueue.h"

namespace atrium::cli {

using calls::Call;

namespace {

// How soon a change the call cannot take yet (another awaits its answer) is
// tried again.
constexpr int RetryMs = 500;

QString stateText(Call::State state)
{
    switch (state) {
    case Call::State::Preparing:
        return QStringLiteral("preparing");
    case Call::State::Inviting:
        return QStringLiteral("ringing at the other side");
    case Call::State::Ringing:
        return QStringLiteral("ringing");
    case Call::State::Connecting:
        return QStringLiteral("connecting");
    case Call::State::Connected:
        return QStringLiteral("connected");
    case Call::State::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace

CallMonitor::CallMonitor(CliContext &context, calls::CallManager *manager, int durationMs)
    : QObject(&context), m_context(context), m_manager(manager), m_durationMs(durationMs)
{
    m_promise.start();
    m_sinceStart.start();
    m_progress.setInterval(1000);
    connect(&m_progress, &QTimer::timeout, this, &CallMonitor::printFrames);
    m_statsPoll.setInterval(250);
    connect(&m_statsPoll, &QTimer::timeout, this, &CallMonitor::askForStats);
    m_duration.setSingleShot(true);
    connect(&m_duration, &QTimer::timeout, this, &CallMonitor::hangUpWhenHeard);
    m_timeout.setSingleShot(true);
    // Glare: our call was dropped for theirs, which is answered already.
    connect(manager, &calls::CallManager::callReplaced, this, [this](Call *replaced, Call *by) {
        if (replaced != m_call)
            return;
        m_context.out() << "both called at once: taking call " << by->callId() << Qt::endl;
        m_call = nullptr;
        follow(by);
    });
}

CallMonitor::~CallMonitor()
{
    if (!m_promise.future().isFinished()) {
        m_promise.addResult(int(Failure));
        m_promise.finish();
    }
}

void CallMonitor::follow(Call *call)
{
    m_call = call;
    m_timeout.stop();
    connect(call, &Call::stateChanged, this, &CallMonitor::stateChanged);
    connect(call, &Call::ended, this, &CallMonitor::ended);
    connect(call, &Call::remoteMuteChanged, this, &CallMonitor::printRemoteMute);
    connect(call, &Call::holdChanged, this, &CallMonitor::printHold);
    m_sinceStart.restart();
    m_context.out() << "call " << call->callId() << ": " << stateText(call->state()) << Qt::endl;
    m_remoteAudioMuted = false;
    m_remoteVideoMuted = false;
    m_printedOnHold = false;
    printRemoteMute(); // an invite may say so from the start
    m_progress.start();
}

void CallMonitor::answerNext(const QString &roomId, int timeoutMs)
{
    connect(m_manager, &calls::CallManager::incomingCall, this, [this, roomId](Call *call) {
        if (m_call || call->roomId() != roomId)
            return;
        m_context.out() << "incoming call from " << call->remoteUserId()
                        << (call->offersVideo() ? " (video)" : " (voice)") << Qt::endl;
        follow(call);
        call->answer(call->offersVideo());
    });
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        m_context.err() << "atrium-cli: no call came" << Qt::endl;
        finish(CallFailed);
    });
    m_timeout.start(timeoutMs);
    m_context.out() << "waiting for a call" << Qt::endl;
}

void CallMonitor::stateChanged()
{
    if (!m_call)
        return;
    const Call::State state = m_call->state();
    if (state == Call::State::Ended)
        return; // ended() says how
    if (state == Call::State::Connected && !m_connected) {
        m_connected = true;
        m_videoCall = m_call->sendsVideo();
        m_context.out() << "connected after " << m_sinceStart.elapsed() << " ms"
                        << (m_call->direction() == Call::Direction::Outgoing ? " (from the invite)"
                                                                             : " (from the answer)")
                        << Qt::endl;
        printSentVideoCodec();
        if (m_durationMs > 0)
            m_duration.start(m_durationMs);
        m_statsPoll.start();
        later(m_timings.muteAfterMs, [this]() { muteMicrophone(); });
        later(m_timings.holdAfterMs, [this]() { hold(true); });
        later(m_timings.shareAfterMs, [this]() { share(true); });
        later(m_timings.cameraAfterMs, [this]() { startCamera(); });
    } else if (state != Call::State::Preparing) {
        m_context.out() << stateText(state) << Qt::endl;
    }
}

void CallMonitor::later(int delayMs, const std::function<void()> &step)
{
    if (delayMs <= 0)
        return;
    QTimer::singleShot(delayMs, this, [this, step]() {
        if (m_call && !m_call->isEnded())
            step();
    });
}

void CallMonitor::muteMicrophone()
{
    m_call->setMicrophoneMuted(true);
    m_context.out() << "muted our microphone" << Qt::endl;
}

void CallMonitor::hold(bool holding)
{
    if (m_call->state() == Call::State::Connected && !m_call->canChangeHold()) {
        // The last change awaits its answer.
        later(RetryMs, [this, holding]() { hold(holding); });
        return;
    }
    if (!m_call->setHolding(holding)) {
        m_context.err() << "atrium-cli: could not " << (holding ? "hold" : "resume")
                        << " the call now" << Qt::endl;
        return;
    }
    m_context.out() << (holding ? "holding the other side" : "took the other side off hold")
                    << Qt::endl;
    if (holding)
        later(m_timings.holdForMs, [this]() { hold(false); });
}

void CallMonitor::share(bool sharing)
{
    if (m_call->state() == Call::State::Connected && !m_call->canChangeScreenSharing()) {
        // A hold or the last change is pending.
        later(RetryMs, [this, sharing]() { share(sharing); });
        return;
    }
    if (!m_call->setScreenSharing(sharing)) {
        m_context.err() << "atrium-cli: could not " << (sharing ? "share" : "stop sharing")
                        << " the screen now" << Qt::endl;
        return;
    }
    m_context.out() << (sharing ? "sharing our screen" : "stopped sharing our screen") << Qt::endl;
    if (sharing)
        later(m_timings.shareForMs, [this]() { share(false); });
}

void CallMonitor::startCamera()
{
    if (m_call->sendsVideo()) {
        m_context.err() << "atrium-cli: our camera is on already" << Qt::endl;
        return;
    }
    if (!m_call->canStartVideo()) {
        // A hold or a screen share awaits its answer.
        later(RetryMs, [this]() { startCamera(); });
        return;
    }
    if (!m_call->startVideo()) {
        m_context.err() << "atrium-cli: could not turn our camera on" << Qt::endl;
        return;
    }
    m_context.out() << "turned our camera on" << Qt::endl;
    printSentVideoCodec();
}

void CallMonitor::printSentVideoCodec()
{
    const QString codec = m_call->media() ? m_call->media()->sentVideoCodec() : QString();
    if (!codec.isEmpty())
        m_context.out() << "sending video in " << codec << Qt::endl;
}

void CallMonitor::printHold()
{
    if (!m_call || m_call->isOnHold() == m_printedOnHold)
        return; // our own hold, or its answer
    m_printedOnHold = m_call->isOnHold();
    m_context.out() << (m_printedOnHold ? "on hold" : "resumed") << Qt::endl;
}

void CallMonitor::printFrames()
{
    if (m_call && m_call->media()) {
        calls::CallMedia *media = m_call->media();
        m_audio = media->audioFramesReceived();
        m_video = media->videoFramesReceived();
        m_screen = media->screenFramesReceived();
    }
    if (!m_connected)
        return;
    m_context.out() << "received audio frames: " << m_audio << ", video frames: " << m_video;
    if (m_screen > 0)
        m_context.out() << ", screen frames: " << m_screen;
    m_context.out() << Qt::endl;
}

// At the end of --duration: hang up, once the other side has said it
// receives our media (its first receiver report comes a few seconds into the
// call), or when it has not said so for a while longer.
void CallMonitor::hangUpWhenHeard()
{
    if (!m_call)
        return;
    if (!m_sinceDurationEnd.isValid())
        m_sinceDurationEnd.start();
    const bool heard = m_peerReceivesAudio || m_peerReceivesVideo;
    if (!heard && m_sinceDurationEnd.elapsed() < MaxWaitForReportMs) {
        m_duration.start(250);
        return;
    }
    m_call->hangUp(); // ended() says whether they were heard
}

// Until the other side's first receiver report: its stats, often (the
// call may end soon after it comes).
void CallMonitor::askForStats()
{
    if (!m_call || !m_call->media())
        return;
    calls::CallMedia *media = m_call->media();
    if (media != m_statsFrom) {
        m_statsFrom = media;
        connect(media, &calls::CallMedia::statsUpdated, this, &CallMonitor::notePeerReception);
    }
    media->requestStats();
}

void CallMonitor::notePeerReception(const calls::CallStats &stats)
{
    const auto note = [this](bool receives, bool &known, const char *what) {
        if (!receives || known)
            return;
        known = true;
        m_context.out() << "the other side receives our " << what << Qt::endl;
    };
    note(stats.peerReceivesAudio, m_peerReceivesAudio, "audio");
    note(stats.peerReceivesVideo, m_peerReceivesVideo, "video");
    if (m_peerReceivesAudio || m_peerReceivesVideo)
        m_statsPoll.stop();
}

void CallMonitor::printRemoteMute()
{
    if (!m_call)
        return;
    if (m_call->remoteAudioMuted() != m_remoteAudioMuted) {
        m_remoteAudioMuted = m_call->remoteAudioMuted();
        m_context.out() << (m_remoteAudioMuted ? "remote muted audio" : "remote unmuted audio")
                        << Qt::endl;
    }
    // In a voice call their video is "muted" from the start: nothing to say.
    const bool video = m_call->offersVideo() || m_call->sendsVideo();
    if (video && m_call->remoteVideoMuted() != m_remoteVideoMuted) {
        m_remoteVideoMuted = m_call->remoteVideoMuted();
        m_context.out() << (m_remoteVideoMuted ? "remote muted video" : "remote unmuted video")
                        << Qt::endl;
    }
}

void CallMonitor::ended(const QString &reason)
{
    printFrames();
    m_progress.stop();
    m_duration.stop();
    m_statsPoll.stop();
    const bool byThem = m_call && m_call->endedRemotely();
    const bool expectVideo = m_videoCall;
    m_context.out() << "call ended (" << reason << (byThem ? ", by the other side" : "")
                    << "); decoded from the other side: " << m_audio << " audio frames, " << m_video
                    << " video frames";
    if (m_screen > 0)
        m_context.out() << ", " << m_screen << " screen frames";
    m_context.out() << Qt::endl;
    // Media flowed both ways: we decoded theirs, and their receiver reports
    // say they receive ours.
    const bool received = m_connected && m_audio > 0 && (!expectVideo || m_video > 0);
    const bool sent = m_peerReceivesAudio || m_peerReceivesVideo;
    if (!received)
        m_context.err() << "atrium-cli: no media from the other side" << Qt::endl;
    else if (!sent)
        m_context.err() << "atrium-cli: the other side did not report receiving our media"
                        << Qt::endl;
    finish(received && sent ? Ok : CallFailed);
}

void CallMonitor::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    // The hangup (or answer) must reach the server before the process ends.
    auto *queue = m_context.session().sendQueue();
    auto *wait = new QTimer(this);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    connect(wait, &QTimer::timeout, this, [this, queue, wait, deadline, code]() {
        if (!queue->isIdle() && deadline->elapsed() < 15'000)
            return;
        wait->stop();
        m_promise.addResult(code);
        m_promise.finish();
    });
    wait->start(50);
}

} // namespace atrium::cli
