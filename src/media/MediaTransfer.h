#pragma once

#include "matrix/ApiError.h"

#include <QObject>
#include <optional>

namespace atrium::media {

// One upload or download in progress: its progress, its end, and how to
// cancel it. Emits finished() exactly once, never from inside the call that
// created it, so connecting after creation is always in time.
class MediaTransfer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    QString errorString() const { return m_error; }
    // Set when the server or the network failed (not for a local problem
    // such as a missing file): callers decide from it whether to retry.
    std::optional<matrix::ApiError> apiError() const { return m_apiError; }
    bool isTransientFailure() const
    {
        return m_state == State::Failed && m_apiError && m_apiError->isTransient();
    }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; } // -1 while unknown

    // Stops the transfer; nothing is left behind (no partial file). Does
    // nothing once finished.
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    explicit MediaTransfer(QObject *parent) : QObject(parent) {}
    void setProgress(qint64 done, qint64 total);
    void succeed();
    void fail(const QString &message, std::optional<matrix::ApiError> apiError = std::nullopt);
    // Stops the work in flight (abort the request, drop temporary files).
    virtual void stopWork() = 0;

private:
    void finish(State state);

    State m_state = State::Running;
    QString m_error;
    std::optional<matrix::ApiError> m_apiError;
    qint64 m_done = 0;
    qint64 m_total = -1;
};

} // namespace atrium::media
