// The preferences file: typed values with safe defaults, and the versioned migration that adopts
// the unversioned files DockPrep 0.1–0.2 wrote.
#include "settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    void writeFile(const QByteArray &text)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
    }

    void freshFileReadsDefaults()
    {
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        QCOMPARE(settings.version(), 0);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.readerFontSize(), AppSettings::defaultReaderFontSize);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.interviewDefaults(), sessionPresets().first().config);
        QVERIFY(settings.backupsEnabled());
        QCOMPARE(settings.backupsKept(), AppSettings::defaultBackupsKept);
    }

    void valuesSurviveAReopen()
    {
        SessionConfig interview;
        interview.questionCount = 12;
        interview.timeLimit = TimeLimit::Total;
        interview.totalMs = 40 * 60 * 1000;
        interview.openBook = true;
        interview.feedback = FeedbackTiming::AtEnd;
        interview.atZero = AtZero::MoveOn;
        interview.levels = {Level::Senior};
        interview.seed = 4242;
        interview.presetId = QStringLiteral("quick-15");
        {
            QSettings file(path(), QSettings::IniFormat);
            AppSettings settings(&file);
            settings.setTheme(AppSettings::Theme::Dark);
            settings.setReaderFontSize(15);
            settings.setLanguage(QStringLiteral("de"));
            settings.setInterviewDefaults(interview);
            settings.setBackupsEnabled(false);
            settings.setBackupsKept(30);
            settings.sync();
        }
        QSettings file(path(), QSettings::IniFormat);
        const AppSettings settings(&file);
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(settings.readerFontSize(), 15);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        SessionConfig expected = interview;
        expected.seed = 1;          // a stored seed would replay the same questions every time
        expected.presetId.clear();  // the defaults are the user's, not a preset's
        QCOMPARE(settings.interviewDefaults(), expected);
        QVERIFY(!settings.backupsEnabled());
        QCOMPARE(settings.backupsKept(), 30);
    }

    void malformedValuesReadAsDefaults()
    {
        writeFile("[meta]\nversion=1\n[appearance]\ntheme=purple\nreaderFontSize=huge\n"
                  "[interview]\ndefaults={\"questionCount\": 5000}\n[backups]\nkept=-3\n");
        QSettings file(path(), QSettings::IniFormat);
        const AppSettings settings(&file);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.readerFontSize(), AppSettings::defaultReaderFontSize);
        QCOMPARE(settings.interviewDefaults(), AppSettings::builtInInterviewDefaults());
        QCOMPARE(settings.backupsKept(), 1);
    }

    void outOfRangeValuesAreClamped()
    {
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        settings.setReaderFontSize(200);
        QCOMPARE(settings.readerFontSize(), AppSettings::maxReaderFontSize);
        settings.setReaderFontSize(1);
        QCOMPARE(settings.readerFontSize(), AppSettings::minReaderFontSize);
        settings.setBackupsKept(100000);
        QCOMPARE(settings.backupsKept(), AppSettings::maxBackupsKept);
    }

    void themeNamesRoundTrip()
    {
        for (AppSettings::Theme theme : {AppSettings::Theme::System, AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            bool ok = false;
            QCOMPARE(AppSettings::themeFromName(AppSettings::themeName(theme), &ok), theme);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(AppSettings::themeFromName(QStringLiteral("DARK"), &ok), AppSettings::Theme::Dark);
        QVERIFY(ok);
        QCOMPARE(AppSettings::themeFromName(QStringLiteral("sepia"), &ok), AppSettings::Theme::System);
        QVERIFY(!ok);
    }

    // A settings file exactly as DockPrep 0.2 left it, plus the kind of debris a hand edit leaves.
    void migratesTheUnversionedFile()
    {
        writeFile("[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\nstate=@ByteArray(\\0\\0\\0\\xff)\n"
                  "[reader]\nlastEntry=arch-engine-chain\nstudyMode=true\n"
                  "[exchange]\nlastFolder=/home/someone/exports\n"
                  "[reader]\nstudyMode2=yes\n"
                  "[color]\nscheme=dark\n");
        {
            QSettings file(path(), QSettings::IniFormat);
            AppSettings settings(&file);
            const AppSettings::MigrationResult result = settings.migrate();
            QCOMPARE(result.from, 0);
            QCOMPARE(result.to, AppSettings::currentVersion);
            QVERIFY(!result.newerThanThisApp);
            QStringList removed = result.removedKeys;
            removed.sort();
            QCOMPARE(removed, QStringList({QStringLiteral("color/scheme"), QStringLiteral("reader/studyMode2")}));
        }
        QSettings file(path(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("meta/version")).toInt(), AppSettings::currentVersion);
        QCOMPARE(file.value(QStringLiteral("reader/lastEntry")).toString(), QStringLiteral("arch-engine-chain"));
        QCOMPARE(file.value(QStringLiteral("reader/studyMode")).toBool(), true);
        QCOMPARE(file.value(QStringLiteral("exchange/lastFolder")).toString(), QStringLiteral("/home/someone/exports"));
        QCOMPARE(file.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("\x01\xd9\xd0\xcb"));
        QVERIFY(!file.contains(QStringLiteral("color/scheme")));
    }

    void migrationDropsAWronglyTypedLegacyValue()
    {
        writeFile("[reader]\nstudyMode=sometimes\nlastEntry=x\n");
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        QCOMPARE(settings.migrate().removedKeys, QStringList{QStringLiteral("reader/studyMode")});
        QVERIFY(!file.contains(QStringLiteral("reader/studyMode")));
        QCOMPARE(file.value(QStringLiteral("reader/lastEntry")).toString(), QStringLiteral("x"));
    }

    // The language is read back by the next start's own QSettings, not only from this one's cache.
    void languageSurvivesARestart()
    {
        {
            QSettings file(path(), QSettings::IniFormat);
            AppSettings settings(&file);
            settings.migrate();
            settings.setLanguage(QStringLiteral("de"));
            settings.sync();
        }
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        QVERIFY(settings.migrate().removedKeys.isEmpty());
        QCOMPARE(settings.language(), QStringLiteral("de"));
    }

    // Layout 1 kept the language in the group "general", which QSettings writes as [%General] and
    // reads back as "General": the choice is recovered from there.
    void migratesTheLanguageLayout1CouldNotReadBack()
    {
        writeFile("[meta]\nversion=1\n[%General]\nlanguage=es\n[appearance]\ntheme=dark\n");
        {
            QSettings file(path(), QSettings::IniFormat);
            AppSettings settings(&file);
            const AppSettings::MigrationResult result = settings.migrate();
            QCOMPARE(result.from, 1);
            QCOMPARE(result.to, AppSettings::currentVersion);
            QCOMPARE(settings.language(), QStringLiteral("es"));
            QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        }
        QSettings file(path(), QSettings::IniFormat);
        QVERIFY(!file.contains(QStringLiteral("General/language")));
        QCOMPARE(AppSettings(&file).language(), QStringLiteral("es"));
    }

    void migrationRunsOnce()
    {
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        settings.migrate();
        settings.setTheme(AppSettings::Theme::Light);  // a key of the current layout, unknown to 0.x
        const AppSettings::MigrationResult again = settings.migrate();
        QCOMPARE(again.from, AppSettings::currentVersion);
        QCOMPARE(again.to, AppSettings::currentVersion);
        QVERIFY(again.removedKeys.isEmpty());
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
    }

    void aNewerFileIsLeftAlone()
    {
        writeFile("[meta]\nversion=99\n[future]\nfeature=on\n[appearance]\ntheme=dark\n");
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(&file);
        const AppSettings::MigrationResult result = settings.migrate();
        QVERIFY(result.newerThanThisApp);
        QCOMPARE(result.from, 99);
        QCOMPARE(result.to, 99);
        QCOMPARE(file.value(QStringLiteral("meta/version")).toInt(), 99);
        QCOMPARE(file.value(QStringLiteral("future/feature")).toString(), QStringLiteral("on"));
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);  // what this version knows still reads
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
