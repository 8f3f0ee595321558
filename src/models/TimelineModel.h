#pragma once

#include "RoomPeople.h"
#include "TimelinePresenter.h"
#include "TimelineRow.h"
#include "store/OutgoingMessage.h"
#include "store/RoomSummary.h"
#include "sync/RoomPushRules.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <functional>

namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::models {

class MessageShields;
struct TimelineDecorations;

// One room's timeline, oldest first: stored events, then our messages that
// are still in the outbox (local echoes). An echo gives way to its remote
// event when the server acknowledges it, so a message is never shown twice.
// Older history comes in pages through fetchMore().
//
// Reactions and edits are aggregated onto the rows they point at: a page
// loaded from the store comes with its aggregations from the store's
// relation index (one query a page, see store::RelationStore), and sync's
// new events update the loaded rows. Ours still in the outbox show at once
// on their target ("pending"); one that fails shows as a row of its own
// with retry and discard.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId WRITE setRoomId NOTIFY roomIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // What the open room's header shows: its name and topic, and a lock
    // when it is end-to-end encrypted.
    Q_PROPERTY(QString roomName READ roomName NOTIFY roomInfoChanged)
    Q_PROPERTY(QString roomTopic READ roomTopic NOTIFY roomInfoChanged)
    Q_PROPERTY(bool roomEncrypted READ isRoomEncrypted NOTIFY roomInfoChanged)
    // Display names of the others typing in the open room now.
    Q_PROPERTY(QStringList typingNames READ typingNames NOTIFY typingNamesChanged)
    // Whether the reader sees the newest messages (the window is in front
    // and the timeline at its end): only then is the room marked read, up
    // to its newest event (newestEventChanged). True unless a view says not.
    Q_PROPERTY(bool reading READ isReading WRITE setReading NOTIFY readingChanged)
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
        SendErrorRole,
        KindRole,      // "message", "state", "action"
        StateTextRole, // a state change as one line
        EditedRole,    // shows an edit's content
        RedactedRole,  // "message deleted"
        ReplyToRole,   // the event replied to
        ReplySenderNameRole,
        ReplyBodyRole, // empty while unknown
        ReactionsRole, // [{key, count, mine, pending, senders}]
        CanEditRole,
        CanRedactRole,
        ActionTextRole,      // what a failed action was ("your reaction 👍")
        EncryptedRole,       // arrived encrypted
        DecryptionErrorRole, // why it cannot be read; empty once decrypted
        ReadByRole,          // [{userId, name}] whose read receipt is here (not ours)
        ReadMarkerRole,      // our read marker was here when the room opened: new below
        MentionsMeRole,      // someone else's message that mentions us
        MediaRole,           // a file message's file (MessageMedia::toVariantMap), else empty
        SenderAvatarRole,    // the sender's avatar (mxc://) in this room, else empty
        ShieldRole,          // an encrypted message's sending device: MessageShields::shield
        EmojiOnlyRole        // a message of emoji only, shown larger
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 50;

    explicit TimelineModel(sync::Session *session, QObject *parent = nullptr);

    QString roomId() const { return m_roomId; }
    void setRoomId(const QString &roomId);
    bool isLoading() const { return m_loading; }
    QString roomName() const { return m_roomInfo.displayName; }
    QString roomTopic() const { return m_roomInfo.topic; }
    bool isRoomEncrypted() const { return m_roomInfo.isEncrypted; }
    QStringList typingNames() const { return m_people.typingNames(); }
    bool isReading() const { return m_reading; }
    void setReading(bool reading);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The whole room is loaded: nothing older in the store or on the server,
    // and no page on its way.
    bool reachedRoomStart() const;

    // Loads older history (same as fetchMore, for QML).
    Q_INVOKABLE void loadOlder();
    Q_INVOKABLE int rowOfEventId(const QString &eventId) const { return rowOfEvent(eventId); }
    // Finds an event, loading older pages until it is in (a reply's
    // "jump to the original"): emits revealed or revealFailed.
    Q_INVOKABLE void reveal(const QString &eventId);
    // Shows the text of the row's spoilers (hidden until the reader asks).
    Q_INVOKABLE void showSpoilers(const QString &eventId);
    // Our newest message that can be edited (Up in an empty composer), or -1.
    Q_INVOKABLE int lastEditableRow() const;
    Q_INVOKABLE QString eventIdAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).event.eventId : QString();
    }
    // Members to complete "@prefix" with: [{userId, name}], names or user ids
    // starting with `prefix` (any case) first, then containing it; not us.
    Q_INVOKABLE QVariantList memberCompletions(const QString &prefix, int limit = 6) const
    {
        return m_people.completions(prefix, limit);
    }
    // The text to edit for a row: its current body, as typed (mentions are
    // links again).
    Q_INVOKABLE QString editableText(int row) const;
    // Our reaction `key` on `eventId`: its event id, empty if none (or it
    // is not sent yet).
    QString ownReaction(const QString &eventId, const QString &key) const;
    bool hasOwnReaction(const QString &eventId, const QString &key) const;

signals:
    void roomIdChanged();
    void loadingChanged();
    void roomInfoChanged();
    void typingNamesChanged();
    void readingChanged();
    // A page of older history (or the first page) is in.
    void pageLoaded();
    // The newest event of the open room, any type: what "read up to" means.
    void newestEventChanged(const QString &roomId, const QString &eventId);
    void revealed(int row);
    void revealFailed(const QString &eventId);

private:
    using Row = TimelineRow;

    void onSessionStateChanged();
    void reload();
    void clearRows();
    void setLoading(bool loading);
    void applyChanges(const sync::SyncChanges &changes);
    void appendRemote(const store::TimelineEvent &event);
    void applyAction(const store::TimelineEvent &event);
    void addLocalEcho(const store::OutgoingMessage &message);
    void markSent(const QString &transactionId, const QString &eventId);
    void markFailed(const QString &transactionId, const QString &error);
    void markPending(const QString &transactionId);
    void removeRow(int row);
    void insertRow(int row, const Row &entry);
    void touch(int row);
    // Copies one of our outbox actions onto the row it changes (or takes it
    // off), and tells the views that row changed.
    void mirrorAction(const store::TimelineEvent &action, bool present);
    static int targetRowOf(const QList<Row> &rows, const store::TimelineEvent &action);
    void touchRepliesTo(const QString &eventId);
    void loadPageBefore();
    void prependRows(const QList<Row> &older);
    void loadNames();
    void loadRoomInfo();
    void setRoomInfo(const store::RoomSummary &room);
    // Others' read receipts: who has read up to which event.
    void loadReceipts();
    void setReceipts(const QHash<QString, QString> &receipts);
    void loadPushRules();
    bool changesWhatMentionsUs(const store::TimelineEvent &event) const;
    void setTyping(const QStringList &userIds);
    // The newest event of the open room: marked read while reading.
    void setNewest(const QString &eventId);
    // Keys arrived for the open room: decrypt again what could not be,
    // messages, edits and reply parents alike.
    void retryDecryption();
    // Reads the rows' reactions, edits and reply parents from the store.
    void decorate(const QList<Row> &rows, std::function<void(const TimelineDecorations &)> then);
    void resolveReply(int row);
    void resolveCallDuration(int row);
    // Asks the server for reply parents neither loaded nor stored.
    void fetchMissingParents();
    void setParent(const store::TimelineEvent &parent);
    void continueReveal();
    int firstLocalRow() const;
    int rowOfTransaction(const QString &transactionId) const;
    int rowOfEvent(const QString &eventId) const;
    const Row *previousShown(int row) const;
    static store::TimelineEvent echoOf(const store::OutgoingMessage &message,
                                       const QString &ownUserId);

    QPointer<sync::Session> m_session;
    TimelinePresenter m_presenter;
    MessageShields *m_shields;
    QString m_roomId;
    QList<Row> m_rows;
    RoomPeople m_people;
    sync::RoomPushRules m_pushRules; // the open room's: what mentions us
    store::TimelinePage m_oldest;    // the oldest page loaded: where fetchMore continues
    bool m_loading = false;
    store::RoomSummary m_roomInfo;
    QString m_readMarker; // m.fully_read when the room was opened
    QString m_newest;
    bool m_reading = true;
    bool m_retryDecryption = false; // keys came while the page was loading
    bool m_fetching = false;
    QList<store::TimelineEvent> m_eventsWhileLoading;
    QSet<QString> m_parentsAsked; // reply parents requested from the server
    QString m_revealing;          // the event reveal() is loading pages for
    int m_revealPages = 0;
    quint64 m_generation = 0;
};

} // namespace atrium::models
