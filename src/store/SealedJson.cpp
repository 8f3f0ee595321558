#include "SealedJson.h"

#include "ContentSealer.h"

#include <QJsonDocument>

namespace atrium::store {

namespace {

constexpr auto SealedPrefix = "sealed:";

} // namespace

QString sealJson(const Database &db, const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (const ContentSealer *sealer = db.contentSealer())
        return QLatin1String(SealedPrefix) + QString::fromLatin1(sealer->seal(json).toBase64());
    return QString::fromUtf8(json);
}

QJsonObject openSealedJson(const Database &db, const QString &stored)
{
    if (!stored.startsWith(QLatin1String(SealedPrefix)))
        return QJsonDocument::fromJson(stored.toUtf8()).object();
    const ContentSealer *sealer = db.contentSealer();
    const auto json =
        sealer ? sealer->open(QByteArray::fromBase64(stored.mid(qstrlen(SealedPrefix)).toLatin1()))
               : std::nullopt;
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

} // namespace atrium::store
