// The settings dialog and the shortcuts overview, driven as a user drives them: keys to open,
// clicks to change, and the window showing the result.
#include "support/testdata.h"
#include "support/translationtesting.h"

#include "ui/colorscheme.h"
#include "ui/interview/interviewsetuppage.h"
#include "ui/mainwindow.h"
#include "support/mainwindowtesting.h"
#include "ui/readerview.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DockPrep;

namespace {

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

// Picks a combo box entry by keyboard, the way a user without a mouse does.
void chooseByKeyboard(QComboBox *combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}


bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 100;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<Search> m_search;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<MainWindow> openWindow()
    {
        return MainWindowTesting::openWindow(m_curriculum, m_store.get(), m_search.get(), m_dir.path());
    }

    template<typename Dialog>
    static Dialog *openedDialog(MainWindow *window)
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(settingsPath());
        m_search.reset();
        m_store.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
    }

    void cleanup()
    {
        applyTheme(AppSettings::Theme::System);
        TranslationTesting::removeTranslators();
    }

    void themeAndTextSizeApplyAtOnceAndPersist()
    {
        auto window = openWindow();
        QVERIFY(!isDark(QApplication::palette()));
        const int sizeBefore = window->reader()->font().pointSize();
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);

        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        chooseByKeyboard(theme, theme->findData(int(AppSettings::Theme::Dark)));
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("readerFontSize"));
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("17"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);

        // Apply: in effect while the dialog stays open.
        QVERIFY(dialog->isVisible());
        QVERIFY(isDark(QApplication::palette()));
        QCOMPARE(window->reader()->font().pointSize(), 17);
        QVERIFY(sizeBefore != 17);

        // OK closes; the choice is in the file for the next start.
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<SettingsDialog *>());
        QSettings file(settingsPath(), QSettings::IniFormat);
        const AppSettings stored(&file);
        QCOMPARE(stored.theme(), AppSettings::Theme::Dark);
        QCOMPARE(stored.readerFontSize(), 17);

        // Back to the system's look without a restart.
        window->action(QStringLiteral("settings"))->trigger();
        dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);
        theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        QCOMPARE(theme->currentData().toInt(), int(AppSettings::Theme::Dark));  // the form shows what is stored
        chooseByKeyboard(theme, theme->findData(int(AppSettings::Theme::System)));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!isDark(QApplication::palette()));
    }

    // Choosing a language says when it takes effect; the running window stays in its language.
    void aNewLanguageWaitsForTheNextStart()
    {
        auto window = openWindow();
        window->action(QStringLiteral("settings"))->trigger();
        auto *dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        chooseByKeyboard(language, language->findData(QStringLiteral("de")));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("next time")),
                 qPrintable(window->statusBar()->currentMessage()));
        QSettings file(settingsPath(), QSettings::IniFormat);
        QCOMPARE(AppSettings(&file).language(), QStringLiteral("de"));
        QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));

        // The next start: main() installs the language the settings name before the window.
        window.reset();
        installTranslations(*QCoreApplication::instance(), AppSettings(&file).language());
        window = openWindow();
        QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        window->action(QStringLiteral("settings"))->trigger();
        dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    }

    // Dates are written the chosen language's way (here the newest backup's).
    void datesFollowTheChosenLanguage()
    {
        const QString backups = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        QFile backup(backups + QStringLiteral("/dockprep-20261201.sqlite"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        const QDateTime when(QDate(2026, 12, 1), QTime(9, 30));
        QVERIFY(backup.setFileTime(when, QFileDevice::FileModificationTime));
        backup.close();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        auto window = openWindow();
        window->action(QStringLiteral("settings"))->trigger();
        auto *dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("newestBackup"))->text();
        QCOMPARE(shown, QLocale(QLocale::German, QLocale::Germany).toString(when, QLocale::LongFormat));
        QVERIFY2(shown.contains(QLatin1String("Dezember")), qPrintable(shown));
        dialog->reject();
        QVERIFY(QFile::remove(backup.fileName()));
    }

    void cancelChangesNothing()
    {
        auto window = openWindow();
        window->action(QStringLiteral("settings"))->trigger();
        auto *dialog = openedDialog<SettingsDialog>(window.get());
        QVERIFY(dialog);
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        chooseByKeyboard(theme, theme->findData(int(AppSettings::Theme::Dark)));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<SettingsDialog *>());
        QVERIFY(!isDark(QApplication::palette()));
        QSettings file(settingsPath(), QSettings::IniFormat);
        QCOMPARE(AppSettings(&file).theme(), AppSettings::Theme::System);
    }

    void interviewDefaultsAndBackupsAreStored()
    {
        QSettings file(settingsPath(), QSettings::IniFormat);
        SettingsDialog dialog(AppSettings(&file), m_dir.path(), m_dir.filePath(QStringLiteral("backups")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("newestBackup"))->text(), QStringLiteral("none yet"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("dataFolder"))->text(), QDir::toNativeSeparators(m_dir.path()));

        auto *questions = dialog.findChild<QSpinBox *>(QStringLiteral("defaultQuestions"));
        questions->selectAll();
        QTest::keyClicks(questions, QStringLiteral("9"));
        auto *limit = dialog.findChild<QComboBox *>(QStringLiteral("defaultTimeLimit"));
        chooseByKeyboard(limit, limit->findData(int(TimeLimit::Total)));
        auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("defaultMinutes"));
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("40"));
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("defaultOpenBook")), Qt::LeftButton,
                          {}, QPoint(4, dialog.findChild<QCheckBox *>(QStringLiteral("defaultOpenBook"))->height() / 2));
        auto *backups = dialog.findChild<QCheckBox *>(QStringLiteral("backups"));
        QTest::mouseClick(backups, Qt::LeftButton, {}, QPoint(4, backups->height() / 2));
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("backupsKept"))->isEnabled());

        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QTest::mouseClick(button(&dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const AppSettings stored(&file);
        const SessionConfig interview = stored.interviewDefaults();
        QCOMPARE(interview.questionCount, 9);
        QCOMPARE(interview.timeLimit, TimeLimit::Total);
        QCOMPARE(interview.totalMs, qint64(40) * 60 * 1000);
        QVERIFY(interview.openBook);
        QVERIFY(!stored.backupsEnabled());

        // Restore Defaults fills the form; nothing is written until Apply.
        QTest::mouseClick(button(&dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(questions->value(), AppSettings::builtInInterviewDefaults().questionCount);
        QVERIFY(backups->isChecked());
        QCOMPARE(stored.interviewDefaults().questionCount, 9);
        QTest::mouseClick(button(&dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(stored.interviewDefaults().questionCount, AppSettings::builtInInterviewDefaults().questionCount);
        QVERIFY(stored.backupsEnabled());
    }

    void setupPageStartsFromTheDefaults()
    {
        SessionConfig defaults;
        defaults.questionCount = 11;
        defaults.timeLimit = TimeLimit::Total;
        defaults.totalMs = 50 * 60 * 1000;
        defaults.openBook = true;
        defaults.feedback = FeedbackTiming::AtEnd;
        InterviewSetupPage page(m_curriculum);
        page.setDefaults(defaults);
        const std::optional<SessionConfig> shown = page.config();
        QVERIFY(shown);
        QCOMPARE(shown->questionCount, 11);
        QCOMPARE(shown->timeLimit, TimeLimit::Total);
        QCOMPARE(shown->totalMs, defaults.totalMs);
        QVERIFY(shown->openBook);
        QCOMPARE(shown->feedback, FeedbackTiming::AtEnd);
        QVERIFY(shown->seed != 0);
    }

    void shortcutsOverviewListsTheRealShortcuts()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto *dialog = openedDialog<ShortcutsDialog>(window.get());
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        const auto rowFor = [list](const QString &action) -> QTreeWidgetItem * {
            const QList<QTreeWidgetItem *> found = list->findItems(action, Qt::MatchExactly | Qt::MatchRecursive, 0);
            return found.isEmpty() ? nullptr : found.first();
        };
        // Read from the menus, so a changed shortcut shows here changed.
        QTreeWidgetItem *search = rowFor(QStringLiteral("Search everything"));
        QVERIFY(search);
        QCOMPARE(search->text(1), window->action(QStringLiteral("search"))->shortcut().toString(QKeySequence::NativeText));
        QVERIFY(rowFor(QStringLiteral("Settings")));
        QVERIFY(rowFor(QStringLiteral("Zoom in")));

        // Typing filters: only matching rows and their groups stay.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter")), QStringLiteral("zoom"));
        QVERIFY(search->isHidden());
        QVERIFY(!rowFor(QStringLiteral("Zoom in"))->isHidden());
        QVERIFY(!rowFor(QStringLiteral("Zoom in"))->parent()->isHidden());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<ShortcutsDialog *>());

        // Ctrl+/ opens it too (once the window has the focus back: shortcuts follow the active window).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY(openedDialog<ShortcutsDialog>(window.get()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
