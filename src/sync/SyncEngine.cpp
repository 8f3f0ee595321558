#include "SyncEngine.h"

#include "SyncProcessor.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <ctime>

Q_LOGGING_CATEGORY(lcSync, "atrium.sync")

namespace atrium::sync {

namespace {
// CPU time of the calling thread, in ms; -1 where the system cannot tell.
qint64 threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
#endif
    return -1;
}

constexpr auto FilterIdKey = "filter_id";
constexpr auto FilterJsonKey = "filter_json";

struct SavedPosition
{
    QString since;
    QString filterId;
    QString filterJson;
};
} // namespace

SyncEngine::SyncEngine(matrix::HttpClient *http, store::StoreThread *store, const QString &userId,
                       QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_userId(userId)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this]() {
        if (m_filterId.isEmpty())
            ensureFilter();
        else
            poll();
    });
}

QJsonObject SyncEngine::filterDefinition(int timelineLimit) const
{
    const QJsonObject roomEvents{{"limit", timelineLimit}, {"lazy_load_members", true}};
    return QJsonObject{
        {"room", QJsonObject{{"state", QJsonObject{{"lazy_load_members", true}}},
                             {"timeline", roomEvents}}},
    };
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_caughtUp = false;
    ++m_generation;
    loadSavedPosition();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    m_retryTimer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    setState(State::Stopped);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::loadSavedPosition()
{
    const quint64 generation = m_generation;
    m_store
        ->run([](store::Database &db) {
            return SavedPosition{db.metaValue(QLatin1String(SyncProcessor::SyncTokenKey)),
                                 db.metaValue(QLatin1String(FilterIdKey)),
                                 db.metaValue(QLatin1String(FilterJsonKey))};
        })
        .then(this, [this, generation](const SavedPosition &saved) {
            if (generation != m_generation)
                return;
            m_since = saved.since;
            const QString wanted = QString::fromUtf8(
                QJsonDocument(filterDefinition(m_timelineLimit)).toJson(QJsonDocument::Compact));
            // A filter uploaded for other settings (older version) is not reused.
            m_filterId = saved.filterJson == wanted ? saved.filterId : QString();
            setState(m_since.isEmpty() ? State::InitialSync : State::Live);
            if (m_filterId.isEmpty())
                ensureFilter();
            else
                poll();
        });
}

void SyncEngine::ensureFilter()
{
    const quint64 generation = m_generation;
    const QJsonObject filter = filterDefinition(m_timelineLimit);
    m_inFlight = m_http->send(
        matrix::requests::uploadFilter(m_userId, filter), this,
        [this, generation, filter](const matrix::ApiResponse &response) {
            if (generation != m_generation)
                return;
            if (response.error) {
                handleError(*response.error);
                return;
            }
            m_filterId = response.json().value("filter_id").toString();
            if (m_filterId.isEmpty()) {
                handleError({matrix::ApiError::Kind::Malformed,
                             response.httpStatus,
                             {},
                             QStringLiteral("filter upload answered without a filter_id")});
                return;
            }
            const QString filterJson =
                QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
            m_store->run([id = m_filterId, filterJson](store::Database &db) {
                db.setMetaValue(QLatin1String(FilterIdKey), id);
                db.setMetaValue(QLatin1String(FilterJsonKey), filterJson);
            });
            poll();
        });
}

void SyncEngine::poll()
{
    if (!m_running)
        return;
    const quint64 generation = m_generation;
    // The first sync of a run must answer at once, not wait for news: it
    // catches up with what happened while we were away. The initial sync
    // passes its shorter filter inline (the spec allows a filter id or JSON).
    const bool initial = m_since.isEmpty();
    const int timeout = m_caughtUp ? m_longPollMs : 0;
    const QString filter =
        initial ? QString::fromUtf8(QJsonDocument(filterDefinition(m_initialTimelineLimit))
                                        .toJson(QJsonDocument::Compact))
                : m_filterId;
    QElapsedTimer sent;
    sent.start();
    m_inFlight = m_http->send(matrix::requests::sync(m_since, filter, timeout, false), this,
                              [this, generation, sent](const matrix::ApiResponse &response) {
                                  if (generation != m_generation)
                                      return;
                                  if (response.error)
                                      handleError(*response.error);
                                  else
                                      handleResponse(response.body, sent.elapsed());
                              });
}

void SyncEngine::handleResponse(const QByteArray &body, qint64 networkMs)
{
    const quint64 generation = m_generation;
    const bool initial = m_since.isEmpty();
    struct Outcome
    {
        std::optional<SyncChanges> changes;
        QString error;
        QString nextBatch;
        qint64 processingMs = 0;
        qint64 processingCpuMs = -1;
    };
    m_store
        ->run(
            [body, initial, userId = m_userId, preprocessor = m_preprocessor](store::Database &db) {
                Outcome outcome;
                QElapsedTimer work;
                work.start();
                const qint64 cpuBefore = threadCpuMs();
                SyncProcessor processor(db, userId);
                outcome.changes = processor.apply(body, initial, preprocessor, &outcome.error);
                if (outcome.changes)
                    outcome.nextBatch = db.metaValue(QLatin1String(SyncProcessor::SyncTokenKey));
                outcome.processingMs = work.elapsed();
                if (cpuBefore >= 0)
                    outcome.processingCpuMs = threadCpuMs() - cpuBefore;
                return outcome;
            })
        .then(this, [this, generation, networkMs, bytes = body.size()](const Outcome &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.changes) {
                // Not advancing the token means nothing is lost: the same
                // batch is fetched and applied again once the store works.
                qCWarning(lcSync) << "sync not applied:" << outcome.error;
                m_lastError = outcome.error;
                emit errorOccurred(outcome.error);
                setState(State::Retrying);
                retryLater(m_backoff.next());
                return;
            }
            m_since = outcome.nextBatch;
            m_caughtUp = true;
            m_lastTiming = {networkMs, outcome.processingMs, outcome.processingCpuMs, bytes};
            m_backoff.reset();
            m_lastError.clear();
            setState(State::Live);
            emit synced(*outcome.changes);
            poll();
        });
}

void SyncEngine::handleError(const matrix::ApiError &error)
{
    m_lastError = error.describe();
    if (error.isUnknownToken() || error.errcode == QLatin1String("M_MISSING_TOKEN")) {
        m_running = false;
        setState(State::Unauthorized);
        emit unauthorized(error.softLogout, m_lastError);
        return;
    }
    if (error.kind == matrix::ApiError::Kind::Server && !error.isTransient()) {
        // E.g. the server forgot our filter: upload it again before retrying.
        m_filterId.clear();
    }
    qCInfo(lcSync) << "sync failed, will retry:" << m_lastError;
    emit errorOccurred(m_lastError);
    setState(State::Retrying);
    if (error.isRateLimited() && error.retryAfterMs >= 0)
        retryLater(m_backoff.nextAfter(std::chrono::milliseconds(error.retryAfterMs)));
    else
        retryLater(m_backoff.next());
}

void SyncEngine::retryLater(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    m_retryTimer.start(delay);
}

} // namespace atrium::sync
