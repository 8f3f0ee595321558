#include "KeyVerification.h"

#include "VerificationService.h"

#include <QVariantMap>

namespace atrium::sync {

using crypto::SasVerification;

KeyVerification::KeyVerification(SasVerification machine, bool incoming,
                                 VerificationService *service, const QString &roomId)
    : QObject(service), m_machine(std::move(machine)), m_incoming(incoming), m_service(service),
      m_roomId(roomId)
{
    updateState();
}

QVariantList KeyVerification::emojiList() const
{
    QVariantList list;
    for (const auto &emoji : m_machine.emoji())
        list.append(
            QVariantMap{{"index", emoji.index}, {"emoji", emoji.emoji}, {"name", emoji.name}});
    return list;
}

void KeyVerification::accept()
{
    step(m_machine.accept());
}

void KeyVerification::confirm()
{
    step(m_machine.confirm());
}

void KeyVerification::mismatch()
{
    step(m_machine.mismatch());
}

void KeyVerification::cancel()
{
    step(m_machine.cancel());
}

void KeyVerification::cancelWith(const QString &code, const QString &reason)
{
    step(m_machine.cancel(code, reason));
}

void KeyVerification::step(QList<crypto::VerificationMessage> messages)
{
    m_service->send(this, messages);
    updateState();
}

void KeyVerification::abandon(const QString &code, const QString &reason)
{
    if (m_machine.isFinished())
        return;
    m_machine.cancel(code, reason); // its cancel event is not sent
    updateState();
}

void KeyVerification::setVerified()
{
    m_stored = true;
    updateState();
}

void KeyVerification::updateState()
{
    State state = m_state;
    switch (m_machine.state()) {
    case SasVerification::State::Idle:
    case SasVerification::State::Ready:
    case SasVerification::State::Accepted:
        state = State::Waiting;
        break;
    case SasVerification::State::Requested:
    case SasVerification::State::Started:
        state = m_machine.theyBegan() ? State::Incoming : State::Waiting;
        break;
    case SasVerification::State::KeysExchanged:
        state = State::Comparing;
        break;
    case SasVerification::State::Confirmed:
        state = State::Confirmed;
        break;
    case SasVerification::State::Done:
        // Reported once the device is stored as verified (below).
        state = m_stored ? State::Verified : State::Confirmed;
        break;
    case SasVerification::State::Cancelled:
        state = State::Cancelled;
        break;
    }
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
        if (state == State::Comparing)
            emit sasReady();
        else if (state == State::Verified)
            emit verified();
        else if (state == State::Cancelled)
            emit cancelled(cancelCode(), cancelReason());
    }
    // Last: storing may finish at once and come back here through setVerified().
    if (m_machine.state() == SasVerification::State::Done && !m_stored && !m_storing) {
        m_storing = true;
        m_service->storeVerified(this);
    }
}

} // namespace atrium::sync
