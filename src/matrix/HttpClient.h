#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace atrium::matrix {

// Sends ApiRequests to one homeserver. Lives on the thread that created it
// and calls back on that thread. Parsing large answers (sync) is left to the
// caller, which gets the raw body and may hand it to a worker thread.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }

    // Sends the request; `done` runs once, on this object's thread, unless
    // `context` was destroyed first. The returned reply may be aborted.
    QNetworkReply *send(const ApiRequest &request, QObject *context, Callback done);

    // The same, as a future that resolves on this object's thread.
    QFuture<ApiResponse> call(const ApiRequest &request);

    // Sends `request` with `body` streamed as its body, read in pieces as it
    // goes out (`request.body` is ignored). `body` must be open, seekable
    // (a file), and outlive the reply: Qt's network thread may read it until
    // the reply is deleted, even after an abort (make it the reply's child).
    QNetworkReply *upload(const ApiRequest &request, QIODevice *body, QObject *context,
                          Callback done);
    // Streams a successful answer's body into `sink` as it arrives instead
    // of collecting it; `done` then gets an empty body. An error answer's
    // body is not written to `sink` (it is in the response, as usual).
    QNetworkReply *download(const ApiRequest &request, QIODevice *sink, QObject *context,
                            Callback done);

    // Aborts one request (its callback sees a Network error), or all of them.
    void abort(QNetworkReply *reply);
    void abortAll();

private:
    QUrl urlFor(const ApiRequest &request) const;
    QNetworkRequest networkRequest(const ApiRequest &request) const;
    void track(QNetworkReply *reply, QObject *context, Callback done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace atrium::matrix
