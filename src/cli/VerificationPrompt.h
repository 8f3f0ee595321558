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
// once the last message is sent.
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
