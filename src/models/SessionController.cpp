#include "SessionController.h"

#include "AsyncResult.h"
#include "RoomListModel.h"
#include "TimelineModel.h"
#include "store/SecretStore.h"
#include "sync/AccountRecord.h"
#include "sync/AccountSecrets.h"

#include <QDir>

namespace atrium::models {

SessionController::SessionController(const QString &dataDir, bool noKeychain, QObject *parent)
    : QObject(parent)
{
    auto secrets = sync::AccountSecrets::forDataDir(dataDir, noKeychain);
    m_secrets = std::move(secrets.store);
    m_fileSecrets = secrets.inFile;
    m_session = std::make_unique<sync::Session>(dataDir, m_secrets.get(), m_fileSecrets);
    m_roomList = new RoomListModel(m_session.get(), this);
    m_timeline = new TimelineModel(m_session.get(), this);
    // The open room is the one being read.
    connect(m_timeline, &TimelineModel::newestEventChanged, m_session.get(),
            &sync::Session::markRead);
    connect(m_session.get(), &sync::Session::stateChanged, this, [this](sync::Session::State s) {
        if (s == sync::Session::State::Ready || s == sync::Session::State::SigningIn)
            setErrorMessage({});
        emit stateChanged();
    });
    connect(m_session.get(), &sync::Session::failed, this, &SessionController::setErrorMessage);
}

SessionController::~SessionController()
{
    // The models hold the session; they go first.
    delete m_timeline;
    delete m_roomList;
    m_session.reset();
}

QString SessionController::state() const
{
    switch (m_session->state()) {
    case sync::Session::State::LoggedOut:
        return QStringLiteral("loggedOut");
    case sync::Session::State::SigningIn:
        return QStringLiteral("signingIn");
    case sync::Session::State::Restoring:
        return QStringLiteral("restoring");
    case sync::Session::State::Ready:
        return QStringLiteral("ready");
    case sync::Session::State::SoftLoggedOut:
        return QStringLiteral("softLoggedOut");
    case sync::Session::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool SessionController::isBusy() const
{
    const auto s = m_session->state();
    return s == sync::Session::State::SigningIn || s == sync::Session::State::Restoring;
}

QString SessionController::userId() const
{
    return m_session->userId();
}

void SessionController::restore()
{
    m_session->restore();
}

void SessionController::login(const QString &server, const QString &user, const QString &password)
{
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        setErrorMessage(tr("Enter a user name and a password."));
        return;
    }
    if (server.trimmed().isEmpty() && !user.trimmed().startsWith(QLatin1Char('@'))) {
        setErrorMessage(tr("Enter a homeserver, or a full user id such as @ann:example.org."));
        return;
    }
    setErrorMessage({});
    m_session->login(server.trimmed(), user.trimmed(), password);
}

void SessionController::logout()
{
    m_session->logout();
}

bool SessionController::sendMessage(const QString &roomId, const QString &text)
{
    if (roomId.isEmpty() || text.trimmed().isEmpty() ||
        m_session->state() != sync::Session::State::Ready)
        return false;
    onResult(this, m_session->sendText(roomId, text), [this, roomId](const QString &transactionId) {
        if (transactionId.isEmpty())
            emit messageRefused(roomId, tr("Not sent: this room is encrypted, and this version of "
                                           "Atrium cannot encrypt messages yet."));
    });
    return true;
}

void SessionController::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace atrium::models
