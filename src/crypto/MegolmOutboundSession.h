#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct OlmOutboundGroupSession;

namespace atrium::crypto {

// The sending half of a Megolm session: one per encrypted room at a time.
// Its session key is shared (over Olm) with every device that may read.
class MegolmOutboundSession
{
public:
    static MegolmOutboundSession create();
    static std::optional<MegolmOutboundSession> unpickle(const QByteArray &pickle,
                                                         const QByteArray &key, QString *error);

    MegolmOutboundSession(MegolmOutboundSession &&) noexcept;
    MegolmOutboundSession &operator=(MegolmOutboundSession &&) noexcept;
    ~MegolmOutboundSession();

    QByteArray pickle(const QByteArray &key) const;
    QString sessionId() const;
    // The index the next message will have.
    quint32 messageIndex() const;
    // The key at the current index, for m.room_key (base64).
    QString sessionKey() const;
    // Base64 ciphertext of `plaintext`; advances the ratchet.
    QString encrypt(const QByteArray &plaintext);

private:
    MegolmOutboundSession();

    std::unique_ptr<uint8_t[]> m_memory;
    ::OlmOutboundGroupSession *m_session = nullptr;
};

} // namespace atrium::crypto
