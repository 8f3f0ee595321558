#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace atrium::matrix {

// Finds where values sit in a JSON text without building them. The sync
// parser uses it to keep each event's text as the server sent it, so that
// the store writes those bytes instead of serializing every event again.
// Meant for text QJsonDocument has accepted; given anything else it returns
// empty results and never reads past the text.
class JsonSkimmer
{
public:
    // The text of the value of `key` in an object's text; empty if absent.
    // A repeated key yields its last value, the one QJsonDocument keeps.
    static QByteArrayView member(QByteArrayView object, QLatin1String key);
    // Every member of an object's text: key → the text of its value.
    static QHash<QString, QByteArrayView> members(QByteArrayView object);
    // The texts of an array's elements, in order.
    static QList<QByteArrayView> elements(QByteArrayView array);
};

} // namespace atrium::matrix
