#pragma once

#include <QAbstractListModel>
#include <QList>

namespace atrium::models {

// The file transfers the views show progress for: downloads (an image
// being fetched, a file opened or saved) and uploads (our files being
// sent). A row is found by its key: a download's mxc URI or image id, an
// upload's "upload:" + transaction id. The newest transfer of a key is the
// one shown; a finished one stays (with where the file went, or why it
// failed) until the next transfer of that key replaces it.
class TransferModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int runningCount READ runningCount NOTIFY runningCountChanged)
public:
    enum Roles
    {
        KeyRole = Qt::UserRole + 1,
        PurposeRole, // "image", "open", "save", "upload"
        NameRole,
        BytesDoneRole,
        BytesTotalRole, // -1 while unknown
        ProgressRole,   // 0…1, or -1 while the total is unknown
        StateRole,      // "running", "succeeded", "failed", "cancelled"
        ErrorRole,
        FilePathRole
    };
    Q_ENUM(Roles)

    // Finished transfers kept for the views; older ones are dropped.
    static constexpr int MaxFinished = 100;

    explicit TransferModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Starts a row for `key`, replacing a finished one of the same key.
    void start(const QString &key, const QString &purpose, const QString &name);
    void setProgress(const QString &key, qint64 done, qint64 total);
    void finish(const QString &key, const QString &state, const QString &error = {},
                const QString &filePath = {});
    void remove(const QString &key);

    Q_INVOKABLE int rowOfKey(const QString &key) const;
    bool isRunning(const QString &key) const;
    int runningCount() const;

signals:
    void runningCountChanged();

private:
    struct Transfer
    {
        QString key;
        QString purpose;
        QString name;
        qint64 done = 0;
        qint64 total = -1;
        QString state;
        QString error;
        QString filePath;
    };
    void dropOldFinished();

    QList<Transfer> m_transfers;
};

} // namespace atrium::models
