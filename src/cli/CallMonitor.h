#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <functional>

namespace atrium::calls {
class Call;
class CallManager;
class CallMedia;
struct CallStats;
} // namespace atrium::calls

namespace atrium::cli {

class CliContext;

// `call` and `answer` at the terminal: follows one call, prints its state
// and, every second, the audio and video frames decoded from the other
// side; hangs up after `durationMs` of connected call (0: wait for the other
// side), prints when the other side mutes or unmutes its microphone or
// camera or holds the call, holds the other side and shares the screen on
// cue, and resolves to the exit code once the last event is sent.
class CallMonitor : public QObject
{
    Q_OBJECT
public:
    // Things done at times after the call connects (0: never).
    struct Timings
    {
        int muteAfterMs = 0;   // mute our microphone
        int holdAfterMs = 0;   // put the other side on hold…
        int holdForMs = 0;     // …and off it again this much later
        int shareAfterMs = 0;  // share our screen…
        int shareForMs = 0;    // …and stop this much later
        int cameraAfterMs = 0; // a call without our video: turn our camera on
    };

    CallMonitor(CliContext &context, calls::CallManager *manager, int durationMs);
    ~CallMonitor() override;

    QFuture<int> result() { return m_promise.future(); }
    void setTimings(const Timings &timings) { m_timings = timings; }
    void follow(calls::Call *call);
    // Waits up to `timeoutMs` for a call to ring in `roomId`, then answers it.
    void answerNext(const QString &roomId, int timeoutMs);

private:
    void stateChanged();
    void printFrames();
    void printRemoteMute();
    void askForStats();
    void notePeerReception(const calls::CallStats &stats);
    void hangUpWhenHeard();
    void printHold();
    // Does `step` `delayMs` from now (never when 0) if the call goes on till then.
    void later(int delayMs, const std::function<void()> &step);
    void muteMicrophone();
    void hold(bool holding);
    void share(bool sharing);
    void startCamera();
    void printSentVideoCodec();
    void ended(const QString &reason);
    void finish(int code);

    CliContext &m_context;
    calls::CallManager *m_manager;
    QPointer<calls::Call> m_call;
    int m_durationMs;
    QTimer m_progress;
    QTimer m_duration;
    QTimer m_statsPoll; // until the other side reports receiving us
    QTimer m_timeout;
    Timings m_timings;
    bool m_printedOnHold = false; // the other side's hold as last printed
    // The other side's mute state as last printed.
    bool m_remoteAudioMuted = false;
    bool m_remoteVideoMuted = false;
    QElapsedTimer m_sinceStart;       // since the call was placed or answered
    QElapsedTimer m_sinceDurationEnd; // waiting for the other side's report after --duration
    static constexpr int MaxWaitForReportMs = 8000;
    qint64 m_audio = 0;
    qint64 m_video = 0;
    qint64 m_screen = 0; // their screen share, apart from their camera
    bool m_connected = false;
    QPointer<calls::CallMedia> m_statsFrom;
    // The other side's receiver reports told us it gets our audio, our video.
    bool m_peerReceivesAudio = false;
    bool m_peerReceivesVideo = false;
    bool m_videoCall = false; // we sent video from the start: theirs is expected too
    bool m_finishing = false;
    QPromise<int> m_promise;
};

} // namespace atrium::cli
