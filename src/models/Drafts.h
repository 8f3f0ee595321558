#pragma once

#include "store/DraftStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::models {

// What the user began to write in each room, for the composer: kept when
// they switch rooms, and in the store across restarts. The views read and
// write the copy held here; the store gets the changes a moment later (one
// write per pause in typing, not per key).
class Drafts : public QObject
{
    Q_OBJECT

public:
    explicit Drafts(sync::Session *session, QObject *parent = nullptr);
    ~Drafts() override;

    // {text, replyTo, replySender, replyBody}; empty strings for no draft.
    Q_INVOKABLE QVariantMap draft(const QString &roomId) const;
    // The room's draft is now this (from the composer's field); an empty
    // text without a reply removes it.
    Q_INVOKABLE void keep(const QString &roomId, const QVariantMap &draft);

    // On each change of the session's state: reads the stored drafts once it
    // is ready, forgets them when signed out.
    void followSession();
    // Writes the changes not yet stored (before the session closes).
    void flush();
    // After each sync: a room left (or an invitation declined) keeps no
    // draft; coming back is a new start.
    void forgetLeftRooms(const sync::SyncChanges &changes);

signals:
    // The stored drafts were read: a view showing an empty field may show its room's now.
    void loaded();

private:
    void load();

    sync::Session *m_session;
    QHash<QString, store::Draft> m_drafts;
    QSet<QString> m_unsaved;          // rooms whose draft changed since the last write
    QSet<QString> m_touchedSinceLoad; // and since the stored drafts were asked for
    QTimer m_saveTimer;
    quint64 m_generation = 0; // a late read of an earlier session is dropped
};

} // namespace atrium::models
