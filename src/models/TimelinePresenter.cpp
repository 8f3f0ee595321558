#include "TimelinePresenter.h"

#include "EmojiText.h"
#include "HtmlSanitizer.h"
#include "Linkify.h"
#include "MessageMedia.h"
#include "Pills.h"
#include "StateChangeText.h"
#include "TimelineModel.h"
#include "matrix/Relations.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace atrium::models {

namespace {

constexpr qint64 GroupingMs = 5 * 60 * 1000;

QString sendStateName(store::TimelineEvent::SendState state)
{
    switch (state) {
    case store::TimelineEvent::SendState::Remote:
        return QStringLiteral("sent");
    case store::TimelineEvent::SendState::Pending:
    case store::TimelineEvent::SendState::Sending:
        return QStringLiteral("pending");
    case store::TimelineEvent::SendState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString kindName(TimelineRow::Kind kind)
{
    switch (kind) {
    case TimelineRow::Kind::Message:
        return QStringLiteral("message");
    case TimelineRow::Kind::State:
        return QStringLiteral("state");
    case TimelineRow::Kind::Action:
        return QStringLiteral("action");
    }
    return {};
}

bool isEditableMessage(const TimelineRow &row)
{
    const QString msgtype = row.event.content.value(QLatin1String("msgtype")).toString();
    return row.event.type == QLatin1String("m.room.message") && !row.isRedacted() &&
           (msgtype == QLatin1String("m.text") || msgtype == QLatin1String("m.emote") ||
            msgtype == QLatin1String("m.notice"));
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

// Why an event cannot be read, in the reader's language; the store's English
// detail only where the failure has no name of its own.
QString decryptionReason(const store::TimelineEvent &event)
{
    using Failure = store::TimelineEvent::DecryptionFailure;
    switch (event.decryptionFailure) {
    case Failure::MissingKey:
        return TimelineModel::tr("the sender's key for this message has not arrived");
    case Failure::UnknownIndex:
        return TimelineModel::tr("this device received the key only from a later message on");
    case Failure::Replayed:
        return TimelineModel::tr("refused: this message was sent before, as another event");
    case Failure::WrongRoom:
        return TimelineModel::tr("refused: the message was encrypted for another room");
    case Failure::Malformed:
        return TimelineModel::tr("the encrypted message is malformed");
    case Failure::Other:
        return TimelineModel::tr("cannot decrypt: %1").arg(event.decryptionError);
    case Failure::None:
        break;
    }
    // No reason: this session has no encryption to try with.
    return TimelineModel::tr("this device does not have the key");
}

// A message's text as shown: the latest edit's, without a reply's fallback quote.
QString bodyOf(const TimelineRow &entry)
{
    if (entry.kind() != TimelineRow::Kind::Message)
        return QString();
    const QString body = entry.currentContent().value(QLatin1String("body")).toString();
    return entry.replyTo().isEmpty() ? body : matrix::Relations::stripReplyFallback(body);
}

// A plain body shown as HTML when it has something to link or pill; else
// empty, and the view shows it as plain text, which lays out faster.
QString plainBodyAsHtml(const QString &body, const QString &self)
{
    static const QRegularExpression worthLinking(QStringLiteral(R"re(://|www\.|[@#]\S*:|@room)re"));
    if (!body.contains(worthLinking))
        return {};
    return Pills::decorate(Linkify::plainText(body), self);
}

} // namespace

QVariant TimelinePresenter::value(const TimelineRow &entry, const TimelineRow *previous, int role,
                                  const QString &self) const
{
    using Row = TimelineRow;
    using M = TimelineModel;
    const store::TimelineEvent &event = entry.event;
    const bool own = !self.isEmpty() && event.sender == self;
    switch (role) {
    case M::EventIdRole:
        return event.eventId;
    case M::TransactionIdRole:
        return event.transactionId;
    case M::TypeRole:
        return event.type;
    case M::SenderRole:
        return event.sender;
    case M::SenderNameRole:
        return m_nameOf(event.sender);
    case Qt::DisplayRole:
    case M::BodyRole:
        return bodyOf(entry);
    case M::EmojiOnlyRole:
        return !entry.isDeleted() && isEmojiOnly(bodyOf(entry));
    case M::FormattedBodyRole: {
        if (entry.kind() != Row::Kind::Message)
            return QString();
        const QJsonObject content = entry.currentContent();
        if (content.value(QLatin1String("format")).toString() !=
            QLatin1String("org.matrix.custom.html"))
            return plainBodyAsHtml(bodyOf(entry), self);
        const auto spoilers =
            entry.spoilersShown ? HtmlSanitizer::Spoilers::Shown : HtmlSanitizer::Spoilers::Hidden;
        return Pills::decorate(
            Linkify::html(HtmlSanitizer::sanitize(
                content.value(QLatin1String("formatted_body")).toString(), spoilers)),
            self);
    }
    case M::TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(event.originServerTs);
    case M::SendStateRole:
        return sendStateName(event.sendState);
    case M::SendErrorRole:
        return event.sendError;
    case M::IsOwnRole:
        return own;
    case M::ShowSenderRole: {
        if (entry.kind() != Row::Kind::Message)
            return false;
        return !previous || previous->kind() != Row::Kind::Message ||
               previous->event.sender != event.sender ||
               event.originServerTs - previous->event.originServerTs > GroupingMs ||
               localDate(previous->event.originServerTs) != localDate(event.originServerTs);
    }
    case M::DateSeparatorRole: {
        if (entry.kind() == Row::Kind::Action)
            return QString();
        const QDate date = localDate(event.originServerTs);
        if (previous && localDate(previous->event.originServerTs) == date)
            return QString();
        return QLocale().toString(date, QLocale::LongFormat);
    }
    case M::KindRole:
        return kindName(entry.kind());
    case M::StateTextRole:
        if (entry.kind() != Row::Kind::State)
            return QString();
        return StateChangeText::describe(event, m_nameOf, entry.callSeconds);
    case M::EditedRole:
        return entry.kind() == Row::Kind::Message && !entry.isDeleted() && entry.isEdited();
    case M::RedactedRole:
        return entry.kind() == Row::Kind::Message && entry.isDeleted();
    case M::ReplyToRole:
        return entry.replyTo();
    case M::ReplySenderNameRole:
        return entry.replyEvent.sender.isEmpty() ? QString() : m_nameOf(entry.replyEvent.sender);
    case M::ReplyBodyRole: {
        if (entry.replyEvent.eventId.isEmpty())
            return QString();
        if (entry.replyEvent.content.isEmpty())
            return TimelineModel::tr("message deleted");
        if (entry.replyEvent.type == QLatin1String("m.room.encrypted"))
            return TimelineModel::tr("Unable to decrypt this message");
        const QString body = entry.replyEvent.content.value(QLatin1String("body")).toString();
        return matrix::Relations::stripReplyFallback(body);
    }
    case M::ReactionsRole: {
        QVariantList list;
        for (const auto &reaction : entry.reactions(self)) {
            QStringList names;
            for (const auto &sender : reaction.senders)
                names.append(m_nameOf(sender));
            list.append(QVariantMap{{QStringLiteral("key"), reaction.key},
                                    {QStringLiteral("count"), int(reaction.senders.size())},
                                    {QStringLiteral("mine"), reaction.own},
                                    {QStringLiteral("pending"), reaction.pending},
                                    {QStringLiteral("senders"), names.join(QStringLiteral(", "))}});
        }
        return list;
    }
    case M::CanEditRole:
        return own && !event.eventId.isEmpty() && isEditableMessage(entry) && !entry.isDeleted();
    case M::CanRedactRole:
        return own && !event.eventId.isEmpty() && entry.kind() == Row::Kind::Message &&
               !entry.isDeleted();
    case M::ActionTextRole:
        return entry.kind() == Row::Kind::Action ? actionText(entry) : QString();
    case M::MentionsMeRole:
        return entry.kind() == Row::Kind::Message && !own && !entry.isDeleted() &&
               mentionsMe(entry);
    case M::EncryptedRole:
        return event.encrypted;
    case M::DecryptionErrorRole:
        if (!entry.isUndecryptable())
            return QString();
        return decryptionReason(event);
    case M::MediaRole: {
        if (entry.kind() != Row::Kind::Message || entry.isDeleted())
            return QVariantMap();
        MessageMedia media = MessageMedia::fromContent(entry.currentContent());
        if (entry.local)
            media.localPath = event.json.value(LocalFileKey).toString();
        return media.toVariantMap();
    }
    default:
        return {};
    }
}

// As the account's push rules say (the same rules that count the room's
// mentions), on the message as it reads now: its latest edit.
bool TimelinePresenter::mentionsMe(const TimelineRow &row) const
{
    return m_highlights({{QStringLiteral("type"), row.event.type},
                         {QStringLiteral("sender"), row.event.sender},
                         {QStringLiteral("content"), row.currentContent()}});
}

QString TimelinePresenter::actionText(const TimelineRow &row)
{
    const auto &event = row.event;
    if (event.type == QLatin1String("m.reaction")) {
        const QString key = event.content.value(QLatin1String("m.relates_to"))
                                .toObject()
                                .value(QLatin1String("key"))
                                .toString();
        return TimelineModel::tr("Your reaction %1").arg(key);
    }
    if (event.type == QLatin1String("m.room.redaction"))
        return TimelineModel::tr("Deleting a message");
    return TimelineModel::tr("Your edit: %1")
        .arg(event.content.value(QLatin1String("m.new_content"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString());
}

QHash<int, QByteArray> TimelinePresenter::roleNames()
{
    using M = TimelineModel;
    return {{M::EventIdRole, "eventId"},
            {M::TransactionIdRole, "transactionId"},
            {M::TypeRole, "type"},
            {M::SenderRole, "sender"},
            {M::SenderNameRole, "senderName"},
            {M::BodyRole, "body"},
            {M::FormattedBodyRole, "formattedBody"},
            {M::TimestampRole, "timestamp"},
            {M::SendStateRole, "sendState"},
            {M::IsOwnRole, "isOwn"},
            {M::ShowSenderRole, "showSender"},
            {M::DateSeparatorRole, "dateSeparator"},
            {M::SendErrorRole, "sendError"},
            {M::KindRole, "kind"},
            {M::StateTextRole, "stateText"},
            {M::EditedRole, "edited"},
            {M::RedactedRole, "redacted"},
            {M::ReplyToRole, "replyTo"},
            {M::ReplySenderNameRole, "replySenderName"},
            {M::ReplyBodyRole, "replyBody"},
            {M::ReactionsRole, "reactions"},
            {M::CanEditRole, "canEdit"},
            {M::CanRedactRole, "canRedact"},
            {M::ActionTextRole, "actionText"},
            {M::EncryptedRole, "encrypted"},
            {M::DecryptionErrorRole, "decryptionError"},
            {M::ReadByRole, "readBy"},
            {M::ReadMarkerRole, "readMarker"},
            {M::SenderAvatarRole, "senderAvatar"},
            {M::ShieldRole, "shield"},
            {M::MentionsMeRole, "mentionsMe"},
            {M::MediaRole, "media"},
            {M::EmojiOnlyRole, "emojiOnly"}};
}

} // namespace atrium::models
