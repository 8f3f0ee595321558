#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace atrium::store {

// An event that annotates (a reaction) or replaces (an edit) another one,
// as the timeline aggregates it onto its target.
struct Relation
{
    QString eventId;
    QString relType; // m.annotation, m.replace
    QString targetId;
    QString sender;
    qint64 ts = 0;
    QString key;            // m.annotation: the reaction (an emoji)
    QJsonObject newContent; // m.replace: m.new_content

    bool isReaction() const { return relType == QLatin1String("m.annotation"); }
    bool isEdit() const { return relType == QLatin1String("m.replace"); }
};

} // namespace atrium::store

Q_DECLARE_METATYPE(atrium::store::Relation)
