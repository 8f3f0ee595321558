#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct OlmInboundGroupSession;

namespace atrium::crypto {

struct MegolmPlaintext
{
    QByteArray json;
    quint32 messageIndex = 0;
};

// The receiving half of a Megolm session, made from an m.room_key's
// session key or imported from an exported key (m.forwarded_room_key,
// key backup, key export files).
class MegolmInboundSession
{
public:
    static std::optional<MegolmInboundSession> fromSessionKey(const QString &sessionKey,
                                                              QString *error);
    static std::optional<MegolmInboundSession> fromExportedKey(const QString &exportedKey,
                                                               QString *error);
    static std::optional<MegolmInboundSession> unpickle(const QByteArray &pickle,
                                                        const QByteArray &key, QString *error);

    MegolmInboundSession(MegolmInboundSession &&) noexcept;
    MegolmInboundSession &operator=(MegolmInboundSession &&) noexcept;
    ~MegolmInboundSession();

    QByteArray pickle(const QByteArray &key) const;
    QString sessionId() const;
    quint32 firstKnownIndex() const;
    // The session exported from `index` on (for forwarding and backup).
    QString exportAt(quint32 index) const;
    std::optional<MegolmPlaintext> decrypt(const QString &ciphertext, QString *error);

private:
    MegolmInboundSession();
    QString lastError() const;

    std::unique_ptr<uint8_t[]> m_memory;
    ::OlmInboundGroupSession *m_session = nullptr;
};

} // namespace atrium::crypto
