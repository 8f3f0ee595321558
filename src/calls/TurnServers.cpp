#include "TurnServers.h"

#include "matrix/HttpClient.h"
#include "matrix/Requests.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace atrium::calls {

TurnServers::TurnServers(matrix::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &TurnServers::fetch);
}

void TurnServers::start()
{
    if (m_running)
        return;
    m_running = true;
    fetch();
}

void TurnServers::stop()
{
    m_running = false;
    m_refresh.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

void TurnServers::fetch()
{
    if (!m_running)
        return;
    m_inFlight = m_http->send(matrix::requests::turnServer(), this,
                              [this](const matrix::ApiResponse &response) {
                                  m_inFlight = nullptr;
                                  if (!m_running)
                                      return;
                                  if (response.error) {
                                      // 404: this server has no TURN, and will not grow one
                                      // soon. Otherwise the old credentials may still do.
                                      if (response.error->httpStatus == 404) {
                                          m_servers = {};
                                          emit updated(m_servers);
                                      } else {
                                          m_refresh.start(m_retryMs);
                                      }
                                      return;
                                  }
                                  const QJsonObject json = response.json();
                                  IceServers servers;
                                  for (const auto &uri : json.value("uris").toArray()) {
                                      if (!uri.toString().isEmpty())
                                          servers.uris.append(uri.toString());
                                  }
                                  servers.username = json.value("username").toString();
                                  servers.password = json.value("password").toString();
                                  m_servers = servers;
                                  const int ttl = json.value("ttl").toInt();
                                  if (!servers.isEmpty() && ttl > 0) {
                                      const int seconds = std::max(ttl - m_marginSeconds, ttl / 2);
                                      m_refresh.start(std::chrono::seconds(std::max(seconds, 1)));
                                  }
                                  emit updated(m_servers);
                              });
}

} // namespace atrium::calls
