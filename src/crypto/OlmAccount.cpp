#include "OlmAccount.h"

#include "OlmSupport.h"

#include <QJsonDocument>
#include <olm/olm.h>

namespace atrium::crypto {

OlmAccount::OlmAccount()
    : m_memory(new uint8_t[olm_account_size()]), m_account(olm_account(m_memory.get()))
{}

OlmAccount::OlmAccount(OlmAccount &&other) noexcept
    : m_memory(std::move(other.m_memory)), m_account(std::exchange(other.m_account, nullptr))
{}

OlmAccount &OlmAccount::operator=(OlmAccount &&other) noexcept
{
    if (this != &other) {
        if (m_account)
            olm_clear_account(m_account);
        m_memory = std::move(other.m_memory);
        m_account = std::exchange(other.m_account, nullptr);
    }
    return *this;
}

OlmAccount::~OlmAccount()
{
    if (m_account)
        olm_clear_account(m_account); // wipes the keys from memory
}

OlmAccount OlmAccount::create()
{
    OlmAccount account;
    QByteArray random = olm::randomBytes(olm_create_account_random_length(account.m_account));
    olm_create_account(account.m_account, random.data(), random.size());
    return account;
}

std::optional<OlmAccount> OlmAccount::unpickle(const QByteArray &pickle, const QByteArray &key,
                                               QString *error)
{
    OlmAccount account;
    QByteArray buffer = olm::scratchCopy(pickle);
    if (olm::failed(olm_unpickle_account(account.m_account, key.constData(), key.size(),
                                         buffer.data(), buffer.size()))) {
        if (error)
            *error = account.lastError();
        return std::nullopt;
    }
    return account;
}

QByteArray OlmAccount::pickle(const QByteArray &key) const
{
    QByteArray pickled(qsizetype(olm_pickle_account_length(m_account)), Qt::Uninitialized);
    olm_pickle_account(m_account, key.constData(), key.size(), pickled.data(), pickled.size());
    return pickled;
}

QString OlmAccount::lastError() const
{
    return QString::fromLatin1(olm_account_last_error(m_account));
}

static QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject OlmAccount::identityKeys() const
{
    QByteArray keys(qsizetype(olm_account_identity_keys_length(m_account)), Qt::Uninitialized);
    olm_account_identity_keys(m_account, keys.data(), keys.size());
    return parseObject(keys);
}

QString OlmAccount::curve25519Key() const
{
    return identityKeys().value("curve25519").toString();
}

QString OlmAccount::ed25519Key() const
{
    return identityKeys().value("ed25519").toString();
}

QString OlmAccount::sign(const QByteArray &message) const
{
    QByteArray signature(qsizetype(olm_account_signature_length(m_account)), Qt::Uninitialized);
    olm_account_sign(m_account, message.constData(), message.size(), signature.data(),
                     signature.size());
    return QString::fromLatin1(signature);
}

QJsonObject OlmAccount::oneTimeKeys() const
{
    QByteArray keys(qsizetype(olm_account_one_time_keys_length(m_account)), Qt::Uninitialized);
    olm_account_one_time_keys(m_account, keys.data(), keys.size());
    return parseObject(keys);
}

QJsonObject OlmAccount::unpublishedFallbackKey() const
{
    QByteArray key(qsizetype(olm_account_unpublished_fallback_key_length(m_account)),
                   Qt::Uninitialized);
    olm_account_unpublished_fallback_key(m_account, key.data(), key.size());
    return parseObject(key);
}

int OlmAccount::maxOneTimeKeys() const
{
    return int(olm_account_max_number_of_one_time_keys(m_account));
}

void OlmAccount::generateOneTimeKeys(int count)
{
    if (count <= 0)
        return;
    QByteArray random = olm::randomBytes(
        olm_account_generate_one_time_keys_random_length(m_account, std::size_t(count)));
    olm_account_generate_one_time_keys(m_account, std::size_t(count), random.data(), random.size());
}

void OlmAccount::generateFallbackKey()
{
    QByteArray random =
        olm::randomBytes(olm_account_generate_fallback_key_random_length(m_account));
    olm_account_generate_fallback_key(m_account, random.data(), random.size());
}

void OlmAccount::markKeysAsPublished()
{
    olm_account_mark_keys_as_published(m_account);
}

} // namespace atrium::crypto
