#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct OlmSession;

namespace atrium::crypto {

class OlmAccount;

// An encrypted message of an Olm session: type 0 is a pre-key message
// (it can start a session), type 1 a normal one.
struct OlmMessage
{
    int type = 0;
    QByteArray body; // base64, as it travels in m.room.encrypted "ciphertext"
};

// One Olm (double ratchet) session with another device. Wraps libolm's
// OlmSession; one owner thread.
class OlmSession
{
public:
    // We start: needs their identity key and one of their one-time keys.
    static std::optional<OlmSession> createOutbound(const OlmAccount &account,
                                                    const QString &theirIdentityKey,
                                                    const QString &theirOneTimeKey, QString *error);
    // They started: from their first (pre-key) message. The caller must
    // remove the used one-time key from the account (removeOneTimeKeys).
    static std::optional<OlmSession> createInbound(OlmAccount &account,
                                                   const QString &theirIdentityKey,
                                                   const QByteArray &preKeyMessage, QString *error);
    static std::optional<OlmSession> unpickle(const QByteArray &pickle, const QByteArray &key,
                                              QString *error);

    OlmSession(OlmSession &&) noexcept;
    OlmSession &operator=(OlmSession &&) noexcept;
    ~OlmSession();

    QByteArray pickle(const QByteArray &key) const;
    QString sessionId() const;
    // Whether a pre-key message belongs to this session.
    bool matchesInbound(const QString &theirIdentityKey, const QByteArray &preKeyMessage) const;

    OlmMessage encrypt(const QByteArray &plaintext);
    std::optional<QByteArray> decrypt(const OlmMessage &message, QString *error);

private:
    OlmSession();
    QString lastError() const;

    std::unique_ptr<uint8_t[]> m_memory;
    ::OlmSession *m_session = nullptr;
};

} // namespace atrium::crypto
