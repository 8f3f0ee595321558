#pragma once

#include "store/OutgoingMessage.h"
#include "store/TimelineEvent.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class EncryptionStage;

// Reads a room's history from the store, and fills what the store lacks
// from the server: gaps and older history through /messages, the member
// list through /members (members are lazy-loaded by sync).
class RoomHistory : public QObject
{
    Q_OBJECT
public:
    RoomHistory(matrix::HttpClient *http, store::StoreThread *store, const QString &ownUserId,
                QObject *parent = nullptr);

    // Decrypts the pages it reads (encrypted events are stored as ciphertext);
    // not owned, used on the store thread.
    void setDecryptor(const EncryptionStage *decryptor) { m_decryptor = decryptor; }

    QFuture<store::TimelinePage> latest(const QString &roomId, int limit);
    QFuture<store::TimelinePage> before(const QString &roomId, const store::TimelinePage &page,
                                        int limit);
    QFuture<QList<store::OutgoingMessage>> pending(const QString &roomId);
    // Tries again to decrypt events that could not be (their keys may have
    // arrived since); the others come back as they were.
    QFuture<QList<store::TimelineEvent>> decrypt(const QString &roomId,
                                                 const QList<store::TimelineEvent> &events);
    // What pages are decrypted with (null without encryption); for store jobs.
    const EncryptionStage *decryptor() const { return m_decryptor; }

    // Fetches the history behind a page's gap (page.gapToken) and stores it.
    // Emits gapFilled or historyError; a second call for the same gap while
    // one is under way does nothing.
    void fillGap(const QString &roomId, const store::TimelinePage &page, int limit = 50);
    // Fetches the full member list (sync sends only the members it needs).
    // Resolves to whether it is stored; a second call joins the first.
    QFuture<bool> loadMembers(const QString &roomId);

signals:
    void gapFilled(const QString &roomId);
    void membersLoaded(const QString &roomId);
    void historyError(const QString &roomId, const QString &message);

private:
    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    QString m_ownUserId;
    const EncryptionStage *m_decryptor = nullptr;
    QSet<QString> m_fillingGaps; // roomId + chunk
    QHash<QString, QFuture<bool>> m_loadingMembers;
};

} // namespace atrium::sync
