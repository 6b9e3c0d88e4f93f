// The .ts files are complete (nothing unfinished, obsolete or vanished, no placeholder lost) and
// installTranslations() really switches the strings the app shows.
#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

using namespace DockPrep;

namespace {

struct Message {
    QString context;
    QString source;
    QString translationType;  // "", "unfinished", "obsolete", "vanished"
    QStringList forms;        // one for plain messages, one per plural form for numerus ones
    bool numerus = false;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS" || name == u"context") {
            continue;  // descend
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            Message message{context, {}, {}, {}, xml.attributes().value(u"numerus") == u"yes",
                            xml.lineNumber()};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.translationType = xml.attributes().value(u"type").toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1…%99 and %n (also the localized %Ln / %L1 forms) are what the code fills in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(n|\\d{1,2})"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

// Every C++ file of the app, by path relative to app/, with its text.
QList<std::pair<QString, QString>> appSources()
{
    QList<std::pair<QString, QString>> sources;
    const QDir app(QStringLiteral(DOCKPREP_SOURCE_DIR "/app"));
    for (QDirIterator it(app.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sources.append({app.relativeFilePath(path), QString::fromUtf8(file.readAll())});
    }
    std::sort(sources.begin(), sources.end());
    return sources;
}

void removeInstalledTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeInstalledTranslators(); }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("de") << QStringLiteral("dockprep_de.ts") << false;
        QTest::newRow("es") << QStringLiteral("dockprep_es.ts") << false;
        QTest::newRow("en plurals") << QStringLiteral("dockprep_en.ts") << true;
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        const QString path = QStringLiteral(DOCKPREP_SOURCE_DIR "/translations/") + file;
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(path + QStringLiteral(" holds no messages")));

        QStringList problems;
        for (const Message &message : messages) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\": ")
                                      .arg(file).arg(message.line).arg(message.context, message.source);
            if (pluralsOnly && !message.numerus) {
                problems << where + QStringLiteral("a plurals file should hold only %n messages");
                continue;
            }
            if (!message.translationType.isEmpty()) {
                problems << where + message.translationType
                                + QStringLiteral(" (run the update_translations target and translate)");
                continue;
            }
            if (message.forms.isEmpty())
                problems << where + QStringLiteral("no translation");
            const QSet<QString> wanted = placeholders(message.source);
            for (int i = 0; i < message.forms.size(); ++i) {
                const QString &form = message.forms.at(i);
                if (form.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("form %1 is empty").arg(i);
                    continue;
                }
                const QSet<QString> have = placeholders(form);
                for (const QString &placeholder : wanted) {
                    if (!have.contains(placeholder))
                        problems << where + QStringLiteral("form %1 drops %2: \"%3\"").arg(i).arg(placeholder, form);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A file-local tr() wrapper that calls QCoreApplication::translate("Some::Context", text) is
    // invisible to lupdate, which files the strings under the enclosing namespace or class instead:
    // the translation exists but never loads. Every literal context in app/ must be one the .ts has.
    void runtimeContextsAreInTheCatalogue_data()
    {
        QTest::addColumn<QString>("context");
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(DOCKPREP_SOURCE_DIR "/translations/dockprep_de.ts"), &error);
        QSet<QString> known;
        for (const Message &message : messages)
            known.insert(message.context);
        static const QRegularExpression literalContext(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        for (const auto &[path, text] : appSources()) {
            QSet<QString> seen;
            for (auto match = literalContext.globalMatch(text); match.hasNext();) {
                const QString context = match.next().captured(1);
                if (seen.contains(context))
                    continue;
                seen.insert(context);
                const QString row = path + QLatin1Char(' ') + context;
                QTest::newRow(qPrintable(row)) << (known.contains(context) ? QString() : context);
            }
        }
    }

    void runtimeContextsAreInTheCatalogue()
    {
        QFETCH(QString, context);
        QVERIFY2(context.isEmpty(),
                 qPrintable(QStringLiteral("the code translates in context \"%1\", which lupdate never saw; "
                                           "use a context lupdate understands").arg(context)));
    }

    // The wrapper itself, whatever context it names: a function or lambda called tr that forwards
    // its text to QCoreApplication::translate() hides every string it is given from lupdate (the
    // .ts files then miss them, or hold them under the enclosing namespace where they never load).
    // Declare the tr() functions with Q_DECLARE_TR_FUNCTIONS(Context) in a struct instead.
    void noFileLocalTrWrappers()
    {
        static const QRegularExpression wrapper(
            QStringLiteral("\\bQString\\s+tr\\s*\\(|\\btr\\s*=\\s*\\[|#\\s*define\\s+tr\\b"));
        QStringList offenders;
        for (const auto &[path, text] : appSources()) {
            if (const QRegularExpressionMatch match = wrapper.match(text); match.hasMatch())
                offenders << QStringLiteral("%1:%2").arg(path).arg(text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1);
        }
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(QStringLiteral("file-local tr() wrappers lupdate cannot see through: ")
                            + offenders.join(QStringLiteral(", "))));
    }

    // Dates on screen follow the chosen language (installTranslations makes it the default
    // QLocale): Qt::TextDate and RFC 2822 are English whatever the language, so the app never
    // formats a date with them (ISO dates for file names and files stay fine).
    void datesAreNeverFormattedInFixedEnglish()
    {
        static const QRegularExpression englishFormat(QStringLiteral("Qt::(TextDate|RFC2822Date)"));
        QStringList offenders;
        for (const auto &[path, text] : appSources()) {
            for (auto it = englishFormat.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                offenders << QStringLiteral("%1:%2 %3").arg(path).arg(text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1).arg(match.captured());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("use QLocale().toString(date, QLocale::ShortFormat or LongFormat): ")
                                                 + offenders.join(QStringLiteral(", "))));
    }

    void chosenLanguageFormatsDates()
    {
        const QDateTime when(QDate(2026, 12, 1), QTime(9, 30));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(QLocale().toString(when.date(), QLocale::ShortFormat), QStringLiteral("01.12.26"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("es"));
        QVERIFY2(QLocale().toString(when.date(), QLocale::LongFormat).contains(QLatin1String("diciembre")),
                 qPrintable(QLocale().toString(when.date(), QLocale::LongFormat)));
        removeInstalledTranslators();
        QLocale::setDefault(QLocale::system());
    }

    void installsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de menu") << QStringLiteral("de") << QStringLiteral("DockPrep::MainWindow")
                                 << QStringLiteral("&File") << -1 << QStringLiteral("&Datei");
        QTest::newRow("de regional") << QStringLiteral("de_AT") << QStringLiteral("DockPrep::MainWindow")
                                     << QStringLiteral("&File") << -1 << QStringLiteral("&Datei");
        QTest::newRow("de plural") << QStringLiteral("de") << QStringLiteral("DockPrep::SearchPopup")
                                   << QStringLiteral("%n result(s)") << 5 << QStringLiteral("5 Ergebnisse");
        QTest::newRow("es menu") << QStringLiteral("es") << QStringLiteral("DockPrep::MainWindow")
                                 << QStringLiteral("&File") << -1 << QStringLiteral("&Archivo");
        QTest::newRow("es plural") << QStringLiteral("es") << QStringLiteral("DockPrep::SearchPopup")
                                   << QStringLiteral("%n result(s)") << 1 << QStringLiteral("1 resultado");
        QTest::newRow("en singular") << QStringLiteral("en") << QStringLiteral("DockPrep::SearchPopup")
                                     << QStringLiteral("%n result(s)") << 1 << QStringLiteral("1 result");
        QTest::newRow("en plural") << QStringLiteral("en") << QStringLiteral("DockPrep::SearchPopup")
                                   << QStringLiteral("%n result(s)") << 5 << QStringLiteral("5 results");
        QTest::newRow("unknown stays English") << QStringLiteral("tlh") << QStringLiteral("DockPrep::MainWindow")
                                               << QStringLiteral("&File") << -1 << QStringLiteral("&File");
    }

    void installsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        installTranslations(*QCoreApplication::instance(), language);
        const QString shown = QCoreApplication::translate(context.toUtf8().constData(),
                                                          source.toUtf8().constData(), nullptr, count);
        QCOMPARE(shown, expected);
    }

    void installsQtsOwnStrings()
    {
        const QString catalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(catalogue))
            QSKIP("qtbase_de.qm is not installed in this Qt");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        const QString shown = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QCOMPARE(shown, QStringLiteral("Abbrechen"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
