#pragma once

#include "Backoff.h"
#include "SyncChanges.h"
#include "matrix/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class SyncPreprocessor;

// Keeps an account in sync: uploads the filter, runs the initial sync, then
// long-polls. Each answer is parsed and stored on the store thread; only the
// resulting SyncChanges come back here. Network and server errors are
// retried with backoff; an invalid token stops it and says so.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        InitialSync, // no sync token yet
        Live,        // caught up, long-polling
        Retrying,    // the last request failed; waiting to try again
        Unauthorized // the server rejected the access token
    };
    Q_ENUM(State)

    SyncEngine(matrix::HttpClient *http, store::StoreThread *store, const QString &userId,
               QObject *parent = nullptr);

    void start();
    void stop();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    bool hasSynced() const { return !m_since.isEmpty(); }

    void setLongPollTimeout(int ms) { m_longPollMs = ms; }
    void setTimelineLimit(int limit) { m_timelineLimit = limit; }
    // The first sync of an account asks for fewer events per room (as
    // matrix-js-sdk does, with 8): it touches every room, and a room's
    // history is back-paginated when it is opened.
    void setInitialTimelineLimit(int limit) { m_initialTimelineLimit = limit; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    // Not owned; called on the store thread. Must outlive the engine.
    void setPreprocessor(SyncPreprocessor *preprocessor) { m_preprocessor = preprocessor; }

    // Where the last batch's time went: waiting for the server (request to
    // full answer) versus our own work (parse, decrypt, store) off the GUI thread.
    struct BatchTiming
    {
        qint64 networkMs = 0;
        qint64 processingMs = 0;
        // CPU time the store thread spent on it: unlike processingMs, not
        // inflated when other processes share the cores. -1 where unknown.
        qint64 processingCpuMs = -1;
        qint64 bytes = 0;
    };
    BatchTiming lastBatchTiming() const { return m_lastTiming; }

    // Changes to the store made outside a sync (keys imported later):
    // told to the listeners as a sync's are.
    void announce(SyncChanges changes)
    {
        changes.fromSync = false;
        emit synced(changes);
    }

    // The filter Atrium syncs with: lazy-loaded members, a short timeline.
    QJsonObject filterDefinition(int timelineLimit) const;

signals:
    void stateChanged(atrium::sync::SyncEngine::State state);
    void synced(const atrium::sync::SyncChanges &changes);
    void unauthorized(bool softLogout, const QString &message);
    void errorOccurred(const QString &message);

private:
    void loadSavedPosition();
    void ensureFilter();
    void poll();
    void handleResponse(const QByteArray &body, qint64 networkMs);
    void handleError(const matrix::ApiError &error);
    void retryLater(std::chrono::milliseconds delay);
    void setState(State state);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    QString m_userId;
    QString m_since;
    QString m_filterId;
    int m_longPollMs = 30'000;
    int m_timelineLimit = 20;
    int m_initialTimelineLimit = 10;
    bool m_running = false;
    bool m_caughtUp = false; // a sync of this run has succeeded: long-poll from now on
    State m_state = State::Stopped;
    QString m_lastError;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QPointer<QNetworkReply> m_inFlight;
    SyncPreprocessor *m_preprocessor = nullptr;
    BatchTiming m_lastTiming;
    quint64 m_generation = 0; // bumps on stop(): late answers of an old run are dropped
};

} // namespace atrium::sync
