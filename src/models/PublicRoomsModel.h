#pragma once

#include <QAbstractListModel>

namespace atrium::sync {
class Session;
}

namespace atrium::models {

// The homeserver's public room directory (POST /publicRooms) for the join
// dialog: a search replaces the rows, "more" appends the next page; an
// answer to an older search than the latest is dropped.
class PublicRoomsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY canLoadMoreChanged)
public:
    struct Room
    {
        QString roomId;
        QString alias; // canonical alias, may be empty
        QString name;
        QString topic;
        QString avatarUrl;
        int memberCount = 0;
    };
    enum Roles
    {
        RoomIdRole = Qt::UserRole + 1,
        AliasRole,
        NameRole, // the name, else the alias, else the room id
        TopicRole,
        AvatarUrlRole,
        MemberCountRole,
        // What to join: the alias when there is one, else the room id.
        AddressRole,
    };
    Q_ENUM(Roles)

    explicit PublicRoomsModel(sync::Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isSearching() const { return m_searching; }
    QString error() const { return m_error; }
    bool canLoadMore() const { return !m_nextBatch.isEmpty(); }

    // An empty term lists the whole directory (its first page).
    Q_INVOKABLE void search(const QString &term);
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE QString addressAt(int row) const;

    // Parses one /publicRooms answer's chunk.
    static QList<Room> roomsFrom(const QJsonObject &response);

signals:
    void searchingChanged();
    void errorChanged();
    void canLoadMoreChanged();

private:
    void request(const QString &since);
    void setSearching(bool searching);
    void setError(const QString &error);
    void setNextBatch(const QString &nextBatch);

    sync::Session *m_session;
    QList<Room> m_rows;
    QString m_term;
    QString m_nextBatch;
    quint64 m_searchId = 0;
    bool m_searching = false;
    QString m_error;
};

} // namespace atrium::models
