#include "OlmSession.h"

#include "OlmAccount.h"
#include "OlmSupport.h"

#include <olm/olm.h>

namespace atrium::crypto {

OlmSession::OlmSession()
    : m_memory(new uint8_t[olm_session_size()]), m_session(olm_session(m_memory.get()))
{}

OlmSession::OlmSession(OlmSession &&other) noexcept
    : m_memory(std::move(other.m_memory)), m_session(std::exchange(other.m_session, nullptr))
{}

OlmSession &OlmSession::operator=(OlmSession &&other) noexcept
{
    if (this != &other) {
        if (m_session)
            olm_clear_session(m_session);
        m_memory = std::move(other.m_memory);
        m_session = std::exchange(other.m_session, nullptr);
    }
    return *this;
}

OlmSession::~OlmSession()
{
    if (m_session)
        olm_clear_session(m_session);
}

QString OlmSession::lastError() const
{
    return QString::fromLatin1(olm_session_last_error(m_session));
}

std::optional<OlmSession> OlmSession::createOutbound(const OlmAccount &account,
                                                     const QString &theirIdentityKey,
                                                     const QString &theirOneTimeKey, QString *error)
{
    OlmSession session;
    const QByteArray identity = theirIdentityKey.toLatin1();
    const QByteArray oneTimeKey = theirOneTimeKey.toLatin1();
    QByteArray random =
        olm::randomBytes(olm_create_outbound_session_random_length(session.m_session));
    if (olm::failed(olm_create_outbound_session(
            session.m_session, account.raw(), identity.constData(), identity.size(),
            oneTimeKey.constData(), oneTimeKey.size(), random.data(), random.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    return session;
}

std::optional<OlmSession> OlmSession::createInbound(OlmAccount &account,
                                                    const QString &theirIdentityKey,
                                                    const QByteArray &preKeyMessage, QString *error)
{
    OlmSession session;
    const QByteArray identity = theirIdentityKey.toLatin1();
    QByteArray message = olm::scratchCopy(preKeyMessage);
    if (olm::failed(olm_create_inbound_session_from(session.m_session, account.raw(),
                                                    identity.constData(), identity.size(),
                                                    message.data(), message.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    olm_remove_one_time_keys(account.raw(), session.m_session);
    return session;
}

std::optional<OlmSession> OlmSession::unpickle(const QByteArray &pickle, const QByteArray &key,
                                               QString *error)
{
    OlmSession session;
    QByteArray buffer = olm::scratchCopy(pickle);
    if (olm::failed(olm_unpickle_session(session.m_session, key.constData(), key.size(),
                                         buffer.data(), buffer.size()))) {
        if (error)
            *error = session.lastError();
        return std::nullopt;
    }
    return session;
}

QByteArray OlmSession::pickle(const QByteArray &key) const
{
    QByteArray pickled(qsizetype(olm_pickle_session_length(m_session)), Qt::Uninitialized);
    olm_pickle_session(m_session, key.constData(), key.size(), pickled.data(), pickled.size());
    return pickled;
}

QString OlmSession::sessionId() const
{
    QByteArray id(qsizetype(olm_session_id_length(m_session)), Qt::Uninitialized);
    olm_session_id(m_session, id.data(), id.size());
    return QString::fromLatin1(id);
}

bool OlmSession::matchesInbound(const QString &theirIdentityKey,
                                const QByteArray &preKeyMessage) const
{
    const QByteArray identity = theirIdentityKey.toLatin1();
    QByteArray message = olm::scratchCopy(preKeyMessage);
    return olm_matches_inbound_session_from(m_session, identity.constData(), identity.size(),
                                            message.data(), message.size()) == 1;
}

OlmMessage OlmSession::encrypt(const QByteArray &plaintext)
{
    OlmMessage message;
    message.type = int(olm_encrypt_message_type(m_session));
    QByteArray random = olm::randomBytes(olm_encrypt_random_length(m_session));
    message.body.resize(qsizetype(olm_encrypt_message_length(m_session, plaintext.size())));
    olm_encrypt(m_session, plaintext.constData(), plaintext.size(), random.data(), random.size(),
                message.body.data(), message.body.size());
    return message;
}

std::optional<QByteArray> OlmSession::decrypt(const OlmMessage &message, QString *error)
{
    QByteArray sizing = olm::scratchCopy(message.body);
    const std::size_t maxLength = olm_decrypt_max_plaintext_length(
        m_session, std::size_t(message.type), sizing.data(), sizing.size());
    if (olm::failed(maxLength)) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    QByteArray ciphertext = olm::scratchCopy(message.body);
    QByteArray plaintext(qsizetype(maxLength), Qt::Uninitialized);
    const std::size_t length = olm_decrypt(m_session, std::size_t(message.type), ciphertext.data(),
                                           ciphertext.size(), plaintext.data(), plaintext.size());
    if (olm::failed(length)) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    plaintext.truncate(qsizetype(length));
    return plaintext;
}

} // namespace atrium::crypto
