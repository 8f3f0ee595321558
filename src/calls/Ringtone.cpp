#include "Ringtone.h"

#undef signals
#include <gst/gst.h>

namespace atrium::calls {

namespace {

// 0.4 s on, 0.2 s off, 0.4 s on, 2 s off (in 200 ms steps).
constexpr bool Pattern[] = {true,  true,  false, true,  true,  false, false, false,
                            false, false, false, false, false, false, false};
constexpr int StepMs = 200;

} // namespace

Ringtone::Ringtone(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(StepMs);
    connect(&m_timer, &QTimer::timeout, this, &Ringtone::beat);
}

Ringtone::~Ringtone()
{
    stopPipeline();
}

void Ringtone::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (!playing) {
        m_timer.stop();
        stopPipeline();
        return;
    }
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GError *error = nullptr;
    m_pipeline = gst_parse_launch("audiotestsrc is-live=true wave=sine freq=660 volume=0.25 ! "
                                  "volume name=gate mute=true ! audioconvert ! audioresample ! "
                                  "autoaudiosink",
                                  &error);
    if (error) {
        // Not worth more than a warning: the popup still shows the call.
        qWarning("ringtone: %s", error->message);
        g_error_free(error);
        if (m_pipeline)
            gst_object_unref(m_pipeline);
        m_pipeline = nullptr;
        return;
    }
    m_volume = gst_bin_get_by_name(GST_BIN(m_pipeline), "gate");
    // Nobody reads its messages (a missing device is no news): drop them.
    GstBus *bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_flushing(bus, TRUE);
    gst_object_unref(bus);
    gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    m_step = 0;
    beat();
    m_timer.start();
}

void Ringtone::beat()
{
    if (!m_volume)
        return;
    const bool on = Pattern[m_step];
    m_step = (m_step + 1) % int(std::size(Pattern));
    g_object_set(m_volume, "mute", on ? FALSE : TRUE, nullptr);
}

void Ringtone::stopPipeline()
{
    if (!m_pipeline)
        return;
    gst_element_set_state(m_pipeline, GST_STATE_NULL);
    if (m_volume)
        gst_object_unref(m_volume);
    gst_object_unref(m_pipeline);
    m_volume = nullptr;
    m_pipeline = nullptr;
}

} // namespace atrium::calls
