#include "TestHomeserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace atrium::test {

TestHomeserver::TestHomeserver(const QStringList &extraArgs) : m_args(extraArgs) {}

TestHomeserver::~TestHomeserver()
{
    stop();
}

bool TestHomeserver::start()
{
    const QString script = QStringLiteral(ATRIUM_SOURCE_DIR "/tests/homeserver/run");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProgram(script);
    m_process.setArguments(QStringList{"--host", "127.0.0.1", "--port", "0"} + m_args);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_output += line + QLatin1Char('\n');
            if (line.startsWith(QLatin1String("listening "))) {
                m_url = QUrl(line.mid(10));
                return true;
            }
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    qWarning("test homeserver did not start: %s", qPrintable(m_output));
    return false;
}

void TestHomeserver::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool TestHomeserver::restart()
{
    stop();
    return start();
}

QJsonObject TestHomeserver::request(const QByteArray &method, const QString &path,
                                    const QJsonObject &body, const QString &token,
                                    int *status) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(20'000);
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QJsonObject TestHomeserver::registerUser(const QString &localpart, const QString &password) const
{
    const QJsonObject first = request("POST", "/_matrix/client/v3/register",
                                      {{"username", localpart}, {"password", password}});
    return request(
        "POST", "/_matrix/client/v3/register",
        {{"username", localpart},
         {"password", password},
         {"auth", QJsonObject{{"type", "m.login.dummy"}, {"session", first.value("session")}}}});
}

bool TestHomeserver::setFaults(const QJsonObject &faults) const
{
    int status = 0;
    request("POST", "/_atrium_test/faults", faults, {}, &status);
    return status == 200;
}

bool TestHomeserver::dropConnections() const
{
    int status = 0;
    request("POST", "/_atrium_test/restart", {}, {}, &status);
    return status == 200;
}

QList<QJsonObject> TestHomeserver::roomEvents(const QString &roomId) const
{
    const QJsonObject json =
        request("GET", QStringLiteral("/_atrium_test/rooms/%1/events")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId))));
    QList<QJsonObject> events;
    for (const auto &event : json.value("events").toArray())
        events.append(event.toObject());
    return events;
}

} // namespace atrium::test
