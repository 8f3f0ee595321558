#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

class QSocketNotifier;

namespace atrium::sync {
class KeyVerification;
class VerificationService;
} // namespace atrium::sync

namespace atrium::cli {

class CliContext;

// `verify` at the terminal: follows one verification, prints the emoji and
// numbers, asks whether they match (a terminal or standard input answers
// y or n; `assumeYes` answers for scripts), and resolves to the exit code
// once the last message is sent (and, when it verified another session of
// ours, once the secrets this one lacked came from it).
class VerificationPrompt : public QObject
{
    Q_OBJECT
public:
    VerificationPrompt(CliContext &context, sync::VerificationService *service, bool assumeYes,
                       int timeoutMs);
    ~VerificationPrompt() override;

    QFuture<int> result() { return m_promise.future(); }
    // Follows a verification we started.
    void follow(sync::KeyVerification *verification);
    // Waits for another device's request and accepts it.
    void acceptNextRequest();

private:
    // How long a new session waits for its secrets once verified.
    static constexpr int SecretsWaitMs = 30'000;
    // How long one that holds them all waits for the other's requests.
    static constexpr int SecretRequestsWaitMs = 10'000;

    // Our own other device is verified: asks it for the secrets this one
    // lacks (SecretSharing) and waits for them before exiting; holding
    // them all, answers its requests for them.
    void awaitSecrets();
    void answerSecretRequests();
    void showSas();
    void readAnswer();
    void answer(bool match);
    void timeOut();
    void finish(int code);

    CliContext &m_context;
    sync::VerificationService *m_service;
    bool m_assumeYes;
    QPointer<sync::KeyVerification> m_verification;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_line;
    QPromise<int> m_promise;
    bool m_finishing = false;
};

} // namespace atrium::cli
