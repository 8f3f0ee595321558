#pragma once

#include <QAbstractListModel>

namespace atrium::sync {
class Session;
}

namespace atrium::models {

// People found in the homeserver's user directory (POST
// /user_directory/search) for the invite dialog: each search replaces the
// results; an answer to an older search than the latest is dropped.
class UserDirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool limited READ isLimited NOTIFY resultsChanged)
public:
    struct User
    {
        QString userId;
        QString displayName;
        QString avatarUrl;
    };
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole, // else the user id
        AvatarUrlRole,
    };
    Q_ENUM(Roles)

    explicit UserDirectoryModel(sync::Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isSearching() const { return m_searching; }
    QString error() const { return m_error; }
    bool isLimited() const { return m_limited; }

    // Empty `term` clears the results.
    Q_INVOKABLE void search(const QString &term);
    Q_INVOKABLE QString userIdAt(int row) const;
    Q_INVOKABLE void clear();

    // Replaces the results (from a server answer, or a test).
    void setResults(const QList<User> &users, bool limited);

signals:
    void searchingChanged();
    void errorChanged();
    void resultsChanged();

private:
    void setSearching(bool searching);
    void setError(const QString &error);

    sync::Session *m_session;
    QList<User> m_rows;
    quint64 m_searchId = 0;
    bool m_searching = false;
    bool m_limited = false;
    QString m_error;
};

} // namespace atrium::models
