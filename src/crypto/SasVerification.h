#pragma once

#include "Sas.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace atrium::crypto {

// A device's side in a verification: who it is and the Ed25519 key that
// verifying it vouches for.
struct VerificationParty
{
    QString userId;
    QString deviceId;
    QString ed25519;
    // The user's cross-signing master key, when known: ours goes into our
    // MAC, theirs is checked in theirs (so the verification covers it).
    QString masterKey;
};

// An m.key.verification.* event for the other device.
struct VerificationMessage
{
    QString type;
    QJsonObject content;
};

// One emoji of the spec's 64-emoji table.
struct SasEmoji
{
    int index = 0;
    QString emoji;
    QString name; // the spec's English description
};

// Interactive SAS verification of one other device (the spec's "Key
// verification framework" with m.sas.v1), as a pure state machine: it takes
// the contents of incoming m.key.verification.* events and the user's
// decisions, and returns the events to send. No IO, no clock: the caller
// routes events by transaction id and enforces time limits.
//
// Flows: with a request (request → ready → start → accept → key ↔ key →
// mac ↔ mac → done ↔ done), or started directly as older clients such as
// matrix-nio do (start → accept → key ↔ key → mac ↔ mac, no done).
//
// Channels: to-device events carry a transaction_id; in a room (how Element
// verifies other people) the request is an m.room.message whose event id is
// the transaction id, and every later event refers to it with an
// m.reference relation instead (which the start's commitment then covers).
class SasVerification
{
public:
    enum class State
    {
        Idle,          // nothing sent or received yet
        Requested,     // a request is out (ours) or waiting for our answer (theirs)
        Ready,         // the request was accepted; the start comes next
        Started,       // a start is out (ours) or waiting for our accept (theirs)
        Accepted,      // methods agreed; the keys are being exchanged
        KeysExchanged, // both keys known: the users compare the emoji or numbers
        Confirmed,     // our user said they match; waiting for the other side
        Done,          // both MACs checked: their device is verified
        Cancelled,
    };

    enum class Channel
    {
        ToDevice,
        Room,
    };

    static constexpr auto MethodSas = "m.sas.v1";
    static constexpr auto RequestMsgtype = "m.key.verification.request";
    static constexpr auto KeyAgreement = "curve25519-hkdf-sha256";
    static constexpr auto Hash = "sha256";
    static constexpr auto MacV2 = "hkdf-hmac-sha256.v2";
    static constexpr auto MacV1 = "hkdf-hmac-sha256";

    // `own` is this device, `their` the device to verify (its Ed25519 key
    // as we hold it from /keys/query), `transactionId` this verification's id.
    SasVerification(const VerificationParty &own, const VerificationParty &their,
                    const QString &transactionId, Channel channel = Channel::ToDevice);
    SasVerification(SasVerification &&) noexcept = default;
    SasVerification &operator=(SasVerification &&) noexcept = default;

    // We begin with m.key.verification.request (`nowMs` is its timestamp).
    // In a room it is an m.room.message (to their user) whose event id the
    // caller makes the transaction id (setTransactionId) once it is sent.
    QList<VerificationMessage> request(qint64 nowMs);
    void setTransactionId(const QString &transactionId) { m_transactionId = transactionId; }
    // In a room, the device that answers our request is known only from its
    // ready: the caller looks up its keys and sets it before passing the ready.
    void setTheirDevice(const VerificationParty &their) { m_their = their; }
    // The transaction an incoming event of `channel` belongs to.
    static QString transactionOf(const QJsonObject &content, Channel channel);
    // We begin with m.key.verification.start, as clients without requests do.
    QList<VerificationMessage> start();
    // An event from the other device, of this transaction.
    QList<VerificationMessage> receive(const QString &type, const QJsonObject &content);
    // Our user accepts their request (→ ready) or their start (→ accept).
    QList<VerificationMessage> accept();
    // Our user says the emoji or numbers match (→ mac).
    QList<VerificationMessage> confirm();
    // Our user says they do not match (→ cancel m.mismatched_sas).
    QList<VerificationMessage> mismatch();
    QList<VerificationMessage> cancel(const QString &code = QStringLiteral("m.user"),
                                      const QString &reason = QStringLiteral("cancelled by user"));

    State state() const { return m_state; }
    QString transactionId() const { return m_transactionId; }
    Channel channel() const { return m_channel; }
    const VerificationParty &own() const { return m_own; }
    const VerificationParty &their() const { return m_their; }
    // Whether they began (their request or start came first): ours to accept.
    bool theyBegan() const { return m_theyBegan; }
    bool isVerified() const { return m_state == State::Done; }
    // Done, and their MAC also covered their master key as we know it.
    bool isTheirMasterKeyVerified() const { return isVerified() && m_theirMasterChecked; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Cancelled; }
    // The agreed short authentication strings ("emoji", "decimal").
    QStringList sasMethods() const { return m_sasMethods; }
    // Available from KeysExchanged on; empty before.
    QList<SasEmoji> emoji() const;
    QList<int> decimals() const;
    // Why it was cancelled, and by whom.
    QString cancelCode() const { return m_cancelCode; }
    QString cancelReason() const { return m_cancelReason; }
    bool cancelledByThem() const { return m_cancelledByThem; }

    static const QList<SasEmoji> &emojiTable();

private:
    QList<VerificationMessage> receiveRequest(const QJsonObject &content);
    QList<VerificationMessage> receiveReady(const QJsonObject &content);
    QList<VerificationMessage> receiveStart(const QJsonObject &content);
    QList<VerificationMessage> receiveAccept(const QJsonObject &content);
    QList<VerificationMessage> receiveKey(const QJsonObject &content);
    QList<VerificationMessage> receiveMac(const QJsonObject &content);
    QList<VerificationMessage> receiveDone();
    QList<VerificationMessage> acceptStart();
    QList<VerificationMessage> sendKey();
    QList<VerificationMessage> checkTheirMac();
    QList<VerificationMessage> finishIfDone();
    QJsonObject startContent() const;
    VerificationMessage message(const char *type, QJsonObject content) const;
    QByteArray sasInfo() const;
    QByteArray sasBytes(int count) const;
    Sas::MacMethod macMethod() const;
    bool weWinStartRace() const;

    VerificationParty m_own;
    VerificationParty m_their;
    QString m_transactionId;
    Channel m_channel = Channel::ToDevice;
    State m_state = State::Idle;
    bool m_theyBegan = false;
    bool m_withRequest = false; // the request flow, which ends with done both ways
    bool m_weStarted = false;   // whose start is in effect
    QJsonObject m_start;        // that start's content, for the commitment
    QString m_commitment;       // theirs, from their accept, when we started
    QString m_mac;              // the agreed MAC method
    QStringList m_sasMethods;
    Sas m_sas;
    QString m_theirKey;
    std::optional<QJsonObject> m_theirMac; // held until our user confirms
    bool m_macChecked = false;
    bool m_theirMasterChecked = false;
    bool m_doneSent = false;
    bool m_doneReceived = false;
    QString m_cancelCode;
    QString m_cancelReason;
    bool m_cancelledByThem = false;
};

} // namespace atrium::crypto
