#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace atrium::store {
class Database;
}
namespace atrium::sync {
class EncryptionStage;
}

namespace atrium::models {

// How long the calls a timeline's hangup lines end lasted: from the call's
// m.call.answer to its m.call.hangup (the server's timestamps), for "Ann ended the
// call · 3:12". The answer is not in the timeline's rows (it takes none), so it is
// read from the store, and decrypted in an encrypted room.
class CallDurations
{
public:
    struct Hangup
    {
        QString eventId;
        QString callId;
        qint64 ts = 0;
    };

    // On the store thread: hangup event id → seconds, for the calls that were answered.
    static QHash<QString, int> find(store::Database &db, const QString &roomId,
                                    const QList<Hangup> &hangups,
                                    const sync::EncryptionStage *decryptor);
};

} // namespace atrium::models
