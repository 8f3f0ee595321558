#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <memory>
#include <optional>

struct OlmAccount;

namespace atrium::crypto {

// This device's Olm identity: the long-term Curve25519 and Ed25519 keys,
// its one-time keys and fallback key. Wraps libolm's OlmAccount; not
// thread-safe (one owner thread, like every libolm object).
class OlmAccount
{
public:
    static OlmAccount create();
    // nullopt (with `error` set) when the pickle or its key is wrong.
    static std::optional<OlmAccount> unpickle(const QByteArray &pickle, const QByteArray &key,
                                              QString *error);

    OlmAccount(OlmAccount &&) noexcept;
    OlmAccount &operator=(OlmAccount &&) noexcept;
    ~OlmAccount();

    QByteArray pickle(const QByteArray &key) const;

    QString curve25519Key() const;
    QString ed25519Key() const;
    // Unpadded base64 Ed25519 signature of `message`.
    QString sign(const QByteArray &message) const;

    // {"curve25519": {keyId: key}} for keys not yet marked published.
    QJsonObject oneTimeKeys() const;
    // Same shape, for the fallback key not yet published (empty if none).
    QJsonObject unpublishedFallbackKey() const;
    int maxOneTimeKeys() const;
    void generateOneTimeKeys(int count);
    void generateFallbackKey();
    void markKeysAsPublished();

    ::OlmAccount *raw() const { return m_account; }

private:
    OlmAccount();
    QString lastError() const;
    QJsonObject identityKeys() const;

    std::unique_ptr<uint8_t[]> m_memory;
    ::OlmAccount *m_account = nullptr;
};

} // namespace atrium::crypto
