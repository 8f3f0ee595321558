// Megolm decryption of one room's events through Atrium's pipeline versus
// raw libolm on the same ciphertexts (see bench/run-megolm-bench):
//   store    the encrypted events are appended to the timeline as sync does
//            (batches of 100, one transaction each)
//   pipeline pages of 50 are read back newest first as the timeline does
//            (TimelineStore::loadLatest/loadBefore) and decrypted by
//            EncryptionStage::decrypt, as RoomHistory does; a first pass
//            (message indices recorded) and a second one (indices checked)
//   raw      olm_group_decrypt on the same ciphertexts with one inbound
//            session unpickled once
// Prints figures; fails only if an event does not decrypt.
//   atrium-bench-megolm [EVENTS] [WORK_DIR]
#include "crypto/CryptoIdentity.h"
#include "crypto/CryptoStore.h"
#include "crypto/MegolmInboundSession.h"
#include "crypto/MegolmOutboundSession.h"
#include "matrix/RoomEvent.h"
#include "store/Database.h"
#include "store/TimelineStore.h"
#include "sync/EncryptionStage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <olm/olm.h>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define ATRIUM_CALLGRIND_DUMP(name) CALLGRIND_DUMP_STATS_AT(name)
#else
#define ATRIUM_CALLGRIND_DUMP(name)
#endif

using namespace atrium;

namespace {

const QString Room = QStringLiteral("!bench:localhost");
const QString Sender = QStringLiteral("@alice:localhost");
const QString SenderKey = QStringLiteral("senderCurve25519KeyForTheBenchmark0000000000");
constexpr int PageSize = 50; // TimelineModel::PageSize
constexpr int SyncBatch = 100;

// Under callgrind, one profile per phase (see bench/run-megolm-bench);
// nothing otherwise.
void phaseDone(const char *name)
{
    ATRIUM_CALLGRIND_DUMP(name);
    Q_UNUSED(name);
}

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout)
        << QStringLiteral("%1: %2 %3\n").arg(name, -52).arg(value, 0, 'f', 3).arg(unit);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "atrium-bench-megolm: " << message << "\n";
    return 1;
}

// The whole room read back page by page, newest first, as the timeline
// scrolls up; EncryptionStage::decrypt on each page as RoomHistory does.
// Returns the events that failed to decrypt, -1 on a store error.
int readRoom(store::Database &db, const sync::EncryptionStage &stage, qint64 *loadNs,
             qint64 *decryptNs, int *decrypted)
{
    store::TimelineStore timeline(db);
    QElapsedTimer clock;
    int failures = 0;
    *loadNs = *decryptNs = 0;
    *decrypted = 0;
    clock.start();
    store::TimelinePage page = timeline.loadLatest(Room, PageSize);
    *loadNs += clock.nsecsElapsed();
    while (!page.events.isEmpty()) {
        clock.start();
        stage.decrypt(db, Room, page.events);
        *decryptNs += clock.nsecsElapsed();
        for (const auto &event : page.events) {
            if (!event.decryptionError.isEmpty() || event.type != QLatin1String("m.room.message")) {
                if (failures++ == 0)
                    QTextStream(stderr) << "cannot decrypt " << event.eventId << ": "
                                        << event.decryptionError << "\n";
            } else {
                ++*decrypted;
            }
        }
        db.finishStatements(); // as StoreThread does after each job
        if (!page.moreInStore)
            break;
        clock.start();
        page = timeline.loadBefore(Room, page.cursorChunkId, page.cursorIdx, PageSize);
        *loadNs += clock.nsecsElapsed();
    }
    return failures;
}

// The order the timeline decrypts in: pages of 50 from the newest, each
// page oldest first. It matters: a Megolm session moves forward cheaply,
// but an index before the newest one decrypted starts again from the
// session's first ratchet (up to ~500 hash steps at 10 000 messages).
std::vector<int> timelineOrder(int count)
{
    std::vector<int> order;
    for (int end = count; end > 0; end -= PageSize) {
        for (int i = qMax(0, end - PageSize); i < end; ++i)
            order.push_back(i);
    }
    return order;
}

std::vector<int> oldestFirst(int count)
{
    std::vector<int> order(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    return order;
}

// libolm alone: one session unpickled once, then every ciphertext decrypted
// in `order` (copied first: libolm decodes the base64 in place, twice).
qint64 rawDecrypt(const QByteArray &pickle, const QByteArray &pickleKey,
                  const std::vector<QByteArray> &ciphertexts, const std::vector<int> &order,
                  int *decrypted)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<uint8_t> memory(olm_inbound_group_session_size());
    OlmInboundGroupSession *session = olm_inbound_group_session(memory.data());
    QByteArray pickleCopy = pickle;
    if (olm_unpickle_inbound_group_session(session, pickleKey.constData(), pickleKey.size(),
                                           pickleCopy.data(), pickleCopy.size()) == olm_error())
        return -1;
    std::vector<uint8_t> buffer;
    std::vector<uint8_t> plaintext;
    *decrypted = 0;
    for (const int i : order) {
        const QByteArray &ciphertext = ciphertexts[size_t(i)];
        buffer.assign(ciphertext.begin(), ciphertext.end());
        const size_t max =
            olm_group_decrypt_max_plaintext_length(session, buffer.data(), buffer.size());
        if (max == olm_error())
            continue;
        buffer.assign(ciphertext.begin(), ciphertext.end());
        plaintext.resize(max);
        uint32_t index = 0;
        if (olm_group_decrypt(session, buffer.data(), buffer.size(), plaintext.data(), max,
                              &index) != olm_error())
            ++*decrypted;
    }
    olm_clear_inbound_group_session(session);
    return clock.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.value(1, QStringLiteral("10000")).toInt();
    if (count <= 0)
        return fail(QStringLiteral("EVENTS must be a positive number"));
    QTemporaryDir tempDir;
    const QString workDir = args.size() > 2 ? args.at(2) : tempDir.path();
    if (!QDir().mkpath(workDir))
        return fail(QStringLiteral("cannot create %1").arg(workDir));
    QFile::remove(workDir + QStringLiteral("/megolm-bench.sqlite"));

    store::Database db;
    if (!db.open(workDir + QStringLiteral("/megolm-bench.sqlite")))
        return fail(db.lastError());
    const crypto::CryptoIdentity identity{QStringLiteral("@bench:localhost"),
                                          QStringLiteral("BENCH"), QByteArray(32, 'k')};

    // Alice's outbound session; ours is the inbound one, kept as the sync
    // pipeline keeps an m.room_key.
    auto outbound = crypto::MegolmOutboundSession::create();
    QString error;
    auto inbound = crypto::MegolmInboundSession::fromSessionKey(outbound.sessionKey(), &error);
    if (!inbound)
        return fail(error);
    const QString sessionId = outbound.sessionId();
    crypto::CryptoStore cryptoStore(db, identity);
    if (!cryptoStore.saveInboundSession({Room, SenderKey, QStringLiteral("aliceEd25519"), {}},
                                        *inbound))
        return fail(db.lastError());

    std::vector<QByteArray> ciphertexts;
    ciphertexts.reserve(size_t(count));
    QList<matrix::RoomEvent> events;
    for (int i = 0; i < count; ++i) {
        const QJsonObject payload{
            {"type", "m.room.message"},
            {"room_id", Room},
            {"content", QJsonObject{{"msgtype", "m.text"},
                                    {"body", QStringLiteral("Message number %1 of the benchmark, "
                                                            "about as long as a chat line.")
                                                 .arg(i)}}}};
        const QString ciphertext =
            outbound.encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        ciphertexts.push_back(ciphertext.toLatin1());
        const QJsonObject json{{"type", "m.room.encrypted"},
                               {"event_id", QStringLiteral("$bench%1").arg(i)},
                               {"sender", Sender},
                               {"origin_server_ts", 1700000000000.0 + i},
                               {"room_id", Room},
                               {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"},
                                                       {"sender_key", SenderKey},
                                                       {"session_id", sessionId},
                                                       {"device_id", "ALICE"},
                                                       {"ciphertext", ciphertext}}}};
        auto event = matrix::RoomEvent::fromJson(json);
        if (!event)
            return fail(QStringLiteral("cannot build event %1").arg(i));
        events.append(*event);
    }

    QTextStream(stdout) << "megolm bench: " << count << " events, one room, one session\n";
    QElapsedTimer clock;
    clock.start();
    store::TimelineStore timeline(db);
    for (int i = 0; i < count; i += SyncBatch) {
        if (!db.beginTransaction())
            return fail(db.lastError());
        if (!timeline.appendFromSync(Room, events.mid(i, SyncBatch), false, QString()) ||
            !db.commit())
            return fail(QStringLiteral("cannot store events: %1").arg(db.lastError()));
        db.finishStatements();
    }
    print(QStringLiteral("store as sync does (not compared)"), clock.nsecsElapsed() / 1e6,
          QStringLiteral("ms"));
    phaseDone("store");

    const sync::EncryptionStage stage(identity);
    const auto inboundPickle = inbound->pickle(identity.pickleKey);
    // The baseline: raw libolm at its cheapest, every message once in
    // order with one session (each index one ratchet step from the last).
    int rawCount = 0;
    const qint64 rawNs =
        rawDecrypt(inboundPickle, identity.pickleKey, ciphertexts, oldestFirst(count), &rawCount);
    if (rawNs < 0 || rawCount != count)
        return fail(QStringLiteral("raw libolm decrypted %1 of %2").arg(rawCount).arg(count));
    phaseDone("raw-oldest-first");
    // In the timeline's order, one session for all: after the first page
    // every index lies behind the newest one and starts from the first ratchet.
    const qint64 rawTimelineNs =
        rawDecrypt(inboundPickle, identity.pickleKey, ciphertexts, timelineOrder(count), &rawCount);
    phaseDone("raw-timeline-order");

    double overheads[2] = {0, 0};
    for (int pass = 0; pass < 2; ++pass) {
        qint64 loadNs = 0;
        qint64 decryptNs = 0;
        int decrypted = 0;
        const int failures = readRoom(db, stage, &loadNs, &decryptNs, &decrypted);
        if (failures != 0 || decrypted != count)
            return fail(QStringLiteral("pass %1: %2 of %3 events decrypted")
                            .arg(pass + 1)
                            .arg(decrypted)
                            .arg(count));
        phaseDone(pass == 0 ? "pipeline-first-read" : "pipeline-second-read");
        const QString name = pass == 0 ? QStringLiteral("pipeline, first read (indices recorded)")
                                       : QStringLiteral("pipeline, second read (indices checked)");
        print(name + QStringLiteral(", load pages"), loadNs / 1e6, QStringLiteral("ms"));
        print(name + QStringLiteral(", decrypt"), decryptNs / 1e6, QStringLiteral("ms"));
        print(name + QStringLiteral(", per event"), decryptNs / 1e3 / count, QStringLiteral("us"));
        overheads[pass] = 100.0 * double(decryptNs - rawNs) / double(rawNs);
    }
    // Raw again after the pipeline, to show how much the machine moved.
    const qint64 rawAgainNs =
        rawDecrypt(inboundPickle, identity.pickleKey, ciphertexts, oldestFirst(count), &rawCount);
    phaseDone("raw-again");
    print(QStringLiteral("raw libolm, oldest first"), rawNs / 1e6, QStringLiteral("ms"));
    print(QStringLiteral("raw libolm, oldest first, per event"), rawNs / 1e3 / count,
          QStringLiteral("us"));
    print(QStringLiteral("raw libolm, oldest first, again (noise)"), rawAgainNs / 1e6,
          QStringLiteral("ms"));
    print(QStringLiteral("raw libolm, timeline order (reference)"), rawTimelineNs / 1e6,
          QStringLiteral("ms"));
    print(QStringLiteral("pipeline overhead, first read"), overheads[0], QStringLiteral("%"));
    print(QStringLiteral("pipeline overhead, second read"), overheads[1], QStringLiteral("%"));
    return 0;
}
