#include "SasVerification.h"

#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>

namespace atrium::crypto {

namespace {

constexpr auto Request = "m.key.verification.request";
constexpr auto Ready = "m.key.verification.ready";
constexpr auto Start = "m.key.verification.start";
constexpr auto Accept = "m.key.verification.accept";
constexpr auto Key = "m.key.verification.key";
constexpr auto Mac = "m.key.verification.mac";
constexpr auto Done = "m.key.verification.done";
constexpr auto Cancel = "m.key.verification.cancel";

const QStringList OurSasMethods{QStringLiteral("decimal"), QStringLiteral("emoji")};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString unpaddedSha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace

const QList<SasEmoji> &SasVerification::emojiTable()
{
    // The spec's table (Appendices, "SAS method: emoji"): index, emoji, name.
    static const QList<SasEmoji> table = {
        {0, QStringLiteral("🐶"), QStringLiteral("Dog")},
        {1, QStringLiteral("🐱"), QStringLiteral("Cat")},
        {2, QStringLiteral("🦁"), QStringLiteral("Lion")},
        {3, QStringLiteral("🐎"), QStringLiteral("Horse")},
        {4, QStringLiteral("🦄"), QStringLiteral("Unicorn")},
        {5, QStringLiteral("🐷"), QStringLiteral("Pig")},
        {6, QStringLiteral("🐘"), QStringLiteral("Elephant")},
        {7, QStringLiteral("🐰"), QStringLiteral("Rabbit")},
        {8, QStringLiteral("🐼"), QStringLiteral("Panda")},
        {9, QStringLiteral("🐓"), QStringLiteral("Rooster")},
        {10, QStringLiteral("🐧"), QStringLiteral("Penguin")},
        {11, QStringLiteral("🐢"), QStringLiteral("Turtle")},
        {12, QStringLiteral("🐟"), QStringLiteral("Fish")},
        {13, QStringLiteral("🐙"), QStringLiteral("Octopus")},
        {14, QStringLiteral("🦋"), QStringLiteral("Butterfly")},
        {15, QStringLiteral("🌷"), QStringLiteral("Flower")},
        {16, QStringLiteral("🌳"), QStringLiteral("Tree")},
        {17, QStringLiteral("🌵"), QStringLiteral("Cactus")},
        {18, QStringLiteral("🍄"), QStringLiteral("Mushroom")},
        {19, QStringLiteral("🌏"), QStringLiteral("Globe")},
        {20, QStringLiteral("🌙"), QStringLiteral("Moon")},
        {21, QStringLiteral("☁️"), QStringLiteral("Cloud")},
        {22, QStringLiteral("🔥"), QStringLiteral("Fire")},
        {23, QStringLiteral("🍌"), QStringLiteral("Banana")},
        {24, QStringLiteral("🍎"), QStringLiteral("Apple")},
        {25, QStringLiteral("🍓"), QStringLiteral("Strawberry")},
        {26, QStringLiteral("🌽"), QStringLiteral("Corn")},
        {27, QStringLiteral("🍕"), QStringLiteral("Pizza")},
        {28, QStringLiteral("🎂"), QStringLiteral("Cake")},
        {29, QStringLiteral("❤️"), QStringLiteral("Heart")},
        {30, QStringLiteral("😀"), QStringLiteral("Smiley")},
        {31, QStringLiteral("🤖"), QStringLiteral("Robot")},
        {32, QStringLiteral("🎩"), QStringLiteral("Hat")},
        {33, QStringLiteral("👓"), QStringLiteral("Glasses")},
        {34, QStringLiteral("🔧"), QStringLiteral("Spanner")},
        {35, QStringLiteral("🎅"), QStringLiteral("Santa")},
        {36, QStringLiteral("👍"), QStringLiteral("Thumbs Up")},
        {37, QStringLiteral("☂️"), QStringLiteral("Umbrella")},
        {38, QStringLiteral("⌛"), QStringLiteral("Hourglass")},
        {39, QStringLiteral("⏰"), QStringLiteral("Clock")},
        {40, QStringLiteral("🎁"), QStringLiteral("Gift")},
        {41, QStringLiteral("💡"), QStringLiteral("Light Bulb")},
        {42, QStringLiteral("📕"), QStringLiteral("Book")},
        {43, QStringLiteral("✏️"), QStringLiteral("Pencil")},
        {44, QStringLiteral("📎"), QStringLiteral("Paperclip")},
        {45, QStringLiteral("✂️"), QStringLiteral("Scissors")},
        {46, QStringLiteral("🔒"), QStringLiteral("Lock")},
        {47, QStringLiteral("🔑"), QStringLiteral("Key")},
        {48, QStringLiteral("🔨"), QStringLiteral("Hammer")},
        {49, QStringLiteral("☎️"), QStringLiteral("Telephone")},
        {50, QStringLiteral("🏁"), QStringLiteral("Flag")},
        {51, QStringLiteral("🚂"), QStringLiteral("Train")},
        {52, QStringLiteral("🚲"), QStringLiteral("Bicycle")},
        {53, QStringLiteral("✈️"), QStringLiteral("Aeroplane")},
        {54, QStringLiteral("🚀"), QStringLiteral("Rocket")},
        {55, QStringLiteral("🏆"), QStringLiteral("Trophy")},
        {56, QStringLiteral("⚽"), QStringLiteral("Ball")},
        {57, QStringLiteral("🎸"), QStringLiteral("Guitar")},
        {58, QStringLiteral("🎺"), QStringLiteral("Trumpet")},
        {59, QStringLiteral("🔔"), QStringLiteral("Bell")},
        {60, QStringLiteral("⚓"), QStringLiteral("Anchor")},
        {61, QStringLiteral("🎧"), QStringLiteral("Headphones")},
        {62, QStringLiteral("📁"), QStringLiteral("Folder")},
        {63, QStringLiteral("📌"), QStringLiteral("Pin")},
    };
    return table;
}

SasVerification::SasVerification(const VerificationParty &own, const VerificationParty &their,
                                 const QString &transactionId, Channel channel)
    : m_own(own), m_their(their), m_transactionId(transactionId), m_channel(channel)
{}

QString SasVerification::transactionOf(const QJsonObject &content, Channel channel)
{
    if (channel == Channel::ToDevice)
        return content.value("transaction_id").toString();
    const QJsonObject relation = content.value("m.relates_to").toObject();
    return relation.value("rel_type").toString() == QLatin1String("m.reference")
               ? relation.value("event_id").toString()
               : QString();
}

VerificationMessage SasVerification::message(const char *type, QJsonObject content) const
{
    if (m_channel == Channel::ToDevice)
        content.insert(QLatin1String("transaction_id"), m_transactionId);
    else
        content.insert(QLatin1String("m.relates_to"),
                       QJsonObject{{"rel_type", "m.reference"}, {"event_id", m_transactionId}});
    return {QString::fromLatin1(type), content};
}

QList<VerificationMessage> SasVerification::request(qint64 nowMs)
{
    if (m_state != State::Idle)
        return {};
    m_state = State::Requested;
    m_withRequest = true;
    if (m_channel == Channel::Room)
        return {{QStringLiteral("m.room.message"),
                 {{"msgtype", RequestMsgtype},
                  {"body", QStringLiteral("%1 is asking to verify your key, but your client does "
                                          "not support in-room verification.")
                               .arg(m_own.userId)},
                  {"to", m_their.userId},
                  {"from_device", m_own.deviceId},
                  {"methods", QJsonArray{MethodSas}}}}};
    return {message(Request, {{"from_device", m_own.deviceId},
                              {"methods", QJsonArray{MethodSas}},
                              {"timestamp", nowMs}})};
}

QJsonObject SasVerification::startContent() const
{
    return QJsonObject{
        {"from_device", m_own.deviceId},
        {"method", MethodSas},
        {"key_agreement_protocols", QJsonArray{KeyAgreement}},
        {"hashes", QJsonArray{Hash}},
        {"message_authentication_codes", QJsonArray{MacV2, MacV1}},
        {"short_authentication_string", QJsonArray::fromStringList(OurSasMethods)},
    };
}

QList<VerificationMessage> SasVerification::start()
{
    if (m_state != State::Idle && m_state != State::Ready)
        return {};
    m_state = State::Started;
    m_weStarted = true;
    // The commitment covers the start as sent: with its transaction id or
    // its relation.
    VerificationMessage sent = message(Start, startContent());
    m_start = sent.content;
    return {sent};
}

QList<VerificationMessage> SasVerification::receive(const QString &type, const QJsonObject &content)
{
    if (isFinished())
        return {};
    if (transactionOf(content, m_channel) != m_transactionId)
        return cancel(QStringLiteral("m.unknown_transaction"),
                      QStringLiteral("the event belongs to another verification"));
    const QByteArray name = type.toLatin1();
    if (name == Cancel) {
        m_state = State::Cancelled;
        m_cancelledByThem = true;
        m_cancelCode = content.value("code").toString();
        m_cancelReason = content.value("reason").toString();
        return {};
    }
    if (name == Request)
        return receiveRequest(content);
    if (name == Ready)
        return receiveReady(content);
    if (name == Start)
        return receiveStart(content);
    if (name == Accept)
        return receiveAccept(content);
    if (name == Key)
        return receiveKey(content);
    if (name == Mac)
        return receiveMac(content);
    if (name == Done)
        return receiveDone();
    return cancel(QStringLiteral("m.unexpected_message"),
                  QStringLiteral("unknown verification event %1").arg(type));
}

QList<VerificationMessage> SasVerification::receiveRequest(const QJsonObject &content)
{
    if (m_state != State::Idle)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("a request in the middle of a verification"));
    m_theyBegan = true;
    m_withRequest = true;
    m_state = State::Requested;
    if (content.value("from_device").toString() != m_their.deviceId)
        return cancel(QStringLiteral("m.invalid_message"),
                      QStringLiteral("the request names another device"));
    if (!strings(content.value("methods")).contains(QLatin1String(MethodSas)))
        return cancel(QStringLiteral("m.unknown_method"),
                      QStringLiteral("only m.sas.v1 is supported"));
    return {};
}

QList<VerificationMessage> SasVerification::receiveReady(const QJsonObject &content)
{
    if (m_state != State::Requested || m_theyBegan)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("ready without our request"));
    if (content.value("from_device").toString() != m_their.deviceId)
        return cancel(QStringLiteral("m.invalid_message"),
                      QStringLiteral("the answer names another device"));
    if (!strings(content.value("methods")).contains(QLatin1String(MethodSas)))
        return cancel(QStringLiteral("m.unknown_method"),
                      QStringLiteral("the other device offers no SAS verification"));
    m_state = State::Ready;
    // We asked, so we go on: the other side waits for our start.
    return start();
}

bool SasVerification::weWinStartRace() const
{
    // The spec's tie-break when both sides send a start: the lower user id,
    // then the lower device id, keeps its own.
    if (m_own.userId != m_their.userId)
        return m_own.userId < m_their.userId;
    return m_own.deviceId < m_their.deviceId;
}

QList<VerificationMessage> SasVerification::receiveStart(const QJsonObject &content)
{
    const bool collision = m_state == State::Started && m_weStarted;
    if (collision && weWinStartRace())
        return {}; // they will follow our start
    if (!collision && m_state != State::Idle && m_state != State::Ready)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("a start in the middle of a verification"));
    const bool afterReady = m_state == State::Ready || collision;
    if (m_state == State::Idle)
        m_theyBegan = true;
    m_state = State::Started;
    m_weStarted = false;
    m_start = content;
    if (content.value("from_device").toString() != m_their.deviceId)
        return cancel(QStringLiteral("m.invalid_message"),
                      QStringLiteral("the start names another device"));
    if (content.value("method").toString() != QLatin1String(MethodSas))
        return cancel(QStringLiteral("m.unknown_method"),
                      QStringLiteral("only m.sas.v1 is supported"));
    const QStringList macs = strings(content.value("message_authentication_codes"));
    if (macs.contains(QLatin1String(MacV2)))
        m_mac = QLatin1String(MacV2);
    else if (macs.contains(QLatin1String(MacV1)))
        m_mac = QLatin1String(MacV1);
    for (const QString &method : strings(content.value("short_authentication_string"))) {
        if (OurSasMethods.contains(method))
            m_sasMethods.append(method);
    }
    if (!strings(content.value("key_agreement_protocols")).contains(QLatin1String(KeyAgreement)) ||
        !strings(content.value("hashes")).contains(QLatin1String(Hash)) || m_mac.isEmpty() ||
        m_sasMethods.isEmpty())
        return cancel(QStringLiteral("m.unknown_method"),
                      QStringLiteral("no key agreement, hash, MAC or SAS method in common"));
    // After our ready (or our own start) the user has already said yes.
    if (afterReady)
        return acceptStart();
    return {};
}

QList<VerificationMessage> SasVerification::accept()
{
    if (!m_theyBegan)
        return {};
    if (m_state == State::Requested) {
        m_state = State::Ready;
        return {
            message(Ready, {{"from_device", m_own.deviceId}, {"methods", QJsonArray{MethodSas}}})};
    }
    if (m_state == State::Started && !m_weStarted)
        return acceptStart();
    return {};
}

QList<VerificationMessage> SasVerification::acceptStart()
{
    m_state = State::Accepted;
    const QString commitment =
        unpaddedSha256(m_sas.publicKey().toLatin1() + canonicalJson(m_start));
    return {
        message(Accept, {{"method", MethodSas},
                         {"key_agreement_protocol", KeyAgreement},
                         {"hash", Hash},
                         {"message_authentication_code", m_mac},
                         {"short_authentication_string", QJsonArray::fromStringList(m_sasMethods)},
                         {"commitment", commitment}})};
}

QList<VerificationMessage> SasVerification::receiveAccept(const QJsonObject &content)
{
    if (m_state != State::Started || !m_weStarted)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("an accept without our start"));
    const QString mac = content.value("message_authentication_code").toString();
    for (const QString &method : strings(content.value("short_authentication_string"))) {
        if (OurSasMethods.contains(method))
            m_sasMethods.append(method);
    }
    if (content.value("key_agreement_protocol").toString() != QLatin1String(KeyAgreement) ||
        content.value("hash").toString() != QLatin1String(Hash) ||
        (mac != QLatin1String(MacV2) && mac != QLatin1String(MacV1)) || m_sasMethods.isEmpty())
        return cancel(QStringLiteral("m.unknown_method"),
                      QStringLiteral("the accept chose methods we did not offer"));
    m_mac = mac;
    m_commitment = content.value("commitment").toString();
    m_state = State::Accepted;
    return sendKey();
}

QList<VerificationMessage> SasVerification::sendKey()
{
    return {message(Key, {{"key", m_sas.publicKey()}})};
}

QList<VerificationMessage> SasVerification::receiveKey(const QJsonObject &content)
{
    if (m_state != State::Accepted || m_sas.hasTheirKey())
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("a key before the methods were agreed"));
    const QString key = content.value("key").toString();
    // Their key must be the one they committed to before seeing ours.
    if (m_weStarted && unpaddedSha256(key.toLatin1() + canonicalJson(m_start)) != m_commitment)
        return cancel(QStringLiteral("m.mismatched_commitment"),
                      QStringLiteral("the key does not match the commitment"));
    QString error;
    if (!m_sas.setTheirKey(key, &error))
        return cancel(QStringLiteral("m.invalid_message"),
                      QStringLiteral("unusable key: %1").arg(error));
    m_theirKey = key;
    m_state = State::KeysExchanged;
    return m_weStarted ? QList<VerificationMessage>{} : sendKey();
}

QByteArray SasVerification::sasInfo() const
{
    const VerificationParty &starter = m_weStarted ? m_own : m_their;
    const VerificationParty &accepter = m_weStarted ? m_their : m_own;
    const QString starterKey = m_weStarted ? m_sas.publicKey() : m_theirKey;
    const QString accepterKey = m_weStarted ? m_theirKey : m_sas.publicKey();
    return QStringLiteral("MATRIX_KEY_VERIFICATION_SAS|%1|%2|%3|%4|%5|%6|%7")
        .arg(starter.userId, starter.deviceId, starterKey, accepter.userId, accepter.deviceId,
             accepterKey, m_transactionId)
        .toUtf8();
}

QByteArray SasVerification::sasBytes(int count) const
{
    if (m_state != State::KeysExchanged && m_state != State::Confirmed && m_state != State::Done)
        return {};
    return m_sas.generateBytes(sasInfo(), count);
}

QList<SasEmoji> SasVerification::emoji() const
{
    const QByteArray bytes = sasBytes(6);
    if (bytes.size() != 6)
        return {};
    quint64 bits = 0;
    for (char byte : bytes)
        bits = (bits << 8) | quint8(byte);
    QList<SasEmoji> result;
    for (int i = 0; i < 7; ++i) // the first 42 of the 48 bits, 6 at a time
        result.append(emojiTable().at(int((bits >> (42 - 6 * i)) & 63)));
    return result;
}

QList<int> SasVerification::decimals() const
{
    const QByteArray bytes = sasBytes(5);
    if (bytes.size() != 5)
        return {};
    quint64 bits = 0;
    for (char byte : bytes)
        bits = (bits << 8) | quint8(byte);
    // Three numbers of 13 bits each, plus 1000; the 40th bit is unused.
    return {int((bits >> 27) & 0x1fff) + 1000, int((bits >> 14) & 0x1fff) + 1000,
            int((bits >> 1) & 0x1fff) + 1000};
}

Sas::MacMethod SasVerification::macMethod() const
{
    return m_mac == QLatin1String(MacV2) ? Sas::MacMethod::HkdfHmacSha256V2
                                         : Sas::MacMethod::HkdfHmacSha256;
}

QList<VerificationMessage> SasVerification::confirm()
{
    if (m_state != State::KeysExchanged)
        return {};
    m_state = State::Confirmed;
    const QString base = QStringLiteral("MATRIX_KEY_VERIFICATION_MAC") + m_own.userId +
                         m_own.deviceId + m_their.userId + m_their.deviceId + m_transactionId;
    // This device's key, and the master key if we have one (spec: so that
    // the other side can trust our cross-signing identity too).
    QMap<QString, QString> keys{{QStringLiteral("ed25519:") + m_own.deviceId, m_own.ed25519}};
    if (!m_own.masterKey.isEmpty())
        keys.insert(QStringLiteral("ed25519:") + m_own.masterKey, m_own.masterKey);
    QJsonObject macs;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        macs.insert(it.key(), m_sas.calculateMac(macMethod(), it.value().toUtf8(),
                                                 (base + it.key()).toUtf8()));
    const QString keyIds = keys.keys().join(QLatin1Char(',')); // QMap: sorted, as the spec asks
    QList<VerificationMessage> out{
        message(Mac, {{"mac", macs},
                      {"keys", m_sas.calculateMac(macMethod(), keyIds.toUtf8(),
                                                  (base + QStringLiteral("KEY_IDS")).toUtf8())}})};
    if (m_theirMac)
        out += checkTheirMac();
    return out;
}

QList<VerificationMessage> SasVerification::receiveMac(const QJsonObject &content)
{
    if ((m_state != State::KeysExchanged && m_state != State::Confirmed) || m_theirMac)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("a MAC before the keys were exchanged"));
    m_theirMac = content;
    // Checked only once our user has compared: until then it proves nothing.
    return m_state == State::Confirmed ? checkTheirMac() : QList<VerificationMessage>{};
}

QList<VerificationMessage> SasVerification::checkTheirMac()
{
    const QJsonObject macs = m_theirMac->value("mac").toObject();
    const QString base = QStringLiteral("MATRIX_KEY_VERIFICATION_MAC") + m_their.userId +
                         m_their.deviceId + m_own.userId + m_own.deviceId + m_transactionId;
    QStringList keyIds = macs.keys();
    keyIds.sort();
    const QString keysMac = m_sas.calculateMac(macMethod(), keyIds.join(QLatin1Char(',')).toUtf8(),
                                               (base + QStringLiteral("KEY_IDS")).toUtf8());
    if (keysMac.isEmpty() || m_theirMac->value("keys").toString() != keysMac)
        return cancel(QStringLiteral("m.key_mismatch"),
                      QStringLiteral("the MAC of the key list does not match"));
    // Their device key must be among the keys and match the one we hold.
    const QString deviceKeyId = QStringLiteral("ed25519:") + m_their.deviceId;
    const QString expected =
        m_sas.calculateMac(macMethod(), m_their.ed25519.toUtf8(), (base + deviceKeyId).toUtf8());
    if (!macs.contains(deviceKeyId) || macs.value(deviceKeyId).toString() != expected)
        return cancel(QStringLiteral("m.key_mismatch"),
                      QStringLiteral("the device key is not the one we know"));
    // Their master key, if they included the one we know; other keys we
    // cannot check are ignored.
    const QString masterKeyId = QStringLiteral("ed25519:") + m_their.masterKey;
    if (!m_their.masterKey.isEmpty() && macs.contains(masterKeyId)) {
        if (macs.value(masterKeyId).toString() != m_sas.calculateMac(macMethod(),
                                                                     m_their.masterKey.toUtf8(),
                                                                     (base + masterKeyId).toUtf8()))
            return cancel(QStringLiteral("m.key_mismatch"),
                          QStringLiteral("the master key is not the one we know"));
        m_theirMasterChecked = true;
    }
    m_macChecked = true;
    return finishIfDone();
}

QList<VerificationMessage> SasVerification::receiveDone()
{
    if (!m_withRequest || m_state != State::Confirmed)
        return cancel(QStringLiteral("m.unexpected_message"),
                      QStringLiteral("done before the MACs were exchanged"));
    m_doneReceived = true;
    return finishIfDone();
}

QList<VerificationMessage> SasVerification::finishIfDone()
{
    QList<VerificationMessage> out;
    if (!m_macChecked)
        return out;
    if (!m_withRequest) {
        m_state = State::Done; // the flow without request has no done
        return out;
    }
    if (!m_doneSent) {
        m_doneSent = true;
        out.append(message(Done, {}));
    }
    if (m_doneReceived)
        m_state = State::Done;
    return out;
}

QList<VerificationMessage> SasVerification::mismatch()
{
    return cancel(QStringLiteral("m.mismatched_sas"),
                  QStringLiteral("the short authentication strings do not match"));
}

QList<VerificationMessage> SasVerification::cancel(const QString &code, const QString &reason)
{
    if (isFinished())
        return {};
    m_state = State::Cancelled;
    m_cancelCode = code;
    m_cancelReason = reason;
    return {message(Cancel, {{"code", code}, {"reason", reason}})};
}

} // namespace atrium::crypto
