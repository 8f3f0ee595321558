#include "FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace atrium::store {

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent), m_path(path)
{}

QJsonObject FileSecretStore::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString FileSecretStore::save(const QJsonObject &secrets) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(m_path, file.errorString());
    // Restrict before any secret is written into the file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson());
    if (!file.commit())
        return tr("cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}

void FileSecretStore::write(const QString &key, const QString &value, Done done)
{
    QString error;
    QJsonObject secrets = load(&error);
    if (error.isEmpty()) {
        secrets.insert(key, value);
        error = save(secrets);
    }
    done(error);
}

void FileSecretStore::read(const QString &key, Loaded done)
{
    QString error;
    const QJsonObject secrets = load(&error);
    if (!error.isEmpty())
        done(std::nullopt, error);
    else if (!secrets.contains(key))
        done(std::nullopt, {});
    else
        done(secrets.value(key).toString(), {});
}

void FileSecretStore::remove(const QString &key, Done done)
{
    QString error;
    QJsonObject secrets = load(&error);
    if (error.isEmpty() && secrets.contains(key)) {
        secrets.remove(key);
        error = save(secrets);
    }
    done(error);
}

QString FileSecretStore::description() const
{
    return tr("the file %1 (readable only by you; no keychain in use)").arg(m_path);
}

} // namespace atrium::store
