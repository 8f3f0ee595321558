#include "EmojiCatalog.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

Q_LOGGING_CATEGORY(lcEmoji, "atrium.emoji")

namespace atrium::models {

namespace {

// Built in by src/models/CMakeLists.txt.
constexpr auto Resource = ":/emoji/emoji-test.txt";
constexpr auto RecentKey = "emoji/recent";

QVariantMap toVariant(const EmojiCatalog::Emoji &emoji)
{
    return {{QStringLiteral("text"), emoji.text}, {QStringLiteral("name"), emoji.name}};
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_:,\\-]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

// Each query word starts some word of the name.
bool matches(const QStringList &nameWords, const QStringList &queryWords)
{
    return std::all_of(queryWords.cbegin(), queryWords.cend(), [&](const QString &query) {
        return std::any_of(nameWords.cbegin(), nameWords.cend(),
                           [&](const QString &word) { return word.startsWith(query); });
    });
}

} // namespace

// A line reads "1F600 ; fully-qualified # 😀 E1.0 grinning face"; groups
// start with "# group: Smileys & Emotion".
QList<EmojiCatalog::Emoji> EmojiCatalog::parse(const QByteArray &emojiTest, QStringList *groups)
{
    QList<Emoji> emoji;
    bool skippedGroup = false;
    for (const QByteArray &line : emojiTest.split('\n')) {
        if (line.startsWith("# group: ")) {
            const QString group = QString::fromUtf8(line.mid(9)).trimmed();
            // Skin tones and hair styles alone, not emoji to send.
            skippedGroup = group == QLatin1String("Component");
            if (!skippedGroup)
                groups->append(group);
            continue;
        }
        if (skippedGroup || line.startsWith('#') || !line.contains("; fully-qualified"))
            continue;
        const qsizetype hash = line.indexOf("# ");
        if (hash < 0 || groups->isEmpty())
            continue;
        // The emoji, the version it came with, its name.
        const QStringList fields = QString::fromUtf8(line.mid(hash + 2))
                                       .trimmed()
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 3)
            continue;
        const QString name = fields.mid(2).join(QLatin1Char(' '));
        if (name.contains(QLatin1String("skin tone")))
            continue; // the plain form is listed
        emoji.append({fields.first(), name, int(groups->size()) - 1, wordsOf(name)});
    }
    return emoji;
}

void EmojiCatalog::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(QString::fromLatin1(Resource));
    if (file.open(QIODevice::ReadOnly))
        m_emoji = parse(file.readAll(), &m_groups);
    if (m_emoji.isEmpty())
        qCWarning(lcEmoji) << "no emoji in" << Resource << "- the picker stays empty";
}

void EmojiCatalog::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    m_recent = QSettings(path, QSettings::IniFormat).value(QLatin1String(RecentKey)).toStringList();
    emit recentChanged();
}

QVariantList EmojiCatalog::recent() const
{
    load();
    QVariantList found;
    for (const QString &text : m_recent) {
        const auto emoji = std::find_if(m_emoji.cbegin(), m_emoji.cend(),
                                        [&](const Emoji &e) { return e.text == text; });
        found.append(emoji == m_emoji.cend() ? QVariantMap{{QStringLiteral("text"), text},
                                                           {QStringLiteral("name"), text}}
                                             : toVariant(*emoji));
    }
    return found;
}

void EmojiCatalog::remember(const QString &emoji)
{
    m_recent.removeAll(emoji);
    m_recent.prepend(emoji);
    m_recent = m_recent.mid(0, RecentMax);
    if (!m_settingsFile.isEmpty())
        QSettings(m_settingsFile, QSettings::IniFormat)
            .setValue(QLatin1String(RecentKey), m_recent);
    emit recentChanged();
}

QStringList EmojiCatalog::groups() const
{
    load();
    return m_groups;
}

QVariantList EmojiCatalog::inGroup(int group) const
{
    load();
    QVariantList found;
    for (const Emoji &emoji : std::as_const(m_emoji)) {
        if (emoji.group == group)
            found.append(toVariant(emoji));
    }
    return found;
}

QVariantList EmojiCatalog::search(const QString &query, int limit) const
{
    load();
    const QStringList queryWords = wordsOf(query);
    if (queryWords.isEmpty())
        return {};
    const QString start = queryWords.join(QLatin1Char(' '));
    // "flag: Germany" reads "flag germany": a query starts it as it starts those words.
    QVariantList first;
    QVariantList others;
    for (const Emoji &emoji : std::as_const(m_emoji)) {
        if (first.size() >= limit)
            break;
        if (!matches(emoji.words, queryWords))
            continue;
        (emoji.words.join(QLatin1Char(' ')).startsWith(start) ? first : others)
            .append(toVariant(emoji));
    }
    return (first + others).mid(0, limit);
}

} // namespace atrium::models
