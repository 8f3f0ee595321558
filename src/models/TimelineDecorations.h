#pragma once

#include "TimelineRow.h"

#include <QHash>
#include <QStringList>

namespace atrium::store {
class Database;
}

namespace atrium::models {

// What a page of timeline rows needs from the store besides its events:
// the reactions and edits pointing at them (from the relation index) and
// the parents of replies (which may be far older than the page).
struct TimelineDecorations
{
    struct Wanted
    {
        QStringList targets; // events whose relations to read
        QStringList parents; // reply parents to read

        bool isEmpty() const { return targets.isEmpty() && parents.isEmpty(); }
    };

    QHash<QString, QList<store::Relation>> relations;
    QHash<QString, store::TimelineEvent> parents;

    static Wanted wantedFor(const QList<TimelineRow> &rows);
    // On the store thread.
    static TimelineDecorations load(store::Database &db, const QString &roomId,
                                    const Wanted &wanted);
    void applyTo(QList<TimelineRow> &rows) const;
};

} // namespace atrium::models
