#include "LiveHomeserver.h"

#include "MediaImageProvider.h"
#include "models/SessionController.h"

#include <QJsonArray>

bool LiveHomeserver::start()
{
    return m_server.start();
}

atrium::models::SessionController *LiveHomeserver::newController()
{
    auto &dir = m_dataDirs.emplace_back(std::make_unique<QTemporaryDir>());
    auto *controller = new atrium::models::SessionController(dir->path(), /*noKeychain=*/true);
    // Owned by the engine's lifetime, not by JavaScript's garbage collector.
    controller->setParent(m_engine);
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    if (m_engine && !m_engine->imageProvider(QStringLiteral("atrium-media")))
        m_engine->addImageProvider(QStringLiteral("atrium-media"),
                                   new MediaImageProvider(controller->media()));
    return controller;
}

QString LiveHomeserver::registerUser(const QString &localpart, const QString &password)
{
    const QJsonObject account = m_server.registerUser(localpart, password);
    m_tokens.insert(localpart, account.value("access_token").toString());
    return account.value("user_id").toString();
}

QJsonObject LiveHomeserver::asUser(const QByteArray &method, const QString &localpart,
                                   const QString &path, const QJsonObject &body)
{
    return m_server.request(method, path, body, m_tokens.value(localpart));
}

QString LiveHomeserver::createRoom(const QString &localpart, const QString &name,
                                   const QStringList &invite)
{
    return asUser("POST", localpart, QStringLiteral("/_matrix/client/v3/createRoom"),
                  {{"name", name}, {"invite", QJsonArray::fromStringList(invite)}})
        .value("room_id")
        .toString();
}

bool LiveHomeserver::joinRoom(const QString &localpart, const QString &roomId)
{
    const QString path = QStringLiteral("/_matrix/client/v3/rooms/%1/join")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)));
    return asUser("POST", localpart, path).value("room_id").toString() == roomId;
}

bool LiveHomeserver::sendText(const QString &localpart, const QString &roomId, const QString &text)
{
    const QString path = QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/live%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)))
                             .arg(++m_transaction);
    return asUser("PUT", localpart, path, {{"msgtype", "m.text"}, {"body", text}})
        .contains("event_id");
}

QStringList LiveHomeserver::messageBodies(const QString &roomId) const
{
    QStringList bodies;
    for (const QJsonObject &event : m_server.roomEvents(roomId)) {
        if (event.value("type").toString() == QLatin1String("m.room.message"))
            bodies.append(event.value("content").toObject().value("body").toString());
    }
    return bodies;
}

QString LiveHomeserver::membership(const QString &roomId, const QString &userId) const
{
    QString latest;
    for (const QJsonObject &event : m_server.roomEvents(roomId)) {
        if (event.value("type").toString() == QLatin1String("m.room.member") &&
            event.value("state_key").toString() == userId)
            latest = event.value("content").toObject().value("membership").toString();
    }
    return latest;
}
