#include "HttpClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>

namespace atrium::matrix {

namespace {

ApiResponse responseFrom(QNetworkReply *reply, bool aborted)
{
    ApiResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed; reading it only warns
        response.body = reply->readAll();
    if (response.httpStatus >= 400) {
        ApiError error = ApiError::fromHttp(response.httpStatus, response.body);
        if (error.retryAfterMs < 0 && reply->hasRawHeader("Retry-After"))
            error.retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
        response.error = error;
    } else if (reply->error() == QNetworkReply::OperationCanceledError &&
               response.httpStatus == 0 && !aborted) {
        // Qt reports an expired transfer timeout as a cancellation.
        response.error = ApiError{ApiError::Kind::Timeout, 0, {}, reply->errorString()};
    } else if (reply->error() != QNetworkReply::NoError || response.httpStatus == 0) {
        response.error = ApiError{ApiError::Kind::Network, 0, {}, reply->errorString()};
    }
    return response;
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

QUrl HttpClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkRequest HttpClient::networkRequest(const ApiRequest &request) const
{
    QNetworkRequest networkRequest(urlFor(request));
    // HTTP/2 multiplexing would make one slow long-poll delay other calls on
    // some servers; plain keep-alive connections behave the same everywhere.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(request.timeoutMs);
    if (!request.body.isEmpty() || request.method != "GET")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.authenticated && !m_accessToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return networkRequest;
}

void HttpClient::track(QNetworkReply *reply, QObject *context, Callback done)
{
    m_inFlight.append(reply);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hasContext, done]() {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        done(responseFrom(reply, reply->property("atrium_aborted").toBool()));
    });
}

QNetworkReply *HttpClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    const QNetworkRequest networkRequest = this->networkRequest(request);
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    track(reply, context, std::move(done));
    return reply;
}

QNetworkReply *HttpClient::upload(const ApiRequest &request, QIODevice *body, QObject *context,
                                  Callback done)
{
    QNetworkRequest networkRequest = this->networkRequest(request);
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body->size() - body->pos());
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    track(reply, context, std::move(done));
    return reply;
}

QNetworkReply *HttpClient::download(const ApiRequest &request, QIODevice *sink, QObject *context,
                                    Callback done)
{
    QNetworkRequest networkRequest = this->networkRequest(request);
    // Media comes from the homeserver only: a redirect elsewhere is an error.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply = m_network->get(networkRequest);
    // Bounded buffering: the socket is read only as fast as `sink` takes it.
    reply->setReadBufferSize(1024 * 1024);
    QPointer<QIODevice> guardedSink(sink);
    auto drain = [reply, sink = guardedSink]() {
        if (!sink)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return; // an error body: left for responseFrom()
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(256 * 1024);
            if (sink->write(chunk) != chunk.size()) {
                reply->setProperty("atrium_sink_error", sink->errorString());
                reply->setProperty("atrium_aborted", true);
                reply->abort();
                return;
            }
        }
    };
    connect(reply, &QNetworkReply::readyRead, this, drain);
    // Whatever arrived with the end of the answer goes to the sink before
    // `done` runs: this connection is made before track()'s.
    connect(reply, &QNetworkReply::finished, this, [reply, drain]() {
        if (reply->isOpen())
            drain();
    });
    track(reply, context, [reply, done](ApiResponse response) {
        const QString sinkError = reply->property("atrium_sink_error").toString();
        if (!sinkError.isEmpty())
            response.error = ApiError{
                ApiError::Kind::Network, 0, {}, QStringLiteral("cannot write: ") + sinkError};
        done(response);
    });
    return reply;
}

QFuture<ApiResponse> HttpClient::call(const ApiRequest &request)
{
    auto promise = std::make_shared<QPromise<ApiResponse>>();
    promise->start();
    send(request, nullptr, [promise](const ApiResponse &response) {
        promise->addResult(response);
        promise->finish();
    });
    return promise->future();
}

void HttpClient::abort(QNetworkReply *reply)
{
    if (!reply || !m_inFlight.contains(reply))
        return;
    // Qt reports abort() and an expired timeout alike; tell them apart.
    reply->setProperty("atrium_aborted", true);
    reply->abort();
}

void HttpClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies)
        abort(reply);
}

} // namespace atrium::matrix
