#include "store/challengestore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

class TestChallengeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAndReadsBack();
    void unchangedSaveKeepsTimeAndStaysQuiet();
    void attemptsSurviveReopening();
    void removeStartsOver();
    void closedDatabaseFailsWithAMessage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), QTimeZone::UTC);
};

void TestChallengeStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("test.sqlite"))).ok());
}

void TestChallengeStore::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("test.sqlite")));
}

void TestChallengeStore::savesAndReadsBack()
{
    ChallengeStore store(*m_db);
    store.setClock([this] { return m_now; });
    QSignalSpy saved(&store, &ChallengeStore::attemptSaved);
    QVERIFY(!store.attempt(QStringLiteral("compose-multi-container")));

    ChallengeAttempt attempt{QStringLiteral("compose-multi-container"), QStringLiteral("services: {}\n"), false, 2, {}};
    QString error;
    QVERIFY2(store.saveAttempt(attempt, &error), qPrintable(error));
    QCOMPARE(attempt.updated, m_now);
    QCOMPARE(saved.size(), 1);

    const auto read = store.attempt(QStringLiteral("compose-multi-container"));
    QVERIFY(read);
    QCOMPARE(read->body, QStringLiteral("services: {}\n"));
    QCOMPARE(read->passed, false);
    QCOMPARE(read->hintsShown, 2);
    QCOMPARE(read->updated, m_now);

    m_now = m_now.addSecs(60);
    attempt.passed = true;
    QVERIFY(store.saveAttempt(attempt));
    QCOMPARE(store.attempt(QStringLiteral("compose-multi-container"))->passed, true);
    QCOMPARE(store.attempt(QStringLiteral("compose-multi-container"))->updated, m_now);
    QCOMPARE(store.allAttempts().size(), 1);
    QCOMPARE(saved.size(), 2);
}

void TestChallengeStore::unchangedSaveKeepsTimeAndStaysQuiet()
{
    ChallengeStore store(*m_db);
    store.setClock([this] { return m_now; });
    ChallengeAttempt attempt{QStringLiteral("a"), QStringLiteral("FROM scratch\n"), false, 0, {}};
    QVERIFY(store.saveAttempt(attempt));
    QSignalSpy saved(&store, &ChallengeStore::attemptSaved);
    const QDateTime first = m_now;
    m_now = m_now.addSecs(5);
    QVERIFY(store.saveAttempt(attempt));  // an autosave of the same text
    QCOMPARE(saved.size(), 0);
    QCOMPARE(store.attempt(QStringLiteral("a"))->updated, first);
}

void TestChallengeStore::attemptsSurviveReopening()
{
    {
        ChallengeStore store(*m_db);
        ChallengeAttempt attempt{QStringLiteral("b"), QStringLiteral("FROM alpine:3.20\nUSER 1000\n"), true, 1, {}};
        QVERIFY(store.saveAttempt(attempt));
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("test.sqlite"))).ok());
    ChallengeStore store(*m_db);
    const auto read = store.attempt(QStringLiteral("b"));
    QVERIFY(read);
    QCOMPARE(read->body, QStringLiteral("FROM alpine:3.20\nUSER 1000\n"));
    QVERIFY(read->passed);
}

void TestChallengeStore::removeStartsOver()
{
    ChallengeStore store(*m_db);
    ChallengeAttempt attempt{QStringLiteral("c"), QStringLiteral("x"), false, 3, {}};
    QVERIFY(store.saveAttempt(attempt));
    QSignalSpy removed(&store, &ChallengeStore::attemptRemoved);
    QVERIFY(store.removeAttempt(QStringLiteral("c")));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.attempt(QStringLiteral("c")));
}

void TestChallengeStore::closedDatabaseFailsWithAMessage()
{
    m_db->close();
    ChallengeStore store(*m_db);
    ChallengeAttempt attempt{QStringLiteral("d"), QStringLiteral("x"), false, 0, {}};
    QString error;
    QVERIFY(!store.saveAttempt(attempt, &error));
    QVERIFY(!error.isEmpty());
    ChallengeAttempt nameless;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("test.sqlite"))).ok());
    ChallengeStore reopened(*m_db);
    QVERIFY(!reopened.saveAttempt(nameless, &error));
}

QTEST_GUILESS_MAIN(TestChallengeStore)
#include "tst_challengestore.moc"
