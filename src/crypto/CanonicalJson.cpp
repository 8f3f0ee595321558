#include "CanonicalJson.h"

#include <QJsonDocument>

namespace atrium::crypto {

// QJsonObject keeps its keys sorted and QJsonDocument's compact form has no
// whitespace, so it is canonical except for numbers, which QJsonDocument
// writes as integers when they are whole (canonical JSON allows integers only).
QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace atrium::crypto
