#include "CrossSigningKeyStore.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCrossSigningKeyStore, "atrium.crypto.store")

namespace atrium::crypto {

namespace {
constexpr auto VerifiedOwnMasterKey = "verified_own_master_key";
}

bool CrossSigningKeyStore::replace(const QString &userId, const CrossSigningKeys &keys)
{
    QSqlQuery &remove =
        m_db.prepare(QStringLiteral("DELETE FROM published_cross_signing_keys WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (!m_db.exec(remove))
        return false;
    for (const auto *key : {&keys.master, &keys.selfSigning, &keys.userSigning}) {
        if (!*key)
            continue;
        QSqlQuery &insert = m_db.prepare(
            QStringLiteral("INSERT INTO published_cross_signing_keys (user_id, usage, json)"
                           " VALUES (?, ?, ?)"));
        insert.addBindValue(userId);
        insert.addBindValue((*key)->usage());
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument((*key)->json()).toJson(QJsonDocument::Compact)));
        if (!m_db.exec(insert))
            return false;
    }
    return true;
}

CrossSigningKeys CrossSigningKeyStore::keys(const QString &userId)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT usage, json FROM published_cross_signing_keys WHERE user_id = ?"));
    query.addBindValue(userId);
    QHash<QString, QJsonObject> byUsage;
    if (m_db.exec(query)) {
        while (query.next())
            byUsage.insert(query.value(0).toString(),
                           QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    }
    QStringList errors;
    const CrossSigningKeys keys =
        CrossSigningKeys::parse(userId, byUsage.value(QStringLiteral("master")),
                                byUsage.value(QStringLiteral("self_signing")),
                                byUsage.value(QStringLiteral("user_signing")), &errors);
    for (const QString &error : errors)
        qCWarning(lcCrossSigningKeyStore) << "stored" << error;
    return keys;
}

bool CrossSigningKeyStore::setVerifiedOwnMasterKey(const QString &publicKey)
{
    return m_db.setMetaValue(QLatin1String(VerifiedOwnMasterKey), publicKey);
}

QString CrossSigningKeyStore::verifiedOwnMasterKey() const
{
    return m_db.metaValue(QLatin1String(VerifiedOwnMasterKey));
}

} // namespace atrium::crypto
