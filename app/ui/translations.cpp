#include "translations.h"

#include <QCoreApplication>
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
    // QLocale() is the process's default locale, which is the system's unless someone set another.
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    installCatalogue(app, locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installCatalogue(app, locale, QStringLiteral("dockprep"), QStringLiteral(":/i18n"));
}

} // namespace DockPrep
