#pragma once

#include "TestHomeserver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace atrium::models {
class SessionController;
}

// The test homeserver as the live Quick Tests see it (the `live` context
// property): real SessionControllers for the views, and other users who
// create rooms, invite and write through the client-server API, so a test
// can check on the server what the views did.
class LiveHomeserver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString url READ url CONSTANT)

public:
    bool start();
    void stop() { m_server.stop(); }
    QString serverOutput() const { return m_server.serverOutput(); }
    QString url() const { return m_server.url().toString(); }
    // The engine of the test file about to run: its controllers belong to it.
    void useEngine(QQmlEngine *engine) { m_engine = engine; }

    // A controller with a data directory of its own and secrets in a file;
    // it lives as long as the test file's engine.
    Q_INVOKABLE atrium::models::SessionController *newController();
    // Registers `localpart` with `password`; returns the user id.
    Q_INVOKABLE QString registerUser(const QString &localpart, const QString &password);
    // As `localpart` (registered here): creates a room named `name` and
    // invites `invite`; returns the room id.
    Q_INVOKABLE QString createRoom(const QString &localpart, const QString &name,
                                   const QStringList &invite);
    Q_INVOKABLE bool joinRoom(const QString &localpart, const QString &roomId);
    Q_INVOKABLE bool sendText(const QString &localpart, const QString &roomId, const QString &text);
    // What the server holds: the bodies of the room's messages, oldest first,
    // and a user's membership.
    Q_INVOKABLE QStringList messageBodies(const QString &roomId) const;
    Q_INVOKABLE QString membership(const QString &roomId, const QString &userId) const;

private:
    QJsonObject asUser(const QByteArray &method, const QString &localpart, const QString &path,
                       const QJsonObject &body = {});

    atrium::test::TestHomeserver m_server;
    QHash<QString, QString> m_tokens; // localpart → access token
    QPointer<QQmlEngine> m_engine;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dataDirs;
    int m_transaction = 0;
};
