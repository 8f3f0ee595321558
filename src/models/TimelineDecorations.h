#pragma once

#include "CallDurations.h"
#include "TimelineRow.h"

#include <QHash>
#include <QStringList>

namespace atrium::store {
class Database;
}
namespace atrium::sync {
class EncryptionStage;
}

namespace atrium::models {

// What a page of timeline rows needs from the store besides its events:
// the reactions and edits pointing at them (from the relation index) and
// the parents of replies (which may be far older than the page). In an
// encrypted room the store holds ciphertext: an edit's new content and a
// reply's parent are decrypted here, as they are read, never stored clear.
struct TimelineDecorations
{
    struct Wanted
    {
        QStringList targets;                  // events whose relations to read
        QStringList parents;                  // reply parents to read
        QList<CallDurations::Hangup> hangups; // calls whose length to read

        bool isEmpty() const { return targets.isEmpty() && parents.isEmpty() && hangups.isEmpty(); }
    };

    QHash<QString, QList<store::Relation>> relations;
    QHash<QString, store::TimelineEvent> parents;
    QHash<QString, int> callSeconds; // hangup event id → seconds

    static Wanted wantedFor(const QList<TimelineRow> &rows);
    // On the store thread. `decryptor` may be null (no encryption).
    static TimelineDecorations load(store::Database &db, const QString &roomId,
                                    const Wanted &wanted,
                                    const sync::EncryptionStage *decryptor = nullptr);
    void applyTo(QList<TimelineRow> &rows) const;
};

} // namespace atrium::models
