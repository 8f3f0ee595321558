#pragma once

#include <QObject>
#include <QTimer>

typedef struct _GstElement GstElement;

namespace atrium::calls {

// The sound of an incoming call: a soft two-tone beep, repeated, generated
// by GStreamer and played on the system's output. Without an audio device
// it plays into nothing, silently and without an error.
class Ringtone : public QObject
{
    Q_OBJECT
public:
    explicit Ringtone(QObject *parent = nullptr);
    ~Ringtone() override;

    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }

private:
    void beat();
    void stopPipeline();

    GstElement *m_pipeline = nullptr;
    GstElement *m_volume = nullptr;
    QTimer m_timer;
    int m_step = 0;
    bool m_playing = false;
};

} // namespace atrium::calls
