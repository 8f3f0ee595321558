// Drafts: what was typed in a room and not sent, kept across restarts and
// never on disk in the clear once the account's key is known.
#include "TemporaryDatabase.h"
#include "crypto/SealedBox.h"
#include "store/DraftStore.h"

#include <QSqlQuery>
#include <QTest>

using atrium::store::Draft;
using atrium::store::DraftStore;

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        QVERIFY2(m_temp->db().isOpen(), qPrintable(m_temp->db().lastError()));
    }
    void cleanup() { m_temp.reset(); }

    void aDraftIsKeptPerRoomAndSurvivesReopening()
    {
        const Draft plan{"Agenda for Monday:\n- budget", {}, {}, {}};
        const Draft reply{"Yes, at ten", "$question", "Alice", "Can we meet?"};
        {
            DraftStore drafts(m_temp->db());
            QVERIFY(drafts.save("!plans:example.org", plan));
            QVERIFY(drafts.save("!team:example.org", reply));
        }
        QVERIFY(m_temp->reopen());
        const auto all = DraftStore(m_temp->db()).all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value("!plans:example.org"), plan);
        QCOMPARE(all.value("!team:example.org"), reply);
    }

    void aNewerDraftReplacesTheRoomsAndAnEmptyOneRemovesIt()
    {
        DraftStore drafts(m_temp->db());
        QVERIFY(drafts.save("!a:example.org", Draft{"first", {}, {}, {}}));
        QVERIFY(drafts.save("!a:example.org", Draft{"second", {}, {}, {}}));
        QCOMPARE(drafts.all().value("!a:example.org").text, QStringLiteral("second"));
        // A reply with nothing typed yet is a draft too.
        QVERIFY(drafts.save("!a:example.org", Draft{{}, "$e", "Bob", "hi"}));
        QCOMPARE(drafts.all().value("!a:example.org").replyTo, QStringLiteral("$e"));
        QVERIFY(drafts.save("!a:example.org", Draft{}));
        QVERIFY(drafts.all().isEmpty());
    }

    void withTheAccountsKeyTheTextIsSealed()
    {
        m_temp->db().setContentSealer(
            std::make_shared<atrium::crypto::SealedBox>(QByteArray(32, 'k')));
        DraftStore drafts(m_temp->db());
        QVERIFY(drafts.save("!secret:example.org", Draft{"the launch date is May 4", {}, {}, {}}));
        QSqlQuery &query = m_temp->db().prepare("SELECT content FROM drafts");
        QVERIFY(m_temp->db().exec(query) && query.next());
        const QString stored = query.value(0).toString();
        QVERIFY(stored.startsWith("sealed:"));
        QVERIFY(!stored.contains("launch"));
        query.finish();
        QCOMPARE(drafts.all().value("!secret:example.org").text,
                 QStringLiteral("the launch date is May 4"));
        // Another key cannot open it: the draft is left out, not shown garbled.
        m_temp->db().setContentSealer(
            std::make_shared<atrium::crypto::SealedBox>(QByteArray(32, 'x')));
        QVERIFY(DraftStore(m_temp->db()).all().isEmpty());
    }

private:
    std::optional<atrium::test::TemporaryDatabase> m_temp;
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
