#pragma once

#include "calls/CallStats.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace atrium::calls {
class CallMedia;
}

namespace atrium::models {

// The live quality of the current call, for the in-call view's "Quality"
// panel: round-trip time, packet loss and bitrates, read from the media once
// a second while the panel is open (`watching`), and not at all otherwise.
class CallQuality : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool watching READ isWatching WRITE setWatching NOTIFY watchingChanged)
    // Whether a reading has come; until then the texts say "…".
    Q_PROPERTY(bool known READ isKnown NOTIFY statsChanged)
    Q_PROPERTY(QString roundTrip READ roundTrip NOTIFY statsChanged)
    Q_PROPERTY(QString packetLoss READ packetLoss NOTIFY statsChanged)
    Q_PROPERTY(QString receiveRate READ receiveRate NOTIFY statsChanged)
    Q_PROPERTY(QString sendRate READ sendRate NOTIFY statsChanged)
    // The video codecs in use: "H264", or "VP8 sent, H264 received" when
    // the two ways differ; "none" without video.
    Q_PROPERTY(QString videoCodecs READ videoCodecs NOTIFY statsChanged)

public:
    explicit CallQuality(QObject *parent = nullptr);

    // The current call's media (null between calls); readings restart with it.
    void setMedia(calls::CallMedia *media);
    bool isWatching() const { return m_watching; }
    void setWatching(bool watching);
    bool isKnown() const { return m_stats.has_value(); }
    // Two readings have come: the bitrates are known too.
    bool hasRates() const { return m_stats && m_stats->receiveKbps; }
    QString roundTrip() const;
    QString packetLoss() const;
    QString receiveRate() const;
    QString sendRate() const;
    QString videoCodecs() const;
    void setInterval(int ms) { m_timer.setInterval(ms); }

signals:
    void watchingChanged();
    void statsChanged();

private:
    void update();
    void take(const calls::CallStats &stats);

    QPointer<calls::CallMedia> m_media;
    QTimer m_timer;
    bool m_watching = false;
    std::optional<calls::CallStats> m_stats;
};

} // namespace atrium::models
