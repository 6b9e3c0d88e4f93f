#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace DockPrep {

namespace {

// QTranslator::load(QLocale, …) walks the locale's UI languages (de_AT → de), so a regional
// system locale still finds the plain language catalogue.
void installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name,
                      const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QCoreApplication &app, const QString &language)
{
    // A second call replaces the first: a catalogue left behind would answer for every string the
    // new one lacks, and English has almost none.
    const auto installed = app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // The system's locale, unless the user chose a language; dates and numbers follow the choice.
    static const QLocale systemLocale;
    QLocale locale = language.isEmpty() ? systemLocale : QLocale(language);
    // The C locale (LANG=C, containers, CI) has no catalogue; English gives it its plural forms.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    installCatalogue(app, locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installCatalogue(app, locale, QStringLiteral("dockprep"), QStringLiteral(":/i18n"));
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList catalogues = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("dockprep_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : catalogues) {
        const QString code = file.mid(9, file.size() - 9 - 3);  // dockprep_<code>.qm
        if (!languages.contains(code))
            languages.append(code);
    }
    return languages;
}

} // namespace DockPrep
