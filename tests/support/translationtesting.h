#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// Tests that switch the language (installTranslations) put the untranslated app back after them.
namespace TranslationTesting {

// Removes every catalogue the application holds and makes the system's locale the default again.
inline void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace TranslationTesting
