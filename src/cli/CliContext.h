#pragma once

#include "matrix/ApiResponse.h"
#include "sync/Session.h"

#include <QFuture>
#include <QObject>
#include <QTextStream>
#include <memory>

namespace atrium::store {
class SecretStore;
}

namespace atrium::cli {

// Exit codes, documented in the README: scripts branch on them.
enum ExitCode : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    AuthFailed = 3,  // wrong password, token rejected
    UnknownRoom = 4, // no such room or alias, or not a member
    Unreachable = 5, // server cannot be reached
    NotLoggedIn = 6,
    NoKeychain = 7,
    StillQueued = 8, // the message is safe in the outbox but not sent yet
    NotVerified = 9, // verification cancelled, mismatched or timed out
    CallFailed = 10, // no answer, rejected, failed, or no media from the other side
};

// What every command needs: the data directory, where secrets live, a
// Session, and helpers to print and to turn errors into exit codes.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(const QString &dataDir, bool noKeychain);
    ~CliContext() override;

    sync::Session &session() { return *m_session; }
    QString dataDir() const { return m_dataDir; }
    bool usesFileSecrets() const { return m_fileSecrets; }

    // Restores the saved session. Resolves to Ok or an exit code, having
    // printed why it failed.
    QFuture<int> restoreSession(bool startSync);
    // Resolves a room id or alias; empty (after printing why) when unknown.
    QFuture<QString> resolveRoom(const QString &roomIdOrAlias);
    // Turns a failed API call into a message and exit code.
    int reportApiError(const matrix::ApiResponse &response, const QString &what);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString m_dataDir;
    bool m_fileSecrets = false;
    std::unique_ptr<store::SecretStore> m_secrets;
    std::unique_ptr<sync::Session> m_session;
    QTextStream m_out;
    QTextStream m_err;
};

// The exit code for why a sign-in or restore failed.
int exitCodeFor(sync::Session::Failure failure);

// Resolves when `future` does, or with `fallback` after `timeoutMs`.
QFuture<int> withTimeout(QFuture<int> future, int timeoutMs, int fallback, QObject *context);

} // namespace atrium::cli
