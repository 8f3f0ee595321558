#include "VerificationPrompt.h"

#include "CliContext.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/SecretSharing.h"
#include "sync/Session.h"
#include "sync/VerificationService.h"

#include <QSet>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>
#include <unistd.h>

namespace atrium::cli {

using sync::KeyVerification;

VerificationPrompt::VerificationPrompt(CliContext &context, sync::VerificationService *service,
                                       bool assumeYes, int timeoutMs)
    : QObject(&context), m_context(context), m_service(service), m_assumeYes(assumeYes)
{
    m_promise.start();
    QTimer::singleShot(timeoutMs, this, &VerificationPrompt::timeOut);
}

VerificationPrompt::~VerificationPrompt()
{
    if (!m_promise.future().isFinished()) {
        m_promise.addResult(int(Failure));
        m_promise.finish();
    }
}

void VerificationPrompt::acceptNextRequest()
{
    m_context.err() << "waiting for a verification request from another device…" << Qt::endl;
    connect(m_service, &sync::VerificationService::requestReceived, this,
            [this](KeyVerification *verification) {
                if (m_verification)
                    return; // one at a time; the other one times out on its side
                m_context.out() << "verification request from " << verification->userId() << " "
                                << verification->deviceId() << Qt::endl;
                follow(verification);
                verification->accept();
            });
}

void VerificationPrompt::follow(KeyVerification *verification)
{
    m_verification = verification;
    connect(verification, &KeyVerification::sasReady, this, &VerificationPrompt::showSas);
    connect(verification, &KeyVerification::verified, this, [this]() {
        m_context.out() << "verified " << m_verification->userId() << " "
                        << m_verification->deviceId() << Qt::endl;
        if (m_verification->userId() == m_context.session().userId())
            awaitSecrets();
        else
            finish(Ok);
    });
    connect(verification, &KeyVerification::cancelled, this,
            [this](const QString &code, const QString &reason) {
                m_context.err() << "atrium-cli: verification cancelled"
                                << (m_verification->cancelledByThem() ? " by the other device" : "")
                                << ": " << reason << " (" << code << ")" << Qt::endl;
                finish(NotVerified);
            });
    if (verification->state() == KeyVerification::State::Comparing)
        showSas();
}

void VerificationPrompt::awaitSecrets()
{
    auto *sharing = m_context.session().encryption()->secretSharing();
    connect(sharing, &sync::SecretSharing::secretsReceived, this,
            [this](const sync::SecretStorageResult &result) {
                if (!result.error.isEmpty())
                    m_context.err()
                        << "atrium-cli: the secrets that came could not be kept: " << result.error
                        << Qt::endl;
                else
                    m_context.out()
                        << "received secrets: " << result.secrets.join(QStringLiteral(", "))
                        << Qt::endl;
                if (!result.notice.isEmpty())
                    m_context.err() << result.notice << Qt::endl;
                finish(Ok);
            });
    sharing->requestMissing().then(this, [this](int waiting) {
        if (waiting == 0)
            return answerSecretRequests();
        m_context.err() << "waiting for the other session to send the secrets…" << Qt::endl;
        // The verification stands either way; recovery can still unlock them.
        QTimer::singleShot(SecretsWaitMs, this, [this]() {
            if (m_finishing)
                return;
            m_context.err() << "atrium-cli: no secrets came; `secret-storage unlock` restores them"
                            << Qt::endl;
            finish(Ok);
        });
    });
}

void VerificationPrompt::answerSecretRequests()
{
    // A new session asks as soon as it is verified; a process that exits
    // meanwhile would take its requests from the server unanswered.
    auto *sharing = m_context.session().encryption()->secretSharing();
    auto sent = std::make_shared<QSet<QString>>();
    connect(sharing, &sync::SecretSharing::secretSent, this,
            [this, sent](const QString &deviceId, const QString &name) {
                if (deviceId != m_verification->deviceId())
                    return;
                sent->insert(name);
                m_context.out() << "sent secret " << name << Qt::endl;
                if (sent->size() == sync::SecretStorage::SecretNames.size())
                    finish(Ok);
            });
    QTimer::singleShot(SecretRequestsWaitMs, this, [this]() { finish(Ok); });
}

void VerificationPrompt::showSas()
{
    QStringList emoji;
    for (const auto &item : m_verification->emoji())
        emoji.append(item.emoji + QLatin1Char(' ') + item.name);
    QStringList numbers;
    for (int number : m_verification->decimals())
        numbers.append(QString::number(number));
    m_context.out() << "emoji: " << emoji.join(QStringLiteral(", ")) << Qt::endl
                    << "decimals: " << numbers.join(QLatin1Char(' ')) << Qt::endl;
    if (m_assumeYes) {
        answer(true);
        return;
    }
    m_context.err() << "Do they match? [y/N] " << Qt::flush;
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &VerificationPrompt::readAnswer);
}

void VerificationPrompt::readAnswer()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count > 0)
        m_line.append(buffer, count);
    const qsizetype newline = m_line.indexOf('\n');
    if (count > 0 && newline < 0)
        return; // the rest of the line is still coming
    m_stdin->setEnabled(false);
    // End of input without an answer counts as "no", like an empty line.
    const QByteArray reply = m_line.left(newline < 0 ? m_line.size() : newline).trimmed().toLower();
    answer(reply == "y" || reply == "yes");
}

void VerificationPrompt::answer(bool match)
{
    if (!m_verification)
        return;
    if (match) {
        m_context.err() << "waiting for the other device to confirm…" << Qt::endl;
        m_verification->confirm();
    } else {
        m_verification->mismatch();
    }
}

void VerificationPrompt::timeOut()
{
    if (m_finishing)
        return;
    if (!m_verification) {
        m_context.err() << "atrium-cli: no verification request arrived in time" << Qt::endl;
        finish(NotVerified);
        return;
    }
    m_verification->cancelWith(QStringLiteral("m.timeout"),
                               QStringLiteral("the other side took too long"));
}

void VerificationPrompt::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    // The last message (our MAC, done or cancel) must leave before we exit.
    auto settle = [this, code]() {
        if (!m_promise.future().isFinished()) {
            m_promise.addResult(code);
            m_promise.finish();
        }
    };
    if (!m_service->hasUnsentMessages()) {
        settle();
        return;
    }
    connect(m_service, &sync::VerificationService::allSent, this, settle);
}

} // namespace atrium::cli
