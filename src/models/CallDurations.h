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
// call · 3:12"; or that nobody answered, for "Unanswered call from Ann". The answer
// is not in the timeline's rows (it takes none), so it is read from the store, and
// decrypted in an encrypted room.
class CallDurations
{
public:
    struct Hangup
    {
        QString eventId;
        QString callId;
        QString sender;
        qint64 ts = 0;
    };
    // In place of seconds: the invite came before the hangup without an
    // answer between them, and the hangup was the caller's (Unanswered) or
    // another's (Declined, as version 0 of the spec declines).
    static constexpr int Unanswered = -2;
    static constexpr int Declined = -3;

    // On the store thread: hangup event id → seconds, Unanswered or Declined,
    // for the calls whose answer or invite is found.
    static QHash<QString, int> find(store::Database &db, const QString &roomId,
                                    const QList<Hangup> &hangups,
                                    const sync::EncryptionStage *decryptor);
};

} // namespace atrium::models
