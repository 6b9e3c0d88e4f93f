// The language chosen in the settings is the one the app starts in, whatever the system's: the
// real binary, started the way a user starts it on a data folder whose settings name a language.
#include "support/testdata.h"

#include "settings/appsettings.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

class TestStartLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void settingsLanguageWinsOverTheSystems_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        // The message the start prints for an unknown --page, in each language.
        const QString english = QStringLiteral("no page called \"nosuch\"");
        const QString german = QStringLiteral("keine Seite namens „nosuch“");
        const QString spanish = QStringLiteral("no hay ninguna página llamada «nosuch»");
        QTest::newRow("German over C") << QStringLiteral("de") << QStringLiteral("C.UTF-8") << german;
        QTest::newRow("Spanish over German") << QStringLiteral("es") << QStringLiteral("de_DE.UTF-8") << spanish;
        QTest::newRow("English over German") << QStringLiteral("en") << QStringLiteral("de_DE.UTF-8") << english;
        QTest::newRow("none: the system's") << QString() << QStringLiteral("es_ES.UTF-8") << spanish;
    }

    void settingsLanguageWinsOverTheSystems()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QTemporaryDir data;
        {
            // As the settings dialog leaves the file after a first start.
            QSettings file(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            AppSettings settings(&file);
            settings.migrate();
            settings.setLanguage(chosen);
            settings.sync();
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), system);
        env.insert(QStringLiteral("LANG"), system);
        app.setProcessEnvironment(env);
        const QString shot = data.filePath(QStringLiteral("window.png"));
        app.start(QStringLiteral(DOCKPREP_APP), {QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"),
                                                 data.path(), QStringLiteral("--screenshot"), shot, QStringLiteral("--page"),
                                                 QStringLiteral("nosuch")});
        QVERIFY(app.waitForFinished(60000));
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(QFile::exists(shot));  // the window was made and shown in that language
    }
};

QTEST_GUILESS_MAIN(TestStartLanguage)
#include "tst_startlanguage.moc"
