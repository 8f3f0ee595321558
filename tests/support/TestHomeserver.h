#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace atrium::test {

// Starts tests/homeserver/run on 127.0.0.1 with a free port and stops it
// again. Helpers wrap its admin API (/_atrium_test/) for fault injection
// and for checking on the server's side what clients did.
class TestHomeserver
{
public:
    explicit TestHomeserver(const QStringList &extraArgs = {});
    ~TestHomeserver();

    bool start();   // waits for the "listening" line; false on failure
    void stop();    // SIGTERM, then kill
    bool restart(); // stop + start on a new port with the same arguments
    QUrl url() const { return m_url; }
    QString serverOutput() const { return m_output; }

    // Blocking HTTP helpers for tests (they spin a local event loop).
    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QString &token = {}, int *status = nullptr) const;
    // Registers a user; returns {user_id, access_token, device_id}.
    QJsonObject registerUser(const QString &localpart, const QString &password) const;
    bool setFaults(const QJsonObject &faults) const;
    bool clearFaults() const { return setFaults({}); }
    bool dropConnections() const;
    QList<QJsonObject> roomEvents(const QString &roomId) const;

private:
    QStringList m_args;
    QProcess m_process;
    QUrl m_url;
    QString m_output;
};

} // namespace atrium::test
