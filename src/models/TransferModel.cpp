#include "TransferModel.h"

namespace atrium::models {

TransferModel::TransferModel(QObject *parent) : QAbstractListModel(parent) {}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer &transfer = m_transfers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return transfer.name;
    case KeyRole:
        return transfer.key;
    case PurposeRole:
        return transfer.purpose;
    case BytesDoneRole:
        return transfer.done;
    case BytesTotalRole:
        return transfer.total;
    case ProgressRole:
        if (transfer.state == QLatin1String("succeeded"))
            return 1.0;
        return transfer.total > 0 ? qBound(0.0, double(transfer.done) / double(transfer.total), 1.0)
                                  : -1.0;
    case StateRole:
        return transfer.state;
    case ErrorRole:
        return transfer.error;
    case FilePathRole:
        return transfer.filePath;
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    return {{KeyRole, "key"},
            {PurposeRole, "purpose"},
            {NameRole, "name"},
            {BytesDoneRole, "bytesDone"},
            {BytesTotalRole, "bytesTotal"},
            {ProgressRole, "progress"},
            {StateRole, "state"},
            {ErrorRole, "error"},
            {FilePathRole, "filePath"}};
}

int TransferModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = int(m_transfers.size()) - 1; row >= 0; --row) {
        if (m_transfers.at(row).key == key)
            return row;
    }
    return -1;
}

bool TransferModel::isRunning(const QString &key) const
{
    const int row = rowOfKey(key);
    return row >= 0 && m_transfers.at(row).state == QLatin1String("running");
}

int TransferModel::runningCount() const
{
    int count = 0;
    for (const auto &transfer : m_transfers)
        count += transfer.state == QLatin1String("running") ? 1 : 0;
    return count;
}

void TransferModel::start(const QString &key, const QString &purpose, const QString &name)
{
    const int runningBefore = runningCount();
    const int row = rowOfKey(key);
    Transfer transfer{key, purpose, name, 0, -1, QStringLiteral("running"), {}, {}};
    if (row >= 0) {
        m_transfers[row] = transfer;
        emit dataChanged(index(row), index(row));
    } else {
        const int at = int(m_transfers.size());
        beginInsertRows({}, at, at);
        m_transfers.append(transfer);
        endInsertRows();
    }
    if (runningCount() != runningBefore)
        emit runningCountChanged();
}

void TransferModel::setProgress(const QString &key, qint64 done, qint64 total)
{
    const int row = rowOfKey(key);
    if (row < 0 || m_transfers.at(row).state != QLatin1String("running"))
        return;
    Transfer &transfer = m_transfers[row];
    if (transfer.done == done && transfer.total == total)
        return;
    transfer.done = done;
    transfer.total = total;
    emit dataChanged(index(row), index(row), {BytesDoneRole, BytesTotalRole, ProgressRole});
}

void TransferModel::finish(const QString &key, const QString &state, const QString &error,
                           const QString &filePath)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    const int runningBefore = runningCount();
    Transfer &transfer = m_transfers[row];
    transfer.state = state;
    transfer.error = error;
    transfer.filePath = filePath;
    emit dataChanged(index(row), index(row));
    if (runningCount() != runningBefore)
        emit runningCountChanged();
    dropOldFinished();
}

void TransferModel::remove(const QString &key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    const int runningBefore = runningCount();
    beginRemoveRows({}, row, row);
    m_transfers.removeAt(row);
    endRemoveRows();
    if (runningCount() != runningBefore)
        emit runningCountChanged();
}

void TransferModel::dropOldFinished()
{
    int finished = 0;
    for (const auto &transfer : std::as_const(m_transfers))
        finished += transfer.state == QLatin1String("running") ? 0 : 1;
    for (int row = 0; row < m_transfers.size() && finished > MaxFinished;) {
        if (m_transfers.at(row).state == QLatin1String("running")) {
            ++row;
            continue;
        }
        beginRemoveRows({}, row, row);
        m_transfers.removeAt(row);
        endRemoveRows();
        --finished;
    }
}

} // namespace atrium::models
