#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QString>

namespace atrium::store {

// A JSON object as the store keeps text the user wrote (messages waiting in
// the outbox, drafts): sealed with the database's ContentSealer when it has
// one, as such text may be meant for an encrypted room; compact JSON
// otherwise.
QString sealJson(const Database &db, const QJsonObject &object);
// The object back; empty when it cannot be opened with this database's key.
QJsonObject openSealedJson(const Database &db, const QString &stored);

} // namespace atrium::store
