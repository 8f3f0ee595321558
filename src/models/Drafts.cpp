#include "Drafts.h"

#include "AsyncResult.h"
#include "store/StoreThread.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"

namespace atrium::models {

namespace {

constexpr int SaveDelayMs = 1000;

bool storeIsOpen(const sync::Session *session)
{
    // A sign-out closes the store before the state says so.
    const auto state = session->state();
    return session->store() &&
           (state == sync::Session::State::Ready || state == sync::Session::State::SoftLoggedOut);
}

} // namespace

Drafts::Drafts(sync::Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Drafts::flush);
}

Drafts::~Drafts()
{
    flush();
}

QVariantMap Drafts::draft(const QString &roomId) const
{
    const store::Draft draft = m_drafts.value(roomId);
    return {{QStringLiteral("text"), draft.text},
            {QStringLiteral("replyTo"), draft.replyTo},
            {QStringLiteral("replySender"), draft.replySender},
            {QStringLiteral("replyBody"), draft.replyBody}};
}

void Drafts::keep(const QString &roomId, const QVariantMap &fields)
{
    if (roomId.isEmpty())
        return;
    const store::Draft draft{fields.value(QStringLiteral("text")).toString(),
                             fields.value(QStringLiteral("replyTo")).toString(),
                             fields.value(QStringLiteral("replySender")).toString(),
                             fields.value(QStringLiteral("replyBody")).toString()};
    if (draft == m_drafts.value(roomId))
        return;
    if (draft.isEmpty())
        m_drafts.remove(roomId);
    else
        m_drafts.insert(roomId, draft);
    m_unsaved.insert(roomId);
    m_touchedSinceLoad.insert(roomId);
    m_saveTimer.start();
}

void Drafts::followSession()
{
    switch (m_session->state()) {
    case sync::Session::State::Ready:
        load();
        break;
    case sync::Session::State::LoggedOut:
    case sync::Session::State::Failed:
        // Another account may sign in next: nothing of this one stays.
        ++m_generation;
        m_saveTimer.stop();
        m_unsaved.clear();
        m_drafts.clear();
        break;
    default:
        break; // signed out by the server: the drafts wait for the next sign-in
    }
}

void Drafts::forgetLeftRooms(const sync::SyncChanges &changes)
{
    for (const QString &roomId : changes.leftRooms) {
        m_touchedSinceLoad.insert(roomId); // a read of the store under way leaves it out
        if (m_drafts.remove(roomId) > 0) {
            m_unsaved.insert(roomId);
            m_saveTimer.start();
        }
    }
}

void Drafts::load()
{
    const quint64 generation = ++m_generation;
    m_touchedSinceLoad.clear();
    onResult(this, m_session->store()->run([](store::Database &db) {
        return store::DraftStore(db).all();
    }),
             [this, generation](const QHash<QString, store::Draft> &stored) {
                 if (generation != m_generation)
                     return;
                 // The account's drafts, except where the user typed since
                 // asking: what is on screen wins.
                 QHash<QString, store::Draft> drafts = stored;
                 for (const QString &roomId : std::as_const(m_touchedSinceLoad)) {
                     if (m_drafts.contains(roomId))
                         drafts.insert(roomId, m_drafts.value(roomId));
                     else
                         drafts.remove(roomId);
                 }
                 m_drafts = drafts;
                 emit loaded();
             });
}

void Drafts::flush()
{
    m_saveTimer.stop();
    if (m_unsaved.isEmpty() || !storeIsOpen(m_session))
        return;
    QHash<QString, store::Draft> changes;
    for (const QString &roomId : std::as_const(m_unsaved))
        changes.insert(roomId, m_drafts.value(roomId));
    m_unsaved.clear();
    m_session->store()->run([changes](store::Database &db) {
        store::DraftStore drafts(db);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            drafts.save(it.key(), it.value());
    });
}

} // namespace atrium::models
