#pragma once

#include "store/OutgoingMessage.h"
#include "store/TimelineEvent.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::models {

// One room's timeline, oldest first: stored events, then our messages that
// are still in the outbox (local echoes). An echo gives way to its remote
// event when the server acknowledges it, so a message is never shown twice.
// Older history comes in pages through fetchMore().
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId WRITE setRoomId NOTIFY roomIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Roles
    {
        EventIdRole = Qt::UserRole + 1,
        TransactionIdRole,
        TypeRole,
        SenderRole,
        SenderNameRole,
        BodyRole,
        FormattedBodyRole,
        TimestampRole,
        SendStateRole,
        IsOwnRole,
        ShowSenderRole,
        DateSeparatorRole,
        SendErrorRole
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 50;

    explicit TimelineModel(sync::Session *session, QObject *parent = nullptr);

    QString roomId() const { return m_roomId; }
    void setRoomId(const QString &roomId);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads older history (same as fetchMore, for QML).
    Q_INVOKABLE void loadOlder();

signals:
    void roomIdChanged();
    void loadingChanged();
    // A page of older history (or the first page) is in.
    void pageLoaded();
    // The newest event of the open room, any type: what "read up to" means.
    void newestEventChanged(const QString &roomId, const QString &eventId);

private:
    struct Row
    {
        store::TimelineEvent event;
        bool local = false; // a local echo, kept after the remote events
    };

    void onSessionStateChanged();
    void reload();
    void clearRows();
    void setLoading(bool loading);
    void applyChanges(const sync::SyncChanges &changes);
    void appendRemote(const store::TimelineEvent &event);
    void addLocalEcho(const store::OutgoingMessage &message);
    void markSent(const QString &transactionId, const QString &eventId);
    void markFailed(const QString &transactionId, const QString &error);
    void removeRow(int row);
    void insertRow(int row, const Row &entry);
    void touch(int row);
    void loadPageBefore();
    void loadFilledGap();
    void prependRows(const QList<Row> &older);
    void loadNames();
    void learnNames(const QList<store::TimelineEvent> &events);
    int firstLocalRow() const;
    int rowOfTransaction(const QString &transactionId) const;
    int rowOfEvent(const QString &eventId) const;
    QString senderName(const QString &userId) const;
    static store::TimelineEvent echoOf(const store::OutgoingMessage &message,
                                       const QString &ownUserId);

    QPointer<sync::Session> m_session;
    QString m_roomId;
    QList<Row> m_rows;
    QHash<QString, QString> m_names; // user id → display name in this room
    store::TimelinePage m_oldest;    // the oldest page loaded: where fetchMore continues
    bool m_loading = false;
    bool m_fetching = false;
    QList<store::TimelineEvent> m_eventsWhileLoading;
    quint64 m_generation = 0;
};

} // namespace atrium::models
