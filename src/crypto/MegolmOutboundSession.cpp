#include "MegolmOutboundSession.h"

#include "OlmSupport.h"

#include <olm/olm.h>

namespace atrium::crypto {

MegolmOutboundSession::MegolmOutboundSession()
    : m_memory(new uint8_t[olm_outbound_group_session_size()]),
      m_session(olm_outbound_group_session(m_memory.get()))
{}

MegolmOutboundSession::MegolmOutboundSession(MegolmOutboundSession &&other) noexcept
    : m_memory(std::move(other.m_memory)), m_session(std::exchange(other.m_session, nullptr))
{}

MegolmOutboundSession &MegolmOutboundSession::operator=(MegolmOutboundSession &&other) noexcept
{
    if (this != &other) {
        if (m_session)
            olm_clear_outbound_group_session(m_session);
        m_memory = std::move(other.m_memory);
        m_session = std::exchange(other.m_session, nullptr);
    }
    return *this;
}

MegolmOutboundSession::~MegolmOutboundSession()
{
    if (m_session)
        olm_clear_outbound_group_session(m_session);
}

MegolmOutboundSession MegolmOutboundSession::create()
{
    MegolmOutboundSession session;
    QByteArray random =
        olm::randomBytes(olm_init_outbound_group_session_random_length(session.m_session));
    olm_init_outbound_group_session(session.m_session, reinterpret_cast<uint8_t *>(random.data()),
                                    random.size());
    return session;
}

std::optional<MegolmOutboundSession>
MegolmOutboundSession::unpickle(const QByteArray &pickle, const QByteArray &key, QString *error)
{
    MegolmOutboundSession session;
    QByteArray buffer = olm::scratchCopy(pickle);
    if (olm::failed(olm_unpickle_outbound_group_session(
            session.m_session, key.constData(), key.size(), buffer.data(), buffer.size()))) {
        if (error)
            *error = QString::fromLatin1(olm_outbound_group_session_last_error(session.m_session));
        return std::nullopt;
    }
    return session;
}

QByteArray MegolmOutboundSession::pickle(const QByteArray &key) const
{
    QByteArray pickled(qsizetype(olm_pickle_outbound_group_session_length(m_session)),
                       Qt::Uninitialized);
    olm_pickle_outbound_group_session(m_session, key.constData(), key.size(), pickled.data(),
                                      pickled.size());
    return pickled;
}

QString MegolmOutboundSession::sessionId() const
{
    QByteArray id(qsizetype(olm_outbound_group_session_id_length(m_session)), Qt::Uninitialized);
    olm_outbound_group_session_id(m_session, reinterpret_cast<uint8_t *>(id.data()), id.size());
    return QString::fromLatin1(id);
}

quint32 MegolmOutboundSession::messageIndex() const
{
    return olm_outbound_group_session_message_index(m_session);
}

QString MegolmOutboundSession::sessionKey() const
{
    QByteArray key(qsizetype(olm_outbound_group_session_key_length(m_session)), Qt::Uninitialized);
    olm_outbound_group_session_key(m_session, reinterpret_cast<uint8_t *>(key.data()), key.size());
    return QString::fromLatin1(key);
}

QString MegolmOutboundSession::encrypt(const QByteArray &plaintext)
{
    QByteArray message(qsizetype(olm_group_encrypt_message_length(m_session, plaintext.size())),
                       Qt::Uninitialized);
    olm_group_encrypt(m_session, reinterpret_cast<const uint8_t *>(plaintext.constData()),
                      plaintext.size(), reinterpret_cast<uint8_t *>(message.data()),
                      message.size());
    return QString::fromLatin1(message);
}

} // namespace atrium::crypto
