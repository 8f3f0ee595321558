#include "UserDirectoryModel.h"

#include "AsyncResult.h"
#include "matrix/Requests.h"
#include "sync/Session.h"

#include <QJsonArray>

namespace atrium::models {

namespace {

constexpr int SearchLimit = 20;

} // namespace

UserDirectoryModel::UserDirectoryModel(sync::Session *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{}

int UserDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.displayName.isEmpty() ? row.userId : row.displayName;
    case UserIdRole:
        return row.userId;
    case AvatarUrlRole:
        return row.avatarUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserDirectoryModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {DisplayNameRole, "displayName"}, {AvatarUrlRole, "avatarUrl"}};
}

void UserDirectoryModel::search(const QString &term)
{
    const quint64 id = ++m_searchId;
    const QString trimmed = term.trimmed();
    setError({});
    if (trimmed.isEmpty() || m_session->state() != sync::Session::State::Ready) {
        setSearching(false);
        setResults({}, false);
        return;
    }
    setSearching(true);
    onResult(
        this, m_session->call(matrix::requests::searchUsers(trimmed, SearchLimit)),
        [this, id](const matrix::ApiResponse &response) {
            if (id != m_searchId)
                return;
            setSearching(false);
            if (response.error) {
                setError(
                    tr("Could not search the user directory: %1").arg(response.error->describe()));
                return;
            }
            const QJsonObject body = response.json();
            QList<User> users;
            for (const QJsonValue &value : body.value("results").toArray()) {
                const QJsonObject result = value.toObject();
                const QString userId = result.value("user_id").toString();
                if (userId.isEmpty())
                    continue;
                users.append({userId, result.value("display_name").toString(),
                              result.value("avatar_url").toString()});
            }
            setResults(users, body.value("limited").toBool());
        });
}

QString UserDirectoryModel::userIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : QString();
}

void UserDirectoryModel::clear()
{
    ++m_searchId;
    setSearching(false);
    setError({});
    setResults({}, false);
}

void UserDirectoryModel::setResults(const QList<User> &users, bool limited)
{
    // A new search is a new list: a reset, not a sync's incremental change.
    beginResetModel();
    m_rows = users;
    m_limited = limited;
    endResetModel();
    emit resultsChanged();
}

void UserDirectoryModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    emit searchingChanged();
}

void UserDirectoryModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace atrium::models
