#include "store/FileSecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using atrium::store::FileSecretStore;

namespace {

// FileSecretStore answers synchronously; these wrap its callbacks.
QString write(FileSecretStore &store, const QString &key, const QString &value)
{
    QString result = QStringLiteral("callback not called");
    store.write(key, value, [&](const QString &error) { result = error; });
    return result;
}

std::pair<std::optional<QString>, QString> read(FileSecretStore &store, const QString &key)
{
    std::pair<std::optional<QString>, QString> result{std::nullopt, "callback not called"};
    store.read(key, [&](const std::optional<QString> &value, const QString &error) {
        result = {value, error};
    });
    return result;
}

QString remove(FileSecretStore &store, const QString &key)
{
    QString result = QStringLiteral("callback not called");
    store.remove(key, [&](const QString &error) { result = error; });
    return result;
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir.emplace(); }
    void cleanup() { m_dir.reset(); }

    void writtenSecretIsReadBack()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "@alice:example.org/access_token", "syt_secret"), QString());
        const auto [value, error] = read(store, "@alice:example.org/access_token");
        QCOMPARE(error, QString());
        QCOMPARE(value, std::optional<QString>("syt_secret"));
    }

    void secretSurvivesANewStoreObject()
    {
        {
            FileSecretStore store(path());
            QCOMPARE(write(store, "token", "abc"), QString());
        }
        FileSecretStore store(path());
        QCOMPARE(read(store, "token").first, std::optional<QString>("abc"));
    }

    void secondKeyKeepsTheFirst()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "a", "1"), QString());
        QCOMPARE(write(store, "b", "2"), QString());
        QCOMPARE(read(store, "a").first, std::optional<QString>("1"));
        QCOMPARE(read(store, "b").first, std::optional<QString>("2"));
    }

    void fileIsReadableOnlyByItsOwner()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "token", "abc"), QString());
        const QFileDevice::Permissions permissions = QFileInfo(path()).permissions();
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(permissions & QFileDevice::WriteOwner);
        QCOMPARE(permissions & others, QFileDevice::Permissions());
    }

    void rewriteKeepsTheFilePrivate()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "token", "abc"), QString());
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadOther));
        QCOMPARE(write(store, "token", "def"), QString());
        QCOMPARE(QFileInfo(path()).permissions() & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
    }

    void missingKeyIsNulloptWithoutError()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "other", "x"), QString());
        const auto [value, error] = read(store, "token");
        QVERIFY(!value.has_value());
        QCOMPARE(error, QString());
    }

    void missingFileIsNulloptWithoutError()
    {
        FileSecretStore store(path());
        const auto [value, error] = read(store, "token");
        QVERIFY(!value.has_value());
        QCOMPARE(error, QString());
        QVERIFY(!QFile::exists(path()));
    }

    void removedKeyIsGone()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "token", "abc"), QString());
        QCOMPARE(write(store, "keep", "me"), QString());
        QCOMPARE(remove(store, "token"), QString());
        QVERIFY(!read(store, "token").first.has_value());
        QCOMPARE(read(store, "keep").first, std::optional<QString>("me"));
    }

    void removingMissingKeyIsNoError()
    {
        FileSecretStore store(path());
        QCOMPARE(remove(store, "token"), QString());
    }

    void unreadableFileIsAnError()
    {
        FileSecretStore store(path());
        QCOMPARE(write(store, "token", "abc"), QString());
        QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));
        if (QFile(path()).open(QIODevice::ReadOnly))
            QSKIP("running as root: file permissions are not enforced");
        const auto [value, error] = read(store, "token");
        QVERIFY(!value.has_value());
        QVERIFY(!error.isEmpty());
    }

    void descriptionNamesTheFile()
    {
        FileSecretStore store(path());
        QVERIFY(store.description().contains(path()));
    }

private:
    QString path() const { return m_dir->filePath("secrets/secrets.json"); }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
