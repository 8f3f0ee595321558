#pragma once

#include "crypto/CryptoIdentity.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

namespace atrium::matrix {
class HttpClient;
struct ApiResponse;
} // namespace atrium::matrix
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

// The account's cross-signing as this device sees it: the published master
// key, the one this device holds the private key of, and the one another of
// our devices vouched for in a verification (each empty when none).
struct CrossSigningStatus
{
    QString error;
    QString publishedMaster;
    QString heldMaster;
    QString verifiedMaster;
};

// Sets up cross-signing for the account from this device (spec,
// "Cross-signing"): creates the master, self-signing and user-signing keys,
// publishes them (asking for the password when the server wants
// user-interactive authentication), keeps their private halves sealed in
// the crypto store, and signs this device with the self-signing key and the
// master with this device's key, so that other clients trust it.
//
// Keys another device already published are never replaced silently: that
// would cut off every session and user who trusts them. Only a reset does.
class CrossSigningSetup : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        KeepPublished, // set up, or finish setting up, the keys this device holds
        Reset,         // new keys, replacing whatever is published
    };

    CrossSigningSetup(matrix::HttpClient *http, store::StoreThread *store,
                      const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    void start(Mode mode = Mode::KeepPublished);
    QFuture<CrossSigningStatus> status();
    // Goes on after passwordRequired.
    void submitPassword(const QString &password);
    bool isRunning() const { return m_running; }

signals:
    // The server wants the account's password; `error` says why the last
    // one was refused (empty on the first ask).
    void passwordRequired(const QString &error);
    // Published and this device signed; `masterKey` is the master public key.
    void finished(const QString &masterKey);
    void failed(const QString &error);

private:
    struct Keys;
    void checkPublished(Mode mode);
    void prepare(Mode mode, bool ourKeysPublished);
    void upload(const QJsonObject &auth);
    void keep();
    void signDevice();
    void fail(const QString &error);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    std::shared_ptr<Keys> m_keys;
    QString m_uiaSession;
    bool m_running = false;
};

} // namespace atrium::sync
