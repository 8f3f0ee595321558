#include "CallQuality.h"

#include "calls/CallMedia.h"

#include <QLocale>

namespace atrium::models {

namespace {

QString unknown()
{
    return QStringLiteral("…");
}

QString rate(const std::optional<double> &kbps)
{
    if (!kbps)
        return unknown();
    return CallQuality::tr("%1 kbit/s").arg(QLocale().toString(*kbps, 'f', 0));
}

} // namespace

CallQuality::CallQuality(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(1'000);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_media)
            m_media->requestStats();
    });
}

void CallQuality::setMedia(calls::CallMedia *media)
{
    if (m_media == media)
        return;
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = media;
    m_stats.reset();
    if (m_media)
        connect(m_media, &calls::CallMedia::statsUpdated, this, &CallQuality::take);
    update();
    emit statsChanged();
}

void CallQuality::setWatching(bool watching)
{
    if (m_watching == watching)
        return;
    m_watching = watching;
    update();
    emit watchingChanged();
}

void CallQuality::update()
{
    if (m_watching && m_media) {
        m_media->requestStats(); // the first reading now, not in a second
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void CallQuality::take(const calls::CallStats &stats)
{
    m_stats = stats;
    emit statsChanged();
}

QString CallQuality::roundTrip() const
{
    if (!m_stats || !m_stats->roundTripMs)
        return unknown();
    return tr("%1 ms").arg(QLocale().toString(*m_stats->roundTripMs, 'f', 0));
}

QString CallQuality::packetLoss() const
{
    if (!m_stats || !m_stats->packetLossPercent)
        return unknown();
    return tr("%1 %").arg(QLocale().toString(*m_stats->packetLossPercent, 'f', 1));
}

QString CallQuality::receiveRate() const
{
    return rate(m_stats ? m_stats->receiveKbps : std::nullopt);
}

QString CallQuality::sendRate() const
{
    return rate(m_stats ? m_stats->sendKbps : std::nullopt);
}

QString CallQuality::videoCodecs() const
{
    const QString sent = m_media ? m_media->sentVideoCodec() : QString();
    const QString received = m_media ? m_media->receivedVideoCodec() : QString();
    if (sent.isEmpty() && received.isEmpty())
        return tr("none");
    if (sent.isEmpty() || received.isEmpty() || sent == received)
        return sent.isEmpty() ? received : sent;
    return tr("%1 sent, %2 received").arg(sent, received);
}

} // namespace atrium::models
