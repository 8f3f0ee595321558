#include "ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace atrium::test {

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent)
{
    m_fallback = [this](const Request &) {
        return Response{
            200,
            QStringLiteral("{\"event_id\": \"$ev%1:example.org\"}").arg(++m_eventCounter).toUtf8()};
    };
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Keep-alive connections may carry several requests, one after another.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2)
            return;
        request.method = requestLine.at(0);
        request.path = requestLine.at(1).split('?').first();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        m_requests.append(request);
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        if (m_hook)
            m_hook(request);
        emit requestReceived(int(m_requests.size()) - 1);
        if (m_holding)
            m_held.append({socket, request});
        else
            answer(socket, request);
    }
}

void ScriptedHttpServer::release()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, request] : held)
        answer(socket, request);
}

void ScriptedHttpServer::answer(QPointer<QTcpSocket> socket, const Request &request)
{
    const Response response = m_script.isEmpty() ? m_fallback(request) : m_script.takeFirst();
    if (m_answerDelayMs > 0)
        QTimer::singleShot(m_answerDelayMs, this,
                           [this, socket, response]() { write(socket, response); });
    else
        write(socket, response);
}

void ScriptedHttpServer::write(QPointer<QTcpSocket> socket, const Response &response)
{
    --m_inFlight;
    if (!socket)
        return;
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    reply += "Content-Type: application/json\r\n";
    reply += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    reply += "Connection: keep-alive\r\n\r\n";
    reply += response.body;
    socket->write(reply);
}

} // namespace atrium::test
