#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace atrium::models {

// Every emoji of the Unicode version the system knows (its emoji-test.txt,
// built in as a resource), for the emoji picker and :shortcode completion:
// the fully-qualified ones in Unicode's groups and order, skin-tone variants
// left out (their plain form is listed). Read once, when first asked.
class EmojiCatalog : public QObject
{
    Q_OBJECT
    // Unicode's group names, in order ("Smileys & Emotion", …, "Flags").
    Q_PROPERTY(QStringList groups READ groups CONSTANT)
    // {text, name} of the emoji picked lately, the latest first.
    Q_PROPERTY(QVariantList recent READ recent NOTIFY recentChanged)

public:
    struct Emoji
    {
        QString text;
        QString name; // Unicode's, e.g. "party popper"
        int group = 0;
        QStringList words; // of the name, lower case, for search
    };

    explicit EmojiCatalog(QObject *parent = nullptr) : QObject(parent) {}

    // The emoji an emoji-test.txt lists, and the names of its groups.
    static QList<Emoji> parse(const QByteArray &emojiTest, QStringList *groups);

    // Where the recent emoji are kept (the account's settings.ini).
    void setSettingsFile(const QString &path);

    QStringList groups() const;
    QVariantList recent() const;
    // `emoji` was picked: it leads the recent ones.
    Q_INVOKABLE void remember(const QString &emoji);
    // {text, name} of each emoji in `group`.
    Q_INVOKABLE QVariantList inGroup(int group) const;
    // {text, name} of the emoji whose name has a word starting with each
    // word of `query` ("party pop", "thumbs_up"): those whose name starts
    // with it first, then the others, each in Unicode's order.
    Q_INVOKABLE QVariantList search(const QString &query, int limit = 240) const;

    static constexpr int RecentMax = 27; // three rows of the picker

signals:
    void recentChanged();

private:
    void load() const;

    mutable bool m_loaded = false;
    mutable QList<Emoji> m_emoji;
    mutable QStringList m_groups;
    QString m_settingsFile;
    QStringList m_recent;
};

} // namespace atrium::models
