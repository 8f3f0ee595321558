#pragma once

#include "crypto/SasVerification.h"

#include <QList>
#include <QObject>
#include <QVariantList>

namespace atrium::sync {

class VerificationService;

// One interactive verification with another device, as a view shows it: a
// dialog binds to its properties and calls its methods. Owned by the
// VerificationService; it lives until the service forgets finished ones.
class KeyVerification : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString transactionId READ transactionId CONSTANT)
    Q_PROPERTY(QString userId READ userId CONSTANT)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(bool incoming READ incoming CONSTANT)
    // Empty for a verification over to-device messages.
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QVariantList emoji READ emojiList NOTIFY stateChanged)
    Q_PROPERTY(QList<int> decimals READ decimals NOTIFY stateChanged)
    // The agreed ways to compare: "emoji" and/or "decimal" (the spec lets
    // the other side offer only one).
    Q_PROPERTY(QStringList sasMethods READ sasMethods NOTIFY stateChanged)
    Q_PROPERTY(QString cancelCode READ cancelCode NOTIFY stateChanged)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY stateChanged)
    Q_PROPERTY(bool cancelledByThem READ cancelledByThem NOTIFY stateChanged)

public:
    enum class State
    {
        Waiting,   // for the other device (its ready, accept or key)
        Incoming,  // they asked: accept() or cancel()
        Comparing, // the emoji and numbers are ready: confirm() or mismatch()
        Confirmed, // our user confirmed; waiting for the other side
        Verified,  // done, and their device is stored as verified
        Cancelled, // see cancelCode and cancelReason
    };
    Q_ENUM(State)

    KeyVerification(crypto::SasVerification machine, bool incoming, VerificationService *service,
                    const QString &roomId = {});

    QString transactionId() const { return m_machine.transactionId(); }
    QString userId() const { return m_machine.their().userId; }
    QString deviceId() const { return m_machine.their().deviceId; }
    bool incoming() const { return m_incoming; }
    QString roomId() const { return m_roomId; }
    State state() const { return m_state; }
    QList<crypto::SasEmoji> emoji() const { return m_machine.emoji(); }
    // [{index, emoji, name}], for QML.
    QVariantList emojiList() const;
    QList<int> decimals() const { return m_machine.decimals(); }
    QStringList sasMethods() const { return m_machine.sasMethods(); }
    QString cancelCode() const { return m_machine.cancelCode(); }
    QString cancelReason() const { return m_machine.cancelReason(); }
    bool cancelledByThem() const { return m_machine.cancelledByThem(); }

    Q_INVOKABLE void accept();
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void mismatch();
    Q_INVOKABLE void cancel();
    // Cancels with a spec code (m.timeout, …) and a reason for the other side.
    void cancelWith(const QString &code, const QString &reason);

signals:
    void stateChanged();
    void sasReady();
    void verified();
    void cancelled(const QString &code, const QString &reason);

private:
    friend class VerificationService;
    // Runs one step of the machine: sends what it returns, updates the state.
    void step(QList<crypto::VerificationMessage> messages);
    // Cancels without telling the other side (it cannot be reached).
    void abandon(const QString &code, const QString &reason);
    void setVerified();
    void updateState();

    crypto::SasVerification m_machine;
    bool m_incoming;
    VerificationService *m_service;
    QString m_roomId;
    State m_state = State::Waiting;
    bool m_storing = false;
    bool m_stored = false;
};

} // namespace atrium::sync
