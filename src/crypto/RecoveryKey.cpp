#include "RecoveryKey.h"

#include <cstring>
#include <vector>

namespace atrium::crypto::RecoveryKey {

namespace {

constexpr char Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr unsigned char Prefix[] = {0x8B, 0x01};
constexpr int KeyLength = 32;

QString base58(const QByteArray &bytes)
{
    // Repeated division of the big-endian number by 58.
    std::vector<unsigned char> number(bytes.begin(), bytes.end());
    QString digits;
    while (!number.empty()) {
        int remainder = 0;
        std::vector<unsigned char> quotient;
        for (unsigned char byte : number) {
            const int value = remainder * 256 + byte;
            if (!quotient.empty() || value / 58 > 0)
                quotient.push_back(static_cast<unsigned char>(value / 58));
            remainder = value % 58;
        }
        digits.prepend(QLatin1Char(Alphabet[remainder]));
        number = std::move(quotient);
    }
    for (char byte : bytes) {
        if (byte != 0)
            break;
        digits.prepend(QLatin1Char('1'));
    }
    return digits;
}

std::optional<QByteArray> unbase58(const QString &text)
{
    std::vector<unsigned char> number; // big-endian
    for (const QChar c : text) {
        const char *found = c.unicode() < 128 ? std::strchr(Alphabet, c.toLatin1()) : nullptr;
        if (!found || c.unicode() == 0)
            return std::nullopt;
        int carry = int(found - Alphabet);
        for (auto it = number.rbegin(); it != number.rend(); ++it) {
            const int value = *it * 58 + carry;
            *it = static_cast<unsigned char>(value & 0xff);
            carry = value >> 8;
        }
        while (carry > 0) {
            number.insert(number.begin(), static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray bytes(reinterpret_cast<const char *>(number.data()), qsizetype(number.size()));
    for (const QChar c : text) {
        if (c != QLatin1Char('1'))
            break;
        bytes.prepend('\0');
    }
    return bytes;
}

char parity(const QByteArray &bytes)
{
    char result = 0;
    for (char byte : bytes)
        result ^= byte;
    return result;
}

} // namespace

QString encode(const QByteArray &key)
{
    QByteArray bytes(reinterpret_cast<const char *>(Prefix), sizeof Prefix);
    bytes += key;
    bytes += parity(bytes);
    const QString digits = base58(bytes);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); i += 4) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += digits.mid(i, 4);
    }
    return grouped;
}

std::optional<QByteArray> decode(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<QByteArray> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QLatin1Char('\t'));
    const auto bytes = unbase58(digits);
    if (!bytes)
        return fail(QStringLiteral("the recovery key has a character that is not base58"));
    if (bytes->size() != qsizetype(sizeof Prefix) + KeyLength + 1 ||
        static_cast<unsigned char>(bytes->at(0)) != Prefix[0] ||
        static_cast<unsigned char>(bytes->at(1)) != Prefix[1])
        return fail(QStringLiteral("this is not a recovery key"));
    if (parity(bytes->left(bytes->size() - 1)) != bytes->back())
        return fail(QStringLiteral("the recovery key has a typo (its check byte does not match)"));
    return bytes->mid(sizeof Prefix, KeyLength);
}

} // namespace atrium::crypto::RecoveryKey
