#include "MediaTransfer.h"

namespace atrium::media {

void MediaTransfer::cancel()
{
    if (isFinished())
        return;
    m_error = tr("cancelled");
    finish(State::Cancelled);
    stopWork();
}

void MediaTransfer::setProgress(qint64 done, qint64 total)
{
    if (isFinished() || (done == m_done && total == m_total))
        return;
    m_done = done;
    m_total = total;
    emit progress(done, total);
}

void MediaTransfer::succeed()
{
    finish(State::Succeeded);
}

void MediaTransfer::fail(const QString &message, std::optional<matrix::ApiError> apiError)
{
    if (isFinished())
        return;
    m_error = message;
    m_apiError = std::move(apiError);
    finish(State::Failed);
    stopWork();
}

void MediaTransfer::finish(State state)
{
    if (isFinished())
        return;
    m_state = state;
    emit finished();
}

} // namespace atrium::media
