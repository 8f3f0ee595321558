#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace atrium::test {

// A tiny HTTP/1.1 server on 127.0.0.1 for unit tests that answers with
// scripted responses, so client logic can be tested against exact server
// behaviour (errors, slowness, ordering) without a homeserver.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // as sent, still percent-encoded, without the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    // Answers used in order, one per request; when they run out, `fallback`
    // computes the answer (by default 200 with a fresh event_id).
    void script(const QList<Response> &responses) { m_script += responses; }
    void setFallback(std::function<Response(const Request &)> fallback) { m_fallback = fallback; }
    // Held requests get no answer until release() (to observe what is in flight).
    void setHolding(bool holding) { m_holding = holding; }
    void release();
    // Delays every answer by `ms` on a timer (0: answer at once).
    void setAnswerDelay(int ms) { m_answerDelayMs = ms; }
    // Called as each request arrives, before it is answered.
    void onRequest(std::function<void(const Request &)> hook) { m_hook = hook; }

    QList<Request> requests() const { return m_requests; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

signals:
    void requestReceived(int index);

private:
    void readFrom(QTcpSocket *socket);
    void answer(QPointer<QTcpSocket> socket, const Request &request);
    void write(QPointer<QTcpSocket> socket, const Response &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<Response> m_script;
    std::function<Response(const Request &)> m_fallback;
    std::function<void(const Request &)> m_hook;
    QList<std::pair<QPointer<QTcpSocket>, Request>> m_held;
    bool m_holding = false;
    int m_answerDelayMs = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_eventCounter = 0;
};

} // namespace atrium::test
