#pragma once

#include "IceServers.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace atrium::matrix {
class HttpClient;
}

namespace atrium::calls {

// The homeserver's TURN servers (GET /voip/turnServer), fetched on start
// and fetched again before their credentials' ttl runs out. A server
// without TURN (404, or an empty answer) means calls go without: they
// still work where the peers reach each other directly.
class TurnServers : public QObject
{
    Q_OBJECT
public:
    explicit TurnServers(matrix::HttpClient *http, QObject *parent = nullptr);

    void start();
    void stop();
    IceServers servers() const { return m_servers; }
    // Seconds before the ttl ends at which the next fetch is made.
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    // After a failure (not a 404), the next try waits this long.
    void setRetryInterval(int ms) { m_retryMs = ms; }

signals:
    // Each answer (also an empty one): the servers as they are now.
    void updated(const atrium::calls::IceServers &servers);

private:
    void fetch();

    matrix::HttpClient *m_http;
    IceServers m_servers;
    QTimer m_refresh;
    QPointer<QNetworkReply> m_inFlight;
    int m_marginSeconds = 60;
    int m_retryMs = 5 * 60'000;
    bool m_running = false;
};

} // namespace atrium::calls
