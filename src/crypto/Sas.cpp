#include "Sas.h"

#include "OlmSupport.h"

#include <olm/sas.h>
#include <utility>

namespace atrium::crypto {

Sas::Sas() : m_memory(new uint8_t[olm_sas_size()]), m_sas(olm_sas(m_memory.get()))
{
    QByteArray random = olm::randomBytes(olm_create_sas_random_length(m_sas));
    // Fails only when given too few random bytes, which randomBytes never does.
    olm_create_sas(m_sas, random.data(), random.size());
    random.fill('\0');
}

Sas::Sas(Sas &&other) noexcept
    : m_memory(std::move(other.m_memory)), m_sas(std::exchange(other.m_sas, nullptr))
{}

Sas &Sas::operator=(Sas &&other) noexcept
{
    if (this != &other) {
        if (m_sas)
            olm_clear_sas(m_sas);
        m_memory = std::move(other.m_memory);
        m_sas = std::exchange(other.m_sas, nullptr);
    }
    return *this;
}

Sas::~Sas()
{
    if (m_sas)
        olm_clear_sas(m_sas);
}

QString Sas::lastError() const
{
    return QString::fromLatin1(olm_sas_last_error(m_sas));
}

QString Sas::publicKey() const
{
    QByteArray key(qsizetype(olm_sas_pubkey_length(m_sas)), Qt::Uninitialized);
    if (olm::failed(olm_sas_get_pubkey(m_sas, key.data(), key.size())))
        return {};
    return QString::fromLatin1(key);
}

bool Sas::setTheirKey(const QString &key, QString *error)
{
    QByteArray bytes = key.toLatin1(); // libolm decodes it in place
    if (bytes.isEmpty() || olm::failed(olm_sas_set_their_key(m_sas, bytes.data(), bytes.size()))) {
        if (error)
            *error = bytes.isEmpty() ? QStringLiteral("empty key") : lastError();
        return false;
    }
    return true;
}

bool Sas::hasTheirKey() const
{
    return olm_sas_is_their_key_set(m_sas) != 0;
}

QByteArray Sas::generateBytes(const QByteArray &info, int count) const
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (olm::failed(olm_sas_generate_bytes(m_sas, info.constData(), info.size(), bytes.data(),
                                           bytes.size())))
        return {};
    return bytes;
}

QString Sas::calculateMac(MacMethod method, const QByteArray &input, const QByteArray &info) const
{
    QByteArray mac(qsizetype(olm_sas_mac_length(m_sas)), Qt::Uninitialized);
    const auto calculate = method == MacMethod::HkdfHmacSha256V2
                               ? olm_sas_calculate_mac_fixed_base64
                               : olm_sas_calculate_mac;
    if (olm::failed(calculate(m_sas, input.constData(), input.size(), info.constData(), info.size(),
                              mac.data(), mac.size())))
        return {};
    return QString::fromLatin1(mac);
}

} // namespace atrium::crypto
