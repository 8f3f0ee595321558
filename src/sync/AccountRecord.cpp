#include "AccountRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace atrium::sync {

QString AccountRecord::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("account.json"));
}

QString AccountRecord::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/atrium");
}

std::optional<AccountRecord> AccountRecord::load(const QString &dataDir, QString *error)
{
    QFile file(filePath(dataDir));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    AccountRecord record{json.value("user_id").toString(), json.value("device_id").toString(),
                         QUrl(json.value("homeserver").toString()),
                         json.value("secrets_in_file").toBool()};
    if (record.userId.isEmpty() || record.deviceId.isEmpty() || !record.homeserver.isValid()) {
        *error = QObject::tr("%1 is damaged; sign in again").arg(file.fileName());
        return std::nullopt;
    }
    return record;
}

bool AccountRecord::save(const QString &dataDir, QString *error) const
{
    QDir().mkpath(dataDir);
    QSaveFile file(filePath(dataDir));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject json{{"user_id", userId},
                           {"device_id", deviceId},
                           {"homeserver", homeserver.toString()},
                           {"secrets_in_file", secretsInFile}};
    file.write(QJsonDocument(json).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AccountRecord::erase(const QString &dataDir)
{
    return QFile::remove(filePath(dataDir)) || !QFile::exists(filePath(dataDir));
}

} // namespace atrium::sync
