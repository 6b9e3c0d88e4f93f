// Choosing which questions an Anki export makes cards of, with the mouse and the keyboard, and
// the window's exports writing what was chosen.
#include "ui/ankideckdialog.h"
#include "ui/studyexchange.h"

#include "diagrams/diagramcatalog.h"
#include "store/database.h"
#include "store/notestore.h"

#include "support/testdata.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;

class TestAnkiDeckDialog final : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();

    static StudySnapshot bookmarkedKernel()
    {
        StudySnapshot snapshot;
        snapshot.bookmarks = {{QStringLiteral("third-kernel"), QString(), QDateTime::currentDateTimeUtc()}};
        return snapshot;
    }
    static QRadioButton *radio(QDialog &dialog, const QString &startsWith)
    {
        for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(startsWith))
                return button;
        }
        return nullptr;
    }
    static QPushButton *saveButton(QDialog &dialog) { return dialog.findChild<QPushButton *>(QStringLiteral("ankiSave")); }
    // What the count line under the choices says.
    static QString countText(QDialog &dialog) { return dialog.findChild<QLabel *>(QStringLiteral("ankiCount"))->text(); }

private Q_SLOTS:
    void choosingTheScopeCountsTheCards()
    {
        AnkiDeckDialog dialog(m_curriculum, bookmarkedKernel(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The user's own questions: the bookmarked one and its follow-up.
        QCOMPARE(dialog.scope(), CardScope{});
        QVERIFY2(countText(dialog).startsWith(QLatin1String("2 card")), qPrintable(countText(dialog)));

        QRadioButton *whole = radio(dialog, QStringLiteral("The whole curriculum"));
        QVERIFY(whole);
        QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
        QVERIFY(dialog.scope().wholeCurriculum);
        QVERIFY2(countText(dialog).startsWith(QLatin1String("7 card")), qPrintable(countText(dialog)));
        QVERIFY2(countText(dialog).contains(QLatin1String("3 question")), qPrintable(countText(dialog)));

        // Keyboard: the chapter box to "Basics", the level box to "Mid-level".
        auto *chapter = dialog.findChild<QComboBox *>(QStringLiteral("ankiChapter"));
        chapter->setFocus();
        QTest::keyClick(chapter, Qt::Key_Down);
        QCOMPARE(chapter->currentText(), QStringLiteral("Basics"));
        QCOMPARE(dialog.scope().chapterId, QStringLiteral("basics"));
        QVERIFY2(countText(dialog).startsWith(QLatin1String("5 card")), qPrintable(countText(dialog)));
        auto *level = dialog.findChild<QComboBox *>(QStringLiteral("ankiLevel"));
        level->setFocus();
        QTest::keyClick(level, Qt::Key_Down);
        QTest::keyClick(level, Qt::Key_Down);
        QCOMPARE(dialog.scope().level, std::optional<Level>(Level::Mid));
        QVERIFY2(countText(dialog).startsWith(QLatin1String("2 card")), qPrintable(countText(dialog)));

        // A choice with nothing in it cannot be saved, and says why.
        QTest::keyClick(chapter, Qt::Key_Down);  // Deeper has no mid-level question
        QVERIFY2(countText(dialog).contains(QLatin1String("No question matches")), qPrintable(countText(dialog)));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClick(level, Qt::Key_Down);
        QTest::keyClick(level, Qt::Key_Down);  // Principal
        QVERIFY(saveButton(dialog)->isEnabled());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(cardScopeText(dialog.scope()), QStringLiteral("curriculum,chapter:deeper,level:principal"));
        const QString folder = qEnvironmentVariable("DOCKPREP_EXPORT_SAMPLES");
        if (!folder.isEmpty())
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/anki-dialog.png")));
    }

    // The window's export (worker thread and all) writes the chosen deck, and names a diagram
    // note by the diagram's and the element's titles.
    void windowExportsTheChosenDeck()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok());
        NoteStore store(db);
        Note shim;
        shim.target = QStringLiteral("diagram:engine-chain#shim");
        shim.body = QStringLiteral("Keeps stdio open.");
        QVERIFY(store.saveNote(shim));
        QWidget window;
        StudyExchange exchange(m_curriculum, &store, nullptr, &window);
        const DiagramCatalog diagrams = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));
        exchange.setDiagramCatalog(&diagrams);
        QSignalSpy finished(&exchange, &StudyExchange::exportFinished);

        const QString deck = dir.filePath(QStringLiteral("deck.tsv"));
        exchange.exportTo(ExportFormat::AnkiTsv, deck, CardScope{true, QStringLiteral("basics"), std::nullopt});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile cards(deck);
        QVERIFY(cards.open(QIODevice::ReadOnly));
        qsizetype rows = 0;
        for (const QByteArray &line : cards.readAll().split('\n'))
            rows += !line.isEmpty() && !line.startsWith('#');
        QCOMPARE(rows, 5);  // basics: 2 questions, 3 follow-ups

        const QString markdown = dir.filePath(QStringLiteral("notes.md"));
        exchange.exportTo(ExportFormat::Markdown, markdown);
        QTRY_COMPARE(finished.count(), 2);
        QFile notes(markdown);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QVERIFY(notes.readAll().contains("### The engine chain: containerd-shim-runc-v2\n"));
    }

    void opensWithTheLastChoice()
    {
        const CardScope last{true, QStringLiteral("deeper"), Level::Principal};
        AnkiDeckDialog dialog(m_curriculum, {}, last);
        QCOMPARE(dialog.scope(), last);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("ankiChapter"))->currentText(), QStringLiteral("Deeper"));
    }
};

QTEST_MAIN(TestAnkiDeckDialog)
#include "tst_ankideckdialog.moc"
