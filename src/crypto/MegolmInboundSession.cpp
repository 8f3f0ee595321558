#include "MegolmInboundSession.h"

#include "OlmSupport.h"

#include <olm/olm.h>

namespace atrium::crypto {

namespace {
uint8_t *bytes(QByteArray &array)
{
    return reinterpret_cast<uint8_t *>(array.data());
}
} // namespace

MegolmInboundSession::MegolmInboundSession()
    : m_memory(new uint8_t[olm_inbound_group_session_size()]),
      m_session(olm_inbound_group_session(m_memory.get()))
{}

MegolmInboundSession::MegolmInboundSession(MegolmInboundSession &&other) noexcept
    : m_memory(std::move(other.m_memory)), m_session(std::exchange(other.m_session, nullptr))
{}

MegolmInboundSession &MegolmInboundSession::operator=(MegolmInboundSession &&other) noexcept
{
    if (this != &other) {
        if (m_session)
            olm_clear_inbound_group_session(m_session);
        m_memory = std::move(other.m_memory);
        m_session = std::exchange(other.m_session, nullptr);
    }
    return *this;
}

MegolmInboundSession::~MegolmInboundSession()
{
    if (m_session)
        olm_clear_inbound_group_session(m_session);
}

QString MegolmInboundSession::lastError() const
{
    return QString::fromLatin1(olm_inbound_group_session_last_error(m_session));
}

std::optional<MegolmInboundSession> MegolmInboundSession::fromSessionKey(const QString &sessionKey,
                                                                         QString *error)
{
    MegolmInboundSession session;
    QByteArray key = sessionKey.toLatin1();
    if (olm::failed(olm_init_inbound_group_session(session.m_session, bytes(key), key.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    return session;
}

std::optional<MegolmInboundSession>
MegolmInboundSession::fromExportedKey(const QString &exportedKey, QString *error)
{
    MegolmInboundSession session;
    QByteArray key = exportedKey.toLatin1();
    if (olm::failed(olm_import_inbound_group_session(session.m_session, bytes(key), key.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    return session;
}

std::optional<MegolmInboundSession>
MegolmInboundSession::unpickle(const QByteArray &pickle, const QByteArray &key, QString *error)
{
    MegolmInboundSession session;
    QByteArray buffer = olm::scratchCopy(pickle);
    if (olm::failed(olm_unpickle_inbound_group_session(session.m_session, key.constData(),
                                                       key.size(), buffer.data(), buffer.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    return session;
}

QByteArray MegolmInboundSession::pickle(const QByteArray &key) const
{
    QByteArray pickled(qsizetype(olm_pickle_inbound_group_session_length(m_session)),
                       Qt::Uninitialized);
    olm_pickle_inbound_group_session(m_session, key.constData(), key.size(), pickled.data(),
                                     pickled.size());
    return pickled;
}

QString MegolmInboundSession::sessionId() const
{
    QByteArray id(qsizetype(olm_inbound_group_session_id_length(m_session)), Qt::Uninitialized);
    olm_inbound_group_session_id(m_session, bytes(id), id.size());
    return QString::fromLatin1(id);
}

quint32 MegolmInboundSession::firstKnownIndex() const
{
    return olm_inbound_group_session_first_known_index(m_session);
}

QString MegolmInboundSession::exportAt(quint32 index) const
{
    QByteArray exported(qsizetype(olm_export_inbound_group_session_length(m_session)),
                        Qt::Uninitialized);
    if (olm::failed(
            olm_export_inbound_group_session(m_session, bytes(exported), exported.size(), index)))
        return {};
    return QString::fromLatin1(exported);
}

std::optional<MegolmPlaintext> MegolmInboundSession::decrypt(const QString &ciphertext,
                                                             QString *error)
{
    QByteArray sizing = ciphertext.toLatin1();
    const std::size_t maxLength =
        olm_group_decrypt_max_plaintext_length(m_session, bytes(sizing), sizing.size());
    if (olm::failed(maxLength)) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    QByteArray message = ciphertext.toLatin1();
    MegolmPlaintext result;
    result.json.resize(qsizetype(maxLength));
    uint32_t index = 0;
    const std::size_t length = olm_group_decrypt(m_session, bytes(message), message.size(),
                                                 bytes(result.json), result.json.size(), &index);
    if (olm::failed(length)) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    result.json.truncate(qsizetype(length));
    result.messageIndex = index;
    return result;
}

} // namespace atrium::crypto
